package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Currency;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The currency lexicons name real ISO 4217 codes and known families. */
class CurrencyLexiconTest {
    @Test
    void everyCodeIsIso4217AndEveryFamilyIsKnown() {
        Map<String, Set<String>> families = CurrencyContext.familyMembers();
        for (Map.Entry<String, String> e : AmountGrammar.lexiconCurrencies().entrySet()) {
            String v = e.getValue();
            if (v.startsWith(AmountGrammar.FAMILY)) {
                assertThat(families).as(e.getKey()).containsKey(v.substring(1));
            } else {
                assertThatNoException().as(e.getKey()).isThrownBy(() -> Currency.getInstance(v));
            }
        }
        families.values().forEach(members -> members.forEach(Currency::getInstance));
        CurrencyContext.placeCodes().forEach(Currency::getInstance);
    }

    @Test
    void everyFamilyHasMembersItsDefaultAmongThem() {
        assertThat(CurrencyContext.familyMembers()).containsKeys("dollar", "rupee", "pound", "dirham");
        assertThat(CurrencyContext.familyMembers().get("dollar")).contains("USD", "HKD", "AUD", "CAD", "SGD");
    }
}
