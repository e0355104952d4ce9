package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tables that static initialisers build with loops, to keep streams and lambdas out of the first
 * parse (#7), hold what the stream code before them built. Each expected value below is that code.
 */
class StaticTablesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "   ",
                "one",
                "chief executive officer",
                " leading",
                "trailing \t",
                "many\t \n\u000B\f\rkinds",
                "no\u00A0break\u2003space",
                " \t "
            })
    void wordsSplitAsTheRegexDid(String s) {
        assertThat(Patterns.splitAtRuns(s, false))
                .containsExactly(Pattern.compile("\\s+").split(s));
    }

    @Test
    void titlesAreReadOnceLongestFirst() {
        List<String[]> expected = Lexicon.lines("titles.txt").stream()
                .map(t -> Pattern.compile("\\s+").split(t.toLowerCase(Locale.ROOT)))
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length, a.length))
                .toList();
        assertThat(asLists(OrgLexicon.TITLES)).isEqualTo(asLists(expected));

        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (String[] t : expected) {
            byFirst.computeIfAbsent(t[0], k -> new ArrayList<>()).add(Arrays.asList(t));
        }
        Map<String, List<List<String>>> actual = new HashMap<>();
        OrgLexicon.TITLES_BY_FIRST.forEach((k, v) -> actual.put(k, asLists(v)));
        assertThat(actual).isEqualTo(byFirst);

        Set<String> lastWords = new HashSet<>();
        for (String t : Lexicon.lines("titles.txt")) {
            String[] words = Pattern.compile("\\s+").split(t.toLowerCase(Locale.ROOT));
            lastWords.add(words[words.length - 1]);
        }
        assertThat(OrgLexicon.TITLE_WORDS).isEqualTo(lastWords).contains("manager", "director");
    }

    @Test
    void knownOrganisationsAreReadOnceForBothTables() {
        assertThat(OrgLexicon.KNOWN).containsExactlyEntriesOf(Lexicon.map("known-organisations.tsv"));
        Set<String> cased = new HashSet<>();
        for (String line : Lexicon.lines("known-organisations.tsv")) {
            cased.add(line.split("\t", 2)[0].strip());
        }
        assertThat(OrgLexicon.KNOWN_CASED).isEqualTo(cased).isNotEmpty();
    }

    @Test
    void notNameWordsHoldEveryTitleWord() {
        Set<String> expected = new HashSet<>(OrgLexicon.HEADS.keySet());
        expected.addAll(OrgLexicon.OPENERS);
        expected.addAll(OrgLexicon.HONORIFICS);
        expected.addAll(OrgLexicon.FUNCTION_WORDS);
        expected.addAll(Lexicon.lowerSet("title-modifiers.txt"));
        expected.addAll(Lexicon.map("months.tsv").keySet());
        expected.addAll(Lexicon.lowerSet("name-stopwords.txt"));
        for (String t : Lexicon.lines("titles.txt")) {
            for (String w : Pattern.compile("\\s+").split(t)) {
                expected.add(w.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(PersonExtractor.NOT_NAME).isEqualTo(expected);
    }

    @Test
    void alternationsAreLongestFirstThenInNaturalOrder() {
        List<List<String>> lists = List.of(
                List.copyOf(AgreementExtractor.KINDS.keySet()),
                List.of("forum", "symposium", "seminar", "summit", "conference", "expo", "fair", "exhibition"),
                List.of("b", "a", "ab", "ba", "a b", "x\\Ey", "c.d", ""),
                List.of());
        for (List<String> words : lists) {
            String expected = words.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|", "(?:", ")"));
            assertThat(Patterns.alternation(words)).isEqualTo(expected);
        }
    }

    @Test
    void monthNamesAreLongestFirstInFileOrder() {
        List<Set<String>> sets = List.of(
                Lexicon.map("months.tsv").keySet(),
                Set.<String>of(),
                new java.util.LinkedHashSet<>(List.of("ab", "c", "de", "")));
        for (Set<String> words : sets) {
            String expected = words.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .collect(Collectors.joining("|"));
            assertThat(DateGrammar.longestFirst(words)).isEqualTo(expected);
        }
        assertThat(DateGrammar.longestFirst(Lexicon.map("months.tsv").keySet())).startsWith("september|");
    }

    @Test
    void amountTablesHoldTheLexicons() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String line : Lexicon.lines("currency-prefixes.tsv")) {
            String[] parts = line.split("\t+", 2);
            prefixes.put(parts[0].strip(), parts[1].strip());
        }
        assertThat(AmountGrammar.PREFIXES).containsExactlyEntriesOf(prefixes).containsKey("US$");
        assertThat(AmountGrammar.MAX_PREFIX)
                .isEqualTo(prefixes.keySet().stream()
                        .mapToInt(String::length)
                        .max()
                        .orElse(1));

        Map<String, Integer> scales = new HashMap<>();
        Lexicon.map("scales.tsv").forEach((k, v) -> scales.put(k, Integer.valueOf(v)));
        assertThat(AmountGrammar.SCALES).isEqualTo(scales);
        Map<String, BigDecimal> numbers = new HashMap<>();
        Lexicon.map("number-words.tsv").forEach((k, v) -> numbers.put(k, new BigDecimal(v)));
        assertThat(AmountGrammar.NUMBER_WORDS).isEqualTo(numbers);
        Map<String, Qualifier> after = new LinkedHashMap<>();
        Lexicon.map("qualifiers-after.tsv")
                .forEach((k, v) -> after.put(k, Qualifier.valueOf(v.toUpperCase(Locale.ROOT))));
        assertThat(AmountGrammar.AFTER).containsExactlyEntriesOf(after);
    }

    private static List<List<String>> asLists(List<String[]> arrays) {
        List<List<String>> out = new ArrayList<>();
        for (String[] a : arrays) {
            out.add(Arrays.asList(a));
        }
        return out;
    }
}
