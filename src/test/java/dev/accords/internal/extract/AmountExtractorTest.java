package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AmountExtractor} through the parser: merging, evidence spans and diagnostics. */
class AmountExtractorTest {
    private static List<Diagnostic> diagnostics(Announcement a, String code) {
        return a.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void theSameAmountTwiceIsOneAmountWithTwoSpans() {
        String text = "The port deal is valued at AED 260 million, following a Dh260 million pledge.";
        Announcement a =
                AnnouncementParser.builder().includeEvidence(true).build().parseText(text);
        assertThat(a.amounts()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("AED 260 million");
            assertThat(m.spans()).extracting(s -> s.of(text)).containsExactly("AED 260 million", "Dh260 million");
        });
    }

    @Test
    void cnyWithoutASpaceIsFound() {
        String text = "A further RMB 5 billion and CNY5bn are planned.";
        Announcement a =
                AnnouncementParser.builder().includeEvidence(true).build().parseText(text);
        assertThat(a.amounts())
                .singleElement()
                .satisfies(m -> assertThat(m.spans()).hasSize(2));
    }

    @Test
    void anAssumedCurrencyIsReportedOncePerAmount() {
        Announcement a =
                Accords.parseText("It raised $5 million in May and another $5 million in June, and $7 million.");
        assertThat(a.amounts()).extracting(m -> m.currency().getCurrencyCode()).containsExactly("USD", "USD");
        List<Diagnostic> assumed = diagnostics(a, "amount.currency.assumed");
        assertThat(assumed).hasSize(2);
        assertThat(assumed.get(0).message()).contains("\"$5 million\" read as USD");
    }

    @Test
    void anExplicitCurrencyNeedsNoDiagnostic() {
        Announcement a = Accords.parseText("The loan of EUR 50 million was signed.");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void theSourceUrlDomainTellsTheDollar() throws IOException {
        Announcement a = AnnouncementParser.builder()
                .build()
                .parse(Source.text("The agreement is centered on a $4.5M joint PhD program.")
                        .withUrl("https://iro.unimelb.edu.au/news/mou"));
        assertThat(a.amounts()).extracting(m -> m.currency().getCurrencyCode()).containsExactly("AUD");
        assertThat(diagnostics(a, "amount.currency.assumed").get(0).message()).contains(".au");
    }

    @Test
    void anUnresolvedFamilyIsLeftOutWithADiagnostic() {
        Announcement a = Accords.parseText("The deal is worth 5 billion pesos.");
        assertThat(a.amounts()).isEmpty();
        assertThat(diagnostics(a, "amount.currency.unresolved")).hasSize(1);
    }

    @Test
    void aRangeIsOneAmountWithAnUpperValue() {
        Amount m = Accords.parseText("The facility will cost $1-2 billion.")
                .amounts()
                .get(0);
        assertThat(m.value()).isEqualByComparingTo("1000000000");
        assertThat(m.upperValue()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2000000000"));
        assertThat(m.text()).isEqualTo("$1-2 billion");
    }

    @Test
    void aRangeAndItsLowerEndAreDifferentAmounts() {
        Announcement a = Accords.parseText("It will cost $1-2 billion; the first phase costs $1 billion.");
        assertThat(a.amounts()).hasSize(2);
    }

    @Test
    void amountsAcrossSentenceBreaksInsideAbbreviationsAreFound() {
        Announcement a = Accords.parseText("A sum of Rs. 800 crores and approx. $5 million.");
        assertThat(a.amounts()).extracting(Amount::text).containsExactly("Rs. 800 crores", "$5 million");
    }
}
