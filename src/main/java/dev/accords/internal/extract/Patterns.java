package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.Collection;
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

    /** {@link String#split(String)}, compiled once. */
    static String[] split(String regex, CharSequence s) {
        return compiled(regex).split(s);
    }

    /** {@link String#replaceAll(String, String)}, compiled once. */
    static String replaceAll(CharSequence s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceAll(replacement);
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
        private final java.util.Set<String> words;
        /** Whether an entry starts with no letter ("3M"): then so may a match. */
        private final boolean none;

        private Leading(java.util.Set<String> words, boolean none) {
            this.words = words;
            this.none = none;
        }

        /** @param entries lexicon entries */
        static Leading of(Collection<String> entries) {
            java.util.Set<String> words = new java.util.HashSet<>();
            boolean none = false;
            for (String e : entries) {
                String w = leadingLetters(e);
                if (w.isEmpty()) {
                    none = true;
                } else {
                    words.add(w);
                }
            }
            return new Leading(java.util.Set.copyOf(words), none);
        }

        /**
         * @return whether an entry starts with the letters the token starts with, ignoring case; a
         *     token of letters only is looked up by its lower-case text, whose hash the string keeps
         */
        boolean matches(dev.accords.text.Token token) {
            String lower = token.lowerCase();
            int end = 0;
            while (end < lower.length() && Chars.isLetter(lower.charAt(end))) {
                end++;
            }
            if (end == 0) {
                return none;
            }
            return words.contains(end == lower.length() ? lower : lower.substring(0, end));
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
