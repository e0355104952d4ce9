package dev.accords.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened, as far as the text says: a venue ("Qingdao · SCODA Pearl International
 * Expo Center"), a city, a region (province, state) and a country. Any part may be missing, but not
 * all of them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Place extends Evidenced {
    /** @return the venue, a building or site */
    Optional<String> venue();

    /** @return the city */
    Optional<String> city();

    /** @return the region, province or state */
    Optional<String> region();

    /** @return the country */
    Optional<String> country();

    /** Checks that at least one part is given and none is blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(venue(), "Place", "venue");
        Checks.notBlank(city(), "Place", "city");
        Checks.notBlank(region(), "Place", "region");
        Checks.notBlank(country(), "Place", "country");
        Checks.argument(
                venue().isPresent()
                        || city().isPresent()
                        || region().isPresent()
                        || country().isPresent(),
                "Place needs at least one of venue, city, region, country");
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Place}. */
    final class Builder extends ImmutablePlace.Builder {
        /** Creates an empty builder; prefer {@link Place#builder()}. */
        public Builder() {}
    }
}
