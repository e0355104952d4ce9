package dev.accords.internal.lexicon;

import dev.accords.internal.text.Chars;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Place names: countries (with their other names), demonyms, first-level regions and cities, each
 * with the canonical country they belong to. Loaded once from the lexicon files {@code
 * countries.tsv}, {@code demonyms.tsv}, {@code regions.tsv} and {@code cities.tsv}.
 */
public final class Places {
    /** What sort of place a name is. */
    public enum Kind {
        /** A country. */
        COUNTRY,
        /** A province, state, region or continent. */
        REGION,
        /** A city or town. */
        CITY
    }

    /**
     * A known place.
     *
     * @param name the name as listed
     * @param kind country, region or city
     * @param country its canonical country, empty for regions spanning several
     */
    public record Place(String name, Kind kind, String country) {}

    private static final Map<String, Place> BY_NAME = load();

    private static final Map<String, String> DEMONYMS = lowerKeys(Lexicon.lines("demonyms.tsv"));

    /**
     * Hashes of the names of ASCII characters, so that most words are known not to be places without
     * lower-casing them and looking them up: a name whose hash is not here is not known.
     */
    private static final KeyHashes NAME_HASHES = new KeyHashes(BY_NAME.keySet());

    /** Hashes of the demonyms of ASCII characters, as {@link #NAME_HASHES} for the names. */
    private static final KeyHashes DEMONYM_HASHES = new KeyHashes(DEMONYMS.keySet());

    private Places() {}

    private static Map<String, Place> load() {
        byte[] countries = Lexicon.bytes("countries.tsv");
        byte[] regions = Lexicon.bytes("regions.tsv");
        byte[] cities = Lexicon.bytes("cities.tsv");
        // presized for the entries: the lines are 18 to 26 bytes long on average
        Map<String, Place> out =
                new HashMap<>(Lexicon.capacity((countries.length + regions.length + cities.length) / 16));
        // later files do not override earlier ones: a country beats a city of the same name
        put(out, countries, Kind.COUNTRY);
        put(out, regions, Kind.REGION);
        put(out, cities, Kind.CITY);
        return Collections.unmodifiableMap(out);
    }

    /**
     * Adds the places of a file, read as {@link Lexicon#lines} and {@link #put(Map, String, Kind)} read
     * it. This runs once per JVM, in the first parse, over 3,800 lines that the interpreter mostly
     * handles before the JIT has compiled the string methods: the common line, ASCII letters and
     * spaces, a tab and a country, is read straight from the bytes in one pass (#7); any other line
     * (a comment, a non-ASCII letter, white space to strip) goes the general way.
     *
     * @param out the table
     * @param bytes the content of a file
     * @param kind what its places are
     */
    static void put(Map<String, Place> out, byte[] bytes, Kind kind) {
        Lexicon.ByteLines l = new Lexicon.ByteLines(bytes);
        while (l.next()) {
            int start = l.start;
            int end = l.end;
            int tab = l.tab;
            int nameEnd = tab < 0 ? end : tab;
            int countryEnd = l.tab2 < 0 ? end : l.tab2;
            if (l.plain
                    && nameEnd > start
                    && bytes[start] != ' '
                    && bytes[nameEnd - 1] != ' '
                    && bytes[end - 1] != ' '
                    && bytes[end - 1] != '\t'
                    && (tab < 0 || countryEnd == tab + 1 || bytes[tab + 1] != ' ' && bytes[countryEnd - 1] != ' ')) {
                String name = new String(bytes, start, nameEnd - start, StandardCharsets.ISO_8859_1);
                String country =
                        tab < 0 ? "" : new String(bytes, tab + 1, countryEnd - tab - 1, StandardCharsets.ISO_8859_1);
                add(out, name, asciiLowerCase(bytes, start, nameEnd, name), country, kind);
            } else {
                String line = Lexicon.line(bytes, start, end);
                if (line != null) {
                    put(out, line, kind);
                }
            }
        }
    }

