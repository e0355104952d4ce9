package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a regular expression's matches can start with, so that it is asked only at those:
 * {@link Matcher#find()} tries an expression at every character of a region, and for an alternation
 * such as {@code ,\s(?:with|which)\b|\.\s|;} each try costs more than a look at the character.
 * Immutable.
 */
final class StartChars {
    /** The characters of {@code \s} without {@code UNICODE_CHARACTER_CLASS}. */
    static final String SPACE = " \t\n\u000B\f\r";

    private final boolean[] ascii = new boolean[128];
    private final boolean other;
    private final boolean wordStart;

    /**
     * @param chars the ASCII characters a match may start with (both cases, for a case-insensitive
     *     expression)
     * @param other whether a match may start with a character outside ASCII
     * @param wordStart whether the expression starts with {@code \b} before a word character, so that
     *     a match cannot start after a letter, digit or {@code _}
     */
    StartChars(String chars, boolean other, boolean wordStart) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("not ASCII: " + c);
            }
            ascii[c] = true;
        }
        this.other = other;
        this.wordStart = wordStart;
    }

    /** @return the ASCII letters of {@code letters} in both cases */
    static String bothCases(String letters) {
        return letters.toLowerCase(java.util.Locale.ROOT) + letters.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The first match of an expression in {@code [from, to)}, the one {@code
     * pattern.matcher(text).region(from, to).find()} gives.
     *
     * <p>The expression must match no empty string, must look no further back than the {@code \b} of
     * {@code wordStart}, and must not use {@code ^} (each try is a region of its own, whose start
     * {@code ^} would take for the text's).
     *
     * @return a matcher at the match, or null when there is none
     */
    Matcher find(Pattern pattern, CharSequence text, int from, int to) {
        Matcher m = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128 ? !ascii[c] : !other) {
                continue;
            }
            if (wordStart && i > from) {
                char before = text.charAt(i - 1);
                if (before >= 128) {
                    // \b counts letters, digits and marks of any script: find() decides
                    return slow(pattern, text, from, to);
                }
                if (Chars.isRegexWordChar(before)) {
                    continue;
                }
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            // an opaque region, as find()'s: \b at its start sees no character before, which the
            // test above has made true; $ and \b at its end see what find() saw
            if (m.region(i, to).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static Matcher slow(Pattern pattern, CharSequence text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        return m.find() ? m : null;
    }
}
