package dev.accords.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.AnnouncementParser;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.model.Role;
import dev.accords.spi.DateMention;
import dev.accords.spi.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code src/test/resources/spec/*.spec.md} through the full parser and
 * compares the canonical form of one facet with the expected lines.
 */
class FacetSpecTest {
    private static final List<String> FILES = List.of(
            "amounts.spec.md",
            "dates.spec.md",
            "published.spec.md",
            "organisations.spec.md",
            "people.spec.md",
            "forums.spec.md",
            "agreements.spec.md");
    private static final ThreadLocal<List<DateMention>> DATES = new ThreadLocal<>();
    private static final AnnouncementParser PARSER = AnnouncementParser.builder()
            .extractor(Phase.RESOLUTION, ctx -> DATES.set(ctx.dates()))
            .build();

    static Stream<SpecExample> examples() throws IOException {
        List<SpecExample> all = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = FacetSpecTest.class.getResourceAsStream("/spec/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("missing spec file " + f);
                }
                all.addAll(SpecReader.read(f, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) {
        Announcement a = PARSER.parseText(example.input());
        List<String> actual = render(example.file(), a);
        assertThat(actual)
                .as(
                        "%s%ninput:%n%s%nexpected:%n%s%nactual:%n%s",
                        example, example.input(), String.join("\n", example.expected()), String.join("\n", actual))
                .isEqualTo(example.expected());
    }

    private static List<String> render(String file, Announcement a) {
        return switch (file) {
            case "amounts.spec.md" -> map(a.amounts(), FacetSpecTest::amount);
            case "dates.spec.md" ->
                map(DATES.get(), d -> d.date() + d.endDate().map(e -> ".." + e).orElse(""));
            case "published.spec.md" ->
                List.of("published " + a.published().map(Object::toString).orElse("-") + " title "
                        + a.title().orElse("-"));
            case "organisations.spec.md" -> map(a.organisations(), FacetSpecTest::organisation);
            case "people.spec.md" -> map(a.people(), FacetSpecTest::person);
            case "forums.spec.md" -> map(a.forums(), FacetSpecTest::forum);
            case "agreements.spec.md" ->
                map(
                        a.agreements(),
                        g -> g.kind().name().toLowerCase()
                                + " " + g.status().name().toLowerCase()
                                + " \"" + g.title().orElse("") + "\""
                                + " parties=" + String.join("|", g.parties())
                                + g.count().stream()
                                        .mapToObj(c -> " count=" + c)
                                        .findFirst()
                                        .orElse("")
                                + g.value().map(v -> " value=" + amount(v)).orElse("")
                                + g.date().map(d -> " date=" + d).orElse("")
                                + g.forum().map(f -> " forum=" + f).orElse("")
                                + (g.fields().isEmpty() ? "" : " fields=" + String.join("|", g.fields())));
            default -> throw new IllegalArgumentException(file);
        };
    }

    static String amount(Amount m) {
        return m.value().toPlainString()
                + m.upperValue().map(u -> ".." + u.toPlainString()).orElse("")
                + " " + m.currency().getCurrencyCode() + " "
                + m.qualifier().name().toLowerCase() + " \"" + m.text() + "\"";
    }

    static String organisation(Organisation o) {
        return o.name() + " [" + o.kind().name().toLowerCase() + "]"
                + (o.aliases().isEmpty() ? "" : " aliases=" + String.join("|", o.aliases()))
                + o.parent().map(p -> " parent=" + p).orElse("");
    }

    static String person(Person p) {
        List<String> roles = new ArrayList<>();
        for (Role r : p.roles()) {
            roles.add(
                    r.title().orElse("") + r.organisation().map(o -> " @ " + o).orElse(""));
        }
        return p.name() + ": " + String.join("; ", roles);
    }

    static String forum(Forum f) {
        return f.name() + " [" + f.kind().name().toLowerCase() + "]"
                + (f.edition().isPresent() ? " edition=" + f.edition().getAsInt() : "")
                + f.date().map(d -> " date=" + d).orElse("")
                + f.endDate().map(d -> ".." + d).orElse("")
                + f.place().flatMap(p -> p.city()).map(c -> " city=" + c).orElse("")
                + f.theme().map(t -> " theme=\"" + t + "\"").orElse("")
                + f.attendance()
                        .map(q -> " attendance=" + q.qualifier().name().toLowerCase() + " " + q.value())
                        .orElse("");
    }

    private static <T> List<String> map(List<T> items, Function<T, String> f) {
        return items == null ? List.of() : items.stream().map(f).toList();
    }
}
