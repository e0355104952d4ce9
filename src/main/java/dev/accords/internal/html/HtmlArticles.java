package dev.accords.internal.html;

import dev.accords.spi.ArticleReader;
import dev.accords.text.Article;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads the article of an HTML page: site-specific readers first, then the generic extraction. */
public final class HtmlArticles {
    private HtmlArticles() {}

    /**
     * @param html the page
     * @param baseUri its URL, or empty
     * @param readers site-specific readers, asked in order
     * @return the article
     */
    public static Article read(String html, String baseUri, List<ArticleReader> readers) {
        Document doc = Jsoup.parse(html, baseUri);
        for (ArticleReader reader : readers) {
            Optional<Article> a = reader.read(doc);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return GenericArticleReader.read(doc);
    }
}
