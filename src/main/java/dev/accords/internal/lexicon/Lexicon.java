package dev.accords.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 */
public final class Lexicon {
    private static final String ROOT = "/dev/accords/internal/lexicon/";

    private Lexicon() {}

    /**
     * @param name file name
     * @return the entries, in file order
     * @throws IllegalStateException if the file is missing (a packaging defect)
     */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0 && (hash == 0 || Character.isWhitespace(line.charAt(hash - 1)))) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param name file name
     * @return the entries, lower-cased
     */
    public static Set<String> lowerSet(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param name file name of a tab-separated file: key, then value
     * @return key (lower-cased) to value, in file order
     */
    public static Map<String, String> map(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] parts = line.split("\t+", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("lexicon " + name + ": expected key<TAB>value in: " + line);
            }
            out.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
        }
        return Collections.unmodifiableMap(out);
    }
}
