package dev.accords.spi;

import java.util.Objects;

/**
 * One step of a parse: reads the text and the facts found so far from the {@link ExtractionContext}
 * and adds facts or diagnostics to it.
 *
 * <p>An extractor is registered for a {@link Phase} with {@code
 * AnnouncementParser.builder().extractor(phase, extractor)}. The same instance serves every parse,
 * possibly on many threads at once, so it must keep no per-parse state in fields: everything a parse
 * needs lives in the context. An exception thrown from {@link #extract} is reported as an {@link
 * dev.accords.ExtractionException} naming the extractor and phase (or, if the parser is built to skip
 * failing extractors, as an error diagnostic).
 *
 * <pre>{@code
 * Extractor tenders = Extractor.named("tenders", ctx -> ctx.text().sentences().stream()
 *         .filter(s -> s.text().contains("tender"))
 *         .forEach(s -> ctx.report(Diagnostic.info("tender.seen", "mentions a tender", s.span()))));
 * }</pre>
 *
 * <p>To add a kind of fact the model does not have, give it a {@link dev.accords.model.FactKey} and
 * call {@link ExtractionContext#addFact}. To replace a built-in extractor, turn its {@link
 * dev.accords.Facet} off with {@code builder.disable(facet)} and register one's own in the same
 * phase.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Extractor {
    /**
     * Extracts facts from one parse.
     *
     * @param context the state of this parse
     */
    void extract(ExtractionContext context);

    /**
     * The name used in error messages and diagnostics; by default the class name.
     *
     * @return a name for people
     */
    default String name() {
        return getClass().getName();
    }

    /**
     * Gives an extractor — typically a lambda, whose class name means nothing to people — a name for
     * error messages and diagnostics.
     *
     * @param name the name, not blank
     * @param extractor the extractor
     * @return an extractor that runs {@code extractor} and is called {@code name}
     * @throws IllegalArgumentException if the name is blank
     */
    static Extractor named(String name, Extractor extractor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extractor, "extractor");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an extractor name must not be blank");
        }
        return new Extractor() {
            @Override
            public void extract(ExtractionContext context) {
                extractor.extract(context);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
