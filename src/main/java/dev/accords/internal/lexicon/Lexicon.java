package dev.accords.internal.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists kept as data files under {@code dev/accords/internal/lexicon/}: one entry per line, {@code
 * #} starts a comment, blank lines are ignored. Tab-separated lines are key/value entries.
 *
 * <p>The lists are read while the default parser is built, so this code runs once per JVM and cold
 * (interpreted): it avoids regular expressions, streams and lambdas, and it looks the files up
 * relative to the first one it finds (#7).
 */
public final class Lexicon {
    private static final String ROOT = "/dev/accords/internal/lexicon/";

    /**
     * The URL of the first file read. The others are opened relative to it, which skips the class
     * loader's search through the JDK's modules and the class path: that search cost more than
     * reading and parsing all the files.
     */
    private static volatile URL anchor;

    private Lexicon() {}

    /**
     * @param name file name
     * @return the entries, in file order
     * @throws IllegalStateException if the file is missing (a packaging defect)
     */
    public static List<String> lines(String name) {
        return lines(bytes(name));
    }

    /**
     * @param bytes the content of a lexicon file, UTF-8
     * @return its entries, in file order
     */
    static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>(64);
        ByteLines l = new ByteLines(bytes);
        while (l.next()) {
            if (l.plain && l.end > l.start && !isBlank(bytes[l.start]) && !isBlank(bytes[l.end - 1])) {
                // the common line: nothing to decode, cut or strip
                out.add(new String(bytes, l.start, l.end - l.start, StandardCharsets.ISO_8859_1));
            } else {
                String line = line(bytes, l.start, l.end);
                if (line != null) {
                    out.add(line);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The lines of a lexicon file found in its bytes, one after another, with what the readers need to
     * take the common line straight from the bytes. {@code BufferedReader.readLine}'s line ends
     * ({@code \n}, {@code \r}, {@code \r\n}): neither byte occurs inside a multi-byte UTF-8 sequence,
     * and a loop over the bytes is cheap while nothing is compiled (#7).
     */
    static final class ByteLines {
        private final byte[] bytes;
        private int following;
        /** Where the current line starts. */
        int start;
        /** Where it ends, before its line end. */
        int end;
        /** Its first tab, or -1. */
        int tab;
        /** Its second tab, or -1. */
        int tab2;
        /** Whether it is printable ASCII, spaces and tabs only, without a '#'. */
        boolean plain;

        ByteLines(byte[] bytes) {
            this.bytes = bytes;
        }

        /** @return whether there is another line, which the fields then describe */
        boolean next() {
            int n = bytes.length;
            if (following >= n) {
                return false;
            }
            start = following;
            end = start;
            tab = -1;
            tab2 = -1;
            plain = true;
            while (end < n) {
                byte b = bytes[end];
                // one test for the letters; below '#': line ends, tabs, spaces, control and non-ASCII bytes
                if (b <= '#') {
                    if (b == '\n' || b == '\r') {
                        break;
                    }
                    if (b == '\t') {
                        if (tab < 0) {
                            tab = end;
                        } else if (tab2 < 0) {
                            tab2 = end;
                        }
                    } else if (b < ' ' || b == '#') { // b < 0: a byte of a multi-byte character
                        plain = false;
                    }
                }
                end++;
            }
            following = end + 1;
            if (end < n && bytes[end] == '\r' && following < n && bytes[following] == '\n') {
                following++;
            }
            return true;
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    /**
     * @param bytes the content of a lexicon file, UTF-8
     * @param start where a line starts
     * @param end where it ends, before its line end
     * @return its entry: the line without a comment, stripped; null for a comment or a blank line
     */
    static String line(byte[] bytes, int start, int end) {
        if (end == start || bytes[start] == '#') { // a line that starts with # is a comment
            return null;
        }
        String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        int hash = line.indexOf('#');
        if (hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) {
            line = line.substring(0, hash);
        }
        line = line.strip();
        return line.isEmpty() ? null : line;
    }

    /**
     * @param name file name
     * @return the content of the file, for a reader of its own ({@link Places})
     * @throws IllegalStateException if the file is missing (a packaging defect)
     */
    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    /**
     * @param name file name
     * @return the entries, lower-cased
     */
    public static Set<String> lowerSet(String name) {
        List<String> lines = lines(name);
        Set<String> out = new LinkedHashSet<>(capacity(lines.size()));
        for (String line : lines) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param name file name of a tab-separated file: key, then value
     * @return key (lower-cased) to value, in file order
     */
    public static Map<String, String> map(String name) {
        return map(name, lines(name), true);
    }

    /**
     * @param name file name of a tab-separated file: key, then value
     * @return key (as written, for case-sensitive entries such as currency signs) to value, in file order
     */
    public static Map<String, String> casedMap(String name) {
        return map(name, lines(name), false);
    }

    /**
     * @param name file name, for the error message
     * @param lines its entries
     * @param lowerKeys whether to lower-case the keys
     * @return key to value, in file order
     */
    static Map<String, String> map(String name, List<String> lines, boolean lowerKeys) {
        Map<String, String> out = new LinkedHashMap<>(capacity(lines.size()));
        for (String line : lines) {
            // key, a run of tabs, value (which may hold more tabs): line.split("\t+", 2)
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("lexicon " + name + ": expected key<TAB>value in: " + line);
            }
            int value = tab + 1;
            while (value < line.length() && line.charAt(value) == '\t') {
                value++;
            }
            String key = line.substring(0, tab).strip();
            out.put(
                    lowerKeys ? key.toLowerCase(Locale.ROOT) : key,
                    line.substring(value).strip());
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return the initial capacity of a hash table that holds {@code n} entries without resizing */
    static int capacity(int n) {
        return n + n / 3 + 1;
    }

    private static InputStream open(String name) throws IOException {
        URL base = anchor;
        if (base != null) {
            try {
                return new URL(base, name).openStream();
            } catch (IOException e) {
                // an unusual class loader: fall back to the ordinary look-up
            }
        }
        URL url = Lexicon.class.getResource(ROOT + name);
        if (url == null) {
            return null;
        }
        if (base == null) {
            anchor = url;
        }
        return url.openStream();
    }
}