    private static void put(Map<String, Place> out, String line, Kind kind) {
        String name = column(line, 0).strip();
        add(out, name, name.toLowerCase(Locale.ROOT), column(line, 1).strip(), kind);
    }

    private static void add(Map<String, Place> out, String name, String key, String country, Kind kind) {
        if (kind == Kind.COUNTRY && country.isEmpty()) {
            country = name;
        }
        out.putIfAbsent(key, new Place(name, kind, country));
    }

    /** @return {@code name.toLowerCase(Locale.ROOT)} of an ASCII name, from its bytes */
    private static String asciiLowerCase(byte[] bytes, int start, int end, String name) {
        byte[] lower = null;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b >= 'A' && b <= 'Z') {
                if (lower == null) {
                    lower = java.util.Arrays.copyOfRange(bytes, start, end);
                }
                lower[i - start] = (byte) (b + ('a' - 'A'));
            }
        }
        return lower == null ? name : new String(lower, StandardCharsets.ISO_8859_1);
    }

    private static Map<String, String> lowerKeys(List<String> lines) {
        Map<String, String> out = new HashMap<>(Lexicon.capacity(lines.size()));
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                out.putIfAbsent(
                        column(line, 0).strip().toLowerCase(Locale.ROOT),
                        column(line, 1).strip());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Tab-separated column {@code i} (0 or 1) of a line, "" if it has none: {@code line.split("\t", -1)[i]}. */
    private static String column(String line, int i) {
        int tab = line.indexOf('\t');
        if (i == 0) {
            return tab < 0 ? line : line.substring(0, tab);
        }
        if (tab < 0) {
            return "";
        }
        int next = line.indexOf('\t', tab + 1);
        return line.substring(tab + 1, next < 0 ? line.length() : next);
    }

    /**
     * @param name a name as written, without a leading "the"
     * @return the place it names, if known (ignoring case)
     */
    public static Optional<Place> find(String name) {
        if (!mayBePlace(name)) {
            return Optional.empty();
        }
        return lookUp(name);
    }

    /** {@link #find} without the shape filter. */
    static Optional<Place> lookUp(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /**
     * Whether {@link #find} may know a name: false only when the name, stripped, without a leading
     * "the " and in lower case, is ASCII and its hash is not one of {@link #NAME_HASHES}. Asked at most
     * words of a text, it makes no string.
     */
    static boolean mayBePlace(String name) {
        return mayBePlace(name, 0, name.length());
    }

    /**
     * Whether {@link #find} may know the name {@code text[start, end)}, asked without a copy of it:
     * false only when it certainly does not. The name, stripped, without a leading "the " (in either
     * case) and in lower case, is hashed as it is read; one with a character outside ASCII, which
     * lower case may change in length or turn into ASCII, is left to the look-up.
     *
     * @param text a text
     * @param start where the name starts
     * @param end where it ends
     * @return false if {@code find(text.subSequence(start, end).toString())} is certainly empty
     */
    public static boolean mayBePlace(CharSequence text, int start, int end) {
        start = Chars.stripStart(text, start, end);
        end = Chars.stripEnd(text, start, end);
        if (end - start >= 4 && Chars.isAsciiWordAt(text, start, "the ")) {
            start += 4;
        }
        long h = KeyHashes.hash(text, start, end);
        return h == KeyHashes.NOT_ASCII || NAME_HASHES.mayContain(h);
    }

    /**
     * @param name a name
     * @return whether it is a known place of any kind
     */
    public static boolean isPlace(String name) {
        return find(name).isPresent();
    }

    /**
     * @param adjective a word such as "Chinese"
     * @return the country it refers to, if it is a known demonym
     */
    public static Optional<String> demonym(String adjective) {
        long h = KeyHashes.hash(adjective, 0, adjective.length());
        if (h != KeyHashes.NOT_ASCII && !DEMONYM_HASHES.mayContain(h)) {
            return Optional.empty(); // not one: known without a lower-case copy and a look-up
        }
        return Optional.ofNullable(DEMONYMS.get(adjective.toLowerCase(Locale.ROOT)));
    }
}
