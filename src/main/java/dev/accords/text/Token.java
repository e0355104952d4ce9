package dev.accords.text;

import dev.accords.model.Span;
import java.util.Objects;

/**
 * A word, number or punctuation mark of a {@link SourceText}.
 *
 * @param span where it stands in the text
 * @param text the token as it stands in the normalised text
 * @param type what sort of token it is
 * @since 0.1.0
 */
public record Token(Span span, String text, Type type) {
    /** What sort of token. */
    public enum Type {
        /** Letters, possibly with inner apostrophes, hyphens or dots ("Co.", "U.S.", "Dh260" is WORD). */
        WORD,
        /** Digits, possibly with inner separators ("1,200", "21.9"). */
        NUMBER,
        /** A single punctuation character. */
        PUNCTUATION,
        /** A single symbol character ("$", "€", "%"). */
        SYMBOL
    }

    /**
     * @param span where it stands
     * @param text the token text
     * @param type the token type
     */
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** @return whether the token starts with an upper-case letter */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    // equals and hashCode are the record's own, written out: the generated ones bootstrap method
    // handles the first time they run, a cost of the first parse in a fresh JVM (#7)

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Token t && span.equals(t.span) && text.equals(t.text) && type == t.type);
    }

    @Override
    public int hashCode() {
        return (span.hashCode() * 31 + text.hashCode()) * 31 + type.hashCode();
    }
}
