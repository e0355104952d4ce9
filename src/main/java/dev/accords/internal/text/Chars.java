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
}
