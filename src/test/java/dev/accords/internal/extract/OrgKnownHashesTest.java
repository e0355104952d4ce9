package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.internal.text.Segmenter;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link OrgKnownHashes} rules out only runs of tokens the known-organisation look-up would not find. */
class OrgKnownHashesTest {
    /** The look-up {@code OrgKinds.of} made on every name before the filter. */
    private static String oldLookUp(List<Token> tokens) {
        return OrgLexicon.KNOWN.get(OrgKinds.text(tokens).toLowerCase(Locale.ROOT));
    }

    @Test
    void everyKnownNameAsTokensPassesTheFilterAndGetsItsKind() {
        int found = 0;
        for (String key : OrgLexicon.KNOWN.keySet()) {
            for (String name : List.of(key, key.toUpperCase(Locale.ROOT), "The " + key)) {
                List<Token> tokens = Segmenter.tokens(name, 0, name.length());
                if (oldLookUp(tokens) != null) {
                    assertThat(OrgKnownHashes.mayBeKnown(tokens)).as(name).isTrue();
                    assertThat(OrgKinds.of(tokens)).isEqualTo(OrgLexicon.kind(oldLookUp(tokens)));
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(OrgLexicon.KNOWN.size() / 2);
    }

    @Test
    void corpusRunsAreRuledOutOnlyWhereTheLookUpFindsNothing() {
        List<String> texts = new ArrayList<>(CorpusTexts.all());
        texts.add("İstanbul Teknik Üniversitesi, KELVIN K Corp. , . .Co ,, São Paulo Ltd., ΟΔΟΣ. Bank");
        int runs = 0;
        int ruledOut = 0;
        for (String text : texts) {
            List<Token> tokens = Segmenter.tokens(text, 0, text.length());
            for (int from = 0; from < tokens.size(); from++) {
                for (int to = from; to <= tokens.size() && to <= from + 6; to++) {
                    List<Token> run = tokens.subList(from, to);
                    boolean may = OrgKnownHashes.mayBeKnown(run);
                    if (!may) {
                        assertThat(oldLookUp(run)).as(OrgKinds.text(run)).isNull();
                        ruledOut++;
                    }
                    runs++;
                }
            }
        }
        assertThat(ruledOut).isGreaterThan(runs * 9 / 10);
    }
}
