package dev.accords.text;

import dev.accords.internal.text.Normaliser;
import dev.accords.internal.text.Segmenter;
import dev.accords.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * The article text prepared for extraction: a normalised copy of the text, split into paragraphs,
 * sentences and tokens.
 *
 * <p>Normalisation maps every character to exactly one character — typographic quotes to ASCII
 * quotes, dashes to {@code -}, no-break and other spaces to a plain space, full-width ASCII forms to
 * ASCII, and other control characters to a space — so an offset into {@link #text()} is the same
 * offset into {@link #original()}: no offset map is needed, and a {@link Span} found in the
 * normalised text shows the original words. Instances are immutable.
 *
 * @since 0.1.0
 */
public final class SourceText {
    private final String original;
    private final String text;
    private final List<Span> paragraphs;
    private final List<Sentence> sentences;

    private SourceText(String original, String text, List<Span> paragraphs, List<Sentence> sentences) {
        this.original = original;
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
    }

    /**
     * Normalises and segments a text.
     *
     * @param original the article text
     * @return the prepared text
     */
    public static SourceText of(String original) {
        Objects.requireNonNull(original, "original");
        String text = Normaliser.normalise(original);
        List<Span> paragraphs = Segmenter.paragraphs(text);
        return new SourceText(original, text, paragraphs, Segmenter.sentences(text, paragraphs));
    }

    /** @return the text as given */
    public String original() {
        return original;
    }

    /** @return the normalised text, of the same length as {@link #original()} */
    public String text() {
        return text;
    }

    /** @return the paragraphs (runs of text between blank lines or line breaks), in order */
    public List<Span> paragraphs() {
        return paragraphs;
    }

    /** @return the sentences, in order; a sentence never crosses a paragraph boundary */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * @param span a span of this text
     * @return the original characters it covers
     */
    public String originalOf(Span span) {
        return span.of(original);
    }

    /** @return the length of the text */
    public int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return "SourceText{chars=" + text.length() + ", sentences=" + sentences.size() + "}";
    }
}
