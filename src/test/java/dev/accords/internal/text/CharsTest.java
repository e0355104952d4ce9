package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ASCII fast paths of {@link Chars} give what {@link Character} gives, for every code point. */
class CharsTest {
    @Test
    void letterAndSpaceTestsAgreeWithCharacterForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(Chars.isLetter(cp)).as("isLetter(U+%04X)", cp).isEqualTo(Character.isLetter(cp));
            assertThat(Chars.isSpace(cp))
                    .as("isSpace(U+%04X)", cp)
                    .isEqualTo(Character.isWhitespace(cp) || Character.isSpaceChar(cp));
            if (cp <= Character.MAX_VALUE) {
                assertThat(Chars.isLetter((char) cp))
                        .as("isLetter((char) U+%04X)", cp)
                        .isEqualTo(Character.isLetter((char) cp));
            }
        }
    }

    @Test
    void regexSpaceIsWhatBackslashSMatches() {
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("\\s");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isRegexSpace((char) c))
                    .as("U+%04X", c)
                    .isEqualTo(space.matcher(String.valueOf((char) c)).matches());
        }
    }

    @Test
    void aRegexWordCharIsWhatBackslashWMatches() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\w");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isRegexWordChar((char) c))
                    .as("U+%04X", c)
                    .isEqualTo(word.matcher(String.valueOf((char) c)).matches());
        }
    }
}
