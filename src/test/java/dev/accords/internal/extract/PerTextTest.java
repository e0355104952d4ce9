package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerTextTest {
    private static final String HEADLINE_FIRST =
            "Kenya And China Sign Five Energy Agreements In Nairobi\nThe two sides signed the agreements on Monday.";
    private static final String BODY_FIRST =
            "The two sides signed the agreements on Monday.\nKenya And China Sign Five Energy Agreements In Nairobi";

    @Test
    void eachTextGetsItsOwnAnswersWhenTextsAlternate() {
        SourceText a = SourceText.of(HEADLINE_FIRST);
        SourceText b = SourceText.of(BODY_FIRST);
        SourceText sameAsA = SourceText.of(HEADLINE_FIRST); // equal content, another text

        for (int round = 0; round < 2; round++) {
            assertThat(PerText.restricted(a, 0)).isTrue();
            assertThat(PerText.restricted(a, 1)).isFalse();
            assertThat(PerText.restricted(b, 0)).isFalse();
            assertThat(PerText.restricted(b, 1)).isTrue();
            assertThat(PerText.restricted(sameAsA, 0)).isTrue();
        }
        for (int i = 0; i < a.sentences().size(); i++) {
            assertThat(PerText.restricted(a, i))
                    .isEqualTo((OrganisationExtractor.lineShape(
                                            a.text(), a.sentences().get(i).tokens())
                                    & OrganisationExtractor.RESTRICTED)
                            != 0);
        }
    }

    @Test
    void anotherThreadWorksItsAnswersOutAgain() throws InterruptedException {
        SourceText a = SourceText.of(HEADLINE_FIRST);
        assertThat(PerText.restricted(a, 0)).isTrue();
        boolean[] seen = new boolean[2];
        Thread t = new Thread(() -> {
            seen[0] = PerText.restricted(a, 0);
            seen[1] = PerText.restricted(a, 1);
        });
        t.start();
        t.join();

        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void theIndexVisitsEveryTokenWithAKeyInTextOrder() {
        SourceText text = SourceText.of("The Bank signed with the bank of China. THE BANK said the bank's loan was "
                + "signed in the Bank's offices, and the bank signed again.");
        List<Token> all = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            all.addAll(s.tokens());
        }
        PerText.Index tokens = PerText.of(text).tokens();

        assertThat(tokens.tokens()).isEqualTo(all);
        for (Token t : all) {
            assertThat(visit(tokens, t.lowerCase()))
                    .as("tokens keyed %s", t.lowerCase())
                    .isEqualTo(indexesWhere(tokens.tokens(), x -> x.lowerCase().equals(t.lowerCase())));
        }
        assertThat(visit(tokens, "bank")).hasSize(6);
        assertThat(tokens.first("absent")).isEqualTo(-1);
    }

    /**
     * The tokens of all sentences: joined when the sentences are views of one array in order, as the
     * segmenter makes them, copied for sentences made any other way.
     */
    @Test
    void theTokensOfAllSentencesAreTheirsInOrderHoweverTheSentencesWereMade() {
        SourceText made = SourceText.of("The Bank signed. The bank of China signed.\n\nTHE BANK said so.");
        List<Token> all = new ArrayList<>();
        List<Sentence> copies = new ArrayList<>();
        for (Sentence s : made.sentences()) {
            all.addAll(s.tokens());
            copies.add(new Sentence(s.span(), s.text(), new ArrayList<>(s.tokens())));
        }
        assertThat(made.sentences()).hasSize(3);

        assertThat(PerText.joined(made.sentences())).isEqualTo(all);
        assertThat(PerText.joined(copies)).isEqualTo(all);
        List<Sentence> mixed = new ArrayList<>(made.sentences());
        mixed.set(1, copies.get(1));
        assertThat(PerText.joined(mixed)).isEqualTo(all);
        assertThat(PerText.joined(
                        List.of(made.sentences().get(0), made.sentences().get(2))))
                .as("a sentence left out")
                .hasSize(made.sentences().get(0).tokens().size()
                        + made.sentences().get(2).tokens().size());
        assertThat(PerText.joined(List.of())).isEmpty();
        assertThat(PerText.of(made).tokens().tokens()).isEqualTo(all);
    }

    @Test
    void theIndexGrowsForATextOfManyDistinctWords() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            b.append("w").append(letters(i)).append(i % 7 == 0 ? " the " : " ");
        }
        SourceText text = SourceText.of(b.toString());
        PerText.Index tokens = PerText.of(text).tokens();

        for (int i = 0; i < tokens.tokens().size(); i += 97) {
            String key = tokens.tokens().get(i).lowerCase();
            assertThat(visit(tokens, key))
                    .as(key)
                    .isEqualTo(indexesWhere(tokens.tokens(), x -> x.lowerCase().equals(key)));
        }
        assertThat(visit(tokens, "the")).hasSize(715);
        assertThat(tokens.first("w")).isEqualTo(-1);
        assertThat(tokens.tokens()).hasSize(5_715);
    }

    /** A number in the letters a to z, as a base-26 numeral. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    private static List<Integer> visit(PerText.Index index, String key) {
        List<Integer> out = new ArrayList<>();
        for (int i = index.first(key); i >= 0; i = index.next(i)) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> indexesWhere(List<Token> tokens, java.util.function.Predicate<Token> p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (p.test(tokens.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void everySentenceWithAnAcronymTheCensusCountsHasAnUpperCaseWord() throws java.io.IOException {
        List<String> texts = new ArrayList<>(dev.accords.corpus.CorpusTexts.all());
        texts.add("ÉDF and ǅAB met ΟΗΕ, the U.S. and R&D teams, Ab, AB and ABC. It was quiet. The ÇŞ Bank.");
        int withAcronyms = 0;
        for (String t : texts) {
            SourceText text = SourceText.of(t);
            for (int i = 0; i < text.sentences().size(); i++) {
                boolean acronym = false;
                for (Token token : text.sentences().get(i).tokens()) {
                    acronym |= OrgLexicon.isAcronym(token) && token.text().length() >= 3;
                }
                if (acronym) {
                    withAcronyms++;
                    assertThat(PerText.hasUpperCaseWord(text, i))
                            .as(text.sentences().get(i).text())
                            .isTrue();
                }
            }
        }
        assertThat(withAcronyms).isGreaterThan(20);
        assertThat(PerText.hasUpperCaseWord(SourceText.of("It was quiet. The CAMCE team."), 0))
                .isFalse();
    }
}
