package dev.accords.internal.text;

/** One-to-one character normalisation: the result has the input's length, offset for offset. */
public final class Normaliser {
    private Normaliser() {}

    /**
     * @param s a text
     * @return the normalised text, {@code result.length() == s.length()}
     */
    public static String normalise(String s) {
        // printable ASCII without a call: in a fresh JVM this loop runs interpreted
        int first = 0;
        while (first < s.length()) {
            char c = s.charAt(first);
            if ((c < 0x20 || c >= 0x7F) && map(c) != c) {
                break;
            }
            first++;
        }
        if (first == s.length()) {
            return s; // nothing changes, as in many texts: no copy
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                continue; // map(c) == c
            }
            chars[i] = map(c);
        }
        return new String(chars);
    }

    static char map(char c) {
        if (c < 0x80) {
            if (c == '\t' || c == '\f' || c == 0x0B) {
                return ' ';
            }
            if (c == '\r') {
                return '\n';
            }
            return c < 0x20 && c != '\n' ? ' ' : c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u300C', '\u300D':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63':
                return '-';
            case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000', '\u200B', '\uFEFF', '\u2028', '\u2029':
                return c == '\u2028' || c == '\u2029' ? '\n' : ' ';
            case '\u2026':
                return '.';
            case '\u3001':
                return ',';
            case '\u3002':
                return '.';
            default:
                break;
        }
        if (c >= '\u2000' && c <= '\u200A') {
            return ' ';
        }
        if (c >= '\uFF01' && c <= '\uFF5E') { // full-width ASCII forms
            return (char) (c - 0xFEE0);
        }
        if (c == 0x85 || (c >= 0x80 && c < 0xA0)) {
            return c == 0x85 ? '\n' : ' ';
        }
        return c;
    }
}
