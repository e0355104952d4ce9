package dev.accords.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.json.AccordsJson;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Organisation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus (src/test/resources/corpus, see its README) against its gold annotations:
 * what must be exact per document, and recall floors over the whole corpus that may only be raised.
 */
public class CorpusTest {
    public static final List<String> IDS = List.of(
            "000_2231a779c5da8bb4",
            "001_8fbe52f0f8d107eb",
            "002_145921e4d8a8091a",
            "003_07fecd70268bc5ec",
            "004_7d7ba71162b2b421",
            "d01",
            "d02",
            "d03",
            "d04",
            "d05",
            "d06",
            "d07",
            "d08",
            "d09",
            "d10");

    record Doc(String id, Announcement gold, Announcement parsed) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Doc> docs() throws IOException {
        List<Doc> out = new ArrayList<>();
        for (String id : IDS) {
            Announcement gold = AccordsJson.read(resource(id + ".json"));
            out.add(new Doc(id, gold, Accords.parseText(resource(id + ".txt"))));
        }
        return out.stream();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IOException("missing corpus file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docs")
    void publishedDateAndEveryAmount(Doc d) {
        if (d.gold().published().isPresent()) {
            assertThat(d.parsed().published())
                    .as("published")
                    .isEqualTo(d.gold().published());
        }
        for (Amount g : d.gold().amounts()) {
            assertThat(d.parsed().amounts())
                    .as("amount %s %s", g.value(), g.currency())
                    .anySatisfy(p -> {
                        assertThat(p.value()).isEqualByComparingTo(g.value());
                        assertThat(p.currency()).isEqualTo(g.currency());
                    });
        }
        assertThat(d.parsed().amounts())
                .as("no amount beyond the gold")
                .hasSameSizeAs(d.gold().amounts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("docs")
    void everyGoldForumIsFound(Doc d) {
        assertThat(d.parsed().forums()).hasSameSizeAs(d.gold().forums());
    }

    @Test
    void organisationAndPeopleRecallFloors() throws IOException {
        int orgs = 0;
        int orgsFound = 0;
        int people = 0;
        int peopleFound = 0;
        for (Doc d : docs().toList()) {
            for (Organisation g : d.gold().organisations()) {
                orgs++;
                boolean found = d.parsed().organisations().stream().anyMatch(p -> sameOrganisation(g, p));
                orgsFound += found ? 1 : 0;
            }
            for (var g : d.gold().people()) {
                people++;
                peopleFound +=
                        d.parsed().people().stream().anyMatch(p -> p.name().equals(g.name())) ? 1 : 0;
            }
        }
        // ratchet: raise these when extraction improves, never lower them
        assertThat(orgsFound * 100 / orgs).as("organisation recall %%").isGreaterThanOrEqualTo(90);
        assertThat(peopleFound * 100 / people).as("people recall %%").isGreaterThanOrEqualTo(90);
    }

    private static boolean sameOrganisation(Organisation gold, Organisation parsed) {
        for (String g : names(gold)) {
            for (String p : names(parsed)) {
                if (g.equals(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(Organisation o) {
        List<String> out = new ArrayList<>();
        out.add(norm(o.name()));
        o.aliases().forEach(a -> out.add(norm(a)));
        return out;
    }

    private static String norm(String s) {
        String n =
                s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
