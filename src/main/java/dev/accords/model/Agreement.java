package dev.accords.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A reported signing: an agreement, MoU, contract, investment deal or fund, or a batch of them ("25
 * project contracts … with a combined investment of 21.9 billion yuan" is one agreement with a {@link
 * #count()} and a {@link #value()}).
 *
 * <p>{@link #parties()} are names: organisation names or aliases of the same announcement, or places
 * acting as parties ("Hungary", "Guangdong"). Use {@link Announcement#organisation(String)} to get the
 * organisation a party names.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Agreement extends Evidenced {
    /** @return what sort of deal it is; {@link AgreementKind#OTHER} unless set */
    @Value.Default
    default AgreementKind kind() {
        return AgreementKind.OTHER;
    }

    /** @return whether it was signed or only announced; {@link AgreementStatus#SIGNED} unless set */
    @Value.Default
    default AgreementStatus status() {
        return AgreementStatus.SIGNED;
    }

    /** @return what the text calls it ("strategic cooperation framework agreements") */
    Optional<String> title();

    /** @return the names of the parties, in text order */
    List<String> parties();

    /** @return the day it was signed */
    Optional<LocalDate> date();

    /** @return the number of agreements, contracts or projects when the text reports a batch */
    OptionalInt count();

    /** @return its value or total investment */
    Optional<Amount> value();

    /** @return the fields of cooperation as listed ("traditional medicine", "food safety") */
    List<String> fields();

    /** @return the name of the forum or ceremony it was signed at */
    Optional<String> forum();

    /** Checks names and the count. */
    @Value.Check
    default void check() {
        Checks.notBlank(title(), "Agreement", "title");
        Checks.noBlanks(parties(), "Agreement", "parties");
        Checks.noBlanks(fields(), "Agreement", "fields");
        Checks.notBlank(forum(), "Agreement", "forum");
        if (count().isPresent()) {
            Checks.argument(count().getAsInt() >= 1, "Agreement.count must be >= 1, was %s", count().getAsInt());
        }
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Agreement}; every attribute is optional. */
    final class Builder extends ImmutableAgreement.Builder {
        /** Creates an empty builder; prefer {@link Agreement#builder()}. */
        public Builder() {}
    }
}
