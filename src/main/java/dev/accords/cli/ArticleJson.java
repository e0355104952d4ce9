package dev.accords.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accords.text.Article;
import java.io.UncheckedIOException;

/** The metadata of an extracted article as JSON, for {@code --article}. */
final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {}

    static ObjectNode metadata(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("title", a.title().orElse(null));
        n.put("published", a.published().map(Object::toString).orElse(null));
        n.put("url", a.url().orElse(null));
        n.put("site_name", a.siteName().orElse(null));
        n.put("language", a.language().orElse(null));
        ArrayNode authors = n.putArray("authors");
        a.authors().forEach(authors::add);
        return n;
    }

    static String pretty(ObjectNode n) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
