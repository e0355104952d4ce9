package dev.accords.internal.text;

import dev.accords.text.Token;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of tokens over an array, whose sub-lists and iterators are its own: the token
 * lists of a text (a sentence's tokens, parts of them, a name's tokens) are all of this one class.
 *
 * <p>Why (#7): the extractors walk token lists in hundreds of places. When the lists came from
 * {@code List.copyOf} (two classes by size), {@code subList} (a third) and {@code ArrayList}, many of
 * those calls of {@code get} and of the iterator's {@code next} saw three or more classes, which the
 * JIT compiles to a table look-up per call instead of inlining them. With one class they inline.
 *
 * <p>Like {@code List.copyOf}: no nulls, every change throws {@link UnsupportedOperationException},
 * and {@code equals} and {@code hashCode} are those of {@link List}.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private static final TokenList EMPTY = new TokenList(new Token[0], 0, 0);

    private final Token[] tokens;
    private final int from;
    private final int size;

    private TokenList(Token[] tokens, int from, int size) {
        this.tokens = tokens;
        this.from = from;
        this.size = size;
    }

    /**
     * @param tokens tokens
     * @return an unmodifiable list of them; the list itself if it is a token list already
     * @throws NullPointerException if {@code tokens} or any of its elements is null
     */
    public static TokenList copyOf(Collection<? extends Token> tokens) {
        if (tokens instanceof TokenList t) {
            return t;
        }
        Token[] a = tokens.toArray(new Token[0]);
        for (Token t : a) {
            Objects.requireNonNull(t, "token");
        }
        return a.length == 0 ? EMPTY : new TokenList(a, 0, a.length);
    }

    /**
     * Joins two views of one array, the second starting where the first ends, as the token lists of a
     * text's sentences do, without copying.
     *
     * @param first a token list
     * @param next a token list
     * @return the tokens of both, a view of the same array; null when they are not views of one array
     *     or {@code next} does not start where {@code first} ends
     */
    public static TokenList adjacent(List<Token> first, List<Token> next) {
        if (first instanceof TokenList a
                && next instanceof TokenList b
                && a.tokens == b.tokens
                && b.from == a.from + a.size) {
            return new TokenList(a.tokens, a.from, a.size + b.size);
        }
        return null;
    }

    /**
     * @param tokens tokens, none null; the list keeps the array, which must not change afterwards
     * @param size how many of them, from the first, the list holds
     * @return an unmodifiable list of {@code tokens[0, size)}
     * @throws IndexOutOfBoundsException if {@code size} is negative or greater than the array
     */
    static TokenList over(Token[] tokens, int size) {
        Objects.checkFromToIndex(0, size, tokens.length);
        return size == 0 ? EMPTY : new TokenList(tokens, 0, size);
    }

    @Override
    public Token get(int index) {
        Objects.checkIndex(index, size);
        return tokens[from + index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Token> iterator() {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < from + size;
            }

            @Override
            public Token next() {
                if (next >= from + size) {
                    throw new NoSuchElementException();
                }
                return tokens[next++];
            }
        };
    }

    /** @return a view of the tokens {@code [fromIndex, toIndex)}, itself a token list */
    @Override
    public TokenList subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return new TokenList(tokens, from + fromIndex, toIndex - fromIndex);
    }
}
