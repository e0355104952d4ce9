package dev.accords.internal.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable sets and maps for the word look-ups the extractors make for every token. They are
 * hash tables: {@link Set#of} and {@link Map#copyOf} probe by a division and, measured on the
 * tokens of the corpus, took twice as long per look-up.
 */
final class Sets {
    private Sets() {}

    /**
     * @param items the members
     * @return an unmodifiable set of them
     * @throws IllegalArgumentException if a member is given twice, as {@link Set#of} does
     */
    @SafeVarargs
    static <T> Set<T> of(T... items) {
        Set<T> out = new HashSet<>(items.length * 2);
        for (T t : items) {
            if (!out.add(java.util.Objects.requireNonNull(t))) {
                throw new IllegalArgumentException("duplicate element: " + t);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param items the members
     * @return an unmodifiable set of them
     */
    static <T> Set<T> copyOf(Collection<? extends T> items) {
        return Collections.unmodifiableSet(new HashSet<>(items));
    }

    /**
     * @param a some members
     * @param b more members
     * @return an unmodifiable set of the members of both
     */
    static <T> Set<T> union(Collection<? extends T> a, Collection<? extends T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        return Collections.unmodifiableSet(out);
    }

    /**
     * @param map the entries
     * @return an unmodifiable map of them
     */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }
}
