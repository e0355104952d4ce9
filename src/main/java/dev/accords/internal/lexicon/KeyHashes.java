package dev.accords.internal.lexicon;

import java.util.Collection;
import java.util.Locale;

/**
 * 64-bit hashes of the lower case of a set of ASCII keys, in an open-addressed table: a hash that is
 * not in it is the hash of no key, so a miss proves a text is none of the keys without a lower-case
 * copy or a map look-up; a hit (a key, or rarely another text of the same hash) is left to the map.
 * The hash is FNV-1a over the characters lower-cased as they are read, so a caller can feed it the
 * pieces of a text that is never built ({@link #step}). Immutable and thread-safe.
 */
public final class KeyHashes {
    /** What {@link #hash} gives for a text with a character outside ASCII; no ASCII text has it. */
    public static final long NOT_ASCII = 0;

    /** The hash of the empty text before {@link #finish}: where {@link #step} starts. */
    public static final long START = 0xcbf29ce484222325L;

    private final long[] table;
    private final int shift;

    /** @param keys lower-case keys; those with a character outside ASCII are left out */
    public KeyHashes(Collection<String> keys) {
        int bits = 4;
        while ((1 << bits) < keys.size() * 2) {
            bits++;
        }
        table = new long[1 << bits];
        shift = Long.SIZE - bits;
        for (String k : keys) {
            long h = hash(k, 0, k.length());
            if (h != NOT_ASCII) {
                add(h);
            }
        }
    }

    private void add(long h) {
        int mask = table.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return;
            }
            if (table[i] == 0) {
                table[i] = h;
                return;
            }
        }
    }

    private int slot(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * @param h a {@link #hash} (or a {@link #finish}ed {@link #step} state) other than {@link
     *     #NOT_ASCII}
     * @return false if no key has the hash
     */
    public boolean mayContain(long h) {
        int mask = table.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == h) {
                return true;
            }
            if (t == 0) {
                return false;
            }
        }
    }

    /**
     * One character into a hash being read, lower-cased ({@link Locale#ROOT}) on the way.
     *
     * @param h the state so far, {@link #START} for the first character
     * @param c the next character
     * @return the next state, or {@link #NOT_ASCII} for a character outside ASCII; a caller stops
     *     there and asks the map (a state that happens to be 0 is read the same way, which only
     *     costs a look-up)
     */
    public static long step(long h, char c) {
        if (c >= 128) {
            return NOT_ASCII;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return (h ^ lower) * 0x100000001b3L;
    }

    /**
     * @param h a {@link #step} state other than {@link #NOT_ASCII}
     * @return the hash {@link #mayContain} takes: the state with its lowest bit set, never 0
     */
    public static long finish(long h) {
        return h | 1;
    }

    /**
     * The hash of {@code text[start, end)} in lower case ({@link Locale#ROOT}), as read.
     *
     * @return the hash, or {@link #NOT_ASCII} if a character is outside ASCII
     */
    public static long hash(CharSequence text, int start, int end) {
        long h = START;
        for (int i = start; i < end; i++) {
            h = step(h, text.charAt(i));
            if (h == NOT_ASCII) {
                return NOT_ASCII;
            }
        }
        return finish(h);
    }
}
