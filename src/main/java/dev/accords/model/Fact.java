package dev.accords.model;

import java.util.Objects;

/**
 * One fact of a kind defined outside Accords: a value under a {@link FactKey}. Extractors add facts
 * with {@code context.addFact(key, value)}; {@link Announcement#facts(FactKey)} returns the values of
 * one key.
 *
 * @param key what kind of fact it is
 * @param value the value, an instance of {@code key.type()}
 * @param <T> the type of the value
 * @since 0.1.0
 */
public record Fact<T>(FactKey<T> key, T value) {
    /**
     * @param key what kind of fact it is
     * @param value the value
     * @throws IllegalArgumentException if the value is not an instance of the key's type
     */
    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, () -> "the value of fact " + key.name());
        key.cast(value);
    }

    /**
     * @param key what kind of fact it is
     * @param value the value
     * @param <T> the type of the value
     * @return the fact
     * @throws IllegalArgumentException if the value is not an instance of the key's type
     */
    public static <T> Fact<T> of(FactKey<T> key, T value) {
        return new Fact<>(key, value);
    }
}
