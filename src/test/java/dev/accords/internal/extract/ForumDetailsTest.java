package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ForumDetailsTest {
    private static final List<String> PIECES = List.of(
            "over",
            "Over",
            "moreover",
            "more than",
            "MORE THAN",
            "more  than",
            "ABOUT",
            "Up To",
            "nearly",
            "almost",
            "close",
            "to",
            "an",
            "estimated",
            "At Least",
            "\t",
            "\u2028",
            "ſome",
            "approximately",
            "an estimated",
            "at least",
            "close to",
            "some",
            "400",
            "2024",
            "1,200",
            "12,345,678",
            "1234567",
            "3",
            "delegates",
            "Delegates",
            "participants",
            "foreign",
            "young",
            "co-op",
            "people",
            "peoples",
            "ministers",
            "from",
            "the",
            ",",
            ".",
            "(",
            "é",
            "\n");

    @Test
    void attendanceIsFoundWhereFindFindsIt() {
        Random random = new Random(20261123);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
                int gap = random.nextInt(8);
                b.append(gap == 0 ? "" : gap == 1 ? "  " : " ");
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            if (random.nextBoolean()) {
                from = 0;
                to = text.length();
            }

            List<String> expected = new ArrayList<>();
            Matcher plain = ForumDetails.ATTENDANCE.matcher(text).region(from, to);
            while (plain.find()) {
                expected.add(plain.start() + "-" + plain.end() + ":" + plain.group("q") + "/" + plain.group("n"));
            }
            List<String> actual = new ArrayList<>();
            Matcher m = ForumDetails.ATTENDANCE.matcher(text);
            for (int k = from; ForumDetails.nextAttendance(m, text, k, to); k = m.end()) {
                actual.add(m.start() + "-" + m.end() + ":" + m.group("q") + "/" + m.group("n"));
            }
            assertThat(actual).as("[%d, %d) of %s", from, to, text).isEqualTo(expected);
        }
    }

    @Test
    void aPlaceWithoutAMiddleDotSplitsIntoItself() {
        // what place() takes for granted when it does not split a place without "·"
        for (String place :
                List.of("Qingdao", "SCODA Pearl International Expo Center", " Hong  Kong ", "", "A\u2028B")) {
            assertThat(Patterns.split("\\s*·\\s*", place)).containsExactly(place);
        }
        assertThat(Patterns.split("\\s*·\\s*", "Qingdao · SCODA Pearl")).containsExactly("Qingdao", "SCODA Pearl");
    }

    private static final List<String> HOST_PIECES = List.of(
            "jointly",
            "Jointly",
            "co-hosted",
            "cohosted",
            "co",
            "-",
            "hosted",
            "Hosted",
            "held",
            "HELD",
            "upheld",
            "withheld",
            "organised",
            "organized",
            "co-organized",
            "coorganised",
            "sponsored",
            "convened",
            "by",
            "By",
            "the",
            "forum",
            "Ministry",
            "U.S.",
            "U.S.-hosted",
            "'hosted",
            "x_hosted",
            "2held",
            "China's",
            ",",
            ".",
            "2024",
            "é",
            "\n");

    @Test
    void hostedByIsFoundWhereFindFindsIt() {
        Random random = new Random(20261124);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                b.append(HOST_PIECES.get(random.nextInt(HOST_PIECES.size())));
                int gap = random.nextInt(8);
                b.append(gap == 0 ? "" : gap == 1 ? "\t" : " ");
            }
            String text = b.toString();
            List<dev.accords.text.Token> tokens = dev.accords.internal.text.Segmenter.tokens(text, 0, text.length());
            Matcher plain = ForumDetails.HOSTED_BY.matcher(text);
            Matcher m = ForumDetails.hostedBy(text, tokens, 0, text.length());
            if (plain.find()) {
                assertThat(m).as(text).isNotNull();
                assertThat(m.start() + "-" + m.end()).as(text).isEqualTo(plain.start() + "-" + plain.end());
            } else {
                assertThat(m).as(text).isNull();
            }
            if (tokens.isEmpty()) {
                continue;
            }
            // a region from a token's start to a token's end, as a sentence's
            int a = random.nextInt(tokens.size());
            int z = a + random.nextInt(tokens.size() - a);
            int from = tokens.get(a).span().start();
            int to = tokens.get(z).span().end();
            Matcher inRegion = ForumDetails.HOSTED_BY.matcher(text).region(from, to);
            Matcher r = ForumDetails.hostedBy(text, tokens, from, to);
            if (inRegion.find()) {
                assertThat(r).as("[%d, %d) of %s", from, to, text).isNotNull();
                assertThat(r.start() + "-" + r.end())
                        .as("[%d, %d) of %s", from, to, text)
                        .isEqualTo(inRegion.start() + "-" + inRegion.end());
            } else {
                assertThat(r).as("[%d, %d) of %s", from, to, text).isNull();
            }
        }
    }

    private static final List<String> WORD_PIECES = List.of(
            "the",
            "The",
            "a",
            "an",
            "with",
            "under",
            "on",
            "of",
            "theme",
            "Theme",
            "THEMED",
            "themes",
            "themewas",
            "themedis",
            "was",
            "is",
            ":",
            "\"",
            "\"Open Doors\"",
            "signing",
            "opening",
            "ceremony",
            "Ceremony",
            "ceremonies",
            "ceremony's",
            "tea-ceremony",
            "co-theme",
            ",",
            "2024",
            "\n");

    /** A sentence without a word of the bit is skipped: no match of the expression is lost by that. */
    @Test
    void sentencesWithoutTheKeyWordHoldNoThemeAndNoCeremony() {
        Random random = new Random(20261125);
        int themes = 0;
        int ceremonies = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                b.append(WORD_PIECES.get(random.nextInt(WORD_PIECES.size())));
                b.append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString();
            List<dev.accords.text.Token> tokens = dev.accords.internal.text.Segmenter.tokens(text, 0, text.length());
            if (ForumDetails.THEME.pattern().matcher(text).find()) {
                themes++;
                assertThat(StartMasks.any(text, tokens, ForumDetails.THEME_WORD))
                        .as(text)
                        .isTrue();
            }
            if (ForumExtractor.CEREMONY.pattern().matcher(text).find()) {
                ceremonies++;
                assertThat(StartMasks.any(text, tokens, ForumExtractor.CEREMONY_WORD))
                        .as(text)
                        .isTrue();
            }
        }
        assertThat(themes).isGreaterThan(100);
        assertThat(ceremonies).isGreaterThan(100);
        String plain = "The forum on the future, with the delegates, was an event.";
        assertThat(StartMasks.any(
                        plain,
                        dev.accords.internal.text.Segmenter.tokens(plain, 0, plain.length()),
                        ForumDetails.THEME_WORD))
                .isFalse();
    }

    @Test
    void aQualifierFarBeforeTheNumberStillCounts() {
        String text = "It drew approximately 400 delegates and an estimated 12,000 visitors.";
        Matcher m = ForumDetails.ATTENDANCE.matcher(text);

        assertThat(ForumDetails.nextAttendance(m, text, 0, text.length())).isTrue();
        assertThat(m.group()).isEqualTo("approximately 400 delegates");
        assertThat(ForumDetails.nextAttendance(m, text, m.end(), text.length())).isTrue();
        assertThat(m.group()).isEqualTo("an estimated 12,000 visitors");
        assertThat(ForumDetails.nextAttendance(m, text, m.end(), text.length())).isFalse();
    }
}
