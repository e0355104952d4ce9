package dev.accords.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything read from one announcement: its headline, publication date and source, the forums and
 * agreements it reports, the organisations, people and amounts it names, and diagnostics about the
 * parse.
 *
 * <p>Names used as references ({@link Agreement#parties()}, {@link Forum#hosts()}, {@link
 * Role#organisation()}) are names or aliases of {@link #organisations()}, or places; {@link
 * #organisation(String)} resolves them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Announcement {
    /** @return an identifier chosen by the caller, such as the file name without extension */
    Optional<String> id();

    /** @return the headline as printed */
    Optional<String> title();

    /** @return the day the announcement itself was released (dateline, "Release time", metadata) */
    Optional<LocalDate> published();

    /** @return where it came from */
    Optional<String> sourceUrl();

    /** @return its language as a BCP 47 tag ("en") */
    Optional<String> language();

    /** @return the organisations named, in order of first mention */
    List<Organisation> organisations();

    /** @return the people named, in order of first mention */
    List<Person> people();

    /** @return the money amounts, one per distinct value and currency, in order of first mention */
    List<Amount> amounts();

    /** @return the events reported */
    List<Forum> forums();

    /** @return the signings reported */
    List<Agreement> agreements();

    /** @return what the parser wants the caller to know about this parse */
    @Value.Auxiliary
    List<Diagnostic> diagnostics();

    /**
     * Finds the organisation a reference names.
     *
     * @param nameOrAlias a name, for example one of {@link Agreement#parties()}
     * @return the organisation whose name or alias it is, ignoring case
     */
    default Optional<Organisation> organisation(String nameOrAlias) {
        return organisations().stream().filter(o -> o.isCalled(nameOrAlias)).findFirst();
    }

    /** @return whether nothing at all was found */
    default boolean isEmpty() {
        return organisations().isEmpty()
                && people().isEmpty()
                && amounts().isEmpty()
                && forums().isEmpty()
                && agreements().isEmpty();
    }

    /** Checks that the text attributes are not blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(id(), "Announcement", "id");
        Checks.notBlank(title(), "Announcement", "title");
        Checks.notBlank(sourceUrl(), "Announcement", "sourceUrl");
        Checks.notBlank(language(), "Announcement", "language");
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Announcement}; every attribute is optional. */
    final class Builder extends ImmutableAnnouncement.Builder {
        /** Creates an empty builder; prefer {@link Announcement#builder()}. */
        public Builder() {}
    }
}
