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
}
