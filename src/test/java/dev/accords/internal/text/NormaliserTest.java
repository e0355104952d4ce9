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
}
