package dev.accords.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An event reported in an announcement: a forum, symposium, summit, conference, expo, signing
 * ceremony or meeting, with its edition, dates, place, theme, attendance and hosts as far as the text
 * states them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Forum extends Evidenced {
    /** @return the name as written, without a leading article ("3rd International Medical … Forum") */
    String name();

    /** @return what sort of event it is; {@link ForumKind#OTHER} unless set */
    @Value.Default
    default ForumKind kind() {
        return ForumKind.OTHER;
    }

    /** @return the edition number ("3rd", "third", "XIV"), at least 1 */
    OptionalInt edition();

    /** @return the (first) day it took place */
    Optional<LocalDate> date();

    /** @return the last day, for an event over several days; never before {@link #date()} */
    Optional<LocalDate> endDate();

    /** @return where it took place */
    Optional<Place> place();

    /** @return its theme or motto, without quotes */
    Optional<String> theme();

    /** @return how many took part */
    Optional<Quantity> attendance();

    /** @return names (or aliases) of the organisations that hosted, organised or co-hosted it */
    List<String> hosts();

    /** @return the name of the event this one is part of (for a sub-forum or parallel forum) */
    Optional<String> parent();

    /** Checks names, the edition and the date order. */
    @Value.Check
    default void check() {
        Checks.notBlank(name(), "Forum", "name");
        Checks.noBlanks(hosts(), "Forum", "hosts");
        Checks.notBlank(theme(), "Forum", "theme");
        Checks.notBlank(parent(), "Forum", "parent");
        if (edition().isPresent()) {
            Checks.argument(
                    edition().getAsInt() >= 1,
                    "Forum.edition must be >= 1, was %s",
                    edition().getAsInt());
        }
        if (endDate().isPresent()) {
            Checks.argument(date().isPresent(), "Forum.endDate needs a date");
            Checks.argument(
                    !endDate().get().isBefore(date().get()),
                    "Forum.endDate (%s) must not be before date (%s)",
                    endDate().get(),
                    date().get());
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Forum}; {@code name} is required. */
    final class Builder extends ImmutableForum.Builder {
        /** Creates an empty builder; prefer {@link Forum#builder()}. */
        public Builder() {}
    }
}
