package dev.accords.model;

import org.immutables.value.Value;

/**
 * A head count or other plain number with its {@link Qualifier}: "over 400 attendees" is {@code
 * Quantity.of(400, Qualifier.AT_LEAST)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Quantity extends Evidenced {
    /** @return the number, never negative */
    @Value.Parameter
    long value();

    /** @return how exactly it was stated; {@link Qualifier#EXACT} unless set */
    @Value.Parameter
    @Value.Default
    default Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /** Checks that the value is not negative. */
    @Value.Check
    default void check() {
        Checks.argument(value() >= 0, "Quantity.value must not be negative, was %s", value());
    }

    /**
     * @param value the number
     * @param qualifier how exactly it was stated
     * @return the quantity, without spans
     */
    static Quantity of(long value, Qualifier qualifier) {
        return ImmutableQuantity.of(value, qualifier);
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Quantity}; {@code value} is required. */
    final class Builder extends ImmutableQuantity.Builder {
        /** Creates an empty builder; prefer {@link Quantity#builder()}. */
        public Builder() {}
    }
}
