package com.example.drugs;

import dev.accords.spi.ArticleReader;
import dev.accords.text.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

// tag::reader[]
/** Reads pharma-wire.example pages: the story sits in div.pw-body, the headline in div.pw-headline. */
public final class PharmaWireReader implements ArticleReader {
    @Override
    public Optional<Article> read(Document page) {
        if (!page.location().startsWith("https://pharma-wire.example/")) {
            return Optional.empty(); // another site: the next reader or the generic extraction
        }
        StringBuilder text = new StringBuilder();
        for (Element p : page.select("div.pw-body p")) {
            text.append(text.length() == 0 ? "" : "\n\n").append(p.text());
        }
        Element headline = page.selectFirst("div.pw-headline");
        Element time = page.selectFirst("time.pw-date[datetime]");
        return Optional.of(Article.builder(text.toString())
                .title(headline == null ? null : headline.text())
                .published(time == null ? null : date(time.attr("datetime")))
                .url(page.location())
                .siteName("Pharma Wire")
                .build());
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // a page that breaks its own pattern: no date rather than no article
        }
    }
}
// end::reader[]
