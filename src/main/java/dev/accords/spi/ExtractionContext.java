package dev.accords.spi;

import dev.accords.model.Agreement;
import dev.accords.model.Amount;
import dev.accords.model.Diagnostic;
import dev.accords.model.FactKey;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.text.Article;
import dev.accords.text.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The state of one parse, shared by its extractors: the article and its prepared text, and the facts
 * found so far. A context belongs to a single parse on a single thread; it is not thread-safe and must
 * not be kept after {@link Extractor#extract} returns.
 *
 * <p>Lists returned by the getters are read-only snapshots in the order facts were added; {@code
 * add…} appends, {@code update…} replaces all facts of one sort at once (used by resolution steps that
 * merge duplicates).
 *
 * @since 0.1.0
 */
public interface ExtractionContext {
    /** @return the article being parsed */
    Article article();

    /** @return the article text, normalised and segmented; fact spans index into it */
    SourceText text();

    /** @return whether facts should carry evidence spans (builder option {@code includeEvidence}) */
    boolean includeEvidence();

    /** @return the publication date known so far (from the article metadata or a dateline) */
    Optional<LocalDate> published();

    /**
     * Sets the publication date.
     *
     * @param date the date
     */
    void published(LocalDate date);

    /** @return the headline known so far */
    Optional<String> title();

    /**
     * Sets the headline.
     *
     * @param title the headline, not blank
     */
    void title(String title);

    /** @return the language known so far, a BCP 47 tag */
    Optional<String> language();

    /**
     * Sets the language.
     *
     * @param language a BCP 47 tag ("en"), not blank
     */
    void language(String language);

    /** @return the dates mentioned, in order of addition */
    List<DateMention> dates();

    /** @param date a date mention to add */
    void addDate(DateMention date);

    /** @return the amounts found so far */
    List<Amount> amounts();

    /** @param amount an amount to add */
    void addAmount(Amount amount);

    /** @param update replaces the list of amounts by the result of applying it */
    void updateAmounts(UnaryOperator<List<Amount>> update);

    /** @return the organisations found so far */
    List<Organisation> organisations();

    /** @param organisation an organisation to add */
    void addOrganisation(Organisation organisation);

    /** @param update replaces the list of organisations by the result of applying it */
    void updateOrganisations(UnaryOperator<List<Organisation>> update);

    /** @return the people found so far */
    List<Person> people();

    /** @param person a person to add */
    void addPerson(Person person);

    /** @param update replaces the list of people by the result of applying it */
    void updatePeople(UnaryOperator<List<Person>> update);

    /** @return the forums found so far */
    List<Forum> forums();

    /** @param forum a forum to add */
    void addForum(Forum forum);

    /** @param update replaces the list of forums by the result of applying it */
    void updateForums(UnaryOperator<List<Forum>> update);

    /** @return the agreements found so far */
    List<Agreement> agreements();

    /** @param agreement an agreement to add */
    void addAgreement(Agreement agreement);

    /** @param update replaces the list of agreements by the result of applying it */
    void updateAgreements(UnaryOperator<List<Agreement>> update);

    /**
     * Adds a fact of a kind Accords does not model, to appear in {@link
     * dev.accords.model.Announcement#facts(FactKey)} and, in JSON, under {@code "extensions"}.
     *
     * <pre>{@code
     * static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);
     * ...
     * context.addFact(DRUG, new Drug("semaglutide", span));
     * }</pre>
     *
     * @param key the kind of fact
     * @param value the value
     * @param <T> the type of the value
     * @throws IllegalArgumentException if facts of the key's name were added with another type
     */
    <T> void addFact(FactKey<T> key, T value);

    /**
     * @param key a kind of fact
     * @param <T> the type of the values
     * @return the values added so far under the key, in order of addition
     * @throws IllegalArgumentException if they were added with another type
     */
    <T> List<T> facts(FactKey<T> key);

    /**
     * Replaces the facts of one kind by the result of applying {@code update} to them, for a step
     * that merges or filters them.
     *
     * @param key the kind of fact
     * @param update the replacement; gets the current values, returns the new ones (no {@code null}s)
     * @param <T> the type of the values
     * @throws IllegalArgumentException if facts of the key's name were added with another type
     */
    <T> void updateFacts(FactKey<T> key, UnaryOperator<List<T>> update);

    /** @return the diagnostics reported so far */
    List<Diagnostic> diagnostics();

    /**
     * Reports something the caller should know.
     *
     * @param diagnostic the diagnostic
     */
    void report(Diagnostic diagnostic);
}
