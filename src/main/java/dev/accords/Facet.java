package dev.accords;

/**
 * A built-in kind of fact, each produced by one or more built-in extractors. A facet can be turned off
 * with {@link AnnouncementParser.Builder#disable(Facet...)}, for example to replace it with an
 * extractor of one's own.
 *
 * @since 0.1.0
 */
public enum Facet {
    /** Headline and publication date from datelines ("Release time: 2023-12-28"), and language. */
    DOCUMENT,
    /** Dates mentioned in the text ("On 26 November"), resolved against the publication date. */
    DATES,
    /** Money amounts with currency and qualifier. */
    AMOUNTS,
    /** Organisations with aliases, kind and parent. */
    ORGANISATIONS,
    /** People with titles and organisations. */
    PEOPLE,
    /** Forums, symposiums, summits, expos, ceremonies and meetings. */
    FORUMS,
    /** Agreements, MoUs, contracts, investments and funds. */
    AGREEMENTS,
    /** Merging duplicates and linking references to organisations. */
    RESOLUTION
}
