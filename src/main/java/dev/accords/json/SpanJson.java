package dev.accords.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.accords.model.Span;
import java.io.IOException;

/** A {@link Span} inside a custom fact, as in the rest of the JSON: {@code [start, end]}. */
final class SpanJson {
    private SpanJson() {}

    /** Writes {@code [start, end]}. */
    static final class Writer extends StdSerializer<Span> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Span.class);
        }

        @Override
        public void serialize(Span span, JsonGenerator g, SerializerProvider provider) throws IOException {
            AnnouncementSerializer.span(g, span);
        }
    }

    /** Reads {@code [start, end]}. */
    static final class Reader extends StdDeserializer<Span> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Span.class);
        }

        @Override
        public Span deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            try {
                return AnnouncementDeserializer.span(node);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
