package dev.accords.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lookup of lexicon words by a stretch of text, ignoring case, without making a string of the
 * stretch: the scanners ask it about every word of a text, and most words are not in it.
 *
 * @param <V> the value of a word
 */
final class WordTable<V> {
    private record Entry<V>(String word, V value) {}

    private final List<List<Entry<V>>> buckets;
    private final int mask;
    private final int longest;
    private final int shortest;
    /**
     * Per first ASCII letter and second character ({@link #startIndex}), bit n (n < 63) is set when a
     * word of n characters starts with them, and bit 63 when a longer one does: most words of a text
     * are ruled out by it, before they are hashed.
     */
    private final long[] asciiStarts = new long[26 * 27];
    /** Whether a word starts with anything else. */
    private final boolean otherFirst;

    /** @param words lower-case words and their values */
    WordTable(Map<String, V> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4));
        this.mask = size - 1;
        this.buckets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            buckets.add(null);
        }
        int max = 0;
        int min = Integer.MAX_VALUE;
        boolean other = false;
        for (Map.Entry<String, V> e : words.entrySet()) {
            String w = e.getKey().toLowerCase(Locale.ROOT);
            min = Math.min(min, w.length());
            if (!w.isEmpty() && w.charAt(0) >= 'a' && w.charAt(0) <= 'z') {
                asciiStarts[startIndex(w.charAt(0), w, 0, w.length())] |= lengthBit(w.length());
            } else {
                other = true;
            }
            int b = hash(w, 0, w.length()) & mask;
            if (buckets.get(b) == null) {
                buckets.set(b, new ArrayList<>(2));
            }
            buckets.get(b).add(new Entry<>(w, e.getValue()));
            max = Math.max(max, w.length());
        }
        this.longest = max;
        this.shortest = min;
        this.otherFirst = other;
    }

    /**
     * @param text a text
     * @param start first offset of the word
     * @param end offset after the word
     * @return the value of the word, ignoring case, or null
     */
    V get(CharSequence text, int start, int end) {
        if (!mayHold(text, start, end)) {
            return null;
        }
        int length = end - start;
        List<Entry<V>> bucket = buckets.get(hash(text, start, end) & mask);
        if (bucket == null) {
            return null;
        }
        for (Entry<V> e : bucket) {
            if (e.word().length() == length && matches(text, start, e.word())) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * Whether the table may hold the stretch, by its length and its first two characters, without
     * hashing it: false only when {@link #get} answers null.
     *
     * @param text a text
     * @param start first offset of the word
     * @param end offset after the word
     */
    boolean mayHold(CharSequence text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > longest || length < shortest) {
            return false;
        }
        char lowerFirst = lower(text.charAt(start));
        return lowerFirst >= 'a' && lowerFirst <= 'z'
                ? (asciiStarts[startIndex(lowerFirst, text, start, end)] & lengthBit(length)) != 0
                : otherFirst;
    }

    /**
     * The index in {@link #asciiStarts} of a stretch that starts with an ASCII letter: the letter, then
     * the second character in lower case if it is an ASCII letter, else one slot for any other or none.
     */
    private static int startIndex(char lowerFirst, CharSequence s, int start, int end) {
        char second = start + 1 < end ? lower(s.charAt(start + 1)) : 0;
        return (lowerFirst - 'a') * 27 + (second >= 'a' && second <= 'z' ? second - 'a' : 26);
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, Long.SIZE - 1);
    }

    /** {@link Character#toLowerCase(char)}, without its table look-up for ASCII. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean matches(CharSequence text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (lower(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + lower(s.charAt(k));
        }
        return h ^ (h >>> 16);
    }
}
