package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** {@link Segmenter#tokens} as it was, reading every letter by code point: the reference. */
    private static final class PlainTokens {
        private static final String[] ASCII = new String[128];

        static {
            for (char c = 0; c < ASCII.length; c++) {
                ASCII[c] = String.valueOf(c);
            }
        }

        static List<Token> tokens(String text, int start, int end) {
            List<Token> out = new ArrayList<>();
            int i = start;
            while (i < end) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                if (Chars.isSpace(cp)) {
                    i += len;
                } else if (Chars.isLetter(cp)) {
                    long scanned = scanWord(text, i, end);
                    int j = (int) scanned;
                    String word = text.substring(i, j);
                    // a word of lower-case ASCII letters (most words) is its own lower case
                    String lower = scanned >>> 32 == 0 ? word : word.toLowerCase(Locale.ROOT);
                    out.add(new Token(Span.of(i, j), word, Token.Type.WORD, lower));
                    i = j;
                } else if (Character.isDigit(cp)) {
                    int j = scanNumber(text, i, end);
                    String number = text.substring(i, j);
                    out.add(new Token(Span.of(i, j), number, Token.Type.NUMBER, number)); // digits and separators
                    i = j;
                } else {
                    int type = Character.getType(cp);
                    boolean symbol = type == Character.CURRENCY_SYMBOL
                            || type == Character.MATH_SYMBOL
                            || type == Character.MODIFIER_SYMBOL
                            || type == Character.OTHER_SYMBOL
                            || cp == '%';
                    String mark = cp < ASCII.length ? ASCII[cp] : text.substring(i, i + len);
                    out.add(new Token(
                            Span.of(i, i + len),
                            mark,
                            symbol ? Token.Type.SYMBOL : Token.Type.PUNCTUATION,
                            mark.toLowerCase(Locale.ROOT)));
                    i += len;
                }
            }
            return out;
        }

        private static long scanWord(String text, int i, int end) {
            int j = i;
            int segment = i; // start of the letters since the last inner dot
            boolean dotted = false;
            boolean mayChange = false;
            while (j < end) {
                int cp = text.codePointAt(j);
                if (Chars.isLetter(cp) || cp >= 128 && Character.getType(cp) == Character.NON_SPACING_MARK) {
                    mayChange |= cp >= 128 || cp <= 'Z';
                    j += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '-' || cp == '&')
                        && j + 1 < end
                        && Character.isLetter(text.charAt(j + 1))
                        && !(cp == '\'' && isPossessiveS(text, j, end))) {
                    j += 1;
                } else if (cp == '.'
                        && j - segment == 1
                        && j + 1 < end
                        && Character.isLetter(text.charAt(j + 1))
                        && (j + 2 >= end || !Character.isLetter(text.charAt(j + 2)))) {
                    j += 1; // dotted abbreviation: U.S, e.g
                    segment = j;
                    dotted = true;
                } else {
                    break;
                }
            }
            if (dotted && j < end && text.charAt(j) == '.' && j - segment == 1) {
                j++; // keep the final dot of "U.S."
            }
            return mayChange ? 1L << 32 | j : j;
        }

        private static boolean isPossessiveS(String text, int j, int end) {
            return (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                    && (j + 2 >= end || !Character.isLetter(text.charAt(j + 2)));
        }

        private static int scanNumber(String text, int i, int end) {
            int j = i;
            while (j < end) {
                int cp = text.codePointAt(j);
                if (Character.isDigit(cp)) {
                    j += Character.charCount(cp);
                } else if ((cp == ',' || cp == '.') && j + 1 < end && Character.isDigit(text.codePointAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }
    }

    /** The tokens with the ASCII letter loop and the shared marks are those of the plain tokeniser. */
    @Test
    void tokensAsThePlainTokeniserMadeThem() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "The U.S. and e.g. co-operation, O'Brien's AT&T Dh260 1,200.5 €30m Ünïcödé café résumé",
                "İstanbul ΣΟΦΙΑ naïve Zoë 北京 a\u0301b x\uD835\uDC00y 𝟏2 don't it's AB-CD a.b.c. Z.",
                ""));
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        java.util.Random random = new java.util.Random(3);
        String alphabet = "aZzA'-&.. ,é\u0301Ü1İ北\uD835\uDC00$%";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        int tokens = 0;
        for (String original : texts) {
            String text = Normaliser.normalise(original);
            List<Token> expected = PlainTokens.tokens(text, 0, text.length());
            List<Token> actual = Segmenter.tokens(text, 0, text.length());
            assertThat(actual).as(text).isEqualTo(expected);
            for (int i = 0; i < actual.size(); i++) {
                assertThat(actual.get(i).lowerCase()).isEqualTo(expected.get(i).lowerCase());
            }
            tokens += actual.size();
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    /**
     * The sentences, made from one list of tokens for all paragraphs, are those made from a list per
     * paragraph.
     */
    @Test
    void sentencesAsTheyWereMadeFromAListPerParagraph() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "One.",
                "One. Two.\n\nThree! \"Four?\" Five",
                "A very long paragraph. ".repeat(200) + "\nShort.\n"));
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {"Word", "word", " ", " ", ".", "!", "?", "\n", "\"", ")", "Mr.", "J.", "12", "U.S."};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        int sentences = 0;
        for (String original : texts) {
            String text = Normaliser.normalise(original);
            List<Span> paragraphs = Segmenter.paragraphs(text);
            List<Sentence> expected = PlainSentences.sentences(text, paragraphs);
            List<Sentence> actual = Segmenter.sentences(text, paragraphs);
            assertThat(actual).as(text).isEqualTo(expected);
            sentences += actual.size();
        }
        assertThat(sentences).isGreaterThan(5_000);
    }

    /** Segmenter.sentences as it was: a new list of tokens per paragraph. */
    private static final class PlainSentences {
        static List<Sentence> sentences(String text, List<Span> paragraphs) {
            List<Sentence> out = new ArrayList<>();
            for (Span p : paragraphs) {
                List<Token> tokens = Segmenter.tokens(text, p.start(), p.end());
                int first = 0;
                for (int t = 0; t < tokens.size(); t++) {
                    if (endsSentence(tokens, t)) {
                        int last = t;
                        while (last + 1 < tokens.size()
                                && isCloser(tokens.get(last + 1).text())) {
                            last++;
                        }
                        out.add(sentence(text, tokens.subList(first, last + 1)));
                        first = last + 1;
                        t = last;
                    }
                }
                if (first < tokens.size()) {
                    out.add(sentence(text, tokens.subList(first, tokens.size())));
                }
            }
            return out;
        }

        private static Sentence sentence(String text, List<Token> tokens) {
            Span span = Span.of(
                    tokens.get(0).span().start(),
                    tokens.get(tokens.size() - 1).span().end());
            return new Sentence(span, span.of(text), tokens);
        }

        private static boolean isCloser(String s) {
            return s.equals("\"") || s.equals("'") || s.equals(")") || s.equals("]");
        }

        private static boolean endsSentence(List<Token> tokens, int t) {
            String s = tokens.get(t).text();
            if (!(s.equals(".") || s.equals("!") || s.equals("?"))) {
                return false;
            }
            int next = t + 1;
            while (next < tokens.size() && isCloser(tokens.get(next).text())) {
                next++;
            }
            if (next >= tokens.size()) {
                return false;
            }
            Token following = tokens.get(next);
            if (following.span().start() <= tokens.get(next - 1).span().end()) {
                return false;
            }
            String f = following.text();
            boolean opener = Character.isUpperCase(f.codePointAt(0))
                    || Character.isDigit(f.codePointAt(0))
                    || f.equals("\"")
                    || f.equals("'")
                    || f.equals("(");
            if (!opener) {
                return false;
            }
            if (s.equals(".") && t > 0) {
                Token prev = tokens.get(t - 1);
                if (prev.span().end() == tokens.get(t).span().start() && prev.type() == Token.Type.WORD) {
                    String w = prev.lowerCase();
                    if (ABBREVIATIONS.contains(w)) {
                        return false;
                    }
                    if (w.length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static final java.util.Set<String> ABBREVIATIONS =
                dev.accords.internal.lexicon.Lexicon.lowerSet("abbreviations.txt");
    }
}
