package dev.accords.text;

import dev.accords.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a {@link SourceText}: its span, its text and its tokens.
 *
 * @param span where it stands in the text
 * @param text the normalised sentence text, {@code text().length() == span().length()}
 * @param tokens its tokens, in order
 * @since 0.1.0
 */
public record Sentence(Span span, String text, List<Token> tokens) {
    /**
     * @param span where it stands
     * @param text its text
     * @param tokens its tokens
     */
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = dev.accords.internal.text.TokenList.copyOf(tokens);
    }

    /**
     * @param offsetInSentence an offset into {@link #text()}
     * @return the same position as an offset into the whole text
     */
    public int toTextOffset(int offsetInSentence) {
        return span.start() + offsetInSentence;
    }

    // equals is the record's own, written out: the generated one bootstraps method handles the first
    // time it runs, a cost of the first parse in a fresh JVM (#7). The hash is the span's alone,
    // consistent with equals: the record's would hash every token, and extractors keep sentences in
    // sets

    @Override
    public boolean equals(Object o) {
        return o == this
                || (o instanceof Sentence s && span.equals(s.span) && text.equals(s.text) && tokens.equals(s.tokens));
    }

    @Override
    public int hashCode() {
        return span.hashCode();
    }
}
