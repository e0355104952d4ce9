package dev.accords.internal.extract;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Helpers to turn lexicon entries into regular expressions. */
final class Patterns {
    private Patterns() {}

    /**
     * @param words lexicon entries
     * @return a non-capturing alternation, longest entries first, spaces matching any run of white space
     */
    static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
