package dev.accords.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a kind of fact that Accords itself does not model, so that an extractor of one's own can
 * attach such facts to an {@link Announcement} without changing the model: a drug named in a
 * pharmaceutical deal, a stock ticker, a tender number.
 *
 * <pre>{@code
 * public record Drug(String name, Span span) {}
 * public static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);
 *
 * // in an Extractor:           context.addFact(DRUG, new Drug("semaglutide", span));
 * // on the result:             List<Drug> drugs = announcement.facts(DRUG);
 * // in the JSON (dev.accords.json):  "extensions": {"com.example.drug": [{"name": "semaglutide", ...}]}
 * }</pre>
 *
 * <p>A key has a {@linkplain #name() name}, namespaced like a Java package so that keys of different
 * projects do not collide ({@code "com.example.drug"}; names starting with {@code dev.accords.} are
 * reserved for Accords), and the {@linkplain #type() type} of its values. Two keys are equal when
 * their names are: one name stands for one kind of fact, and an announcement refuses facts of one
 * name with two different types. Keys are immutable and thread-safe; keep one in a constant.
 *
 * @param <T> the type of the facts' values
 * @since 0.1.0
 */
public final class FactKey<T> {
    /** Dot-separated segments of letters, digits, '_' and '-', at least two of them. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+");

    private final String name;
    private final Class<T> type;

    private FactKey(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /**
     * Creates a key.
     *
     * @param name a namespaced name such as {@code "com.example.drug"}: at least two segments
     *     separated by dots, each of ASCII letters, digits, {@code _} and {@code -}
     * @param type the class of the values; a record or another type Jackson can write and read if the
     *     facts are to go to JSON; not a primitive type (use {@code Integer.class}, not {@code
     *     int.class})
     * @param <T> the type of the values
     * @return the key
     * @throws IllegalArgumentException if the name is not namespaced or the type is primitive
     */
    public static <T> FactKey<T> of(String name, Class<T> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a fact key name must be namespaced like \"com.example.drug\""
                    + " (segments of letters, digits, '_' and '-' separated by dots), was \"" + name + "\"");
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException(
                    "fact key " + name + ": the type must not be primitive, was " + type + "; use its wrapper class");
        }
        return new FactKey<>(name, type);
    }

    /** @return the namespaced name, the key of these facts in JSON */
    public String name() {
        return name;
    }

    /** @return the class of the values */
    public Class<T> type() {
        return type;
    }

    /**
     * Casts a value to this key's type, with a message that says what went wrong.
     *
     * @param value a value stored under this key's name
     * @return the value
     * @throws IllegalArgumentException if the value is not of this key's type
     */
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(
                    "the facts " + name + " hold " + value.getClass().getName() + ", not "
                            + type.getName()
                            + (value.getClass().getName().startsWith("com.fasterxml.jackson.")
                                    ? ": facts read from JSON are JSON trees unless their key is given to AccordsJson.read"
                                    : ""));
        }
        return type.cast(value);
    }

    /**
     * @param other another object
     * @return whether it is a key of the same name
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FactKey<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** @return the name and the type, for people */
    @Override
    public String toString() {
        return name + " (" + type.getName() + ")";
    }
}
