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
    void stripBoundsAreWhereStringStripCuts() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = " \t\n\u2003\u00a0\u001cab\uD83D\uDE00\u3000-";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            int start = Chars.stripStart(text, from, to);
            int end = Chars.stripEnd(text, start, to);
            assertThat(text.substring(start, end))
                    .as("[%d, %d) of \"%s\"", from, to, text)
                    .isEqualTo(text.substring(from, to).strip());
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

    /** An ASCII word at an offset in either case: what lower-casing a copy of the stretch says. */
    @Test
    void aWordStandsAtAnOffsetInEitherAsciiCase() {
        String text = "The Signing of MoUs: 5 \u212Ailo, SIGNING, sign-in, \u0130t";
        for (String word : new String[] {"the", "signing", " signing", "mous:", "kilo", "it", "sign-in", "of"}) {
            for (int at = 0; at + word.length() <= text.length(); at++) {
                String stretch = text.substring(at, at + word.length());
                boolean ascii = stretch.chars().allMatch(c -> c < 128);
                if (ascii) {
                    assertThat(Chars.isAsciiWordAt(text, at, word))
                            .as("%s at %d", word, at)
                            .isEqualTo(
                                    stretch.toLowerCase(java.util.Locale.ROOT).equals(word));
                } else {
                    assertThat(Chars.isAsciiWordAt(text, at, word))
                            .as("%s at %d", word, at)
                            .isFalse(); // KELVIN SIGN and dotted I are not ASCII letters
                }
            }
        }
        assertThat(Chars.isAsciiWordAt(text, 4, "signing")).isTrue();
        assertThat(Chars.isAsciiWordAt(text, 0, "")).isTrue();
    }
}
