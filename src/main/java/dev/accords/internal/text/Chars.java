package dev.accords.internal.text;

/**
 * {@link Character} tests with a fast path for ASCII, which most characters of the texts are: the
 * scanners ask them of every character.
 */
public final class Chars {
    private Chars() {}

    /** @return {@link Character#isLetter(char)} */
    public static boolean isLetter(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    /** @return {@link Character#isLetter(int)} */
    public static boolean isLetter(int cp) {
        if (cp < 128) {
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(cp);
    }

    /**
     * Whether a lower-case word stands in a text at an offset, its ASCII letters in either case and
     * its other characters as they are: for code that compares a stretch with an ASCII word without
     * lower-casing a copy of it.
     *
     * @param text a text, with at least {@code lower.length()} characters from {@code at}
     * @param at where the word would start
     * @param lower the word, in lower case
     * @return whether {@code text[at, at + lower.length())} is the word, in either ASCII case
     */
    public static boolean isAsciiWordAt(CharSequence text, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(at + k);
            char e = lower.charAt(k);
            if (c != e && !(e >= 'a' && e <= 'z' && (c | 0x20) == e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@link String#strip} would start {@code text[from, to)}, found in place: white space is
     * {@link Character#isWhitespace(char)}, and no white space character is a surrogate, so reading
     * chars reads what strip reads.
     *
     * @return the first offset in {@code [from, to)} that is not white space, or {@code to}
     */
    public static int stripStart(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where {@link String#strip} would end {@code text[from, to)}, found in place.
     *
     * @return the end, exclusive, of {@code text[from, to)} without its trailing white space; at least
     *     {@code from}
     */
    public static int stripEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * @return whether the character is white space as {@code \\s} means it in {@link java.util.regex}
     *     (without {@code UNICODE_CHARACTER_CLASS}): space, tab, line feed, vertical tab, form feed,
     *     carriage return; for code that does by hand what an expression with {@code \\s} did
     */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * @return whether the character is a word character as {@code \\w} means it in {@link
     *     java.util.regex} (without {@code UNICODE_CHARACTER_CLASS}): an ASCII letter or digit, or
     *     {@code _}; for an ASCII character, also what {@code \\b} counts as one (for others {@code
     *     \\b} asks {@link Character#isLetterOrDigit(char)})
     */
    public static boolean isRegexWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** @return {@link Character#isWhitespace(int)} or {@link Character#isSpaceChar(int)} */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || cp >= 0x09 && cp <= 0x0d || cp >= 0x1c && cp <= 0x1f;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
