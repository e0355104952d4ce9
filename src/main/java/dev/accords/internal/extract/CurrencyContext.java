package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells which currency a sign several currencies share ("$", "Rs", "£", "Dh", "dollars") means in
 * one text. The evidence, strongest first:
 *
 * <ol>
 *   <li>the one member of the family written explicitly elsewhere in the text ("HK$", "US$", "PKR"),
 *       except that a text whose dateline or domain is in another member's country and that writes
 *       the default explicitly ("US$" in a Hong Kong text) uses the bare sign for the local currency;
 *   <li>the dateline place ("SYDNEY," is AUD; "BEIJING," uses no dollar, so a "$" there is USD);
 *   <li>the country domain of the source URL (".au", ".hk", ".ca"), likewise;
 *   <li>the first place the headline and the first lines name, when it uses a member ("The
 *       University of Melbourne and the University of Birmingham ..." is AUD; "China and Canada sign
 *       ..." is not), likewise;
 *   <li>the family's default (USD for "$"), or nothing for a family without one ("dinars").
 * </ol>
 *
 * Lexicons: {@code currency-families.tsv}, {@code currency-places.tsv}, {@code currency-domains.tsv}.
 */
final class CurrencyContext {
    /** How many characters of the text, after the headline, count as the lead. */
    static final int LEAD = 1000;

    private record Family(String name, Optional<String> fallback, Set<String> members) {}

    /** A place named in a text, as written, and the currency used there. */
    record Named(String place, String code) {}

    /** A resolved currency and the evidence for it, for the diagnostic. */
    record Resolution(Optional<String> code, String reason) {}

    private static final Map<String, Family> FAMILIES = families();
    private static final Map<String, String> PLACES = Lexicon.map("currency-places.tsv");
    private static final int MAX_PLACE_WORDS =
            PLACES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    private static final Map<String, String> DOMAINS = Lexicon.map("currency-domains.tsv");

    private final Set<String> explicit;
    private final Optional<String> dateline;
    private final String datelineCurrency;
    private final Optional<String> domain;
    private final String domainCurrency;
    private final String lead;
    /** The first place the lead names, worked out when a resolution gets that far (most stop at the dateline). */
    private Named firstNamed;

    private boolean firstNamedKnown;

    /**
     * @param explicit the ISO codes written explicitly in the text
     * @param datelinePlace the dateline place ("SYDNEY", "Nairobi, Kenya"), or null
     * @param url the source URL, or null
     * @param lead the headline and first lines of the text
     */
    CurrencyContext(Set<String> explicit, String datelinePlace, String url, String lead) {
        this.explicit = new TreeSet<>(explicit);
        this.dateline = Optional.ofNullable(datelinePlace);
        this.datelineCurrency = datelinePlace == null ? null : placeCurrency(datelinePlace);
        String tld = tld(url);
        this.domain = Optional.ofNullable(tld);
        this.domainCurrency = tld == null ? null : DOMAINS.get(tld);
        this.lead = lead;
    }

    private Named firstNamed() {
        if (!firstNamedKnown) {
            firstNamed = firstPlace(lead);
            firstNamedKnown = true;
        }
        return firstNamed;
    }

    /**
     * @param family a family name ("dollar")
     * @return the currency it means here, with the reason; empty when nothing decides and the family
     *     has no default
     */
    Resolution resolve(String family) {
        Family f = FAMILIES.get(family);
        if (f == null) {
            return new Resolution(Optional.empty(), "no currency family \"" + family + "\"");
        }
        Set<String> written = new TreeSet<>(explicit);
        written.retainAll(f.members());
        String local = datelineCurrency != null ? datelineCurrency : domainCurrency;
        if (written.size() == 1) {
            String code = written.iterator().next();
            if (!code.equals(f.fallback().orElse(null))
                    || local == null
                    || !f.members().contains(local)) {
                return new Resolution(Optional.of(code), code + " is written elsewhere in the text");
            }
            // "US$" written in a text from Hong Kong marks the exception: the bare "$" is the local one
            written = new TreeSet<>(List.of(code, local));
        }
        Set<String> candidates = written.isEmpty() ? f.members() : written;
        Optional<String> fallback = f.fallback().filter(candidates::contains);
        if (datelineCurrency != null) {
            return decide(datelineCurrency, candidates, fallback, "the dateline " + dateline.get());
        }
        if (domainCurrency != null) {
            return decide(domainCurrency, candidates, fallback, "the source domain ." + domain.get());
        }
        Named firstNamed = firstNamed();
        if (firstNamed != null && candidates.contains(firstNamed.code())) {
            return new Resolution(
                    Optional.of(firstNamed.code()), firstNamed.place() + " is the first place the lead names");
        }
        String seen = firstNamed == null
                ? "no place in the lead uses a " + family + " currency"
                : firstNamed.place() + ", the first place the lead names, uses " + firstNamed.code();
        return new Resolution(
                fallback,
                fallback.isPresent()
                        ? "nothing in the text names another " + family + " currency (" + seen + ")"
                        : "nothing in the text tells which " + family + " currency (" + seen + ")");
    }

    private static Resolution decide(
            String placeCode, Set<String> candidates, Optional<String> fallback, String evidence) {
        if (candidates.contains(placeCode)) {
            return new Resolution(Optional.of(placeCode), "from " + evidence);
        }
        return new Resolution(fallback, evidence + " uses " + placeCode);
    }

    /**
     * @param place a dateline place, parts separated by commas ("NAIROBI, Kenya")
     * @return the currency of the first part found in the places lexicon, or null
     */
    static String placeCurrency(String place) {
        for (String part : place.split(",")) {
            String code = PLACES.get(part.strip().toLowerCase(Locale.ROOT));
            if (code != null && !code.equals("-")) {
                return code;
            }
        }
        return null;
    }

    /**
     * @param text a text
     * @return the first place named in {@code text} (capitalised words, the longest lexicon entry at
     *     each word) whose currency is known, or null
     */
    static Named firstPlace(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Chars.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && (Chars.isLetter(text.charAt(e)) || ".'-".indexOf(text.charAt(e)) >= 0)) {
                e++;
            }
            words.add(new int[] {i, e});
            i = e;
        }
        for (int w = 0; w < words.size(); w++) {
            int start = words.get(w)[0];
            if (!Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            for (int len = Math.min(MAX_PLACE_WORDS, words.size() - w); len >= 1; len--) {
                if (!singleSpaced(text, words, w, len)) {
                    continue;
                }
                String place = text.substring(start, words.get(w + len - 1)[1]);
                String found = lookup(place);
                if (found != null) {
                    String code = PLACES.get(found);
                    if (!code.equals("-")) {
                        return new Named(place, code);
                    }
                    w += len - 1;
                    break;
                }
            }
        }
        return null;
    }

    private static boolean singleSpaced(String text, List<int[]> words, int w, int len) {
        for (int k = w; k < w + len - 1; k++) {
            if (words.get(k + 1)[0] - words.get(k)[1] != 1 || text.charAt(words.get(k)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The lexicon key for a place as written, allowing a final full stop or possessive. */
    private static String lookup(String written) {
        String key = written.toLowerCase(Locale.ROOT);
        int dash = key.lastIndexOf('-');
        String head = dash > 0 ? key.substring(0, dash) : null; // "Hong Kong-listed"
        // tried in this order, each made only when the ones before are not places
        if (PLACES.containsKey(key)) {
            return key;
        }
        String dot = strip(key, ".");
        if (dot != null && PLACES.containsKey(dot)) {
            return dot;
        }
        String possessive = strip(key, "'s");
        if (possessive != null && PLACES.containsKey(possessive)) {
            return possessive;
        }
        String both = strip(dot, "'s");
        if (both != null && PLACES.containsKey(both)) {
            return both;
        }
        return head != null && PLACES.containsKey(head) ? head : null;
    }

    private static String strip(String s, String suffix) {
        return s != null && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : null;
    }

    /** The last label of the URL's host ("au" for "https://iro.unimelb.edu.au/news"), or null. */
    static String tld(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.indexOf('.') < 0) {
                return null;
            }
            return host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Family> families() {
        Map<String, Family> out = new HashMap<>();
        for (String line : Lexicon.lines("currency-families.tsv")) {
            String[] parts = Patterns.split("\t+", line);
            if (parts.length != 3) {
                throw new IllegalStateException("lexicon currency-families.tsv: expected 3 columns in: " + line);
            }
            Set<String> members =
                    new LinkedHashSet<>(Arrays.asList(parts[2].strip().split("\\s+")));
            Optional<String> fallback = parts[1].strip().equals("-") ? Optional.empty() : Optional.of(parts[1].strip());
            out.put(parts[0].strip(), new Family(parts[0].strip(), fallback, Collections.unmodifiableSet(members)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return the family names with their members, for tests */
    static Map<String, Set<String>> familyMembers() {
        Map<String, Set<String>> out = new HashMap<>();
        FAMILIES.forEach((k, v) -> out.put(k, v.members()));
        return out;
    }

    /** @return every currency code the place and domain lexicons name, for tests */
    static Set<String> placeCodes() {
        Set<String> out = new TreeSet<>(PLACES.values());
        out.addAll(DOMAINS.values());
        out.remove("-");
        return out;
    }
}
