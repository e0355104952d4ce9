package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Announcement;
import dev.accords.spi.ArticleReader;
import dev.accords.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The worked example of docs/html.md, verbatim, run. */
class ArticleReaderExampleTest {
    // docs example start
    /** Reads the story pages of news.example.org, whose paragraphs sit in div.story-line blocks. */
    static final class ExampleNewsReader implements ArticleReader {
        @Override
        public Optional<Article> read(org.jsoup.nodes.Document page) {
            if (!page.location().startsWith("https://news.example.org/")) {
                return Optional.empty(); // another site: leave it to the next reader
            }
            StringBuilder text = new StringBuilder();
            for (Element line : page.select("div.story-line")) {
                text.append(text.length() == 0 ? "" : "\n\n").append(line.text());
            }
            Element headline = page.selectFirst("div.headline");
            return Optional.of(Article.builder(text.toString())
                    .title(headline == null ? null : headline.text())
                    .url(page.location())
                    .build());
        }
    }

    static final AnnouncementParser PARSER =
            AnnouncementParser.builder().articleReader(new ExampleNewsReader()).build();
    // docs example end

    private static final String PAGE = "<html><body><div class=headline>Kenya and AfDB sign $200m grid loan</div>"
            + "<div class=story-line>NAIROBI, March 5, 2024 -- Kenya Power and the African Development Bank"
            + " signed a loan agreement worth $200 million.</div><div class=menu>Home News Sport</div></body></html>";

    @Test
    void theReaderTakesItsSiteAndLeavesTheOthers() throws IOException {
        Article mine = PARSER.readArticle(Source.html(PAGE, "https://news.example.org/story/1"));
        assertThat(mine.title()).contains("Kenya and AfDB sign $200m grid loan");
        assertThat(mine.text()).doesNotContain("Home News Sport");

        Announcement a = PARSER.parse(Source.html(PAGE, "https://news.example.org/story/1"));
        assertThat(a.agreements())
                .singleElement()
                .satisfies(g -> assertThat(g.value()).isPresent());

        Article other = PARSER.readArticle(Source.html(PAGE, "https://elsewhere.example.com/x"));
        assertThat(other.title()).isNotEqualTo(mine.title());
    }

    @Test
    void theDocsShowThisCode() throws IOException {
        String doc = Files.readString(Path.of("docs/html.md"));
        Matcher m = Pattern.compile("<!-- article-reader-example[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).isTrue();
        String source = Files.readString(Path.of("src/test/java/dev/accords/ArticleReaderExampleTest.java"));
        String body = source.substring(
                source.indexOf("// docs example start") + "// docs example start".length(),
                source.indexOf("// docs example end"));
        assertThat(m.group(1).strip().replaceAll("\\s+", " "))
                .isEqualTo(body.strip().replaceAll("\\s+", " "));
    }
}
