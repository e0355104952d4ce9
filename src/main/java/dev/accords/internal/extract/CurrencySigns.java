package dev.accords.internal.extract;

import java.util.Map;

/**
 * The currency signs and codes written before a number ({@code currency-prefixes.tsv}), looked up
 * by a stretch of text as written (signs are case-sensitive) without making a string of the
 * stretch: the money grammar tries every length of sign before each number, and most stretches are
 * no sign. Immutable.
 */
final class CurrencySigns {
    /** The signs, at the slot of their hash or after it (open addressing), null for an empty slot. */
    private final String[] keys;

    private final String[] values;
    private final int mask;

    /** @param signs signs as written and their values */
    CurrencySigns(Map<String, String> signs) {
        int size = Integer.highestOneBit(Math.max(16, signs.size() * 4));
        this.keys = new String[size];
        this.values = new String[size];
        this.mask = size - 1;
        for (Map.Entry<String, String> e : signs.entrySet()) {
            String k = e.getKey();
            int slot = spread(k.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
    }

    /**
     * @param text a text
     * @param start first offset of the stretch
     * @param end offset after it
     * @return the value of the sign {@code text[start, end)}, as {@code signs.get(text.substring(start,
     *     end))} gives it, or null
     */
    String get(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + text.charAt(k); // String.hashCode of the stretch
        }
        int length = end - start;
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (k.length() == length && matches(text, start, k)) {
                return values[slot];
            }
        }
        return null;
    }

    private static boolean matches(CharSequence text, int start, String key) {
        for (int k = 0; k < key.length(); k++) {
            if (text.charAt(start + k) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
