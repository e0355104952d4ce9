package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    @Test
    void normalisationKeepsEveryOffset() {
        String original = "“Sinosure’s” fund—€30m\u00a0in\tChina\r\nＡＢＣ…";
        String normalised = Normaliser.normalise(original);
        assertThat(normalised).hasSameSizeAs(original);
        assertThat(normalised).isEqualTo("\"Sinosure's\" fund-€30m in China\n\nABC.");
        assertThat(Normaliser.normalise("plain ascii")).isSameAs("plain ascii");
    }

    @Test
    void sentencesSplitAtFullStopsButNotAfterAbbreviations() {
        SourceText t = SourceText.of("China IPPR Co., Ltd. signed the deal on Dec. 4 with Mr. Li. The U.S. side agreed."
                + " It cost $1.5 billion! Was it \"good\"? Yes.\nA new paragraph");
        assertThat(t.sentences())
                .extracting(Sentence::text)
                .containsExactly(
                        "China IPPR Co., Ltd. signed the deal on Dec. 4 with Mr. Li.",
                        "The U.S. side agreed.",
                        "It cost $1.5 billion!",
                        "Was it \"good\"?",
                        "Yes.",
                        "A new paragraph");
        assertThat(t.paragraphs()).hasSize(2);
        for (Sentence s : t.sentences()) {
            assertThat(s.span().of(t.text())).isEqualTo(s.text());
        }
    }

    @Test
    void everyTokenIsItsSpanOfTheTextWithItsLowerCase() {
        // the tokeniser hands words, numbers and marks their lower case itself (numbers as they are,
        // ASCII marks as shared one-character strings): it must be what the token's text gives
        String alphabet = "aZé ÉİŞ19.,'-&()\"%$€!?中\u0301Σ\u212A\u00a0";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = Normaliser.normalise(b.toString());
            for (Token t : Segmenter.tokens(text, 0, text.length())) {
                assertThat(t.text()).isEqualTo(t.span().of(text));
                assertThat(t.lowerCase()).isEqualTo(t.text().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void digitsOutsideTheBasicPlaneMakeANumber() {
        // "𝟏𝟐,𝟓 𝟏" in mathematical bold digits: read by char they made an empty token, forever
        String bold = "Revenue \uD835\uDFCF\uD835\uDFD0,\uD835\uDFD3 up \uD835\uDFCF";
        List<Token> tokens = Segmenter.tokens(bold, 0, bold.length());
        assertThat(tokens)
                .extracting(Token::text)
                .containsExactly("Revenue", "\uD835\uDFCF\uD835\uDFD0,\uD835\uDFD3", "up", "\uD835\uDFCF");
        assertThat(tokens.get(1).type()).isEqualTo(Token.Type.NUMBER);
        assertThat(SourceText.of(bold).sentences()).hasSize(1);
    }

    @Test
    void tokensKeepNumbersWordsAndSymbolsApart() {
        String text = "RM1.5 billion, 1,200 crore; CASC's Opening-up U.S. 5%";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        assertThat(tokens)
                .extracting(Token::text)
                .containsExactly(
                        "RM",
                        "1.5",
                        "billion",
                        ",",
                        "1,200",
                        "crore",
                        ";",
                        "CASC",
                        "'",
                        "s",
                        "Opening-up",
                        "U.S.",
                        "5",
                        "%");
        assertThat(tokens)
                .extracting(Token::type)
                .startsWith(
                        Token.Type.WORD, Token.Type.NUMBER, Token.Type.WORD, Token.Type.PUNCTUATION, Token.Type.NUMBER);
        assertThat(tokens.get(tokens.size() - 1).type()).isEqualTo(Token.Type.SYMBOL);
    }

    @Test
    void blankLinesAndSurroundingSpaceAreNotParagraphs() {
        SourceText t = SourceText.of("\n\n  Title  \n\n\n   \nBody text.\n");
        assertThat(t.paragraphs()).extracting(p -> p.of(t.text())).containsExactly("Title", "Body text.");
    }
}
