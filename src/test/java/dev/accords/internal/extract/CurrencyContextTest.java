package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CurrencyContext}: the order of the evidence for a shared currency sign. */
class CurrencyContextTest {
    private static String resolve(String family, Set<String> explicit, String dateline, String url, String lead) {
        return new CurrencyContext(explicit, dateline, url, lead)
                .resolve(family)
                .code()
                .orElse("-");
    }

    @Test
    void nothingSaysOtherwise() {
        assertThat(resolve("dollar", Set.of(), null, null, "Gavi backs the deals."))
                .isEqualTo("USD");
        assertThat(resolve("rupee", Set.of(), null, null, "")).isEqualTo("INR");
        assertThat(resolve("pound", Set.of(), null, null, "")).isEqualTo("GBP");
        assertThat(resolve("dirham", Set.of(), null, null, "")).isEqualTo("AED");
    }

    @Test
    void aFamilyWithoutDefaultStaysUnresolved() {
        CurrencyContext c = new CurrencyContext(Set.of(), null, null, "The deal is worth 5 billion pesos.");
        CurrencyContext.Resolution r = c.resolve("peso");
        assertThat(r.code()).isEmpty();
        assertThat(r.reason()).contains("peso");
    }

    @Test
    void theOneExplicitMemberWins() {
        assertThat(resolve("dollar", Set.of("HKD", "CNY"), "SYDNEY", "https://x.com.au/", "Melbourne"))
                .isEqualTo("HKD");
        assertThat(resolve("rupee", Set.of("PKR"), null, null, "")).isEqualTo("PKR");
        assertThat(resolve("dollar", Set.of("USD"), null, null, "Auckland")).isEqualTo("USD");
    }

    @Test
    void anExplicitUsDollarInALocalTextMarksTheException() {
        assertThat(resolve("dollar", Set.of("USD"), "HONG KONG", null, "")).isEqualTo("HKD");
        assertThat(resolve("dollar", Set.of("USD"), null, "https://www.straitstimes.com.sg/a", ""))
                .isEqualTo("SGD");
        assertThat(resolve("dollar", Set.of("USD"), "BEIJING", null, "")).isEqualTo("USD");
    }

    @Test
    void severalExplicitMembersAskThePlace() {
        assertThat(resolve("dollar", Set.of("USD", "HKD"), null, null, "Hong Kong's science sector"))
                .isEqualTo("HKD");
        assertThat(resolve("dollar", Set.of("USD", "HKD"), "SYDNEY", null, "")).isEqualTo("USD");
    }

    @ParameterizedTest
    @CsvSource({
        "SYDNEY, AUD",
        "'NAIROBI, Kenya', USD",
        "HONG KONG, HKD",
        "'TORONTO, ON', CAD",
        "BEIJING, USD",
        "FANGCHENGGANG, AUD",
    })
    void theDatelineComesBeforeTheDomainAndLead(String dateline, String expected) {
        // an unknown dateline place says nothing; the domain decides
        assertThat(resolve("dollar", Set.of(), dateline, "https://news.example.com.au/x", "Toronto"))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "https://iro.unimelb.edu.au/news/x, AUD",
        "https://www.scmp.com.hk/x, HKD",
        "http://www.gov.sg, SGD",
        "https://www.canada.ca/en.html, CAD",
        "https://www.thehindu.in/x, USD",
        "https://www.scmp.com/news, NZD",
        "not a url, NZD",
    })
    void theDomainComesBeforeTheLead(String url, String expected) {
        assertThat(resolve("dollar", Set.of(), null, url, "The University of Auckland said"))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'The University of Melbourne and the University of Birmingham signed', AUD",
        "'China and Canada signed agreements', USD",
        "'Latin America and Canada', CAD",
        "'In Australia''s north, the plant', AUD",
        "'Hong Kong-listed firm', HKD",
        "'the american and australian teams', USD",
    })
    void theLeadCountsItsFirstPlace(String lead, String expected) {
        assertThat(resolve("dollar", Set.of(), null, null, lead)).isEqualTo(expected);
    }

    @Test
    void tld() {
        assertThat(CurrencyContext.tld("https://iro.unimelb.edu.au/news")).isEqualTo("au");
        assertThat(CurrencyContext.tld("HTTP://WWW.GOV.SG/")).isEqualTo("sg");
        assertThat(CurrencyContext.tld("localhost")).isNull();
        assertThat(CurrencyContext.tld(" ")).isNull();
        assertThat(CurrencyContext.tld(null)).isNull();
        assertThat(CurrencyContext.tld("http://[bad")).isNull();
    }

    @Test
    void placeCurrency() {
        assertThat(CurrencyContext.placeCurrency("NAIROBI, Kenya")).isEqualTo("KES");
        assertThat(CurrencyContext.placeCurrency("Dar es Salaam")).isEqualTo("TZS");
        assertThat(CurrencyContext.placeCurrency("SOMEWHERE")).isNull();
        assertThat(CurrencyContext.placeCurrency("LATIN AMERICA")).isNull();
    }
}
