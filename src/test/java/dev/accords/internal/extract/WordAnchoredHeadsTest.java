package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.internal.text.Segmenter;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The literal heads a {@link WordAnchored} expression looks at before it asks the expression at a word
 * rule out only words at which no match starts: the matches are those of {@code find()}.
 */
class WordAnchoredHeadsTest {
    /** Expressions whose heads hold spaces, {@code \s}, quantifiers, both cases and what follows the group. */
    private static final List<String> SHAPES = List.of(
            "(?i)\\b(?:will invest|to invest|committed to invest(?:ing)?|plans? to invest|invests?)\\b",
            "(?i)\\b(?:themed|with the theme|under the theme(?: of)?|theme)\\s*:?\\s*\"(?<theme>[^\"]{1,40})\"",
            "\\b(?:held|Held|took place)\\s(?:in|at)\\s(?:the\\s)?(?<place>[\\p{Lu}][\\p{L}'-]*)",
            "(?i)\\b(?:in the fields? of|in the areas? of|covering|to (?:formally )?collaborate on)\\s",
            "(?i)\\b(?:the|a|an)\\s(?<name>(?:(?:signing|opening)\\s)?ceremony)\\b",
            "\\bthe\\s(?<kind>forum|summit)\\s(?:for|on)\\s",
            "(?i)\\b(?:to\\s+invest|in\\s\\sthe|up {2}to|tra\\s*de)\\b",
            "(?i)\\b(?:a+b|to|in)\\s(?:the)?\\s?(?:forum|Summit)",
            "(?i)\\b(?:to invest|in(?x) the)\\b",
            "\\b(?:to invest|in(?i) the|held)\\b");

    private static final List<String> WORDS = List.of(
            "will",
            "to",
            "To",
            "TO",
            "invest",
            "INVEST",
            "invests",
            "investing",
            "committed",
            "plan",
            "plans",
            "themed",
            "theme",
            "with",
            "the",
            "The",
            "under",
            "of",
            "\"Open\"",
            "\"",
            ":",
            "held",
            "Held",
            "took",
            "place",
            "in",
            "In",
            "at",
            "Beijing",
            "fields",
            "field",
            "areas",
            "covering",
            "formally",
            "collaborate",
            "on",
            "a",
            "aab",
            "an",
            "signing",
            "ceremony",
            "forum",
            "Summit",
            "summit",
            "for",
            "up",
            "tra",
            "de",
            "trade",
            "toinvest",
            "é",
            "中国",
            "2024",
            "-",
            "\n",
            "\t");

    @Test
    void headsRuleOutOnlyWordsAtWhichNoMatchStarts() {
        Random random = new Random(20261123);
        int withHeads = 0;
        for (String regex : SHAPES) {
            WordAnchored anchored = WordAnchored.compile(regex, 2);
            withHeads += anchored.hasHeads() ? 1 : 0;
            for (int n = 0; n < 4000; n++) {
                String text = randomText(random);
                assertThat(spans(anchored, text, null, 0, text.length()))
                        .as("%s on %s", regex, text)
                        .isEqualTo(plain(anchored, text, 0, text.length()));
                List<Token> tokens = Segmenter.tokens(text, 0, text.length());
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                List<String> whole = spans(anchored.whole(), text, tokens, from, to);
                assertThat(spans(anchored, text, tokens, from, to))
                        .as("%s on the tokens of [%d, %d) of %s", regex, from, to, text)
                        .isEqualTo(whole);
                assertThat(spans(anchored, text, null, from, to))
                        .as("%s on [%d, %d) of %s", regex, from, to, text)
                        .isEqualTo(spans(anchored.whole(), text, null, from, to));
            }
        }
        // "a+b" has no head, and two set a flag inside
        assertThat(withHeads).isEqualTo(SHAPES.size() - 3);
    }

