package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import java.net.URI;
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
    /** Places and the currency used there ("-" for none), by lower-case name. */
    static final Map<String, String> PLACES = Lexicon.map("currency-places.tsv");
    /** The most words a place of {@link #PLACES} has. */
    static final int MAX_PLACE_WORDS =
            PLACES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    private static final Map<String, String> DOMAINS = Lexicon.map("currency-domains.tsv");

    private final Set<String> explicit;
    private final Optional<String> dateline;
    private final String datelineCurrency;
    private final Optional<String> domain;
    private final String domainCurrency;
    /** The headline and first lines, or null until asked for when made from {@link #title} and {@link #text}. */
    private String lead;

    private final String title;
    private final String text;
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
        this(explicit, datelinePlace, url, lead, null, null);
    }

    private CurrencyContext(
            Set<String> explicit, String datelinePlace, String url, String lead, String title, String text) {
        this.explicit = new TreeSet<>(explicit);
        this.dateline = Optional.ofNullable(datelinePlace);
        this.datelineCurrency = datelinePlace == null ? null : placeCurrency(datelinePlace);
        String tld = tld(url);
        this.domain = Optional.ofNullable(tld);
        this.domainCurrency = tld == null ? null : DOMAINS.get(tld);
        this.lead = lead;
        this.title = title;
        this.text = text;
    }

    /**
     * The context of a text whose lead is its title, a line break and its first {@link #LEAD}
     * characters, copied only when a resolution gets as far as the lead (most stop at the dateline
     * or domain).
     *
     * @param explicit the ISO codes written explicitly in the text
     * @param datelinePlace the dateline place, or null
     * @param url the source URL, or null
     * @param title the headline, "" for none
     * @param text the text
     * @return the context
     */
    static CurrencyContext of(Set<String> explicit, String datelinePlace, String url, String title, String text) {
        return new CurrencyContext(explicit, datelinePlace, url, null, title, text);
    }

    private Named firstNamed() {
        if (!firstNamedKnown) {
            if (lead == null) {
                lead = title + "\n" + text.substring(0, Math.min(text.length(), LEAD));
            }
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
        // the words are read as far as the search gets, which mostly stops at one of the first
        Words words = new Words(text);
        for (int w = 0; words.has(w); w++) {
            int start = words.start(w);
            if (!Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            int available = 1;
            while (available < MAX_PLACE_WORDS && words.has(w + available)) {
                available++;
            }
            int multi = 0; // whether entries of several words may start here: 1 or -1 once known
            for (int len = available; len >= 1; len--) {
                if (!singleSpaced(text, words, w, len)) {
                    continue;
                }
                int end = words.end(w + len - 1);
                if (!mayBeKey(text, start, end)) {
                    continue; // no entry starts as it does: lookup would find none
                }
                if (len > 1) {
                    if (multi == 0) {
                        multi = mayStartKeys(text, start, words.end(w)) ? 1 : -1;
                    }
                    if (multi < 0) {
                        continue;
                    }
                }
                String place = text.substring(start, end);
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

    /**
     * The words of a text (letters, then letters and {@code .'-}), found as they are asked for: each
     * is a start and an end offset.
     */
    private static final class Words {
        private final String text;
        private int[] bounds = new int[32];
        private int count;
        private int scanned;

        Words(String text) {
            this.text = text;
        }

        /** @return whether the text has a word {@code w} (counted from 0) */
        boolean has(int w) {
            int n = text.length();
            while (count <= w && scanned < n) {
                int i = scanned;
                while (i < n && !Chars.isLetter(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    scanned = n;
                    break;
                }
                int e = i;
                while (e < n && (Chars.isLetter(text.charAt(e)) || ".'-".indexOf(text.charAt(e)) >= 0)) {
                    e++;
                }
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = i;
                bounds[2 * count + 1] = e;
                count++;
                scanned = e;
            }
            return w < count;
        }

        int start(int w) {
            return bounds[2 * w];
        }

        int end(int w) {
            return bounds[2 * w + 1];
        }
    }

    private static boolean singleSpaced(String text, Words words, int w, int len) {
        for (int k = w; k < w + len - 1; k++) {
            if (words.start(k + 1) - words.end(k) != 1 || text.charAt(words.end(k)) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * How the lexicon's entries start, a bit per {@link #head}: an entry of one or two characters
     * whole, a longer one by its first three.
     */
    private static final long[] KEY_HEADS = keyHeads(PLACES.keySet());

    /** The first words, in lower case, of the lexicon's entries of more than one word. */
    private static final Set<String> MULTI_WORD_FIRSTS = multiWordFirsts(PLACES.keySet());

    private static long[] keyHeads(java.util.Collection<String> keys) {
        long[] out = new long[1 << (HEAD_BITS - 6)];
        for (String k : keys) {
            int n = Math.min(3, k.length());
            boolean ascii = n > 0;
            for (int i = 0; i < n; i++) {
                ascii &= k.charAt(i) < 128;
            }
            if (ascii) { // an entry that starts otherwise is found only in text that does, which is looked up
                int h = head(k, 0, n);
                out[h >>> 6] |= 1L << h;
            }
        }
        return out;
    }

    private static Set<String> multiWordFirsts(java.util.Collection<String> keys) {
        Set<String> out = new java.util.HashSet<>();
        for (String k : keys) {
            int space = k.indexOf(' ');
            if (space > 0) {
                out.add(k.substring(0, space));
            }
        }
        return out;
    }

    /** The bits of a {@link #head}: the number of characters, and five bits for each. */
    private static final int HEAD_BITS = 2 + 3 * 5;

    /**
     * A number for the {@code n} (1 to 3) ASCII characters at {@code start}, the same for both cases
     * of a letter; characters other than letters, space and {@code .'-} share one number.
     */
    private static int head(CharSequence s, int start, int n) {
        int h = n;
        for (int i = 0; i < 3; i++) {
            h = h << 5 | (i < n ? headChar(s.charAt(start + i)) : 0);
        }
        return h;
    }

    private static int headChar(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 1;
        }
        return switch (c) {
            case ' ' -> 27;
            case '.' -> 28;
            case '\'' -> 29;
            case '-' -> 30;
            default -> 31;
        };
    }

    /**
     * Whether {@link #lookup} may find an entry for {@code text[start, end)}: every key it tries is a
     * beginning of the text in lower case, so an entry must start as the text does. False only when
     * the first three characters are ASCII and no entry of one or two characters is the text's first
     * one or two, and none longer starts with its first three.
     */
    static boolean mayBeKey(String text, int start, int end) {
        int n = Math.min(3, end - start);
        for (int i = 0; i < n; i++) {
            if (text.charAt(start + i) >= 128) {
                return true; // lower case may change its letters: looked up
            }
        }
        for (int k = 1; k <= n; k++) {
            int h = head(text, start, k);
            if ((KEY_HEADS[h >>> 6] & 1L << h) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #lookup} may find an entry for words of which {@code text[start, end)} is the
     * first: each key it tries for them then starts with that word in lower case and a space, as an
     * entry of several words does, unless the word has a hyphen ("Hong Kong-listed" is looked up as
     * "hong kong", "Foo-Bar Baz" as "foo").
     */
    static boolean mayStartKeys(String text, int start, int end) {
        return text.indexOf('-', start) >= 0 && text.indexOf('-', start) < end
                || MULTI_WORD_FIRSTS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * @param written a place as written
     * @return its key in {@link #PLACES}, allowing a final full stop or possessive, or null
     */
    static String lookup(String written) {
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
