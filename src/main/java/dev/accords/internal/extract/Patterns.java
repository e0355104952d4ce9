package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Helpers to turn lexicon entries into regular expressions, and {@link String#matches}, {@code split},
 * {@code replaceAll} and {@code replaceFirst} over a cache of compiled patterns: the {@code String}
 * methods compile their regex on every call, which in the extractors' inner loops cost more than all
 * the matching.
 */
final class Patterns {
    /** Compiled patterns by regex; the regexes are constants of the code, so the map stays small. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Patterns() {}

    private static Pattern compiled(String regex) {
        Pattern p = CACHE.get(regex);
        return p != null ? p : CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    /** {@link String#matches(String)}, compiled once. */
    static boolean matches(String regex, CharSequence s) {
        return compiled(regex).matcher(s).matches();
    }

    /** The items of a list: at a comma and the white space after it, and at "as well as". */
    static final String LIST_ITEMS = ",\\s*|\\s+as well as\\s+";

    /** {@link String#split(String)}, compiled once. */
    static String[] split(String regex, CharSequence s) {
        // the splits the extractors make most, by hand: the same pieces, without a matcher
        if (regex.equals("\\s+")) {
            return splitAtRuns(s, false);
        }
        if (regex.equals("[\\s-]+")) {
            return splitAtRuns(s, true);
        }
        if (regex.equals(LIST_ITEMS)) {
            return splitListItems(s);
        }
        return compiled(regex).split(s);
    }

    /**
     * {@code split("\\s+")} or, with hyphens, {@code split("[\\s-]+")}: a leading empty piece when
     * the text starts with a separator, no trailing empty pieces.
     */
    static String[] splitAtRuns(CharSequence s, boolean hyphens) {
        int n = s.length();
        List<String> out = null;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isSeparator(s.charAt(i), hyphens)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isSeparator(s.charAt(j), hyphens)) {
                j++;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(s.subSequence(start, i).toString());
            start = j;
            i = j;
        }
        return pieces(out, s, start);
    }

    /**
     * What {@code split} returns once the pieces before the last separator are found: the text
     * itself when there was none, else the pieces and the rest, without the empty pieces at the end.
     *
     * @param out the pieces before the last separator, or null when there was none
     * @param s the text
     * @param start where the rest after the last separator starts
     */
    private static String[] pieces(List<String> out, CharSequence s, int start) {
        if (out == null) {
            return new String[] {s.toString()};
        }
        out.add(s.subSequence(start, s.length()).toString());
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /**
     * {@code split(LIST_ITEMS)}: at a comma and the white space after it, and at "as well as" with
     * white space on both sides; a leading empty piece when the text starts with a separator, no
     * trailing empty pieces.
     */
    static String[] splitListItems(CharSequence s) {
        int n = s.length();
        List<String> out = null;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = -1; // the end of a separator starting at i
            if (c == ',') {
                end = spacesEnd(s, i + 1);
            } else if (Chars.isRegexSpace(c)) {
                int j = spacesEnd(s, i);
                int k = j + "as well as".length();
                if (startsWith(s, j, "as well as") && k < n && Chars.isRegexSpace(s.charAt(k))) {
                    end = spacesEnd(s, k);
                } else {
                    i = j; // no separator starts in this run of white space
                    continue;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(s.subSequence(start, i).toString());
            start = end;
            i = end;
        }
        return pieces(out, s, start);
    }

    private static int spacesEnd(CharSequence s, int i) {
        while (i < s.length() && Chars.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s}, or a hyphen when asked. */
    private static boolean isSeparator(char c, boolean hyphens) {
        return Chars.isRegexSpace(c) || hyphens && c == '-';
    }

    /** {@link String#replaceAll(String, String)}, compiled once. */
    static String replaceAll(CharSequence s, String regex, String replacement) {
        // the replacement the extractors make on names and phrases, by hand, as the splits above
        if (regex.equals("\\s+") && replacement.equals(" ")) {
            return collapseSpace(s);
        }
        return compiled(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code replaceAll("\s+", " ")}: each run of white space one space. */
    private static String collapseSpace(CharSequence s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < s.length() && Chars.isRegexSpace(s.charAt(j))) {
                j++;
            }
            if (out == null) {
                if (c == ' ' && j == i + 1) {
                    continue; // already one space
                }
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            out.append(' ');
            i = j - 1;
        }
        return out == null ? s.toString() : out.toString();
    }

    /** {@link String#replaceFirst(String, String)}, compiled once. */
    static String replaceFirst(CharSequence s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceFirst(replacement);
    }

    /**
     * @param words lexicon entries
     * @return a non-capturing alternation, longest entries first, spaces matching any run of white space
     */
    static String alternation(Collection<String> words) {
        // built once per pattern while its class initialises, cold: an insertion sort and a loop,
        // not a stream with comparators and lambdas to bootstrap (#7); the lists are short
        String[] sorted = words.toArray(new String[0]);
        for (int i = 1; i < sorted.length; i++) {
            String w = sorted[i];
            int j = i - 1;
            while (j >= 0 && longerFirst(w, sorted[j])) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = w;
        }
        StringBuilder out = new StringBuilder("(?:");
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(Pattern.quote(sorted[i]).replace(" ", "\\E\\s+\\Q"));
        }
        return out.append(')').toString();
    }

    /** @return whether {@code a} sorts before {@code b}: longer first, then in natural order */
    private static boolean longerFirst(String a, String b) {
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) < 0;
    }

    /**
     * The letters lexicon entries start with, up to their first non-letter, asked of a word without
     * making a string of it: scanners ask it about every word of a text.
     */
    static final class Leading {
        /** Per leading word, bit {@code min(n, 63)} for each entry of {@code n} characters. */
        private final java.util.Map<String, Long> lengths;
        /** The same for the entries that start with no letter ("3M"), or 0. */
        private final long none;

        private Leading(java.util.Map<String, Long> lengths, long none) {
            this.lengths = lengths;
            this.none = none;
        }

        /** @param entries lexicon entries */
        static Leading of(Collection<String> entries) {
            java.util.Map<String, Long> lengths = new java.util.HashMap<>();
            long none = 0;
            for (String e : entries) {
                String w = leadingLetters(e);
                long bit = lengthBit(e.length());
                if (w.isEmpty()) {
                    none |= bit;
                } else {
                    lengths.merge(w, bit, (a, b) -> a | b);
                }
            }
            return new Leading(Sets.copyOf(lengths), none);
        }

        /** @return the leading letters of the entries that start with a letter, lower case */
        java.util.Set<String> words() {
            return lengths.keySet();
        }

        /** @return the bit of {@link #lengths} for a length */
        static long lengthBit(int length) {
            return 1L << Math.min(length, 63);
        }

        /**
         * @return the lengths of the entries that start with the letters the token starts with,
         *     ignoring case, as bits ({@link #lengthBit}); 0 when none does. A token of letters only
         *     is looked up by its lower-case text, whose hash the string keeps.
         */
        long lengths(dev.accords.text.Token token) {
            String lower = token.lowerCase();
            int end = 0;
            while (end < lower.length() && Chars.isLetter(lower.charAt(end))) {
                end++;
            }
            if (end == 0) {
                return none;
            }
            return lengths.getOrDefault(end == lower.length() ? lower : lower.substring(0, end), 0L);
        }
    }

    /** The lower-case letters a word starts with, up to its first non-letter ("" for "3M"). */
    static String leadingLetters(CharSequence s) {
        int end = 0;
        while (end < s.length() && Chars.isLetter(s.charAt(end))) {
            end++;
        }
        return s.subSequence(0, end).toString().toLowerCase(java.util.Locale.ROOT);
    }
}
