package dev.accords.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sum of money: an exact {@link BigDecimal} value in units of an ISO 4217 {@link Currency}, how
 * exactly it was stated, and the text it came from.
 *
 * <p>"21.9 billion yuan" is {@code Amount.of(new BigDecimal("21900000000"), Currency.getInstance("CNY"),
 * Qualifier.EXACT, "21.9 billion yuan")}. Equality ignores the evidence {@link #spans()} but includes
 * the {@link #text()}; compare {@link #value()} with {@code compareTo} when scale does not matter. A
 * range ("$1-2 billion") has the lower end as {@link #value()} and the upper end as {@link
 * #upperValue()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Amount extends Evidenced {
    /** @return the value in units of the currency, never negative */
    @Value.Parameter
    BigDecimal value();

    /**
     * The upper end of a range: "$1-2 billion" and "between $1 billion and $2 billion" have {@link
     * #value()} 1000000000 and an upper value of 2000000000. Empty for a single figure.
     *
     * @return the upper end of a range, never below {@link #value()}
     * @since 0.1.0
     */
    Optional<BigDecimal> upperValue();

    /** @return the ISO 4217 currency */
    @Value.Parameter
    Currency currency();

    /** @return how exactly the value was stated; {@link Qualifier#EXACT} unless set */
    @Value.Parameter
    @Value.Default
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** @return the money phrase as written ("RMB254,235,300"), without qualifier words */
    @Value.Parameter
    String text();

    /**
     * Checks that the value is not negative, the upper value not below the value and the text not
     * blank, and writes a value with a negative scale ({@code 2.19E+10}) with scale 0 ({@code
     * 21900000000}), so equal amounts read from JSON or built in code are {@code equals}.
     *
     * @return this amount, or a copy with the values' scale set to 0
     */
    @Value.Check
    default Amount check() {
        Checks.argument(value().signum() >= 0, "Amount.value must not be negative, was %s", value());
        upperValue()
                .ifPresent(u -> Checks.argument(
                        u.compareTo(value()) >= 0, "Amount.upperValue (%s) must not be below value (%s)", u, value()));
        Checks.notBlank(text(), "Amount", "text");
        boolean upperNegativeScale = upperValue().filter(u -> u.scale() < 0).isPresent();
        if (value().scale() < 0 || upperNegativeScale) {
            return builder()
                    .from(this)
                    .value(value().scale() < 0 ? value().setScale(0) : value())
                    .upperValue(upperValue().map(u -> u.scale() < 0 ? u.setScale(0) : u))
                    .build();
        }
        return this;
    }

    /**
     * @param value the value in units of the currency
     * @param currency the currency
     * @param qualifier how exactly it was stated
     * @param text the money phrase as written
     * @return the amount, without spans
     */
    static Amount of(BigDecimal value, Currency currency, Qualifier qualifier, String text) {
        return ImmutableAmount.of(value, currency, qualifier, text);
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Amount}; {@code value}, {@code currency} and {@code text} are required. */
    final class Builder extends ImmutableAmount.Builder {
        /** Creates an empty builder; prefer {@link Amount#builder()}. */
        public Builder() {}
    }
}
