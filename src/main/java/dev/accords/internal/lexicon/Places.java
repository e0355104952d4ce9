package dev.accords.internal.lexicon;

import java.util.Collections;
import java.util.HashMap;
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

    private Places() {}

    private static Map<String, Place> load() {
        Map<String, Place> out = new HashMap<>();
        // later files do not override earlier ones: a country beats a city of the same name
        put(out, "countries.tsv", Kind.COUNTRY);
        put(out, "regions.tsv", Kind.REGION);
        put(out, "cities.tsv", Kind.CITY);
        return Collections.unmodifiableMap(out);
    }

    private static void put(Map<String, Place> out, String file, Kind kind) {
        for (String line : Lexicon.lines(file)) {
            String[] parts = line.split("\t", -1);
            String name = parts[0].strip();
            String country = parts.length > 1 ? parts[1].strip() : "";
            if (kind == Kind.COUNTRY && country.isEmpty()) {
                country = name;
            }
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Place(name, kind, country));
        }
    }

    private static Map<String, String> lowerKeys(Iterable<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            if (parts.length > 1) {
                out.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param name a name as written, without a leading "the"
     * @return the place it names, if known (ignoring case)
     */
    public static Optional<Place> find(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(BY_NAME.get(key));
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
        return Optional.ofNullable(DEMONYMS.get(adjective.toLowerCase(Locale.ROOT)));
    }
}
