package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DocumentExtractor}: the dateline's date and place. */
class DocumentExtractorTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            BEIJING, Dec. 4, 2023 /PRNewswire/ -- The forum opened. => 2023-12-04
            Release time:2023-12-28 Article source: => 2023-12-28
            Posted on March 3rd, 2024 => 2024-03-03
            Monday, 4 December 2023 => 2023-12-04
            Published: Monday, 4 December 2023 10:35 => 2023-12-04
            JOHANNESBURG, Tuesday 5 March 2024 - Eskom signed. => 2024-03-05
            Last updated: 09:32, December 04, 2023 => 2023-12-04
            Source: Xinhua| 2023-12-04 10:29:15|Editor: huaxia => 2023-12-04
            By Jane Doe | November 28, 2023 => 2023-11-28
            Posted: 25/03/2023 => 2023-03-25
            Nairobi, Kenya, 14 March 2024 -- Kenya signed a loan. => 2024-03-14
            Posted: 12/03/2023 => -
            On Monday, 4 December 2023, the forum opened. => -
            Nairobi, Kenya, 14 March 2024 was the day the loan was signed. => -
            The mandate 26 November 2023 was agreed. => -
            The summit runs June 15-17, 2023. => -
            [India] May 7 (ANI): The Odisha Government signed an MoU. => -
            """)
    void datelineDate(String text, String expected) {
        assertThat(String.valueOf(DocumentExtractor.dateline(text)))
                .isEqualTo(expected.equals("-") ? "null" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BEIJING, Dec. 4, 2023 /PRNewswire/ -- The forum opened.                  | BEIJING
            NAIROBI, Kenya, 14 March 2024 -- Kenya and the bank signed a loan.       | NAIROBI, Kenya
            SYDNEY (Reuters) - The company raised money for the new plant.           | SYDNEY
            HONG KONG - The government set aside money for the labs in the park.     | HONG KONG
            TORONTO, ON /CNW/ - The province announced money for transit lines.      | TORONTO, ON
            Release time:2023-12-28 Article source: Reading times: Text size:        | -
            The University of Melbourne signed an agreement with Birmingham.         | -
            """)
    void datelinePlace(String text, String expected) {
        assertThat(String.valueOf(DocumentExtractor.datelinePlace(text)))
                .isEqualTo(expected.equals("-") ? "null" : expected);
    }

    @org.junit.jupiter.api.Test
    void looksEnglishStopsCountingWhenThereAreEnoughFunctionWordsWithTheSameAnswer() {
        String[] words = {
            "the",
            "of",
            "and",
            "Beijing",
            "signed",
            "MoU",
            "3",
            ",",
            ".",
            "forum",
            "le",
            "der",
            "中国",
            "The",
            "OF",
            "it's",
            "U.S.",
            "co-operation",
            "&"
        };
        java.util.Random random = new java.util.Random(23);
        int english = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder b = new StringBuilder();
            // some texts past 2,000 words, where the count stops after the sentence of the 2,000th
            int length = random.nextInt(10) == 0 ? 1500 + random.nextInt(1500) : random.nextInt(60);
            int function = random.nextInt(4); // how many of the first words may be function words
            for (int k = 0; k < length; k++) {
                String w = words[random.nextInt(words.length)];
                if (k % 4 >= function && words[0].equals(w)) {
                    w = "signed";
                }
                b.append(w).append(random.nextInt(15) == 0 ? ". " : " ");
            }
            dev.accords.text.SourceText source = dev.accords.text.SourceText.of(b.toString());
            java.util.List<dev.accords.text.Sentence> sentences = source.sentences();
            boolean expected = countedAtOnce(sentences);
            assertThat(DocumentExtractor.looksEnglish(source.text(), sentences))
                    .as(b.toString())
                    .isEqualTo(expected);
            english += expected ? 1 : 0;
        }
        assertThat(english).isBetween(100, 1400);
    }

    /** On the corpus, and on its texts in upper case, the same answer as the plain look-ups. */
    @org.junit.jupiter.api.Test
    void looksEnglishOnTheCorpusAsTheLookUpsOfEveryWord() throws java.io.IOException {
        int english = 0;
        java.util.List<String> texts = dev.accords.corpus.CorpusTexts.all();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            for (String variant : new String[] {text, text.toUpperCase(java.util.Locale.ROOT)}) {
                dev.accords.text.SourceText source = dev.accords.text.SourceText.of(variant);
                boolean expected = countedAtOnce(source.sentences());
                assertThat(DocumentExtractor.looksEnglish(source.text(), source.sentences()))
                        .as("corpus text %d", i)
                        .isEqualTo(expected);
                english += expected ? 1 : 0;
            }
        }
        assertThat(english).isGreaterThan(10);
    }

    /** The test as it was, in one pass. */
    private static boolean countedAtOnce(java.util.List<dev.accords.text.Sentence> sentences) {
        int words = 0;
        int function = 0;
        for (var s : sentences) {
            for (dev.accords.text.Token t : s.tokens()) {
                if (t.type() == dev.accords.text.Token.Type.WORD) {
                    words++;
                    if (OrgLexicon.FUNCTION_WORDS.contains(t.lowerCase())) {
                        function++;
                    }
                }
            }
            if (words > 2000) {
                break;
            }
        }
        return words >= 5 && function * 100 >= words * 12;
    }
}
