package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.model.Span;
import dev.accords.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The money grammar's fast paths against the plain code they replaced ({@link AmountGrammarReference},
 * a verbatim copy of the grammar before them): the same phrases, values, currencies, qualifiers and
 * spans, on the corpus texts and on generated text made of the lexicons' words, signs and numbers
 * in mixed case, with characters whose lower case is not a plain ASCII letter.
 */
class AmountGrammarFastPathTest {
    /** Pieces that the generated texts are made of, besides the lexicons' entries. */
    private static final List<String> PIECES = List.of(
            "5",
            "21.9",
            "1,200",
            "1,200,000",
            "2019",
            "12",
            "0.5",
            "1",
            "2",
            "300",
            "7.25",
            "1,,2",
            "3.",
            "4..5",
            "to",
            "and",
            "between",
            "from",
            "or more",
            "about",
            "more than",
            "up to",
            "half",
            "a",
            "an",
            "A",
            "hundred",
            "twenty-five",
            "two hundred and fifty",
            "twenty five",
            "half a",
            "billion-dollar",
            "(",
            ")",
            "=",
            "$1 = 3.67",
            ".",
            ",",
            "-",
            "'",
            "\n",
            "A320",
            "G20",
            "SR71",
            "x",
            "Ab",
            "\u0130",
            "\u0130N",
            "\u212A",
            "\u212Ash",
            "\u00e9",
            "caf\u00e9",
            "\u4ebf",
            "\u5143",
            "\u4e07\u4ebf",
            "\u4eba\u6c11\u5e01",
            "\u20ac",
            "\u00a3",
            "\u00a5",
            "US$",
            "U.S. $",
            "Rs.",
            "KSh.",
            "euros.",
            "dollar's",
            "\u0131",
            "\u017f");

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "", "", "-", "  ", ", ", "(", "\n");

    @Test
    void findsWhatThePlainCodeFindsInTheCorpus() {
        int phrases = 0;
        Random random = new Random(8);
        for (String raw : CorpusTexts.all()) {
            SourceText source = SourceText.of(raw);
            String text = source.text();
            for (Span p : source.paragraphs()) {
                phrases += compare(text, p.start(), p.end());
            }
            compare(text, 0, text.length());
            compare(raw, 0, raw.length());
            for (int k = 0; k < 200; k++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(Math.min(400, text.length() - from) + 1);
                compare(text, from, to);
            }
        }
        assertThat(phrases).isGreaterThan(25);
    }

    @Test
    void findsWhatThePlainCodeFindsInGeneratedText() {
        List<String> words = new ArrayList<>(PIECES);
        words.addAll(AmountGrammar.lexiconCurrencies().keySet());
        words.addAll(AmountGrammar.SCALES.keySet());
        words.addAll(AmountGrammar.NUMBER_WORDS.keySet());
        words.addAll(AmountGrammar.QUALIFIERS.keySet());
        words.addAll(AmountGrammar.AFTER.keySet());
        Random random = new Random(88);
        int phrases = 0;
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + random.nextInt(9);
            for (int k = 0; k < count; k++) {
                String w = words.get(random.nextInt(words.size()));
                switch (random.nextInt(6)) {
                    case 0 -> w = w.toUpperCase(Locale.ROOT);
                    case 1 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> {}
                }
                b.append(w);
                if (random.nextInt(4) == 0) {
                    b.append(PIECES.get(random.nextInt(15)));
                }
                b.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String text = b.toString();
            phrases += compare(text, 0, text.length());
            int from = random.nextInt(text.length() + 1);
            compare(text, from, from + random.nextInt(text.length() - from + 1));
        }
        assertThat(phrases).isGreaterThan(10_000);
    }

    @Test
    void findsWhatThePlainCodeFindsInTheGrammarsExamples() {
        for (String text : List.of(
                "",
                "5",
                "$",
                "a billion dollars",
                "A BILLION DOLLARS",
                "an \u0130 billion dollars",
                "half a billion euros",
                "HALF A billion euros",
                "half an billion euros",
                "a hundred million dollars",
                "two hundred and fifty million yuan",
                "twenty-five million euros",
                "\u0130n 5 million dollars",
                "ONE\u212A billion dollars",
                "US$1.2 billion and RMB 5 billion, CNY5bn, Rs 1,200 crore",
                "21.9\u4ebf\u5143 and RMB 5\u4ebf\u5143",
                "between $1 and $2 billion; $1-2 billion; $1 billion to $2 billion; from $5 million to 20 schools",
                "804 billion INR ($12.39 billion)",
                "($1 = 3.67 dirham)",
                "N 5, R 20, N50 billion, SR71, U.S. $5 million, U.S.$5, USD $5 million",
                "22.9 bln USD; 5 won; 500 pounds; in 2019 dollars; 1.5 lakh crore rupees")) {
            compare(text, 0, text.length());
            for (int from = 0; from <= text.length(); from++) {
                compare(text, from, text.length());
                compare(text, 0, from);
            }
        }
    }

    @Test
    void findsWhatThePlainCodeFindsInGeneratedPhrases() {
        List<String> qualifiers = new ArrayList<>(AmountGrammar.QUALIFIERS.keySet());
        List<String> after = new ArrayList<>(AmountGrammar.AFTER.keySet());
        List<String> signs = new ArrayList<>(AmountGrammar.PREFIXES.keySet());
        List<String> currencies =
                new ArrayList<>(AmountGrammar.lexiconCurrencies().keySet());
        List<String> scales = new ArrayList<>(AmountGrammar.SCALES.keySet());
        List<String> spelled = new ArrayList<>(AmountGrammar.NUMBER_WORDS.keySet());
        Random random = new Random(888);
        int phrases = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int part = 0; part < 1 + random.nextInt(3); part++) {
                if (random.nextInt(3) == 0) {
                    b.append(pick(random, qualifiers)).append(' ');
                }
                if (random.nextInt(2) == 0) {
                    b.append(pick(random, signs)).append(random.nextBoolean() ? "" : " ");
                }
                if (random.nextInt(3) == 0) {
                    b.append(pick(random, spelled));
                    if (random.nextBoolean()) {
                        b.append(random.nextBoolean() ? "-" : " ").append(pick(random, spelled));
                    }
                } else {
                    b.append(PIECES.get(random.nextInt(14)));
                }
                b.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
                if (random.nextInt(3) > 0) {
                    b.append(pick(random, scales)).append(random.nextInt(4) > 0 ? " " : "");
                }
                if (random.nextInt(3) > 0) {
                    b.append(pick(random, currencies));
                }
                if (random.nextInt(4) == 0) {
                    b.append(' ').append(pick(random, after));
                }
                b.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String text = random.nextInt(5) == 0 ? b.toString().toUpperCase(Locale.ROOT) : b.toString();
            phrases += compare(text, 0, text.length());
        }
        assertThat(phrases).isGreaterThan(20_000);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** @return the number of phrases found */
    private static int compare(String text, int from, int to) {
        List<String> expected = new ArrayList<>();
        for (AmountGrammarReference.Written w : AmountGrammarReference.find(text, from, to)) {
            expected.add(w.toString());
        }
        List<String> actual = new ArrayList<>();
        for (AmountGrammar.Written w : AmountGrammar.find(text, from, to)) {
            actual.add(w.toString());
        }
        assertThat(actual).as("%s [%d, %d)", text.substring(from, to), from, to).isEqualTo(expected);
        return actual.size();
    }
}
