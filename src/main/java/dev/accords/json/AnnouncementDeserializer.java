package dev.accords.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.AgreementStatus;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.FactKey;
import dev.accords.model.Forum;
import dev.accords.model.ForumKind;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Person;
import dev.accords.model.Place;
import dev.accords.model.Qualifier;
import dev.accords.model.Quantity;
import dev.accords.model.Role;
import dev.accords.model.Severity;
import dev.accords.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads an {@link Announcement} in the corpus schema; a value that breaks the model's rules is a mapping error. */
final class AnnouncementDeserializer extends StdDeserializer<Announcement> {
    private static final long serialVersionUID = 1L;
    /** Largest exponent accepted in a money value; beyond it the plain digits would not fit in memory. */
    private static final int MAX_SCALE = 1000;

    private static final int MAX_DIGITS = 1000;
    private static final ObjectReader EXACT_TREES = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .reader();

    /** The reader attribute under which {@link AccordsJson#read(String, FactKey[])} passes its keys. */
    static final Object FACT_KEYS = new Object();

    /** Keys whose facts are bound to their type, by name. */
    private final Map<String, FactKey<?>> keys;

    AnnouncementDeserializer(Map<String, FactKey<?>> keys) {
        super(Announcement.class);
        this.keys = Map.copyOf(keys);
    }

    /**
     * @param keys fact keys, no two of one name
     * @return them by name
     * @throws IllegalArgumentException if two have the same name
     */
    static Map<String, FactKey<?>> byName(FactKey<?>... keys) {
        Map<String, FactKey<?>> out = new HashMap<>();
        for (FactKey<?> k : keys) {
            FactKey<?> before = out.put(Objects.requireNonNull(k, "key").name(), k);
            if (before != null) {
                throw new IllegalArgumentException("two fact keys named " + k.name() + ": " + before + " and " + k);
            }
        }
        return out;
    }

