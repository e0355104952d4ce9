package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Normalisation is one character for one, and printable ASCII is left alone. */
class NormaliserTest {
    @Test
    void everyCharacterIsMappedOnItsOwn() {
        StringBuilder all = new StringBuilder();
        StringBuilder mapped = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c);
            mapped.append(Normaliser.map(c));
            assertThat(Normaliser.normalise(String.valueOf(c))).isEqualTo(String.valueOf(Normaliser.map(c)));
        }
        assertThat(Normaliser.normalise(all.toString())).isEqualTo(mapped.toString());
    }

    @Test
    void printableAsciiIsUnchanged() {
        for (char c = 0x20; c < 0x7F; c++) {
            assertThat(Normaliser.map(c)).isEqualTo(c);
        }
        String text = "An MoU, signed on 3 May: \"USD 1.2 billion\" (approx.) ~ [ok] {x} | y \\ z";
        assertThat(Normaliser.normalise(text)).isSameAs(text);
    }

    @Test
    void examples() {
        assertThat(Normaliser.normalise("a\tb\r\nc\u2019d\u00A0e\u2014f\uFF21")).isEqualTo("a b\n\nc'd e-fA");
    }

    /** Random texts of characters that change and that do not, anywhere: the text itself when none changes. */
    @Test
    void aTextIsMappedCharacterByCharacterAndKeptWhenNothingChanges() {
        char[] pool = {
            'a', 'Z', ' ', '\n', '.', '\u00E9', '\u5317', '\u20AC', '\t', '\r', '\u2019', '\u00A0', '\uFF21', 0x85
        };
        java.util.Random random = new java.util.Random(3);
        int kept = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            StringBuilder mapped = new StringBuilder();
            int length = random.nextInt(12);
            int kinds = 5 + random.nextInt(pool.length - 4); // often only characters that stay
            for (int k = 0; k < length; k++) {
                char c = pool[random.nextInt(kinds)];
                text.append(c);
                mapped.append(Normaliser.map(c));
            }
            String t = text.toString();
            String normalised = Normaliser.normalise(t);
            assertThat(normalised).isEqualTo(mapped.toString());
            if (t.equals(mapped.toString())) {
                assertThat(normalised).isSameAs(t);
                kept++;
            }
        }
        assertThat(kept).isBetween(500, 4_500);
        String unchanged = "Bogot\u00E1 \u5317\u4EAC \u20AC5 million\n";
        assertThat(Normaliser.normalise(unchanged)).isSameAs(unchanged);
    }
}
