package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AgreementPartsTest {
    private static final List<String> PIECES = List.of(
            "and",
            "with",
            "European",
            "biotech",
            "firms",
            "DNA",
            "Script",
            "co-op",
            "-",
            "--",
            "École",
            "école",
            "Ōsaka",
            "x2",
            "A",
            "a",
            ",",
            ":",
            "İstanbul",
            "ǅemal",
            "\uD835\uDC00\uD835\uDC1A",
            "\uD835\uDC1Abc",
            "sign",
            "signing",
            "Signed",
            "design",
            "sign_up",
            "signé",
            "ceremony",
            "ceremonyx",
            "the",
            "The",
            "its",
            "their",
            "other",
            "of the",
            "or",
            "and,",
            "\"",
            "'",
            ".",
            "...",
            "\u0301",
            "中国");

    private static final List<String> GAPS = List.of(" ", " ", " ", "", "  ", "\t", "\n", "\r\n", "\u0085", "\u00a0");

    @Test
    void describingWordsAreCutAsTheExpressionCutsThem() {
        Random random = new Random(20261126);
        for (int n = 0; n < 50_000; n++) {
            String s = random(random, 8);
            if (random.nextBoolean()) {
                s = s.strip();
            }
            assertThat(AgreementParts.withoutDescribingWords(s))
                    .as("[%s]", s)
                    .isEqualTo(s.replaceFirst(AgreementParts.DESCRIBING_WORDS, ""));
        }
        assertThat(AgreementParts.withoutDescribingWords("with A, and European biotech firms"))
                .isEqualTo("with A, and");
        assertThat(AgreementParts.withoutDescribingWords("with A and Bb Cc dd ee"))
                .isEqualTo("with A and Bb");
    }

    @Test
    void aSigningSentenceIsFoundAsTheExpressionFindsIt() {
        Random random = new Random(20261127);
        int yes = 0;
        for (int n = 0; n < 50_000; n++) {
            String s = random(random, 6).toLowerCase(Locale.ROOT);
            boolean expected = s.matches(AgreementParts.SIGNING_SENTENCE);
            assertThat(AgreementParts.aboutSigning(s)).as("[%s]", s).isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(1000);
    }

    @Test
    void listItemsAreTrimmedAsTheExpressionsTrimThem() {
        Random random = new Random(20261128);
        int clauses = 0;
        for (int n = 0; n < 50_000; n++) {
            String s = random(random, 6);
            if (random.nextBoolean()) {
                s = s.strip();
            }
            assertThat(AgreementParts.withoutEndMarks(s)).as("[%s]", s).isEqualTo(s.replaceAll("[.\"']+$", ""));
            assertThat(AgreementParts.withoutFirstWord(s, "and", "or"))
                    .as("[%s]", s)
                    .isEqualTo(s.replaceFirst("^(?:and|or)\\s+", ""));
            assertThat(AgreementParts.withoutFirstWord(s, "the", "its"))
                    .as("[%s]", s)
                    .isEqualTo(s.replaceFirst("^(?:the|its)\\s+", ""));
            boolean clause = s.matches(AgreementParts.CLAUSE_ITEM);
            assertThat(AgreementParts.readsAsClause(s)).as("[%s]", s).isEqualTo(clause);
            clauses += clause ? 1 : 0;
        }
        assertThat(clauses).isGreaterThan(1000);
        assertThat(AgreementParts.split("health, energy and the high-quality development of industry."))
                .containsExactly("health", "energy");
    }

    @Test
    void agreementWordsAreReadAsTheExpressionsReadThem() {
        Random random = new Random(20261131);
        for (int n = 0; n < 50_000; n++) {
            String s = random(random, 5);
            assertThat(Patterns.replaceAll(s, "\\s+", " ")).as("[%s]", s).isEqualTo(s.replaceAll("\\s+", " "));
            String w = s.strip();
            assertThat(AgreementExtractor.isSmallCount(w))
                    .as("[%s]", w)
                    .isEqualTo(w.matches("\\d+|two|three|four|five"));
        }
        for (String w : List.of("", "2", "25", "2a", "two", "Two", "five", "six", "٣")) {
            assertThat(AgreementExtractor.isSmallCount(w)).as(w).isEqualTo(w.matches("\\d+|two|three|four|five"));
        }
    }

    private static String random(Random random, int maxWords) {
        StringBuilder b = new StringBuilder();
        int words = random.nextInt(maxWords + 1);
        for (int w = 0; w < words; w++) {
            b.append(GAPS.get(random.nextInt(GAPS.size())));
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        if (random.nextInt(4) == 0) {
            b.append(GAPS.get(random.nextInt(GAPS.size())));
        }
        return b.toString();
    }

    @Test
    void itemsAreSplitAsTheExpressionSplitsThem() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "",
                " ",
                ",",
                ", ",
                " ,",
                "a, b and c",
                "a,b ,  c,",
                ",a",
                "a as well as b",
                "a  as well as\tb",
                "a as well asb",
                "a, as well as b",
                "as well as b",
                " as well as b",
                "a as well as ",
                "a as well as  ",
                "a as  well as b",
                "a\u00A0as well as b",
                "a\nas well as\n",
                "x as well as as well as y",
                " a b ",
                "\u2003a\u2003"));
        for (String text : dev.accords.corpus.CorpusTexts.all()) {
            for (int i = 0; i + 1 < text.length(); i += 37) {
                texts.add(text.substring(i, Math.min(text.length(), i + 1 + (i % 120))));
            }
        }
        java.util.Random random = new java.util.Random(20261126);
        List<String> pieces = List.of("a", "b", ",", " ", "\t", "as", "well", "as well as", "\u00A0", "-");
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertThat(Patterns.split(Patterns.LIST_ITEMS, t))
                    .as(t)
                    .containsExactly(
                            java.util.regex.Pattern.compile(Patterns.LIST_ITEMS).split(t));
        }
    }
}
