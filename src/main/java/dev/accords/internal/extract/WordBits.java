package dev.accords.internal.extract;

import java.util.Map;

/**
 * An unmodifiable table from words to the bits of a {@code long}, for the look-up made at every
 * token of every sentence ({@link StartMasks}): open addressing over arrays, with each key's hash
 * kept beside it, so a look-up neither boxes its answer nor calls {@code equals} on a key with
 * another hash. A {@code Map<String, Long>} did both. Thread-safe.
 */
final class WordBits {
    private final String[] keys;
    private final int[] hashes;
    private final long[] bits;

    /**
     * @param entries words and their bits; words must not be null
     */
    WordBits(Map<String, Long> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size()) * 2) * 2; // at most half full
        keys = new String[size];
        hashes = new int[size];
        bits = new long[size];
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            int h = e.getKey().hashCode();
            int slot = slot(h);
            while (keys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = e.getKey();
            hashes[slot] = h;
            bits[slot] = e.getValue();
        }
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (keys.length - 1);
    }

    /**
     * @param word a word
     * @return its bits, or 0 when it is not in the table
     */
    long get(String word) {
        int h = word.hashCode();
        int mask = keys.length - 1;
        for (int slot = slot(h); keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && keys[slot].equals(word)) {
                return bits[slot];
            }
        }
        return 0;
    }
}
