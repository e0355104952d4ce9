package dev.accords.spi;

import dev.accords.text.Article;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Reads the article out of an HTML page of a site whose layout the generic extraction gets wrong.
 *
 * <p>Readers registered with {@code AnnouncementParser.builder().articleReader(r)} are asked in
 * registration order; the first to return an article wins, and the generic extraction runs only when
 * all return empty. A reader usually checks {@link Document#location()} (the page URL) first and
 * returns empty for other sites. It must be thread-safe and must not modify the document.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ArticleReader {
    /**
     * @param page the parsed page; {@link Document#location()} is its URL, possibly empty
     * @return the article, or empty to leave the page to the next reader
     */
    Optional<Article> read(Document page);
}
