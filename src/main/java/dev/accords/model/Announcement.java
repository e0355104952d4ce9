package dev.accords.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>Facts of kinds Accords does not model — added by extractors of one's own under a {@link
 * FactKey} — are in {@link #facts()}; {@link #facts(FactKey)} returns those of one kind, typed.
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

    /**
     * Facts of kinds defined outside Accords, added by extractors of one's own (see {@link FactKey}).
     * They are grouped by key, the keys in the order their first fact was added, each key's facts in
     * the order they were added (the builder groups them so; JSON keeps this order). Part of {@code
     * equals}, so their values should have value semantics (records do).
     *
     * @return the facts, in order
     */
    List<Fact<?>> facts();

    /**
     * The values of the facts of one kind.
     *
     * <pre>{@code
     * List<Drug> drugs = announcement.facts(DrugExtractor.DRUG);
     * }</pre>
     *
     * @param key the kind of fact
     * @param <T> the type of the values
     * @return the values of the facts under {@code key}'s name, in order; empty if there are none
     * @throws IllegalArgumentException if facts of that name hold values of another type (as facts read
     *     from JSON without their key do: they are JSON trees)
     */
    default <T> List<T> facts(FactKey<T> key) {
        Objects.requireNonNull(key, "key");
        List<T> out = new ArrayList<>();
        for (Fact<?> f : facts()) {
            if (f.key().equals(key)) {
                out.add(key.cast(f.value()));
            }
        }
        return Collections.unmodifiableList(out);
    }

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
                && agreements().isEmpty()
                && facts().isEmpty();
    }

    /** Checks that the text attributes are not blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(id(), "Announcement", "id");
        Checks.notBlank(title(), "Announcement", "title");
        Checks.notBlank(sourceUrl(), "Announcement", "sourceUrl");
        Checks.notBlank(language(), "Announcement", "language");
        Map<String, Class<?>> types = new HashMap<>();
        for (Fact<?> f : facts()) {
            Class<?> before = types.putIfAbsent(f.key().name(), f.key().type());
            Checks.argument(
                    before == null || before == f.key().type(),
                    "Announcement.facts: fact key %s is used with two types, %s and %s",
                    f.key().name(),
                    before == null ? "" : before.getName(),
                    f.key().type().getName());
        }
    }

    /**
     * Groups {@link #facts()} by key, keeping the order of each key's first fact.
     *
     * @return this announcement, or a copy with its facts grouped
     */
    @Value.Check
    default Announcement groupFacts() {
        List<Fact<?>> facts = facts();
        Map<String, List<Fact<?>>> byName = new LinkedHashMap<>();
        for (Fact<?> f : facts) {
            byName.computeIfAbsent(f.key().name(), n -> new ArrayList<>()).add(f);
        }
        List<Fact<?>> grouped = new ArrayList<>(facts.size());
        byName.values().forEach(grouped::addAll);
        return grouped.equals(facts)
                ? this
                : builder().from(this).facts(grouped).build();
    }

    /** @return a new builder */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Announcement}; every attribute is optional. */
    final class Builder extends ImmutableAnnouncement.Builder {
        /** Creates an empty builder; prefer {@link Announcement#builder()}. */
        public Builder() {}

        /**
         * Adds a fact of a kind defined outside Accords; same as {@code addFact(Fact.of(key, value))}.
         *
         * @param key the kind of fact
         * @param value the value
         * @param <T> the type of the value
         * @return this builder
         */
        public final <T> Builder addFact(FactKey<T> key, T value) {
            addFact(Fact.of(key, value));
            return this;
        }
    }
}
