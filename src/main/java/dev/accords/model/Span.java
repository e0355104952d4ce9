package dev.accords.model;

import org.immutables.value.Value;

/**
 * A stretch of the parsed text, as character offsets: {@code start} inclusive, {@code end} exclusive.
 *
 * <p>Offsets index into the article text the facts were read from: for a plain-text source that is
 * the input string itself; for HTML it is {@link dev.accords.text.Article#text()} of the extracted
 * article.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Span extends Comparable<Span> {
    /** @return the offset of the first character, {@code >= 0} */
    @Value.Parameter
    int start();

    /** @return the offset just past the last character, {@code >= start()} */
    @Value.Parameter
    int end();

    /** @return the number of characters covered */
    default int length() {
        return end() - start();
    }

    /**
     * Returns the covered text.
     *
     * @param text the text the offsets refer to
     * @return {@code text.substring(start(), end())}
     * @throws IndexOutOfBoundsException if the span does not fit in {@code text}
     */
    default String of(CharSequence text) {
        return text.subSequence(start(), end()).toString();
    }

    /**
     * @param other another span
     * @return whether the two spans share at least one character
     */
    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    /**
     * @param other another span
     * @return whether {@code other} lies entirely within this span
     */
    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    @Override
    default int compareTo(Span other) {
        int c = Integer.compare(start(), other.start());
        return c != 0 ? c : Integer.compare(end(), other.end());
    }

    /** Checks {@code 0 <= start <= end}. */
    @Value.Check
    default void check() {
        // Plain tests, not Checks.argument: its varargs box both offsets on every span made, and
        // the tokeniser makes one span per token.
        if (start() < 0) {
            throw new IllegalArgumentException("Span.start must be >= 0, was " + start());
        }
        if (end() < start()) {
            throw new IllegalArgumentException("Span.end (" + end() + ") must be >= start (" + start() + ")");
        }
    }

    /**
     * @param start first offset, inclusive
     * @param end last offset, exclusive
     * @return the span
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    static Span of(int start, int end) {
        return ImmutableSpan.of(start, end);
    }
}
