package dev.accords.internal.pipeline;

import dev.accords.model.Agreement;
import dev.accords.model.Amount;
import dev.accords.model.Diagnostic;
import dev.accords.model.Fact;
import dev.accords.model.FactKey;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.text.Article;
import dev.accords.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The per-parse state: one instance per parse, used by one thread. */
final class Context implements ExtractionContext {
    private final Article article;
    private final SourceText text;
    private final boolean includeEvidence;
    private LocalDate published;
    private String title;
    private String language;
    private final List<DateMention> dates = new ArrayList<>();
    private List<Amount> amounts = new ArrayList<>();
    private List<Organisation> organisations = new ArrayList<>();
    private List<Person> people = new ArrayList<>();
    private List<Forum> forums = new ArrayList<>();
    private List<Agreement> agreements = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Custom facts by key name, in order of each key's first fact. */
    private final Map<String, Facts<?>> facts = new LinkedHashMap<>();

    /** The facts of one key. */
    private record Facts<T>(FactKey<T> key, List<T> values) {}

    Context(Article article, SourceText text, boolean includeEvidence) {
        this.article = article;
        this.text = text;
        this.includeEvidence = includeEvidence;
        this.published = article.published().orElse(null);
        this.title = article.title().orElse(null);
        this.language = article.language().orElse(null);
    }

    @Override
    public Article article() {
        return article;
    }

    @Override
    public SourceText text() {
        return text;
    }

    @Override
    public boolean includeEvidence() {
        return includeEvidence;
    }

    @Override
    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    @Override
    public void published(LocalDate date) {
        this.published = Objects.requireNonNull(date, "date");
    }

    @Override
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    @Override
    public void title(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        this.title = title.strip();
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void language(String language) {
        Objects.requireNonNull(language, "language");
        if (language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        this.language = language.strip();
    }

    @Override
    public List<DateMention> dates() {
        return Collections.unmodifiableList(new ArrayList<>(dates));
    }

    @Override
    public void addDate(DateMention date) {
        dates.add(Objects.requireNonNull(date, "date"));
    }

    @Override
    public List<Amount> amounts() {
        return List.copyOf(amounts);
    }

    @Override
    public void addAmount(Amount amount) {
        amounts.add(Objects.requireNonNull(amount, "amount"));
    }

    @Override
    public void updateAmounts(UnaryOperator<List<Amount>> update) {
        amounts = replace(amounts, update);
    }

    @Override
    public List<Organisation> organisations() {
        return List.copyOf(organisations);
    }

    @Override
    public void addOrganisation(Organisation organisation) {
        organisations.add(Objects.requireNonNull(organisation, "organisation"));
    }

    @Override
    public void updateOrganisations(UnaryOperator<List<Organisation>> update) {
        organisations = replace(organisations, update);
    }

    @Override
    public List<Person> people() {
        return List.copyOf(people);
    }

    @Override
    public void addPerson(Person person) {
        people.add(Objects.requireNonNull(person, "person"));
    }

    @Override
    public void updatePeople(UnaryOperator<List<Person>> update) {
        people = replace(people, update);
    }

    @Override
    public List<Forum> forums() {
        return List.copyOf(forums);
    }

    @Override
    public void addForum(Forum forum) {
        forums.add(Objects.requireNonNull(forum, "forum"));
    }

    @Override
    public void updateForums(UnaryOperator<List<Forum>> update) {
        forums = replace(forums, update);
    }

    @Override
    public List<Agreement> agreements() {
        return List.copyOf(agreements);
    }

    @Override
    public void addAgreement(Agreement agreement) {
        agreements.add(Objects.requireNonNull(agreement, "agreement"));
    }

    @Override
    public void updateAgreements(UnaryOperator<List<Agreement>> update) {
        agreements = replace(agreements, update);
    }

    @Override
    public <T> void addFact(FactKey<T> key, T value) {
        Fact<T> fact = Fact.of(key, value); // checks the value's type
        entry(key).values().add(fact.value());
    }

    @Override
    public <T> List<T> facts(FactKey<T> key) {
        Objects.requireNonNull(key, "key");
        Facts<?> e = facts.get(key.name());
        return e == null ? List.of() : List.copyOf(entry(key).values());
    }

    @Override
    public <T> void updateFacts(FactKey<T> key, UnaryOperator<List<T>> update) {
        Facts<T> e = entry(key);
        List<T> next = replace(e.values(), update);
        for (T value : next) {
            Fact.of(key, value); // an unchecked cast in the caller could slip in another type
        }
        e.values().clear();
        e.values().addAll(next);
    }

    /** The facts of the key's name, made on first use; refuses a second type for one name. */
    @SuppressWarnings("unchecked")
    private <T> Facts<T> entry(FactKey<T> key) {
        Objects.requireNonNull(key, "key");
        Facts<?> e = facts.computeIfAbsent(key.name(), n -> new Facts<>(key, new ArrayList<>()));
        if (e.key().type() != key.type()) {
            throw new IllegalArgumentException("fact key " + key.name() + " is used with two types, "
                    + e.key().type().getName() + " and " + key.type().getName());
        }
        return (Facts<T>) e;
    }

    /** @return the custom facts, grouped by key in order of each key's first fact */
    List<Fact<?>> allFacts() {
        List<Fact<?>> out = new ArrayList<>();
        for (Facts<?> e : facts.values()) {
            addAll(out, e);
        }
        return out;
    }

    private static <T> void addAll(List<Fact<?>> out, Facts<T> e) {
        for (T value : e.values()) {
            out.add(Fact.of(e.key(), value));
        }
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void report(Diagnostic diagnostic) {
        diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    }

    private static <T> List<T> replace(List<T> current, UnaryOperator<List<T>> update) {
        Objects.requireNonNull(update, "update");
        List<T> next = Objects.requireNonNull(update.apply(List.copyOf(current)), "update returned null");
        List<T> copy = new ArrayList<>(next.size());
        for (T t : next) {
            copy.add(Objects.requireNonNull(t, "update returned a list holding null"));
        }
        return copy;
    }
}
