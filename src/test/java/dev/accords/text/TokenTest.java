package dev.accords.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Span;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void theLowerCaseTextIsWorkedOutOrChecked() {
        assertThat(new Token(Span.of(0, 6), "Signed", Token.Type.WORD).lowerCase())
                .isEqualTo("signed");
        assertThat(new Token(Span.of(0, 6), "ŞİRKET", Token.Type.WORD).lowerCase())
                .isEqualTo("ŞİRKET".toLowerCase(java.util.Locale.ROOT));
        assertThat(new Token(Span.of(0, 3), "MoU", Token.Type.WORD, "mou").lowerCase())
                .isEqualTo("mou");

        assertThatThrownBy(() -> new Token(Span.of(0, 3), "MoU", Token.Type.WORD, "MoU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the lower case of \"MoU\"");
        assertThatThrownBy(() -> new Token(Span.of(0, 3), "MoU", Token.Type.WORD, "mo"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token(Span.of(0, 1), "É", Token.Type.WORD, "e"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextThatIsItsOwnLowerCaseIsCheckedToo() {
        // the same string as text and lower case takes a shorter check, which must still refuse
        String lower = "signed";
        assertThat(new Token(Span.of(0, 6), lower, Token.Type.WORD, lower).lowerCase())
                .isSameAs(lower);
        String digits = "١٢٣"; // non-ASCII digits have no case
        assertThat(new Token(Span.of(0, 3), digits, Token.Type.NUMBER, digits).lowerCase())
                .isSameAs(digits);
        for (String text : new String[] {"MoU", "A", "zZ", "É", "aÉ", "İ"}) {
            assertThatThrownBy(() -> new Token(Span.of(0, text.length()), text, Token.Type.WORD, text))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void equalTokensHashAlike() {
        Token a = new Token(Span.of(4, 10), "Signed", Token.Type.WORD);
        Token b = new Token(Span.of(4, 10), "Signed", Token.Type.WORD, "signed");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Token(Span.of(4, 10), "signed", Token.Type.WORD));
    }

    @Test
    void capitalisedMeansAnUpperCaseFirstLetter() {
        assertThat(new Token(Span.of(0, 5), "Accra", Token.Type.WORD).isCapitalised())
                .isTrue();
        assertThat(new Token(Span.of(0, 5), "accra", Token.Type.WORD).isCapitalised())
                .isFalse();
        assertThat(new Token(Span.of(0, 6), "Ürümqi", Token.Type.WORD).isCapitalised())
                .isTrue();
        assertThat(new Token(Span.of(0, 2), "中国", Token.Type.WORD).isCapitalised())
                .isFalse();
        assertThat(new Token(Span.of(0, 1), "$", Token.Type.SYMBOL).isCapitalised())
                .isFalse();
    }
}
