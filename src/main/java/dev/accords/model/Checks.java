package dev.accords.model;

import java.util.Collection;
import java.util.Optional;

/** Invariant checks shared by the model types' {@code @Value.Check} methods. */
final class Checks {
    private Checks() {}

    static void notBlank(String value, String type, String attribute) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(type + "." + attribute + " must not be blank");
        }
    }

    static void notBlank(Optional<String> value, String type, String attribute) {
        value.ifPresent(v -> notBlank(v, type, attribute));
    }

    static void noBlanks(Collection<String> values, String type, String attribute) {
        for (String v : values) {
            if (v.isBlank()) {
                throw new IllegalArgumentException(type + "." + attribute + " must not contain a blank entry");
            }
        }
    }

    static void argument(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(message, args));
        }
    }
}
