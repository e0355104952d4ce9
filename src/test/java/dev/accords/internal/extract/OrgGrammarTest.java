package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgGrammarTest {
    private static final String MIXED =
            "The Minister of Trade and Chairman Wang of Bank of China Ltd., Société Générale"
                    + " S.A. & Co-operative Bank, Vice-President Ruto, Mr. Smith and H.E. the Ambassador of the Bank für"
                    + " Gemeinwirtschaft AG met the CEO of Export-Import Bank of India (Exim) and Grupo México, S.A.B. de C.V.";

    /** Every sentence of the corpus fixtures and a sentence of awkward words. */
    private static List<SourceText> texts() throws IOException {
        List<SourceText> out = new ArrayList<>();
        out.add(SourceText.of(MIXED));
        for (String text : dev.accords.corpus.CorpusTexts.all()) {
            out.add(SourceText.of(text));
        }
        return out;
    }

    @Test
    void theMaskedLexiconQuestionsAnswerAsTheLexicon() throws IOException {
        // the grammar registers its word sets when it is initialised: before any masks are worked out,
        // as OrgGrammar.names, which works out the masks it asks, always is
        assertThat(OrgGrammar.names("", List.of(), java.util.Set.of(), false)).isEmpty();
        int asked = 0;
        int heads = 0;
        int titles = 0;
        for (SourceText text : texts()) {
            for (Sentence s : text.sentences()) {
                List<Token> tokens = s.tokens();
                long[] masks = StartMasks.of(text.text(), tokens);
                for (int k = 0; k < tokens.size(); k++) {
                    Token t = tokens.get(k);
                    String as = t.text() + " in " + s.span().of(text.text());
                    assertThat(OrgGrammar.head(tokens, masks, k)).as(as).isEqualTo(OrgLexicon.isHead(t));
                    assertThat(OrgGrammar.legal(tokens, masks, k)).as(as).isEqualTo(OrgLexicon.isLegal(t));
                    assertThat(OrgGrammar.connector(tokens, masks, k)).as(as).isEqualTo(OrgLexicon.isConnector(t));
                    assertThat(OrgGrammar.opener(tokens, masks, k)).as(as).isEqualTo(OrgLexicon.isOpener(t));
                    assertThat(OrgGrammar.title(tokens, masks, k)).as(as).isEqualTo(OrgLexicon.titleAt(tokens, k));
                    asked++;
                    heads += OrgLexicon.isHead(t) ? 1 : 0;
                    titles += OrgLexicon.titleAt(tokens, k) > 0 ? 1 : 0;
                }
                assertThat(OrgGrammar.title(tokens, masks, tokens.size())).isZero();
            }
        }
        assertThat(asked).isGreaterThan(5_000);
        assertThat(heads).isGreaterThan(100);
        assertThat(titles).isGreaterThan(50);
    }

    @Test
    void aRunWithoutAnInnerAndIsItsOnlySegment() throws IOException {
        // names() skips segments() for such runs: it must give the run back whole, with any known names
        int runs = 0;
        int split = 0;
        java.util.Set<String> known = java.util.Set.of("bank of china ltd", "tata trusts", "china");
        List<SourceText> texts = texts();
        texts.add(SourceText.of("China Chengtong Holdings Group Co Ltd & Fosun Kite Biotechnology Co Ltd signed."));
        for (SourceText text : texts) {
            for (Sentence s : text.sentences()) {
                List<Token> tokens = s.tokens();
                long[] masks = StartMasks.of(text.text(), tokens);
                for (int i = 0; i < tokens.size(); i++) {
                    if (!OrgGrammar.startsRun(tokens, i)) {
                        continue;
                    }
                    int end = OrgGrammar.runEnd(tokens, masks, i);
                    List<int[]> segments = OrgGrammar.segments(tokens, masks, i, end, known);
                    if (OrgGrammar.hasInnerAnd(tokens, i, end)) {
                        split += segments.size() > 1 ? 1 : 0;
                    } else {
                        runs++;
                        assertThat(segments).hasSize(1);
                        assertThat(segments.get(0)).containsExactly(i, end);
                    }
                    i = end;
                }
            }
        }
        assertThat(runs).isGreaterThan(500);
        assertThat(split).as("runs split at an inner and").isGreaterThan(5);
    }
}
