package dev.accords.text;

import dev.accords.model.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * A word, number or punctuation mark of a {@link SourceText}.
 *
 * @param span where it stands in the text
 * @param text the token as it stands in the normalised text
 * @param type what sort of token it is
 * @param lowerCase the text in lower case ({@link Locale#ROOT}), kept because extractors compare
 *     words to lexicons many times over
 * @since 0.1.0
 */
public record Token(Span span, String text, Type type, String lowerCase) {
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
     * @param lowerCase the text in lower case
     * @throws IllegalArgumentException if {@code lowerCase} is not the text in lower case
     */
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lowerCase, "lowerCase");
        if (!isLowerCaseOf(lowerCase, text)) {
            throw new IllegalArgumentException("not the lower case of \"" + text + "\": \"" + lowerCase + "\"");
        }
    }

    /**
     * A token whose lower-case text is computed.
     *
     * @param span where it stands
     * @param text the token text
     * @param type the token type
     */
    public Token(Span span, String text, Type type) {
        this(span, text, type, Objects.requireNonNull(text, "text").toLowerCase(Locale.ROOT));
    }

    /** Whether one string is the other in lower case: for ASCII, without making a string. */
    private static boolean isLowerCaseOf(String lower, String text) {
        if (lower == text) {
            // toLowerCase returns the string itself when no character changes, as for most tokens
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    return lower.equals(text.toLowerCase(Locale.ROOT));
                }
                if (c >= 'A' && c <= 'Z') {
                    return false;
                }
            }
            return true;
        }
        if (lower.length() != text.length()) {
            return lower.equals(text.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return lower.equals(text.toLowerCase(Locale.ROOT));
            }
            if (lower.charAt(i) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the token starts with an upper-case letter */
    public boolean isCapitalised() {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
    }

    // equals and hashCode are those of the record's first three components, written out: the
    // lower-case text follows from the text, and the generated methods bootstrap method handles the
    // first time they run, a cost of the first parse in a fresh JVM (#7)

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Token t && span.equals(t.span) && text.equals(t.text) && type == t.type);
    }

    @Override
    public int hashCode() {
        return (span.hashCode() * 31 + text.hashCode()) * 31 + type.hashCode();
    }
}
