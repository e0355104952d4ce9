package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The agreement stage's hand-written paths give what the copies and expressions they replace gave. */
class AgreementFastPathsTest {
    private static final List<String> PIECES = List.of(
            "the",
            "The",
            "THE",
            "this",
            "these",
            "those",
            "its",
            "their",
            "said",
            "a",
            "A",
            "an",
            "An",
            "two",
            "Three",
            "four",
            "five",
            "ten",
            "seven",
            "often",
            "25",
            "2024",
            "123456",
            "١٢",
            "new",
            "project",
            "co-operation",
            "memorandum",
            "of",
            "with",
            "With",
            "between",
            "by",
            "together",
            "brings together",
            "Professor",
            "Bai",
            "Mr.",
            "İts",
            "\u212Aey",
            "thé",
            "é",
            "中国",
            ",",
            ".",
            "-",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\r",
            "\u0085",
            "\u2028",
            "\u00A0",
            "\u001F");

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        for (int w = 0, n = random.nextInt(16); w < n; w++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
            b.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return b.toString();
    }

    @Test
    void definiteIsReadInPlaceAsFromALowerCasedCopy() {
        Random random = new Random(20261123);
        int definite = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random) + "agreement";
            int phrase = text.length() - "agreement".length();
            int sentence = random.nextInt(phrase + 1);
            boolean expected = AgreementExtractor.isDefiniteByCopy(text, sentence, phrase);
            definite += expected ? 1 : 0;
            assertThat(AgreementExtractor.isDefinite(text, sentence, phrase))
                    .as("[%d, %d) of \"%s\"", sentence, phrase, text)
                    .isEqualTo(expected);
        }
        assertThat(definite).isGreaterThan(1000);
        forEachCorpusToken((text, s, at) -> assertThat(
                        AgreementExtractor.isDefinite(text.text(), s.span().start(), at))
                .isEqualTo(AgreementExtractor.isDefiniteByCopy(
                        text.text(), s.span().start(), at)));
    }

    @Test
    void aSigningAfterThePhraseIsSeenInPlaceAsInALowerCasedCopy() {
        List<String> after = List.of(
                " signing",
                " Signing",
                " SIGNING ceremony",
                " signin",
                " award",
                " Awarded",
                " awar",
                "  signing",
                "\tsigning",
                " si\u0130gning",
                " \u212Award",
                " ſigning",
                "signing",
                "",
                " deal");
        Random random = new Random(20261126);
        for (int n = 0; n < 5_000; n++) {
            String text = randomText(random) + after.get(random.nextInt(after.size()));
            for (int end = 0; end <= text.length(); end++) {
                String copy =
                        text.substring(end, Math.min(text.length(), end + 10)).toLowerCase(Locale.ROOT);
                assertThat(AgreementExtractor.followedBySigning(text, end))
                        .as("at %d of \"%s\"", end, text)
                        .isEqualTo(copy.startsWith(" signing") || copy.startsWith(" award"));
            }
        }
    }

    @Test
    void onlyTheKelvinSignLowerCasesToAnAsciiLetter() {
        // what isWord relies on: a word of other characters never reads as "the" or "an"
        List<Character> found = new ArrayList<>();
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            if (lower.chars().anyMatch(x -> x >= 'a' && x <= 'z')) {
                found.add(c);
            }
        }
        assertThat(found).containsExactly('\u0130', '\u212A');
        assertThat("\u0130".toLowerCase(Locale.ROOT)).isEqualTo("i\u0307"); // not a word of ASCII letters
    }

    @Test
    void aCountBeforeIsFoundWhereFindFindsIt() {
        Random random = new Random(20261124);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            int to = random.nextInt(text.length() + 1);
            int from = Math.max(0, to - random.nextInt(40));
            String expected = plain(AgreementParts.COUNT_BEFORE, text, from, to);
            found += expected != null ? 1 : 0;
            assertThat(describe(AgreementParts.countBefore(text, from, to)))
                    .as("[%d, %d) of \"%s\"", from, to, text)
                    .isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(500);
        forEachCorpusToken((text, s, to) -> {
            String t = text.original();
            int from = Math.max(s.span().start(), to - 30);
            assertThat(describe(AgreementParts.countBefore(t, from, to)))
                    .isEqualTo(plain(AgreementParts.COUNT_BEFORE, t, from, to));
        });
    }

    @Test
    void theWordsBeforeAMentionAreAskedInPlaceAsInACopy() {
        Random random = new Random(20261125);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            int to = random.nextInt(text.length() + 1);
            int from = Math.max(0, to - random.nextInt(45));
            String copy = text.substring(from, to);
            for (var p : List.of(
                    new Object[] {AgreementParts.OBJECT_INTRO_STARTS, AgreementParts.OBJECT_INTRO},
                    new Object[] {AgreementParts.WITH_PERSON_STARTS, AgreementParts.WITH_PERSON})) {
                StartChars starts = (StartChars) p[0];
                Pattern pattern = (Pattern) p[1];
                boolean inCopy = starts.find(pattern, copy, 0, copy.length()) != null;
                assertThat(starts.find(pattern, text, from, to) != null)
                        .as("%s on [%d, %d) of \"%s\"", pattern, from, to, text)
                        .isEqualTo(inCopy)
                        .isEqualTo(pattern.matcher(copy).find());
            }
        }
    }

    private static String plain(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? describe(m) : null;
    }

    private static String describe(Matcher m) {
        return m == null ? null : m.start() + "-" + m.end() + ":" + m.group("n");
    }

    private static final List<String> LIST_PIECES = List.of(
            "with",
            "With",
            "between",
            "by",
            "together",
            "and",
            ",",
            ":",
            ", and",
            "European",
            "biotech",
            "firms",
            "co-op",
            "-",
            "DNA",
            "Script",
            "École",
            "x2",
            "\uD835\uDC00\uD835\uDC1A",
            "\uD835\uDC1Abc",
            "\uD835",
            "\uDC1A",
            "中国");

    private static final List<String> LIST_GAPS =
            List.of(" ", " ", " ", "", "  ", "\t", "\n", "\r\n", "\u0085", "\u00a0", "\u2028", "\u2003");

    @Test
    void aJoinedMentionIsSeenInPlaceAsInACopy() {
        Random random = new Random(20261124);
        int joined = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(random.nextInt(8) == 0 ? 120 : 14); w > 0; w--) {
                b.append(LIST_GAPS.get(random.nextInt(LIST_GAPS.size())));
                b.append(LIST_PIECES.get(random.nextInt(LIST_PIECES.size())));
            }
            b.append(LIST_GAPS.get(random.nextInt(LIST_GAPS.size())));
            int at = b.length();
            b.append(random.nextBoolean() ? "Acme Ltd" : "\uDC1Acme");
            String text = b.toString();
            int from = random.nextInt(4) == 0 ? 0 : random.nextInt(at + 1);
            boolean expected = AgreementParts.joinedByCopy(text, at, from);
            joined += expected ? 1 : 0;
            assertThat(AgreementParts.joined(text, at, from))
                    .as("%d from %d of \"%s\"", at, from, text)
                    .isEqualTo(expected);
        }
        assertThat(joined).isGreaterThan(5_000);
        forEachCorpusToken((text, s, at) -> {
            for (int from : new int[] {0, s.span().start(), Math.max(0, at - 40)}) {
                assertThat(AgreementParts.joined(text.text(), at, from))
                        .isEqualTo(AgreementParts.joinedByCopy(text.text(), at, from));
            }
        });
    }

    @Test
    void betweenIsFoundInPlaceAsInALowerCasedCopy() {
        List<String> pieces = List.of(
                "between",
                "Between",
                "BETWEEN",
                "bEtWeEn",
                "betwee",
                "etween",
                "b",
                "B",
                "betweenness",
                "betwe\u00E9n",
                "\u0130",
                "\u0130stanbul",
                "\u212A",
                "\u00DF",
                "\u03A3",
                "\uD801\uDC00",
                "Bbetween",
                "@",
                "[",
                "a",
                " ",
                ",");
        Random random = new Random(20261125);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(10); w > 0; w--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            int expected = AgreementParts.betweenAtByCopy(text);
            found += expected >= 0 ? 1 : 0;
            assertThat(AgreementParts.betweenAt(text)).as("\"%s\"", text).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(10_000);
        for (String t : CorpusTexts.all()) {
            for (Sentence s : SourceText.of(t).sentences()) {
                assertThat(AgreementParts.betweenAt(s.text())).isEqualTo(AgreementParts.betweenAtByCopy(s.text()));
            }
        }
    }

    /** A check at the start of a token of a corpus text's sentence. */
    private interface TokenStartCheck {
        void check(SourceText text, Sentence sentence, int at);
    }

    /** Runs a check at the start of every token of every sentence of the corpus texts. */
    private static void forEachCorpusToken(TokenStartCheck check) {
        for (String t : CorpusTexts.all()) {
            SourceText text = SourceText.of(t);
            for (Sentence s : text.sentences()) {
                for (Token token : s.tokens()) {
                    check.check(text, s, token.span().start());
                }
            }
        }
    }
}
