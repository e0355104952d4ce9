package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DateGrammar}: written forms, one sentence at a time, rendered {@code y-m-d[..m-d] "text"}. */
class DateGrammarTest {
    private static String all(String sentence) {
        return DateGrammar.find(sentence, 0, sentence.length()).stream()
                .map(w -> w.year() + "-" + w.month() + "-" + w.day()
                        + (w.endDay() == 0 ? "" : ".." + w.endMonth() + "-" + w.endDay())
                        + " \"" + w.span().of(sentence) + "\"")
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It was held on December 26, 2023.        | 2023-12-26 "December 26, 2023"
            It was held on 26 November 2023.         | 2023-11-26 "26 November 2023"
            It was held on 2023-12-28.               | 2023-12-28 "2023-12-28"
            It was held on 2023/12/01.               | 2023-12-1 "2023/12/01"
            It was held on Dec. 4.                   | 0-12-4 "Dec. 4"
            It was held on 26th of May.              | 0-5-26 "26th of May"
            It was held on the 3rd of June 2023.     | 2023-6-3 "3rd of June 2023"
            It was held on 15th December, 2022.      | 2022-12-15 "15th December, 2022"
            It was held on March 3rd, 2024.          | 2024-3-3 "March 3rd, 2024"
            It was held on 3 Mar 2024.               | 2024-3-3 "3 Mar 2024"
            It was held on 20 March.                 | 0-3-20 "20 March"
            It was held on 25/03/2023.               | 2023-3-25 "25/03/2023"
            It was held on 03/25/2023.               | 2023-3-25 "03/25/2023"
            It was held on 14.03.2024.               | 2024-3-14 "14.03.2024"
            It was held on 05/05/2023.               | 2023-5-5 "05/05/2023"
            It was held on 26-11-2023.               | 2023-11-26 "26-11-2023"
            """)
    void single(String sentence, String expected) {
        assertThat(all(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It runs June 15-17, 2023.                 | 2023-6-15..6-17 "June 15-17, 2023"
            It runs June 30 - July 2, 2023.           | 2023-6-30..7-2 "June 30 - July 2, 2023"
            It runs from 6 to 8 September.            | 0-9-6..9-8 "6 to 8 September"
            It runs 15 to 17 June.                    | 0-6-15..6-17 "15 to 17 June"
            It runs 26-28 June 2023.                  | 2023-6-26..6-28 "26-28 June 2023"
            It runs 30 June to 2 July 2023.           | 2023-6-30..7-2 "30 June to 2 July 2023"
            It runs Sept. 12 through Sept. 15, 2024.  | 2024-9-12..9-15 "Sept. 12 through Sept. 15, 2024"
            It runs Oct. 1-2.                         | 0-10-1..10-2 "Oct. 1-2"
            It runs between 6 and 9 October.          | 0-10-6..10-9 "6 and 9 October"
            It runs on 6 and 7 November.              | 0-11-6..11-7 "6 and 7 November"
            It runs December 30 - January 2.          | 0-12-30..1-2 "December 30 - January 2"
            """)
    void ranges(String sentence, String expected) {
        assertThat(all(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Workshops on 6 and 8 September.           | 0-9-8 "8 September"
            It was on 10/11/2023.                     | ''
            It opened in June 2023.                   | ''
            It may open in march.                     | ''
            It was 2023-13-45.                        | ''
            It was on 31 February 2023.               | ''
            At 10:30 May 5 people came.               | 0-5-5 "May 5"
            The 2020-2025 plan.                       | ''
            """)
    void notDatesOrLess(String sentence, String expected) {
        assertThat(all(sentence)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aRangeEndOverTheNewYear() {
        String s = "It runs December 30 - January 2.";
        DateGrammar.Written w = DateGrammar.find(s, 0, s.length()).get(0);
        assertThat(w.in(2023)).hasToString("2023-12-30");
        assertThat(w.endIn(2023)).hasToString("2024-01-02");
    }

    @Test
    void weekdaysAndRelativeDays() {
        String s = "Signed last Monday and today, to meet next Friday, yesterday or Tuesday's talks; USA Today said.";
        List<DateGrammar.Relative> r = DateGrammar.findRelative(s, 0, s.length());
        assertThat(r)
                .extracting(x -> x.span().of(s))
                .containsExactly("Monday", "today", "Friday", "yesterday", "Tuesday");
        assertThat(r.get(0).weekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(r.get(0).modifier()).isEqualTo("last");
        assertThat(r.get(1).weekday()).isNull();
        assertThat(r.get(1).offset()).isZero();
        assertThat(r.get(2).modifier()).isEqualTo("next");
        assertThat(r.get(3).offset()).isEqualTo(-1);
        assertThat(r.get(4).modifier()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"on monday", "Mondays are busy", "China Today reported", "todays"})
    void notRelative(String sentence) {
        assertThat(DateGrammar.findRelative(sentence, 0, sentence.length())).isEmpty();
    }

    /** Between generated words: a date may run over a line break ("4 December\n2023"), across sentences. */
    private static final String[] SEPARATORS = {" ", " ", " ", "", "\n", ". "};

    @Test
    void whatTheTokensRuleOutHoldsNoDate() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "It was signed on Monday-Friday in Nairobi. The talks, held Sept. 5, went well.",
                "Today's forum opened.\nNo date here at all.\nThe 2024-01-05 meeting.\nIn late JANUARY they met.",
                "Signed on 5 December. Dh260 million was pledged. They met yesterday and will meet again.",
                "FRİDAY 5 MAY, mid-December 3, \u212Aelvin 4 June, 5th of May and 12/25/2023."));
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        String[] words = {
            "May",
            "may",
            "MAY",
            "December",
            "Dec.",
            "Sept",
            "mid-December",
            "December's",
            "Monday",
            "monday",
            "Monday-Friday",
            "today",
            "Today",
            "yesterday",
            "FRİDAY",
            "İ",
            "\u212A",
            "Decémber",
            "held",
            "on",
            "the",
            "5",
            "26th",
            "2023",
            "12/25/2023",
            "2024-01-05",
            "-",
            ",",
            ".",
            "'",
            "of",
            "to",
            "and",
            "Jun\u0301e",
            "\uD835\uDFCF"
        };
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(words[random.nextInt(words.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            texts.add(b.toString());
        }
        int noNumber = 0;
        int noWords = 0;
        java.util.Random cuts = new java.util.Random(19);
        for (String raw : texts) {
            dev.accords.text.SourceText t = dev.accords.text.SourceText.of(raw);
            String text = t.text();
            for (dev.accords.text.Sentence s : t.sentences()) {
                int hints = DateGrammar.hints(text, s.tokens());
                int from = s.span().start();
                int to = s.span().end();
                // the scans of the tokens find what the scans of the characters find
                assertThat(DateGrammar.find(text, s)).as(s.text()).isEqualTo(DateGrammar.find(text, from, to));
                assertThat(DateGrammar.findRelative(text, s))
                        .as(s.text())
                        .isEqualTo(DateGrammar.findRelative(text, from, to));
                if ((hints & DateGrammar.NUMBER) == 0) {
                    noNumber++;
                    assertThat(DateGrammar.find(text, from, to)).as(s.text()).isEmpty();
                }
                if ((hints & DateGrammar.DATE_WORDS) == 0) {
                    noWords++;
                    assertThat(DateGrammar.findRelative(text, from, to))
                            .as(s.text())
                            .isEmpty();
                }
            }
            // a stretch over several sentences, cut anywhere (inside a token too)
            int to = text.isEmpty() ? 0 : cuts.nextInt(text.length() + 1);
            int from = to == 0 ? 0 : cuts.nextInt(to);
            assertThat(DateGrammar.find(text, from, to, t.sentences()))
                    .as(text.substring(from, to))
                    .isEqualTo(DateGrammar.find(text, from, to));
            int head = Math.min(text.length(), 1500);
            assertThat(DateGrammar.find(text, 0, head, t.sentences())).isEqualTo(DateGrammar.find(text, 0, head));
        }
        assertThat(noNumber).isPositive();
        assertThat(noWords).isPositive();
    }

    /**
     * A day-first range across months is only tried where a day-first date matches: every place where
     * {@code DAY_FIRST_ACROSS} matches, {@code DAY_FIRST} matches too.
     */
    @Test
    void aRangeAcrossMonthsStartsWithADayFirstDate() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "30 June - 2 July 2023, 30 June to 2 July, 30th of June through 2nd of July, 30 JUNE-2 JULY 2023.",
                "From 6-8 September, 26th of May until 3 June, 1 Jan. till 4 Feb., 5 sept to 6 oct 2024; 12:30 June."));
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        java.util.Random random = new java.util.Random(5);
        String[] parts = {"30", "2", "1st", " ", "-", " to ", "June", "jul.", "of ", "2023", ",", ".", ":", "and", "x"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            texts.add(b.toString());
        }
        int across = 0;
        for (String text : texts) {
            java.util.regex.Matcher a = DateGrammar.DAY_FIRST_ACROSS
                    .matcher(text)
                    .useTransparentBounds(true)
                    .useAnchoringBounds(false);
            java.util.regex.Matcher d = DateGrammar.DAY_FIRST
                    .matcher(text)
                    .useTransparentBounds(true)
                    .useAnchoringBounds(false);
            for (int i = 0; i < text.length(); i++) {
                if (a.region(i, text.length()).lookingAt()) {
                    across++;
                    assertThat(d.region(i, text.length()).lookingAt())
                            .as("%s at %d", text, i)
                            .isTrue();
                }
            }
        }
        assertThat(across).isGreaterThan(5);
    }
}
