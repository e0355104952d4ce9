package dev.accords.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place reader's one-pass path for plain lines builds the table that {@link Lexicon#lines} and a
 * split of each line built before it (#7).
 */
class PlacesTest {
    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "regions.tsv", "cities.tsv"})
    void theBundledFilesGiveTheTableOfTheLineReader(String file) {
        byte[] bytes = Lexicon.bytes(file);
        for (Places.Kind kind : Places.Kind.values()) {
            assertThat(read(bytes, kind)).isEqualTo(expected(bytes, kind)).hasSizeGreaterThan(400);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n\n",
                "Beijing\tChina\nShanghai\tChina",
                "Beijing\tChina\r\nShanghai\tChina\r\n",
                "Beijing\tChina\rShanghai\tChina\r",
                "# comment\nParis\tFrance # the capital\nC#\tLang\nA#B\tC\n",
                " Padded \t China \n\tLeading tab\nTrailing tab\t\nName only\nName\t\tEmpty country\n",
                "Three\tcolumns\there\nTwo  spaces\tIn  name\nUPPER\tCASE\nmIxEd\tcase\n",
                "São Paulo\tBrazil\nİstanbul\tTurkey\n北京\tChina\n\u2003Em\u2003space\u2003\tX\n",
                "Ctrl\u0001char\tX\nDel\u007Fchar\tY\nVt\u000Bend\u000B\tZ\nUnit\u001Fsep\u001F\tW\n",
                "Same\tFirst\nsame\tSecond\nSAME\tThird\n",
                "Lagos\t\n\tNigeria\n \t \n#\n"
            })
    void trickyLinesGoTheGeneralWay(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        for (Places.Kind kind : Places.Kind.values()) {
            assertThat(read(bytes, kind)).isEqualTo(expected(bytes, kind));
        }
    }

    private static Map<String, Places.Place> read(byte[] bytes, Places.Kind kind) {
        Map<String, Places.Place> out = new HashMap<>();
        Places.put(out, bytes, kind);
        return out;
    }

    /** The reader before #7: the lines, then each line split at its tabs. */
    private static Map<String, Places.Place> expected(byte[] bytes, Places.Kind kind) {
        Map<String, Places.Place> out = new HashMap<>();
        List<String> lines = Lexicon.lines(bytes);
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            String name = columns[0].strip();
            String country = columns.length > 1 ? columns[1].strip() : "";
            if (kind == Places.Kind.COUNTRY && country.isEmpty()) {
                country = name;
            }
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Places.Place(name, kind, country));
        }
        return out;
    }

    /** Names, their variants and random strings, for the filters below. */
    private static List<String> probes() {
        List<String> names = new java.util.ArrayList<>();
        for (String file : List.of("countries.tsv", "regions.tsv", "cities.tsv", "demonyms.tsv")) {
            for (String line : Lexicon.lines(file)) {
                String name = line.split("\t", -1)[0].strip();
                names.add(name);
                names.add("The " + name);
                names.add("tHe " + name);
                names.add("the  " + name);
                names.add("  " + name.toUpperCase(Locale.ROOT) + "\n");
                names.add(name + "s");
                names.add(name.substring(1));
                names.add(name.substring(0, name.length() - 1));
            }
        }
        java.util.Random random = new java.util.Random(13);
        String alphabet = "aeiouAZbknst -'.éİ\tK\u212A\u2003Σς";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder(i % 3 == 0 ? "the " : i % 3 == 1 ? "THE " : "");
            for (int k = random.nextInt(12); k >= 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(b.toString());
        }
        names.addAll(List.of(
                "",
                " ",
                "the ",
                "The",
                "THE  China",
                "the\tChina",
                "China",
                "Bank",
                "İstanbul",
                "\u212Aenya",
                "the",
                "thé China",
                "Þhe China",
                "the ",
                "  the  ",
                "\u2003China\u2003"));
        return names;
    }

    /** The region filter, asked in place of a copy, never hides a place {@link Places#lookUp} knows. */
    @org.junit.jupiter.api.Test
    void theHashFilterInPlaceNeverHidesAPlace() {
        int ruledOut = 0;
        int known = 0;
        for (String n : probes()) {
            String framed = "(x " + n + " y)";
            boolean may = Places.mayBePlace(framed, 3, 3 + n.length());
            assertThat(may).as(n).isEqualTo(Places.mayBePlace(n));
            if (Places.lookUp(n).isPresent()) {
                known++;
                assertThat(may).as(n).isTrue();
            }
            assertThat(Places.find(n)).as(n).isEqualTo(Places.lookUp(n));
            ruledOut += may ? 0 : 1;
        }
        assertThat(Places.find("The China ")).isPresent();
        assertThat(known).isGreaterThan(10_000);
        assertThat(ruledOut).isGreaterThan(25_000); // most random strings of ASCII are ruled out
    }

    /** {@link Places#demonym} with its filter gives what the plain look-up gave. */
    @org.junit.jupiter.api.Test
    void theDemonymFilterNeverHidesADemonym() {
        Map<String, String> plain = new HashMap<>();
        for (String line : Lexicon.lines("demonyms.tsv")) {
            if (line.indexOf('\t') >= 0) {
                String[] c = line.split("\t", -1);
                plain.putIfAbsent(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip());
            }
        }
        int found = 0;
        for (String n : probes()) {
            java.util.Optional<String> d = Places.demonym(n);
            assertThat(d).as(n).isEqualTo(java.util.Optional.ofNullable(plain.get(n.toLowerCase(Locale.ROOT))));
            found += d.isPresent() ? 1 : 0;
        }
        assertThat(found).isGreaterThan(100);
    }
}
