package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * @param entries lexicon entries
     * @return the lower-case letters each entry starts with, up to its first non-letter ("mou",
     *     "memorandum", "co" for "co-operation agreement")
     */
    static Leading leadingWords(Collection<String> entries) {
        for (String e : entries) {
            if (leadingLetters(e).isEmpty()) {
                throw new IllegalArgumentException("a lexicon entry that starts with no letter: " + e);
            }
        }
        return Leading.of(entries);
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

    /**
     * The next match of a lexicon pattern in a sentence, tried only where a token starts with the first
     * letters of an entry: a large case-insensitive alternation costs much at every offset of a text,
     * and this asks it at a few. Matches come in text order and do not overlap, as {@link
     * Matcher#find()} gives them.
     *
     * @param pattern the pattern, with look-arounds that may see outside the sentence
     * @param leading {@link #leadingWords} of its entries
     * @param text the whole text
     * @param tokens the sentence's tokens
     * @param from the offset to search from
     * @param end the sentence's end
     * @return a matcher at the match, or null when there is none
     */
    static Matcher nextAt(
            Pattern pattern,
            Leading leading,
            CharSequence text,
            java.util.List<dev.accords.text.Token> tokens,
            int from,
            int end) {
        Matcher m = null;
        for (int i = firstFrom(tokens, from); i < tokens.size(); i++) {
            dev.accords.text.Token t = tokens.get(i);
            int start = t.span().start();
            if (!Chars.isLetter(t.text().charAt(0)) || !leading.matches(t)) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(start, end);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** The index of the first token starting at or after an offset, by binary search: tokens are in text order. */
    private static int firstFrom(java.util.List<dev.accords.text.Token> tokens, int from) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
