package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.corpus.CorpusTexts;
import dev.accords.internal.lexicon.Places;
import dev.accords.internal.text.Segmenter;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link OrgJoined} reads the characters the old joined string holds, and the place checks built on it agree. */
class OrgJoinedTest {
    /** The joined form as the old code built it (verbatim copy of OrgGrammar.joined). */
    private static String oldJoined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            b.append(k == from ? "" : " ").append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(CorpusTexts.all());
        texts.add("The Gambia and the  Russian Federation, THE NETHERLANDS;\tthe\nUnited Kingdom");
        texts.add("Universidad Católica de Chile, São Paulo, İstanbul, Straße, e\u0301 the");
        texts.add("Government of Senegal for the Port of Ndayane; South Africa (Egypt) the the");
        return texts;
    }

    @Test
    void everyWindowOfCorpusTokensReadsAsTheJoinedStringAndGetsTheSameAnswers() {
        Random random = new Random(7);
        int windows = 0;
        int places = 0;
        for (String text : texts()) {
            List<Token> tokens = Segmenter.tokens(text, 0, text.length());
            for (int from = 0; from < tokens.size(); from++) {
                for (int to = from; to < tokens.size() && to < from + 4; to++) {
                    String old = oldJoined(tokens, from, to);
                    OrgJoined view = new OrgJoined(tokens, from, to);
                    assertThat(view.length()).isEqualTo(old.length());
                    assertThat(Places.mayBePlace(view, 0, view.length()))
                            .as(old)
                            .isEqualTo(Places.mayBePlace(old, 0, old.length()));
                    assertThat(view.toString()).isEqualTo(old);
                    // reads in any order, the left-to-right cursor going back as needed
                    for (int r = 0; r < 8 && old.length() > 0; r++) {
                        int i = random.nextInt(old.length());
                        assertThat(view.charAt(i)).isEqualTo(old.charAt(i));
                    }
                    for (int i = 0; i < old.length(); i++) {
                        assertThat(view.charAt(i)).isEqualTo(old.charAt(i));
                    }
                    boolean place = Places.isPlace(old);
                    assertThat(OrgGrammar.isPlace(tokens, from, to)).as(old).isEqualTo(place);
                    windows++;
                    places += place ? 1 : 0;
                }
                List<Token> rest = tokens.subList(from, Math.min(tokens.size(), from + 3));
                assertThat(new OrgJoined(rest, 0, rest.size() - 1).toString())
                        .isEqualTo(oldJoined(rest, 0, rest.size() - 1));
            }
        }
        assertThat(windows).isGreaterThan(10_000);
        assertThat(places).isGreaterThan(100);
    }

    @Test
    void anEmptyRunIsEmptyAndReadsOutsideFail() {
        List<Token> tokens = Segmenter.tokens("Bank of China", 0, 13);
        OrgJoined none = new OrgJoined(tokens, 1, 0);
        assertThat(none.length()).isZero();
        assertThat(none.toString()).isEmpty();
        assertThat(Places.mayBePlace(none, 0, 0)).isEqualTo(Places.mayBePlace("", 0, 0));
        OrgJoined all = new OrgJoined(tokens, 0, tokens.size() - 1);
        assertThat(all.subSequence(5, 7).toString()).isEqualTo("of");
        assertThatThrownBy(() -> all.charAt(13)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> all.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
