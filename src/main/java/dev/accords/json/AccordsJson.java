package dev.accords.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.accords.model.Announcement;
import dev.accords.model.FactKey;
import dev.accords.model.Span;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link Announcement}s as JSON in the corpus schema.
 *
 * <pre>{@code
 * String json = AccordsJson.writePretty(announcement);
 * Announcement back = AccordsJson.read(json);   // equal to announcement, spans included
 * }</pre>
 *
 * <p>Written keys: {@code id, source_url, language, title, published, organisations, people, amounts,
 * forums, agreements} as in the schema (a missing value is {@code null}), plus {@code diagnostics}
 * and, where present, extras such as {@code spans}, {@code parent}, {@code roles} and {@code status}.
 * Reading accepts the same shape, camelCase keys too, and gold annotations that lack the extras.
 * All methods are thread-safe.
 *
 * <p><b>Facts of one's own.</b> {@link Announcement#facts()} (facts added under a {@link FactKey} by
 * extractors of one's own) are written under one more top-level key, only when there are some: {@code
 * "extensions": {"com.example.drug": [ ... ], ...}}, one array per key name. Each value is written by
 * Jackson's usual rules for its class (records and beans as objects; a {@link Span} as {@code [start,
 * end]}). Reading gives each value as a JSON tree ({@code FactKey<JsonNode>}) unless its key is passed
 * to {@link #read(String, FactKey...)} or {@link #module(FactKey...)}: then it is read as the key's
 * type. Values that need Jackson modules of their own ({@code java.time}, {@code Optional}) need an
 * {@code ObjectMapper} with those modules and {@link #module(FactKey...)}.
 *
 * <pre>{@code
 * Announcement back = AccordsJson.read(json, DrugExtractor.DRUG);
 * List<Drug> drugs = back.facts(DrugExtractor.DRUG);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AccordsJson {
    /**
     * The longest number read, in characters: every value this class writes (up to 1,000 significant
     * digits and an exponent up to 1,000, written out in full) reads back.
     */
    static final int MAX_NUMBER_LENGTH = 2_100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            .addModule(module())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{...}}" is malformed, not an announcement
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writerFor(Announcement.class);
    private static final ObjectWriter PRETTY = COMPACT.withDefaultPrettyPrinter();
    private static final ObjectReader READER = MAPPER.readerFor(Announcement.class);

    private AccordsJson() {}

    /**
     * A Jackson module with a serializer and deserializer for {@link Announcement}, to register on an
     * {@code ObjectMapper} of one's own. Money values are written exactly only when that mapper does
     * not write {@code BigDecimal} in scientific notation ({@code WRITE_BIGDECIMAL_AS_PLAIN} is not
     * needed: the serializer writes plain numbers itself). Values may be written out in up to 2,100
     * characters; to read every value back, that mapper's {@code StreamReadConstraints} must allow
     * numbers that long (Jackson's default is 1,000).
     *
     * @return a new module
     */
    public static Module module() {
        return module(new FactKey<?>[0]);
    }

    /**
     * Like {@link #module()}, and reads the facts of the given keys as their types, with the settings
     * and modules of the mapper the module is registered on. Also registers a serializer and
     * deserializer for {@link Span} ({@code [start, end]}) for facts that hold spans.
     *
     * @param keys fact keys whose values to read as their types; no two of one name
     * @return a new module
     * @throws IllegalArgumentException if two keys have the same name
     */
    public static Module module(FactKey<?>... keys) {
        Map<String, FactKey<?>> byName = AnnouncementDeserializer.byName(keys);
        SimpleModule m = new SimpleModule("accords");
        m.addSerializer(Announcement.class, new AnnouncementSerializer());
        m.addDeserializer(Announcement.class, new AnnouncementDeserializer(byName));
        m.addSerializer(Span.class, new SpanJson.Writer());
        m.addDeserializer(Span.class, new SpanJson.Reader());
        return m;
    }

    /**
     * @param announcement an announcement
     * @return it as compact JSON on one line
     */
    public static String write(Announcement announcement) {
        return write(COMPACT, announcement);
    }

    /**
     * @param announcement an announcement
     * @return it as indented JSON
     */
    public static String writePretty(Announcement announcement) {
        return write(PRETTY, announcement);
    }

    /**
     * @param announcement an announcement
     * @param out where to write it, compact, on one line; not closed
     * @throws IOException if writing fails
     */
    public static void write(Announcement announcement, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(write(announcement));
    }

    /**
     * @param json an announcement in the corpus schema
     * @return the announcement
     * @throws IOException if the JSON is malformed or breaks the model's rules (the message says
     *     where and why)
     */
    public static Announcement read(String json) throws IOException {
        Objects.requireNonNull(json, "json");
        return notNull(READER.readValue(json));
    }

    /**
     * Reads an announcement and the facts of the given keys as their types (see the class comment);
     * facts of other keys are JSON trees.
     *
     * @param json an announcement in the corpus schema
     * @param keys fact keys whose values to read as their types; no two of one name
     * @return the announcement
     * @throws IOException if the JSON is malformed, breaks the model's rules, or holds a fact that
     *     cannot be read as its key's type (the message says where and why)
     * @throws IllegalArgumentException if two keys have the same name
     */
    public static Announcement read(String json, FactKey<?>... keys) throws IOException {
        Objects.requireNonNull(json, "json");
        return notNull(withKeys(keys).readValue(json));
    }

    /**
     * @param in an announcement in the corpus schema; not closed
     * @return the announcement
     * @throws IOException if reading fails or the JSON is malformed or breaks the model's rules
     */
    public static Announcement read(Reader in) throws IOException {
        return read(in, new FactKey<?>[0]);
    }

    /**
     * Reads an announcement and the facts of the given keys as their types (see the class comment).
     *
     * @param in an announcement in the corpus schema; not closed
     * @param keys fact keys whose values to read as their types; no two of one name
     * @return the announcement
     * @throws IOException if reading fails or the JSON is malformed, breaks the model's rules, or holds
     *     a fact that cannot be read as its key's type
     * @throws IllegalArgumentException if two keys have the same name
     */
    public static Announcement read(Reader in, FactKey<?>... keys) throws IOException {
        Objects.requireNonNull(in, "in");
        return notNull(withKeys(keys)
                .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .readValue(in));
    }

    private static ObjectReader withKeys(FactKey<?>... keys) {
        Objects.requireNonNull(keys, "keys");
        return keys.length == 0
                ? READER
                : READER.withAttribute(AnnouncementDeserializer.FACT_KEYS, AnnouncementDeserializer.byName(keys));
    }

    /** Jackson maps the JSON literal {@code null} to {@code null} without asking the deserializer. */
    private static Announcement notNull(Announcement a) throws IOException {
        if (a == null) {
            throw new JsonMappingException(null, "an announcement must be a JSON object, was null");
        }
        return a;
    }

    private static String write(ObjectWriter writer, Announcement announcement) {
        Objects.requireNonNull(announcement, "announcement");
        try {
            return writer.writeValueAsString(announcement);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write announcement as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
