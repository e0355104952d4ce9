package com.example.drugs;

import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.model.Announcement;
import dev.accords.text.Article;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

// tag::parser[]
/**
 * Reads a newsroom's text exports, which start with "Title:", "Date:" and "URL:" lines and a blank
 * line, and leaves every other source to the built-in parser it wraps; the facts are extracted by the
 * built-in pipeline (its extractors, extensions and post-processors) either way.
 */
public final class NewsroomParser implements AnnouncementParser {
    private final AnnouncementParser builtIn;

    public NewsroomParser(AnnouncementParser builtIn) {
        this.builtIn = builtIn;
    }

    @Override
    public Announcement parse(Source source) throws IOException {
        Announcement a = parse(readArticle(source));
        return source.id().isEmpty()
                ? a
                : Announcement.builder().from(a).id(source.id().get()).build();
    }

    @Override
    public Article readArticle(Source source) throws IOException {
        Source.Content content = source.read();
        if (content.format() != Source.Format.TEXT || !content.text().startsWith("Title: ")) {
            return builtIn.readArticle(source); // not an export (reads the source again)
        }
        String[] headerAndStory = content.text().split("\n\n", 2);
        Article.Builder article = Article.builder(headerAndStory.length > 1 ? headerAndStory[1] : "");
        for (String line : headerAndStory[0].split("\n")) {
            if (line.startsWith("Title: ")) {
                article.title(line.substring("Title: ".length()).strip());
            } else if (line.startsWith("Date: ")) {
                article.published(date(line.substring("Date: ".length()).strip()));
            } else if (line.startsWith("URL: ")) {
                article.url(line.substring("URL: ".length()).strip());
            }
        }
        return article.build();
    }

    @Override
    public Announcement parse(Article article) {
        return builtIn.parse(article);
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // odd input never throws: no date
        }
    }
}
// end::parser[]