    @Override
    public Announcement deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // read the tree with our own settings: a caller's mapper would turn 0.10 or 25 digits into a double
        JsonNode root;
        try {
            root = EXACT_TREES.readTree(p);
        } catch (NumberFormatException e) {
            // "1e10000000000": an exponent beyond any number, found by fuzzing
            throw JsonMappingException.from(p, "malformed number: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw JsonMappingException.from(p, "an announcement must be a JSON object");
        }
        try {
            Announcement.Builder b = announcement(root);
            facts(root, b, p, ctxt);
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw JsonMappingException.from(p, "invalid announcement: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code "extensions": {"com.example.drug": [...], ...}}: the values of a bound key as its
     * type, with the caller's mapper settings; the others as JSON trees.
     */
    private void facts(JsonNode root, Announcement.Builder b, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        JsonNode extensions = root.get("extensions");
        if (extensions == null || extensions.isNull()) {
            return;
        }
        if (!extensions.isObject()) {
            throw new IllegalArgumentException("\"extensions\" must be an object, was " + extensions.getNodeType());
        }
        Object given = ctxt.getAttribute(FACT_KEYS);
        for (Iterator<Map.Entry<String, JsonNode>> it = extensions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            FactKey<?> key = keys.get(name);
            if (given instanceof Map<?, ?> m && m.get(name) instanceof FactKey<?> k) {
                key = k;
            }
            List<JsonNode> values = array(extensions, name);
            for (int i = 0; i < values.size(); i++) {
                if (key == null) {
                    b.addFact(FactKey.of(name, JsonNode.class), values.get(i));
                } else {
                    add(b, key, values.get(i), "extensions." + name + "[" + i + "]", p, ctxt);
                }
            }
        }
    }

    private static <T> void add(
            Announcement.Builder b,
            FactKey<T> key,
            JsonNode value,
            String where,
            JsonParser p,
            DeserializationContext ctxt)
            throws IOException {
        T v;
        try {
            v = ctxt.readTreeAsValue(value, key.type());
        } catch (JsonProcessingException e) {
            throw JsonMappingException.from(
                    p, where + " cannot be read as " + key.type().getName() + ": " + e.getOriginalMessage(), e);
        }
        if (v == null) {
            throw new IllegalArgumentException(where + " must not be null");
        }
        b.addFact(key, v);
    }

    private static Announcement.Builder announcement(JsonNode n) {
        Announcement.Builder b = Announcement.builder()
                .id(text(n, "id"))
                .sourceUrl(text(n, "source_url"))
                .language(text(n, "language"))
                .title(text(n, "title"))
                .published(date(n, "published"));
        for (JsonNode o : array(n, "organisations")) {
            b.addOrganisation(organisation(o));
        }
        for (JsonNode o : array(n, "people")) {
            b.addPerson(person(o));
        }
        for (JsonNode o : array(n, "amounts")) {
            b.addAmount(amount(o));
        }
        for (JsonNode o : array(n, "forums")) {
            b.addForum(forum(o));
        }
        for (JsonNode o : array(n, "agreements")) {
            b.addAgreement(agreement(o));
        }
        for (JsonNode o : array(n, "diagnostics")) {
            JsonNode span = field(o, "span");
            b.addDiagnostic(Diagnostic.of(
                    enumValue(Severity.class, required(o, "severity")),
                    required(o, "code"),
                    required(o, "message"),
                    span == null || span.isNull() ? null : span(span)));
        }
        return b;
    }

    private static Organisation organisation(JsonNode n) {
        Organisation.Builder b = Organisation.builder().name(required(n, "name"));

        b.aliases(strings(n, "aliases"));
        String kind = text(n, "kind");
        if (kind != null) {
            b.kind(enumValue(OrganisationKind.class, kind));
        }
        return b.parent(text(n, "parent")).spans(spans(n, "spans")).build();
    }

    private static Person person(JsonNode n) {
        Person.Builder b = Person.builder().name(required(n, "name"));
        JsonNode roles = field(n, "roles");
        if (roles != null && roles.isArray()) {
            for (JsonNode r : roles) {
                b.addRole(Role.of(text(r, "title"), text(r, "organisation")));
            }
        } else {
            // gold annotations list titles and organisations separately: pair them in order
            List<String> titles = strings(n, "titles");
            List<String> orgs = strings(n, "organisations");
            for (int i = 0; i < Math.max(titles.size(), orgs.size()); i++) {
                b.addRole(Role.of(i < titles.size() ? titles.get(i) : null, i < orgs.size() ? orgs.get(i) : null));
            }
        }
        return b.spans(spans(n, "spans")).build();
    }

    private static Amount amount(JsonNode n) {
        BigDecimal value = decimal(n, "value");
        Currency currency = currency(required(n, "currency"));
        String text = text(n, "text");
        String qualifier = text(n, "qualifier");
        JsonNode upper = field(n, "upper_value");
        return Amount.builder()
                .value(value)
                .upperValue(upper == null || upper.isNull() ? null : decimal(n, "upper_value"))
                .currency(currency)
                .qualifier(qualifier == null ? Qualifier.EXACT : enumValue(Qualifier.class, qualifier))
                .text(text != null ? text : value.toPlainString() + " " + currency.getCurrencyCode())
                .spans(spans(n, "spans"))
                .build();
    }

    private static Forum forum(JsonNode n) {
        Forum.Builder b = Forum.builder().name(required(n, "name"));
        String kind = text(n, "kind");
        if (kind != null) {
            b.kind(enumValue(ForumKind.class, kind));
        }
        JsonNode edition = field(n, "edition");
        if (edition != null && !edition.isNull()) {
            b.edition(integer(edition, "edition"));
        }
        b.date(date(n, "date")).endDate(date(n, "end_date"));
        String city = text(n, "city");
        String venue = text(n, "venue");
        String region = text(n, "region");
        String country = text(n, "country");
        if (city != null || venue != null || region != null || country != null) {
            b.place(Place.builder()
                    .city(city)
                    .venue(venue)
                    .region(region)
                    .country(country)
                    .spans(spans(n, "place_spans"))
                    .build());
        }
        b.theme(text(n, "theme"));
        JsonNode att = field(n, "attendees");
        if (att != null && !att.isNull()) {
            if (att.isNumber()) {
                b.attendance(Quantity.of(whole(att.decimalValue(), "attendees"), Qualifier.EXACT));
            } else {
                String q = text(att, "qualifier");
                b.attendance(Quantity.builder()
                        .value(whole(decimal(att, "value"), "attendees"))
                        .qualifier(q == null ? Qualifier.EXACT : enumValue(Qualifier.class, q))
                        .spans(spans(att, "spans"))
                        .build());
            }
        }
        return b.hosts(strings(n, "hosts"))
                .parent(text(n, "parent"))
                .spans(spans(n, "spans"))
                .build();
    }

    private static Agreement agreement(JsonNode n) {
        Agreement.Builder b = Agreement.builder();
        String kind = text(n, "kind");
        if (kind != null) {
            b.kind(enumValue(AgreementKind.class, kind));
        }
        String status = text(n, "status");
        if (status != null) {
            b.status(enumValue(AgreementStatus.class, status));
        }
        JsonNode count = field(n, "count");
        if (count != null && !count.isNull()) {
            b.count(integer(count, "count"));
        }
        JsonNode value = field(n, "value");
        if (value != null && !value.isNull()) {
            b.value(amount(value));
        }
        return b.title(text(n, "title"))
                .parties(strings(n, "parties"))
                .date(date(n, "date"))
                .fields(strings(n, "fields"))
                .forum(text(n, "forum"))
                .spans(spans(n, "spans"))
                .build();
    }

    // ---- field access -------------------------------------------------------------------------

    /** The field under its snake_case key or its camelCase form. */
    private static JsonNode field(JsonNode n, String snake) {
        JsonNode v = n.get(snake);
        if (v == null && snake.indexOf('_') > 0) {
            StringBuilder camel = new StringBuilder();
            boolean up = false;
            for (char c : snake.toCharArray()) {
                if (c == '_') {
                    up = true;
                } else {
                    camel.append(up ? Character.toUpperCase(c) : c);
                    up = false;
                }
            }
            v = n.get(camel.toString());
        }
        return v;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = field(n, key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string, was " + v.getNodeType());
        }
        return v.textValue().isBlank() ? null : v.textValue();
    }

    private static String required(JsonNode n, String key) {
        String v = text(n, key);
        if (v == null) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return v;
    }

    private static List<JsonNode> array(JsonNode n, String key) {
        JsonNode v = field(n, key);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array, was " + v.getNodeType());
        }
        v.forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode n, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, key)) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("\"" + key + "\" must hold strings, found " + v.getNodeType());
            }
            if (!v.textValue().isBlank() && !out.contains(v.textValue())) {
                out.add(v.textValue());
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode n, String key) {
        String v = text(n, key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\" must be an ISO date (yyyy-mm-dd), was \"" + v + "\"");
        }
    }

    private static BigDecimal decimal(JsonNode n, String key) {
        JsonNode v = field(n, key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        BigDecimal d = null;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isTextual()) {
            try {
                d = new BigDecimal(v.textValue().replace(",", "").strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (d == null) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number, was " + v);
        }
        BigDecimal significant = d.stripTrailingZeros(); // "800001e999" written out reads back: same digits
        if (Math.abs((long) significant.scale()) > MAX_SCALE || significant.precision() > MAX_DIGITS) {
            // 1e999999999 would take a gigabyte to write out in full
            throw new IllegalArgumentException("\"" + key + "\" is out of range: " + v);
        }
        return d;
    }

    private static long whole(BigDecimal v, String key) {
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number, was " + v);
        }
    }

    private static int integer(JsonNode v, String key) {
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number, was " + v);
        }
        return v.intValue();
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"currency\" must be an ISO 4217 code, was \"" + code + "\"");
        }
    }

    private static List<Span> spans(JsonNode n, String key) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : array(n, key)) {
            out.add(span(s));
        }
        return out;
    }

    static Span span(JsonNode s) {
        if (!s.isArray()
                || s.size() != 2
                || !s.get(0).canConvertToInt()
                || !s.get(1).canConvertToInt()) {
            throw new IllegalArgumentException("a span must be [start, end], was " + s);
        }
        return Span.of(s.get(0).intValue(), s.get(1).intValue());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(
                    type,
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + value + "\" is not a " + type.getSimpleName() + "; expected one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(AnnouncementSerializer::name)
                                    .toList());
        }
    }
}
