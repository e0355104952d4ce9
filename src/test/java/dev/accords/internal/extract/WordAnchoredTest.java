package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.internal.text.Segmenter;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordAnchoredTest {
    private static final List<String> SHAPES = List.of(
            "(?i)\\b(?:held|convened|took place|organi[sz]ed|staged)\\b",
            "(?i)\\b(signed|signs|sign|inked|entered into|set up|formali[sz]ed)\\b",
            "(?i)\\b(?:will invest|to invest|committed to invest(?:ing)?|invests?)\\b",
            "(?i)\\b(?:jointly|co-?hosted)\\sby\\s",
            "\\bthe\\s(?<name>(?<kind>forum|summit)\\s(?:for|on)\\s(?:[\\p{Ll}-]+\\s?){1,4}?)(?=,|\\s(?:was|held)\\b)",
            "\\b(?:in|at)\\s(?:the\\s)?(?<place>[\\p{Lu}][\\p{L}'-]*(?:\\s[\\p{Lu}][\\p{L}'-]*){0,3})",
            "(?i)\\b(?:themed|the theme of|theme)\\s*:?\\s*\"(?<theme>[^\"]{3,40})\"",
            "(?i)\\b(?:up|in)\\s?(?:held|to|dia)\\b",
            "\\b(?:tra\\s*de|gre)en\\b",
            "(?i)\\b(?:sign|signs|signed|plans? to|organi[sz]ed|co-?hosted|to|in|into|up)\\b",
            "(?i)\\b(signed|sign|inked|set up|up)\\s(?:a|the)\\s",
            "\\b(?:held|Held|took place|in|In)\\s(?:the\\s)?(?<place>[\\p{Lu}][\\p{L}'-]*)");

    private static final List<String> WORDS = List.of(
            "held",
            "Held",
            "upheld",
            "withheld",
            "convened",
            "took",
            "place",
            "organised",
            "ORGANIZED",
            "organisation",
            "staged",
            "signed",
            "Signs",
            "signing",
            "sign",
            "design",
            "inked",
            "entered",
            "into",
            "set",
            "up",
            "formalised",
            "will",
            "invest",
            "invests",
            "investing",
            "to",
            "committed",
            "jointly",
            "co-hosted",
            "cohosted",
            "hosted",
            "by",
            "the",
            "The",
            "forum",
            "summit",
            "for",
            "on",
            "green",
            "trade",
            "was",
            "in",
            "at",
            "In",
            "Beijing",
            "Cape",
            "Town",
            "theme",
            "themed",
            ":",
            "\"Open Doors\"",
            "india",
            "uptown",
            "upto",
            "trade",
            "greener",
            ",",
            ".",
            "(",
            ")",
            "2024",
            "x_y",
            "é",
            "中国",
            "-",
            "'s");

    @Test
    void findsWhatFindFindsOnRandomSentences() {
        Random random = new Random(20261122);
        for (String regex : SHAPES) {
            WordAnchored anchored = WordAnchored.compile(regex, 2);
            for (int n = 0; n < 3000; n++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(25);
                for (int w = 0; w < words; w++) {
                    text.append(WORDS.get(random.nextInt(WORDS.size())));
                    text.append(random.nextInt(6) == 0 ? "" : " ");
                }
                List<String> expected = plain(anchored, text);
                assertThat(spans(anchored, text)).as("%s on %s", regex, text).isEqualTo(expected);
                assertThat(tokenSpans(anchored, text.toString()))
                        .as("%s on the tokens of %s", regex, text)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void tokensOfAnyRegionGiveWhatTheCharacterScanGives() {
        // regions that start and end inside words, so that the first and last tokens are cut
        Random random = new Random(20261123);
        for (String regex : SHAPES) {
            WordAnchored anchored = WordAnchored.compile(regex, 2);
            for (int n = 0; n < 3000; n++) {
                StringBuilder b = new StringBuilder();
                int words = 1 + random.nextInt(25);
                for (int w = 0; w < words; w++) {
                    b.append(WORDS.get(random.nextInt(WORDS.size())));
                    b.append(random.nextInt(6) == 0 ? "" : " ");
                }
                String text = b.toString();
                List<Token> tokens = Segmenter.tokens(text, 0, text.length());
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                List<String> expected = new ArrayList<>();
                for (Matcher m = anchored.find(text, from, to); m != null; m = anchored.next(m, text, to)) {
                    expected.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                List<String> actual = new ArrayList<>();
                for (Matcher m = anchored.find(text, tokens, from, to);
                        m != null;
                        m = anchored.next(m, text, tokens, to)) {
                    actual.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                assertThat(actual)
                        .as("%s on [%d, %d) of %s", regex, from, to, text)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aLexiconPatternIsAskedAtTheWordsItsEntriesStartWith() {
        List<String> entries = List.of("MoU", "memorandum of understanding", "co-operation agreement", "deal");
        WordAnchored phrase = WordAnchored.at(
                java.util.regex.Pattern.compile(
                        "(?i)(?<![\\p{L}-])(?<phrase>" + Patterns.alternation(entries) + ")(?![\\p{L}])"),
                entries);
        String text = "The MoUs and a MoU, a co-operation agreement, an ideal deal and a Memorandum  of understanding.";

        List<String> expected = plain(phrase, text);
        assertThat(expected).hasSize(4);
        assertThat(tokenSpans(phrase, text)).isEqualTo(expected);
        assertThat(spans(phrase, text)).isEqualTo(expected);
        assertThatThrownBy(() -> WordAnchored.at(phrase.pattern(), List.of("3M")))
                .hasMessageContaining("starts with no letter");
    }

    /** Agreement-like entries that share first words, with apostrophes, hyphens and spaces. */
    private static final List<String> ENTRIES = List.of(
            "mou",
            "mous",
            "mou's",
            "memorandum",
            "memoranda",
            "memorandum of understanding",
            "memorandums of understanding",
            "deal",
            "deals",
            "investment deal",
            "investment",
            "investment fund",
            "co-operation agreement",
            "cooperation agreement",
            "agreement",
            "agreements",
            "agreement on cooperation",
            "joint venture",
            "letter of intent");

    private static final List<String> ENTRY_WORDS = List.of(
            "MoU",
            "MOUs",
            "mou's",
            "mou'",
            "Memorandum",
            "memoranda",
            "memorandums",
            "of",
            "Understanding",
            "deal",
            "Deals",
            "dealer",
            "ideal",
            "investment",
            "co-operation",
            "co",
            "cooperation",
            "agreement",
            "agreements",
            "AGREEMENT",
            "on",
            "joint",
            "venture",
            "letter",
            "intent",
            "-",
            "'",
            "é",
            "dealé",
            "mouß",
            "中国",
            "2024",
            ",",
            "\n");

    @Test
    void aLexiconPatternPerWordFindsWhatTheWholeAlternationFinds() {
        WordAnchored phrase = WordAnchored.at("(?i)(?<![\\p{L}-])(?<phrase>", ENTRIES, ")(?![\\p{L}])");
        WordAnchored whole = phrase.whole();
        assertThat(phrase.perWord()).isTrue();
        assertThat(whole.perWord()).isFalse();
        assertThat(whole.pattern().pattern())
                .isEqualTo("(?i)(?<![\\p{L}-])(?<phrase>" + Patterns.alternation(ENTRIES) + ")(?![\\p{L}])");
        Random random = new Random(20261124);
        for (int n = 0; n < 5000; n++) {
            String text = randomText(random, ENTRY_WORDS);
            assertThat(spans(phrase, text)).as("on %s", text).isEqualTo(plain(whole, text));
            assertThat(tokenSpans(phrase, text)).as("on the tokens of %s", text).isEqualTo(plain(whole, text));
            assertSameInRegions(phrase, whole, text, random);
        }
    }

    @Test
    void anExpressionPerWordFindsWhatTheWholeOneFindsInAnyRegion() {
        // regions that start and end inside words: a match may end at a region's end inside a word
        Random random = new Random(20261125);
        int perWord = 0;
        for (String regex : SHAPES) {
            WordAnchored anchored = WordAnchored.compile(regex, 2);
            perWord += anchored.perWord() ? 1 : 0;
            WordAnchored whole = anchored.whole();
            for (int n = 0; n < 3000; n++) {
                assertSameInRegions(anchored, whole, randomText(random, WORDS), random);
            }
        }
        assertThat(perWord).isGreaterThanOrEqualTo(5);
    }

    @Test
    void onlyExpressionsWhoseGroupsKeepTheirNumbersAreAskedPerWord() {
        assertThat(WordAnchored.compile("(?i)\\b(?:held|staged)\\b", 2).perWord())
                .isTrue();
        assertThat(WordAnchored.compile("(?i)\\b(?:held|st(a)ged)\\b", 2).perWord())
                .isFalse();
        assertThat(WordAnchored.compile("(?i)\\b(?:held|st(?<x>a)ged)\\b", 2).perWord())
                .isFalse();
        assertThat(WordAnchored.compile("(?i)\\bheld\\b", 2).perWord()).isFalse();
        // by default only a long alternation is asked per word
        assertThat(WordAnchored.compile("(?i)\\b(?:held|staged)\\b").perWord()).isFalse();
        assertThat(WordAnchored.compile("(?i)\\b(?:a|b|c|d|e|f|g|h|i|j|k|l)\\b").perWord())
                .isTrue();
        assertThat(WordAnchored.hasCapturingGroup("a(?:b)[(]\\(\\Q(\\E(?=c)(?<!d)"))
                .isFalse();
        assertThat(WordAnchored.hasCapturingGroup("a(b)")).isTrue();
        assertThat(WordAnchored.hasCapturingGroup("a(?<name>b)")).isTrue();
        assertThat(WordAnchored.at("(?iu)(?<p>", List.of("deal"), ")").perWord())
                .isFalse();
        assertThat(WordAnchored.at("(?i)(?<p>", List.of("deal", "éclair"), ")").perWord())
                .isFalse();
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int w = 0; w < n; w++) {
            text.append(words.get(random.nextInt(words.size())));
            text.append(random.nextInt(6) == 0 ? "" : random.nextInt(8) == 0 ? "  " : " ");
        }
        return text.toString();
    }

    private static void assertSameInRegions(WordAnchored anchored, WordAnchored whole, String text, Random random) {
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        assertThat(regionSpans(anchored, text, null, from, to))
                .as("%s on [%d, %d) of %s", anchored.pattern(), from, to, text)
                .isEqualTo(regionSpans(whole, text, null, from, to));
        assertThat(regionSpans(anchored, text, tokens, from, to))
                .as("%s on the tokens of [%d, %d) of %s", anchored.pattern(), from, to, text)
                .isEqualTo(regionSpans(whole, text, tokens, from, to));
    }

    private static List<String> regionSpans(WordAnchored p, String text, List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = tokens == null ? p.find(text, from, to) : p.find(text, tokens, from, to);
        while (m != null) {
            out.add(m.start() + "-" + m.end() + ":" + m.group() + ":" + m.groupCount());
            m = tokens == null ? p.next(m, text, to) : p.next(m, text, tokens, to);
        }
        return out;
    }

    @Test
    void aRegionIsSearchedAsFindSearchesIt() {
        WordAnchored held = WordAnchored.compile("(?i)\\b(?:held|staged)\\b");
        String text = "It was upheld. The forum was held in May.";

        // a region starting inside a word: find() takes the region's start as a word boundary
        Matcher plain = held.pattern().matcher(text).region(text.indexOf("held"), text.length());
        Matcher m = held.find(text, text.indexOf("held"), text.length());

        assertThat(plain.find()).isTrue();
        assertThat(m).isNotNull();
        assertThat(m.start()).isEqualTo(plain.start());
        assertThat(held.find(text, 0, text.indexOf(" in May") - 1)).isNull(); // "hel": the match may not pass the end
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        assertThat(held.find(text, tokens, text.indexOf("held"), text.length()).start())
                .isEqualTo(plain.start());
        assertThat(held.find(text, tokens, 0, text.indexOf(" in May") - 1)).isNull();
        assertThat(held.find(text, tokens, 0, text.length()).start()).isEqualTo(text.indexOf("held in"));
    }

    @Test
    void expressionsThatDoNotStartWithWordsAreRefused() {
        assertThatThrownBy(() -> WordAnchored.compile("(?i)(?:held|staged)\\b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("word boundary");
        assertThatThrownBy(() -> WordAnchored.compile("\\b(?:\\d+|staged)\\b"))
                .hasMessageContaining("does not start with letters");
        assertThatThrownBy(() -> WordAnchored.compile("\\b(?:jointly\\s)?hosted\\b"))
                .hasMessageContaining("optional");
        assertThatThrownBy(() -> WordAnchored.compile("\\bheld|staged")).hasMessageContaining("outside a group");
        assertThatThrownBy(() -> WordAnchored.compile("\\bwith\\s(?:the\\s)?$")).hasMessageContaining("anchors");
        assertThatThrownBy(() -> WordAnchored.compile("\\b(?<!the\\s)held")).hasMessageContaining("look-around");
    }

    private static List<String> spans(WordAnchored p, CharSequence text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.find(text); m != null; m = p.next(m, text, text.length())) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> tokenSpans(WordAnchored p, String text) {
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (Matcher m = p.find(text, tokens, 0, text.length());
                m != null;
                m = p.next(m, text, tokens, text.length())) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> plain(WordAnchored p, CharSequence text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
