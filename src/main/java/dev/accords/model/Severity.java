package dev.accords.model;

/**
 * How serious a {@link Diagnostic} is.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Something worth knowing, such as a currency assumed from context. */
    INFO,
    /** The input was odd and part of it could not be used (empty, cut at the size limit). */
    WARNING,
    /** A step failed and its facts are missing (a custom extractor threw and was skipped). */
    ERROR
}
