package dev.accords;

import dev.accords.spi.Phase;
import java.util.Objects;

/**
 * Thrown when an extractor fails during a parse; names the extractor and the phase. The failure
 * itself is the {@link #getCause() cause}. A parser built with {@link
 * AnnouncementParser.Builder#skipFailingExtractors(boolean) skipFailingExtractors(true)} reports the
 * failure as an error diagnostic instead and goes on.
 *
 * @since 0.1.0
 */
public final class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The name of the extractor that failed. */
    private final String extractor;

    /** The phase it failed in. */
    private final Phase phase;

    /**
     * @param extractor the extractor's name
     * @param phase the phase it ran in
     * @param cause what it threw
     */
    public ExtractionException(String extractor, Phase phase, Throwable cause) {
        super("extractor " + extractor + " failed in phase " + phase + ": " + cause, cause);
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    /** @return the name of the extractor that failed */
    public String extractor() {
        return extractor;
    }

    /** @return the phase it failed in */
    public Phase phase() {
        return phase;
    }
}
