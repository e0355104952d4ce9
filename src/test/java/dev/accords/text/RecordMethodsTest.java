package dev.accords.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Token} and {@link Sentence} write out equals and hashCode: they must keep the records' meaning. */
class RecordMethodsTest {
    /** The same components, with the generated methods. */
    private record GeneratedToken(Span span, String text, Token.Type type) {}

    private static final Token SIGNED = new Token(Span.of(4, 10), "signed", Token.Type.WORD);
    private static final Token TWO = new Token(Span.of(11, 12), "2", Token.Type.NUMBER);

    @Test
    void tokenHashCodeAndEqualsAreTheGeneratedOnes() {
        assertThat(SIGNED.hashCode())
                .isEqualTo(new GeneratedToken(SIGNED.span(), SIGNED.text(), SIGNED.type()).hashCode());
        assertThat(SIGNED)
                .isEqualTo(new Token(Span.of(4, 10), "signed", Token.Type.WORD))
                .isNotEqualTo(new Token(Span.of(4, 11), "signed", Token.Type.WORD))
                .isNotEqualTo(new Token(Span.of(4, 10), "Signed", Token.Type.WORD))
                .isNotEqualTo(new Token(Span.of(4, 10), "signed", Token.Type.SYMBOL))
                .isNotEqualTo(new GeneratedToken(SIGNED.span(), SIGNED.text(), SIGNED.type()))
                .isNotEqualTo(null);
    }

    @Test
    void sentenceEqualsIsTheGeneratedOneAndItsHashTheSpans() {
        Sentence s = new Sentence(Span.of(4, 12), "signed 2", List.of(SIGNED, TWO));
        assertThat(s.hashCode())
                .isEqualTo(s.span().hashCode())
                .isEqualTo(new Sentence(Span.of(4, 12), "signed 2", List.of(SIGNED, TWO)).hashCode());
        assertThat(s)
                .isEqualTo(new Sentence(Span.of(4, 12), "signed 2", List.of(SIGNED, TWO)))
                .isNotEqualTo(new Sentence(Span.of(4, 12), "signed 2", List.of(SIGNED)))
                .isNotEqualTo(new Sentence(Span.of(5, 12), "signed 2", List.of(SIGNED, TWO)))
                .isNotEqualTo(new Sentence(Span.of(4, 12), "signed 3", List.of(SIGNED, TWO)))
                .isNotEqualTo(null);
    }
}
