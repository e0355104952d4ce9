package dev.accords.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** {@link Amount#upperValue()}: the upper end of a range and its invariant. */
class AmountRangeTest {
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void aSingleFigureHasNoUpperValue() {
        Amount a = Amount.of(new BigDecimal("1200000000"), USD, Qualifier.EXACT, "$1.2 billion");
        assertThat(a.upperValue()).isEmpty();
    }

    @Test
    void aRangeKeepsBothEnds() {
        Amount a = Amount.builder()
                .value(new BigDecimal("1000000000"))
                .upperValue(new BigDecimal("2000000000"))
                .currency(USD)
                .text("$1-2 billion")
                .build();
        assertThat(a.value()).isEqualByComparingTo("1000000000");
        assertThat(a.upperValue()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("2000000000"));
    }

    @Test
    void theUpperValueMayEqualTheValue() {
        Amount a = Amount.builder()
                .value(BigDecimal.TEN)
                .upperValue(new BigDecimal("10.00"))
                .currency(USD)
                .text("$10")
                .build();
        assertThat(a.upperValue()).isPresent();
    }

    @Test
    void anUpperValueBelowTheValueIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amount.builder()
                        .value(new BigDecimal("2000000000"))
                        .upperValue(new BigDecimal("1000000000"))
                        .currency(USD)
                        .text("$2-1 billion")
                        .build())
                .withMessageContaining("Amount.upperValue");
    }

    @Test
    void aNegativeScaleUpperValueIsWrittenWithScaleZero() {
        Amount a = Amount.builder()
                .value(new BigDecimal("1E+9"))
                .upperValue(new BigDecimal("2E+9"))
                .currency(USD)
                .text("$1-2 billion")
                .build();
        assertThat(a.value().toString()).isEqualTo("1000000000");
        assertThat(a.upperValue())
                .hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("2000000000"));
        assertThat(a)
                .isEqualTo(Amount.builder()
                        .value(new BigDecimal("1000000000"))
                        .upperValue(new BigDecimal("2000000000"))
                        .currency(USD)
                        .text("$1-2 billion")
                        .build());
    }

    @Test
    void theUpperValueTakesPartInEquality() {
        Amount single = Amount.of(BigDecimal.ONE, USD, Qualifier.EXACT, "$1");
        Amount range = Amount.builder().from(single).upperValue(BigDecimal.TEN).build();
        assertThat(range).isNotEqualTo(single);
    }
}
