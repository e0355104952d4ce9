package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.text.SourceText;
import org.junit.jupiter.api.Test;

class OrgResolverTest {
    private static final String TEXT = "The Department of Outward Investment and Economic Cooperation of the Ministry"
            + " of Commerce met CAMCE. Later, CAMCE and Sinosure signed.";

    private static Span spanOf(String s, int from) {
        int at = TEXT.indexOf(s, from);
        return Span.of(at, at + s.length());
    }

    @Test
    void aLongMentionCoversTheSpansInsideItToItsEnd() {
        OrgResolver table = new OrgResolver(SourceText.of(TEXT));
        table.add(spanOf("CAMCE", 0), OrganisationKind.COMPANY);
        String longName = "Department of Outward Investment and Economic Cooperation of the Ministry of Commerce";
        OrgResolver.Entry department = table.add(spanOf(longName, 0), OrganisationKind.GOVERNMENT);

        assertThat(table.entryCovering(spanOf("Commerce", 0))).isSameAs(department); // 80 characters in
        assertThat(table.entryCovering(spanOf("Department", 0))).isSameAs(department);
        assertThat(table.entryCovering(spanOf("The", 0))).isNull();
        assertThat(table.entryCovering(spanOf("Sinosure", 0))).isNull();
        assertThat(table.entryCovering(spanOf("CAMCE", 0)).name()).isEqualTo("CAMCE");
    }

    @Test
    void entriesComeInOrderOfFirstMentionWhateverTheOrderTheyWereAddedIn() {
        OrgResolver table = new OrgResolver(SourceText.of(TEXT));
        table.add(spanOf("Sinosure", 0), OrganisationKind.COMPANY);
        OrgResolver.Entry camce = table.add(spanOf("CAMCE", TEXT.indexOf("Later")), OrganisationKind.COMPANY);
        table.add(spanOf("Ministry of Commerce", 0), OrganisationKind.GOVERNMENT);
        camce.addSpan(spanOf("CAMCE", 0)); // an earlier mention moves it up

        assertThat(table.entries())
                .extracting(OrgResolver.Entry::name)
                .containsExactly("Ministry of Commerce", "CAMCE", "Sinosure");
    }

    @Test
    void aNameIsItsOwnUpperCaseAsStringToUpperCaseSays() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "aZQ &.-1ßǅéÉıİﬁ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? 8 : alphabet.length())));
            }
            String s = b.toString();
            assertThat(OrgResolver.isOwnUpperCase(s)).as(s).isEqualTo(s.equals(s.toUpperCase(java.util.Locale.ROOT)));
        }
        assertThat(OrgResolver.isOwnUpperCase("CAMCE")).isTrue();
        assertThat(OrgResolver.isOwnUpperCase("CAMCe")).isFalse();
    }
}
