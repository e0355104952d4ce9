package dev.accords.internal.lexicon;

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

    private Places() {}

    private static Map<String, Place> load() {
        List<String> countries = Lexicon.lines("countries.tsv");
        List<String> regions = Lexicon.lines("regions.tsv");
        List<String> cities = Lexicon.lines("cities.tsv");
        Map<String, Place> out = new HashMap<>(Lexicon.capacity(countries.size() + regions.size() + cities.size()));
        // later files do not override earlier ones: a country beats a city of the same name
        put(out, countries, Kind.COUNTRY);
        put(out, regions, Kind.REGION);
        put(out, cities, Kind.CITY);
        return Collections.unmodifiableMap(out);
    }

    private static void put(Map<String, Place> out, List<String> lines, Kind kind) {
        for (String line : lines) {
            String name = column(line, 0).strip();
            String country = column(line, 1).strip();
            if (kind == Kind.COUNTRY && country.isEmpty()) {
                country = name;
            }
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Place(name, kind, country));
        }
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
