package dev.accords.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the parser wants the caller to know about one parse: odd input, a limit reached, an
 * assumption made, a step that failed. A stable dotted {@link #code()} ("input.empty",
 * "amount.currency.assumed") is meant for programs; the {@link #message()} for people.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Diagnostic {
    /** @return how serious it is */
    @Value.Parameter
    Severity severity();

    /** @return a stable, dotted, lower-case code */
    @Value.Parameter
    String code();

    /** @return a sentence for people */
    @Value.Parameter
    String message();

    /** @return the part of the text it is about, if any */
    @Value.Parameter
    Optional<Span> span();

    /** Checks that code and message are not blank. */
    @Value.Check
    default void check() {
        Checks.notBlank(code(), "Diagnostic", "code");
        Checks.notBlank(message(), "Diagnostic", "message");
    }

    /**
     * @param code the code
     * @param message the message
     * @return an {@link Severity#INFO} diagnostic about the whole input
     */
    static Diagnostic info(String code, String message) {
        return ImmutableDiagnostic.of(Severity.INFO, code, message, Optional.empty());
    }

    /**
     * @param code the code
     * @param message the message
     * @param span the text it is about
     * @return an {@link Severity#INFO} diagnostic about {@code span}
     */
    static Diagnostic info(String code, String message, Span span) {
        return ImmutableDiagnostic.of(Severity.INFO, code, message, Optional.of(span));
    }

    /**
     * @param code the code
     * @param message the message
     * @return a {@link Severity#WARNING} diagnostic about the whole input
     */
    static Diagnostic warning(String code, String message) {
        return ImmutableDiagnostic.of(Severity.WARNING, code, message, Optional.empty());
    }

    /**
     * @param code the code
     * @param message the message
     * @return an {@link Severity#ERROR} diagnostic about the whole input
     */
    static Diagnostic error(String code, String message) {
        return ImmutableDiagnostic.of(Severity.ERROR, code, message, Optional.empty());
    }

    /**
     * @param severity the severity
     * @param code the code
     * @param message the message
     * @param span the text it is about, or {@code null}
     * @return the diagnostic
     */
    static Diagnostic of(Severity severity, String code, String message, Span span) {
        return ImmutableDiagnostic.of(severity, code, message, Optional.ofNullable(span));
    }
}
