package dev.accords.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a {@link Person} holds: a title ("General Manager", "Mayor of Jiaozhou") and the
 * organisation it is held in, either of which may be unstated but not both.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Role {
    /** @return the title, without honorifics */
    @Value.Parameter
    Optional<String> title();

    /** @return the name (or alias) of the organisation the title is held in */
    @Value.Parameter
    Optional<String> organisation();

    /** Checks that a title or an organisation is given and neither is blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(title(), "Role", "title");
        Checks.notBlank(organisation(), "Role", "organisation");
        Checks.argument(title().isPresent() || organisation().isPresent(), "Role needs a title or an organisation");
    }

    /**
     * @param title the title, or {@code null} if not stated
     * @param organisation the organisation, or {@code null} if not stated
     * @return the role
     * @throws IllegalArgumentException if both are {@code null}
     */
    static Role of(String title, String organisation) {
        return ImmutableRole.of(Optional.ofNullable(title), Optional.ofNullable(organisation));
    }
}
