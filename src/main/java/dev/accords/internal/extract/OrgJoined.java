package dev.accords.internal.extract;

import dev.accords.text.Token;
import java.util.List;

/**
 * The texts of a run of tokens joined with single spaces, read in place: the characters of
 * {@code String.join(" ", texts)} without the copy, so {@code Places.mayBePlace} can rule a name out
 * before the string is built. Reading from left to right (as a hash does) costs one step per
 * character; a read further left starts again at the first token.
 */
final class OrgJoined implements CharSequence {
    private final List<Token> tokens;
    private final int from;
    private final int to;
    private final int length;

    /** The token the last read fell in, and where its text starts in the joined form. */
    private int at;

    private int atStart;

    /**
     * @param tokens the tokens
     * @param from the first token joined
     * @param to the last token joined (inclusive); {@code to < from} joins none
     */
    OrgJoined(List<Token> tokens, int from, int to) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        int n = 0;
        for (int k = from; k <= to; k++) {
            n += tokens.get(k).text().length() + (k == from ? 0 : 1);
        }
        this.length = n;
        this.at = from;
        this.atStart = 0;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < atStart) {
            at = from;
            atStart = 0;
        }
        while (true) {
            String t = tokens.get(at).text();
            int off = index - atStart;
            if (off < t.length()) {
                return t.charAt(off);
            }
            if (off == t.length()) {
                return ' ';
            }
            atStart += t.length() + 1;
            at++;
        }
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(length);
        for (int k = from; k <= to; k++) {
            b.append(k == from ? "" : " ").append(tokens.get(k).text());
        }
        return b.toString();
    }
}
