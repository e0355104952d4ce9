package dev.accords.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named organisation: a company, government body, association, university, hospital, bank or
 * international organisation.
 *
 * <p>{@link #name()} is the first full mention as written ("China Export &amp; Credit Insurance
 * Corporation"); shorter forms used in the text ("Sinosure") are {@link #aliases()}. {@link
 * #parent()} names the organisation it belongs to ("a subsidiary of X").
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Organisation extends Evidenced {
    /** @return the name as first written in full */
    String name();

    /** @return other names used for it in the text (acronyms, short names), without duplicates */
    List<String> aliases();

    /** @return what sort of body it is; {@link OrganisationKind#OTHER} unless set */
    @Value.Default
    default OrganisationKind kind() {
        return OrganisationKind.OTHER;
    }

    /** @return the name of the organisation it is part of or a subsidiary of */
    Optional<String> parent();

    /**
     * @param nameOrAlias a name
     * @return whether {@code nameOrAlias} is this organisation's name or one of its aliases,
     *     ignoring case
     */
    default boolean isCalled(String nameOrAlias) {
        if (name().equalsIgnoreCase(nameOrAlias)) {
            return true;
        }
        for (String alias : aliases()) {
            if (alias.equalsIgnoreCase(nameOrAlias)) {
                return true;
            }
        }
        return false;
    }

    /** Checks that no name is blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(name(), "Organisation", "name");
        Checks.noBlanks(aliases(), "Organisation", "aliases");
        Checks.notBlank(parent(), "Organisation", "parent");
    }

    /**
     * @param name the name
     * @param kind the kind
     * @return an organisation without aliases, parent or spans
     */
    static Organisation of(String name, OrganisationKind kind) {
        return builder().name(name).kind(kind).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Organisation}; {@code name} is required. */
    final class Builder extends ImmutableOrganisation.Builder {
        /** Creates an empty builder; prefer {@link Organisation#builder()}. */
        public Builder() {}
    }
}
