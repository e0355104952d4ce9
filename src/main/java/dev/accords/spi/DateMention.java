package dev.accords.spi;

import dev.accords.model.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date or date range stated in the text ("June 15-17, 2023"), resolved to calendar days.
 *
 * @param date the (first) day
 * @param endDate the last day of a range, if it is one
 * @param span where it is stated
 * @param yearStated whether the text gives the year, or it was inferred from the publication date
 * @since 0.1.0
 */
public record DateMention(LocalDate date, Optional<LocalDate> endDate, Span span, boolean yearStated) {
    /**
     * @param date the (first) day
     * @param endDate the last day, if any
     * @param span where it is stated
     * @param yearStated whether the year is stated
     */
    public DateMention {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(span, "span");
        if (endDate.isPresent() && endDate.get().isBefore(date)) {
            throw new IllegalArgumentException("endDate " + endDate.get() + " is before date " + date);
        }
    }
}
