package dev.accords.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Qualifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The {@code upper_value} key of an amount: written only for a range, read back exactly. */
class AmountJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");

    private static Announcement with(Amount a) {
        return Announcement.builder().addAmount(a).build();
    }

    @Test
    void aRangeWritesAndReadsItsUpperValue() throws IOException {
        Amount range = Amount.builder()
                .value(new BigDecimal("1000000000"))
                .upperValue(new BigDecimal("2000000000.5"))
                .currency(USD)
                .text("$1-2 billion")
                .build();
        String json = AccordsJson.write(with(range));
        JsonNode amount = PLAIN.readTree(json).get("amounts").get(0);
        assertThat(amount.get("value").asText()).isEqualTo("1000000000");
        assertThat(amount.get("upper_value").isNumber()).isTrue();
        assertThat(amount.get("upper_value").decimalValue()).isEqualByComparingTo("2000000000.5");
        assertThat(AccordsJson.read(json).amounts()).containsExactly(range);
    }

    @Test
    void aSingleFigureHasNoUpperValueKey() throws IOException {
        Amount single = Amount.of(new BigDecimal("5"), USD, Qualifier.EXACT, "$5");
        JsonNode amount =
                PLAIN.readTree(AccordsJson.write(with(single))).get("amounts").get(0);
        assertThat(amount.has("upper_value")).isFalse();
        assertThat(amount.has("upperValue")).isFalse();
    }

    @Test
    void readsTheCamelCaseKeyAndNull() throws IOException {
        String camel = "{\"amounts\": [{\"value\": 1, \"upperValue\": \"3\", \"currency\": \"EUR\"}]}";
        assertThat(AccordsJson.read(camel).amounts().get(0).upperValue())
                .hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("3"));
        String none = "{\"amounts\": [{\"value\": 1, \"upper_value\": null, \"currency\": \"EUR\"}]}";
        assertThat(AccordsJson.read(none).amounts().get(0).upperValue()).isEmpty();
    }

    @Test
    void anUpperValueBelowTheValueIsAMappingError() {
        String bad = "{\"amounts\": [{\"value\": 5, \"upper_value\": 1, \"currency\": \"EUR\"}]}";
        assertThatThrownBy(() -> AccordsJson.read(bad))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("upperValue");
    }
}
