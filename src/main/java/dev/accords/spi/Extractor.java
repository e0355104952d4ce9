package dev.accords.spi;

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
 * Extractor tenders = ctx -> ctx.text().sentences().stream()
 *         .filter(s -> s.text().contains("tender"))
 *         .forEach(s -> ctx.report(Diagnostic.info("tender.seen", "mentions a tender", s.span())));
 * }</pre>
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
}
