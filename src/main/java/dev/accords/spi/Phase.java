package dev.accords.spi;

/**
 * The fixed order in which extractors run. Each phase sees the facts of the phases before it.
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Facts about the document itself: publication date, dateline. */
    DOCUMENT,
    /** Entities: amounts, dates, organisations, people. */
    ENTITIES,
    /** Events built on the entities: forums, symposiums, ceremonies. */
    EVENTS,
    /** Agreements built on entities and events. */
    AGREEMENTS,
    /** Linking and merging: aliases, duplicates, references between facts. */
    RESOLUTION
}
