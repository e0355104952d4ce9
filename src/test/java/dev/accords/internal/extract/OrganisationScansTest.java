package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.internal.text.Segmenter;
import dev.accords.model.Organisation;
import org.junit.jupiter.api.Test;

/** The scans of the organisation extractor that run only where a sentence can hold what they look for. */
class OrganisationScansTest {
    @Test
    void aSentenceHasAnOpeningBracketOnlyWithAToken() {
        String with = "EVA Pharma (Egypt) signed.";
        String without = "EVA Pharma signed :-) no (bracket] here";
        assertThat(OrganisationExtractor.hasOpeningBracket(Segmenter.tokens(with, 0, with.length())))
                .isTrue();
        assertThat(OrganisationExtractor.hasOpeningBracket(Segmenter.tokens(without, 0, 22)))
                .isFalse();
        assertThat(OrganisationExtractor.hasOpeningBracket(Segmenter.tokens(without, 0, without.length())))
                .isTrue();
    }

    @Test
    void aCompanyIntroducedWithItsCountryInBracketsIsFoundAndWithoutBracketsIsNot() {
        assertThat(Accords.parseText("Acme Novis (Kenya) will supply the turbines, the ministry said.")
                        .organisations())
                .extracting(Organisation::name)
                .contains("Acme Novis");
        assertThat(Accords.parseText("Acme Novis of Kenya will supply the turbines, the ministry said.")
                        .organisations())
                .extracting(Organisation::name)
                .doesNotContain("Acme Novis");
    }

    @Test
    void theAliasAndSubsidiaryExpressionsMatchOnlyWhereTheirMarkStands() {
        java.util.List<String> texts = new java.util.ArrayList<>(dev.accords.corpus.CorpusTexts.all());
        texts.add("CAMCE (China CAMC Engineering), a subsidiary of Sinomach,\n(the Bank)\t(ICBC) ,an arm of x");
        texts.add("X\u00A0(Y) X\u2003(Y) X  (Y) X(\"Z\") X\n,a unit of the Y");
        int aliases = 0;
        int subsidiaries = 0;
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                for (int end :
                        new int[] {text.length(), Math.min(text.length(), at + 1), Math.min(text.length(), at + 2)}) {
                    boolean alias = OrganisationExtractor.ALIAS
                            .matcher(text)
                            .region(at, end)
                            .lookingAt();
                    boolean subsidiary = OrganisationExtractor.SUBSIDIARY
                            .matcher(text)
                            .region(at, end)
                            .lookingAt();
                    if (alias) {
                        aliases++;
                        assertThat(OrganisationExtractor.markAfterSpace(text, at, end, "("))
                                .isTrue();
                    }
                    if (subsidiary) {
                        subsidiaries++;
                        assertThat(OrganisationExtractor.markAfterSpace(text, at, end, ",("))
                                .isTrue();
                    }
                }
            }
        }
        assertThat(aliases).isGreaterThan(10);
        assertThat(subsidiaries).isGreaterThan(1);
    }
}
