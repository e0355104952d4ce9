package dev.accords.nojackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.Accords;
import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.FactKey;
import dev.accords.model.Forum;
import dev.accords.model.ForumKind;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Place;
import dev.accords.model.Qualifier;
import dev.accords.model.Span;
import dev.accords.spi.Phase;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Runs in the surefire execution {@code without-jackson}, with jackson-databind, -core and
 * -annotations removed from the class path: the model and the parsers must not need them.
 */
class WithoutJacksonTest {
    private static final String TEXT =
            "On August 10, a strategic cooperation agreement was signed by four enterprises in the "
                    + "Lecheng pilot zone: Medi Center, Bee Tech and Fosun Kite Biotechnology Co Ltd. The partners plan to invest "
                    + "21.9 billion yuan in the zone.";

    private static final String HTML =
            "<!DOCTYPE html><html lang=\"en\"><head><title>Lecheng pilot zone signs deal</title>"
                    + "</head><body><article><h1>Lecheng pilot zone signs deal</h1><p>" + TEXT
                    + "</p></article></body></html>";

    @Test
    void jacksonIsReallyAbsent() {
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonProperty"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void parseTextGivesFacts() {
        Announcement a = Accords.parseText(TEXT);
        assertThat(a.isEmpty()).isFalse();
        assertThat(a.agreements()).isNotEmpty();
        assertThat(a.amounts()).anySatisfy(m -> {
            assertThat(m.value()).isEqualByComparingTo("21900000000");
            assertThat(m.currency().getCurrencyCode()).isEqualTo("CNY");
        });
        assertThat(a.organisations()).extracting(Organisation::name).anyMatch(n -> n.contains("Medi Center"));
    }

    @Test
    void parseHtmlGivesFacts() {
        Announcement a = Accords.parseHtml(HTML, "https://example.org/lecheng");
        assertThat(a.sourceUrl()).contains("https://example.org/lecheng");
        assertThat(a.title()).contains("Lecheng pilot zone signs deal");
        assertThat(a.agreements()).isNotEmpty();
        assertThat(a.amounts()).anySatisfy(m -> assertThat(m.value()).isEqualByComparingTo("21900000000"));
    }

    @Test
    void aBuiltParserAndSourcesWork() throws IOException {
        AnnouncementParser parser =
                AnnouncementParser.builder().includeEvidence(true).build();
        Announcement a = parser.parse(Source.text(TEXT).withId("lecheng"));
        assertThat(a.id()).contains("lecheng");
        assertThat(a.agreements()).allSatisfy(g -> assertThat(g.spans()).isNotEmpty());
        Span first = a.agreements().get(0).spans().get(0);
        assertThat(first.of(TEXT)).isNotBlank();
    }

    /** A fact of one's own. */
    record Partner(String name) {}

    @Test
    void customFactsNeedNoJackson() {
        FactKey<Partner> partner = FactKey.of("com.example.partner", Partner.class);
        Announcement a = AnnouncementParser.builder()
                .extractor(
                        Phase.AGREEMENTS,
                        ctx -> ctx.agreements().stream()
                                .flatMap(g -> g.parties().stream())
                                .forEach(p -> ctx.addFact(partner, new Partner(p))))
                .build()
                .parseText(TEXT);
        assertThat(a.facts(partner))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.name()).isNotBlank());
    }

    @Test
    void modelObjectsBuild() {
        Amount amount = Amount.of(
                new BigDecimal("21900000000"), Currency.getInstance("CNY"), Qualifier.EXACT, "21.9 billion yuan");
        Forum forum = Forum.builder()
                .name("signing ceremony")
                .kind(ForumKind.CEREMONY)
                .date(LocalDate.of(2023, 8, 10))
                .place(Place.builder().city("Lecheng").build())
                .build();
        Announcement a = Announcement.builder()
                .addOrganisation(Organisation.of("Medi Center", OrganisationKind.COMPANY))
                .addForum(forum)
                .addAgreement(Agreement.builder()
                        .kind(AgreementKind.STRATEGIC_COOPERATION)
                        .addParties("Medi Center", "Bee Tech")
                        .value(amount)
                        .build())
                .build();
        assertThat(a.organisation("medi center")).isPresent();
        assertThat(a.agreements().get(0).value()).contains(amount);
        assertThatThrownBy(() -> Forum.builder().name(" ").build()).isInstanceOf(IllegalArgumentException.class);
    }
}
