package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
        assertThat(OrgLexicon.words(s)).containsExactly(Pattern.compile("\\s+").split(s));
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

    private static List<List<String>> asLists(List<String[]> arrays) {
        List<List<String>> out = new ArrayList<>();
        for (String[] a : arrays) {
            out.add(Arrays.asList(a));
        }
        return out;
    }
}