    @Test
    void headsAreReadOnlyWhereTheyAreLiteral() {
        assertThat(heads("(?i)\\b(?:will invest|plans? to|organi[sz]ed|held)\\s(?:at|in)\\b"))
                .isEqualTo("[held_, organi, plan, will invest_]");
        assertThat(heads("\\bthe\\s(?<name>forum)")).isEqualTo("[the_]");
        assertThat(heads("(?i)\\b(?:a\\s*b|cd+e)")).isEqualTo("[a, c]");
        // a flag other than a leading (?i) changes what letters and spaces match
        assertThat(WordAnchored.compile("\\b(?:held|sta(?x) ged)\\b").hasHeads())
                .isFalse();
        assertThat(WordAnchored.compile("\\b(?:held|st(?i)aged)\\b").hasHeads()).isFalse();
        assertThat(WordAnchored.compile("\\b(?:held|st\\(?i\\)aged)\\b").hasHeads())
                .isTrue();
        // an alternative whose first letter is optional has no head: none for the expression
        assertThat(WordAnchored.compile("(?i)\\b(?:held|a+b)\\b").hasHeads()).isFalse();
        assertThat(WordAnchoredHeads.ofEntry("memorandum of  understanding", true))
                .isEqualTo("memorandum" + WordAnchoredHeads.SPACES + "of" + WordAnchoredHeads.SPACES + "understanding");
        assertThat(WordAnchoredHeads.ofEntry("MoU's\tx", true)).isEqualTo("mou's");
        assertThat(WordAnchoredHeads.ofEntry("MoU", false)).isEqualTo("MoU");
        assertThat(WordAnchoredHeads.consumesNothing("(?i)(?<![\\p{L}-])(?<phrase>"))
                .isTrue();
        assertThat(WordAnchoredHeads.consumesNothing("(?i)(?=\\w)(?:(")).isTrue();
        assertThat(WordAnchoredHeads.consumesNothing("(?i)\\s(?<phrase>")).isFalse();
        assertThat(WordAnchoredHeads.consumesNothing("(?i)(?<phrase>a")).isFalse();
        assertThat(WordAnchored.at("(?i)(?<![\\p{L}-])(?<phrase>", List.of("deal"), ")")
                        .hasHeads())
                .isTrue();
        assertThat(WordAnchored.at("(?i)\\W?(?<phrase>", List.of("deal"), ")").hasHeads())
                .isFalse();
        assertThat(WordAnchored.at("(?iu)(?<phrase>", List.of("deal"), ")").hasHeads())
                .isFalse();
    }

    @Test
    void lexiconHeadsFindWhatTheWholeAlternationFinds() {
        List<String> entries = List.of(
                "mou",
                "mou's",
                "memorandum of understanding",
                "memorandum",
                "cooperation agreement",
                "co-operation agreement",
                "Joint Venture",
                "éclat deal",
                "deal");
        List<String> words = List.of(
                "MoU",
                "mou'",
                "mou's",
                "Memorandum",
                "of",
                "Understanding",
                "cooperation",
                "co-operation",
                "agreement",
                "joint",
                "JOINT",
                "venture",
                "éclat",
                "Éclat",
                "deal",
                "ideal",
                "\n",
                "\t",
                "  ",
                ",",
                "中国");
        WordAnchored phrase = WordAnchored.at("(?i)(?<![\\p{L}-])(?<phrase>", entries, ")(?![\\p{L}])");
        WordAnchored exact = WordAnchored.at("(?<![\\p{L}-])(?<phrase>", entries, ")(?![\\p{L}])");
        assertThat(phrase.hasHeads()).isTrue();
        assertThat(exact.hasHeads()).isTrue();
        Random random = new Random(20261124);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0, count = 1 + random.nextInt(20); w < count; w++) {
                b.append(words.get(random.nextInt(words.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString();
            List<Token> tokens = Segmenter.tokens(text, 0, text.length());
            for (WordAnchored p : List.of(phrase, exact)) {
                assertThat(spans(p, text, tokens, 0, text.length()))
                        .as("%s on %s", p.pattern(), text)
                        .isEqualTo(plain(p, text, 0, text.length()));
                assertThat(spans(p, text, null, 0, text.length()))
                        .as("%s on %s", p.pattern(), text)
                        .isEqualTo(plain(p, text, 0, text.length()));
            }
        }
    }

    @Test
    void theForumAndAgreementExpressionsFindWhatFindFindsInCorpusSentences() throws Exception {
        List<WordAnchored> expressions = new ArrayList<>();
        for (Class<?> c :
                List.of(ForumExtractor.class, ForumDetails.class, AgreementExtractor.class, AgreementParts.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == WordAnchored.class && Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    expressions.add((WordAnchored) f.get(null));
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(13);
        assertThat(expressions).allMatch(WordAnchored::hasHeads);
        int matches = 0;
        for (String t : CorpusTexts.all()) {
            SourceText text = SourceText.of(t);
            for (Sentence s : text.sentences()) {
                int from = s.span().start();
                int to = s.span().end();
                for (WordAnchored p : expressions) {
                    List<String> expected = plain(p, text.text(), from, to);
                    matches += expected.size();
                    assertThat(spans(p, text.text(), s.tokens(), from, to))
                            .as("%s in %s", p.pattern(), s.text())
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(matches).isGreaterThan(100);
    }

    private static String heads(String regex) {
        return String.valueOf(WordAnchored.compile(regex).headsForTests());
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int w = 0; w < n; w++) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
            text.append(random.nextInt(6) == 0 ? "" : random.nextInt(8) == 0 ? "  " : " ");
        }
        return text.toString();
    }

    private static List<String> spans(WordAnchored p, String text, List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = tokens == null ? p.find(text, from, to) : p.find(text, tokens, from, to);
        while (m != null) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
            m = tokens == null ? p.next(m, text, to) : p.next(m, text, tokens, to);
        }
        return out;
    }

    /** The matches {@code find()} gives over a region, for a text or a sentence of it. */
    private static List<String> plain(WordAnchored p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
