package dev.accords.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A named person with the {@link Role}s the text gives them: "CAMCE General Manager and China IPPR
 * Chairman Li Haixin" is a person with two roles.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Person extends Evidenced {
    /** @return the full name as written, without honorifics */
    String name();

    /** @return the positions the text gives, in text order */
    List<Role> roles();

    /** @return the titles of {@link #roles()}, in order, without duplicates */
    default List<String> titles() {
        return roles().stream().flatMap(r -> r.title().stream()).distinct().toList();
    }

    /** @return the organisations of {@link #roles()}, in order, without duplicates */
    default List<String> organisations() {
        return roles().stream()
                .flatMap(r -> r.organisation().stream())
                .distinct()
                .toList();
    }

    /** Checks that the name is not blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(name(), "Person", "name");
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; {@code name} is required. */
    final class Builder extends ImmutablePerson.Builder {
        /** Creates an empty builder; prefer {@link Person#builder()}. */
        public Builder() {}
    }
}
