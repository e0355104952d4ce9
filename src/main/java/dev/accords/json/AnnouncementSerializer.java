package dev.accords.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.accords.model.Agreement;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.Fact;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.model.Place;
import dev.accords.model.Quantity;
import dev.accords.model.Role;
import dev.accords.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes an {@link Announcement} in the corpus schema. */
final class AnnouncementSerializer extends StdSerializer<Announcement> {
    private static final long serialVersionUID = 1L;

    AnnouncementSerializer() {
        super(Announcement.class);
    }

    @Override
    public void serialize(Announcement a, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        string(g, "id", a.id());
        string(g, "source_url", a.sourceUrl());
        string(g, "language", a.language());
        string(g, "title", a.title());
        string(g, "published", a.published().map(Object::toString));
        g.writeArrayFieldStart("organisations");
        for (Organisation o : a.organisations()) {
            organisation(g, o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("people");
        for (Person p : a.people()) {
            person(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("amounts");
        for (Amount m : a.amounts()) {
            amount(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("forums");
        for (Forum f : a.forums()) {
            forum(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("agreements");
        for (Agreement ag : a.agreements()) {
            agreement(g, ag);
        }
        g.writeEndArray();
        if (!a.facts().isEmpty()) {
            extensions(g, a.facts(), provider);
        }
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : a.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("severity", name(d.severity()));
            g.writeStringField("code", d.code());
            g.writeStringField("message", d.message());
            if (d.span().isPresent()) {
                g.writeFieldName("span");
                span(g, d.span().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Custom facts, grouped by key name; values written by the caller's mapper. */
    private static void extensions(JsonGenerator g, List<Fact<?>> facts, SerializerProvider provider)
            throws IOException {
        Map<String, List<Object>> byName = new LinkedHashMap<>();
        for (Fact<?> f : facts) {
            byName.computeIfAbsent(f.key().name(), n -> new ArrayList<>()).add(f.value());
        }
        g.writeObjectFieldStart("extensions");
        for (Map.Entry<String, List<Object>> e : byName.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Object v : e.getValue()) {
                provider.defaultSerializeValue(v, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void organisation(JsonGenerator g, Organisation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", o.name());
        strings(g, "aliases", o.aliases());
        g.writeStringField("kind", name(o.kind()));
        if (o.parent().isPresent()) {
            g.writeStringField("parent", o.parent().get());
        }
        spans(g, o.spans());
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, Person p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        strings(g, "titles", p.titles());
        strings(g, "organisations", p.organisations());
        g.writeArrayFieldStart("roles");
        for (Role r : p.roles()) {
            g.writeStartObject();
            string(g, "title", r.title());
            string(g, "organisation", r.organisation());
            g.writeEndObject();
        }
        g.writeEndArray();
        spans(g, p.spans());
        g.writeEndObject();
    }

    private static void amount(JsonGenerator g, Amount m) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", m.text());
        g.writeFieldName("value");
        g.writeNumber(m.value().toPlainString());
        if (m.upperValue().isPresent()) {
            g.writeFieldName("upper_value");
            g.writeNumber(m.upperValue().get().toPlainString());
        }
        g.writeStringField("currency", m.currency().getCurrencyCode());
        g.writeStringField("qualifier", name(m.qualifier()));
        spans(g, m.spans());
        g.writeEndObject();
    }

    private static void forum(JsonGenerator g, Forum f) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeStringField("kind", name(f.kind()));
        number(g, "edition", f.edition());
        string(g, "date", f.date().map(Object::toString));
        string(g, "end_date", f.endDate().map(Object::toString));
        Optional<Place> place = f.place();
        string(g, "city", place.flatMap(Place::city));
        string(g, "venue", place.flatMap(Place::venue));
        string(g, "region", place.flatMap(Place::region));
        string(g, "country", place.flatMap(Place::country));
        string(g, "theme", f.theme());
        g.writeFieldName("attendees");
        if (f.attendance().isPresent()) {
            Quantity q = f.attendance().get();
            g.writeStartObject();
            g.writeNumberField("value", q.value());
            g.writeStringField("qualifier", name(q.qualifier()));
            spans(g, q.spans());
            g.writeEndObject();
        } else {
            g.writeNull();
        }
        strings(g, "hosts", f.hosts());
        if (f.parent().isPresent()) {
            g.writeStringField("parent", f.parent().get());
        }
        if (place.isPresent()) {
            spansField(g, "place_spans", place.get().spans());
        }
        spans(g, f.spans());
        g.writeEndObject();
    }

    private static void agreement(JsonGenerator g, Agreement a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", name(a.kind()));
        g.writeStringField("status", name(a.status()));
        string(g, "title", a.title());
        strings(g, "parties", a.parties());
        string(g, "date", a.date().map(Object::toString));
        number(g, "count", a.count());
        g.writeFieldName("value");
        if (a.value().isPresent()) {
            amount(g, a.value().get());
        } else {
            g.writeNull();
        }
        strings(g, "fields", a.fields());
        string(g, "forum", a.forum());
        spans(g, a.spans());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void number(JsonGenerator g, String field, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsInt());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void spans(JsonGenerator g, List<Span> spans) throws IOException {
        spansField(g, "spans", spans);
    }

    private static void spansField(JsonGenerator g, String field, List<Span> spans) throws IOException {
        if (spans.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (Span s : spans) {
            span(g, s);
        }
        g.writeEndArray();
    }

    static void span(JsonGenerator g, Span s) throws IOException {
        g.writeStartArray();
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
