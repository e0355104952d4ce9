package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextArticlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kenya, AfDB sign $200m power deal\\n\\nNAIROBI, 3 May 2024 -- Kenya signed.                 | Kenya, AfDB sign $200m power deal
            Company news\\n\\nPort of Duqm hosts Oman-China investment forum\\n\\nRelease time:2023-12-28 | Port of Duqm hosts Oman-China investment forum
            Updated: August 18, 2023\\nLecheng pilot zone gears up for win-win cooperation\\nBody.        | Lecheng pilot zone gears up for win-win cooperation
            The Odisha Government has signed a Memorandum of Understanding with Tata Trusts to set up a hospital in the state capital. | ''
            • Andhra Pradesh signs 734 MoUs during CII Partnership Summit 2018\\nThe state government signed. | ''
            Last updated: 09:32, December 04, 2023\\nEgypt and Gavi sign vaccine deal in Cairo\\nBody.    | Egypt and Gavi sign vaccine deal in Cairo
            Short\\n\\nAnother line                                                                        | ''
            """)
    void headlineIsTheFirstHeadlineLikeTopLine(String text, String expected) {
        String title = TextArticles.headline(text.replace("\\n", "\n"));
        assertThat(title == null ? "" : title).isEqualTo(expected);
    }

    @Test
    void wordsCountsWhatSplittingAtWhiteSpaceGives() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003.-";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = b.toString().strip();
            if (!line.isEmpty()) {
                assertThat(TextArticles.words(line)).as("[%s]", line).isEqualTo(line.split("\\s+").length);
            }
        }
    }

    /** The expression is only asked about lines the pre-check lets through, and it matches no other. */
    @Test
    void theCheckBeforeTheExpressionPassesEveryLineItMatches() throws java.io.IOException {
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
                "Release Time: 2023",
                "UPDATED 5 May",
                "By Jane Doe",
                "Home news today here",
                "Homer Simpson visits",
                "Kenya signs deal | Reading Times: 5",
                "Copyright 2024 Xinhua all",
                "Acme /PRNewswire/ -- Acme said",
                "\u212Aenya news about copyright\u2028here",
                "İstanbul Updated photo",
                "Share this story now"));
        for (String text : dev.accords.corpus.CorpusTexts.all()) {
            lines.addAll(java.util.List.of(text.split("\n")));
        }
        String[] words = {
            "release time",
            "Updated",
            "BY ",
            "by",
            "photo",
            "Copyright",
            "TEXT size",
            "x",
            "Kenya",
            " ",
            ":",
            "/PRNewswire/",
            "menu",
            "\u212A",
            "İ",
            "\u2028",
            "reading  times",
            "date"
        };
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(words[random.nextInt(words.length)]);
            }
            lines.add(b.toString());
        }
        int matched = 0;
        for (String line : lines) {
            if (line.isEmpty() || !Character.isLetterOrDigit(line.codePointAt(0))) {
                continue;
            }
            if (TextArticles.NOT_A_HEADLINE.matcher(line).matches()) {
                matched++;
                assertThat(TextArticles.mayBeNotAHeadline(line)).as(line).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }
}
