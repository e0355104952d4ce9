package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The lower-case hospital pattern asked only over the part of a sentence where it can match. */
class OrganisationHospitalsTest {
    /** The matches as the extractor found them before: the pattern over the whole range. */
    private static List<String> plain(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        Matcher m = OrganisationExtractor.LOWER_HOSPITAL.matcher(text).region(start, end);
        while (m.find()) {
            out.add(m.start("name") + "-" + m.end("name"));
        }
        return out;
    }

    private static List<String> windowed(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        Matcher m = OrganisationExtractor.lowerHospitalMatcher(text, start, end);
        while (m != null && m.find()) {
            out.add(m.start("name") + "-" + m.end("name"));
        }
        return out;
    }

    @Test
    void theWindowFindsWhatThePatternFindsOverEverySentenceOfTheCorpus() {
        int matches = 0;
        for (String original : CorpusTexts.all()) {
            SourceText source = SourceText.of(original);
            String text = source.text();
            for (Sentence s : source.sentences()) {
                List<String> expected = plain(text, s.span().start(), s.span().end());
                assertThat(windowed(text, s.span().start(), s.span().end())).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isPositive();
    }

    @Test
    void theWindowFindsWhatThePatternFindsInGeneratedText() {
        String[] pieces = {
            "Sint-Lucas",
            "general",
            "hospital",
            "hospitals",
            "hospital-based",
            "Hospital",
            "clinic",
            "Polyclinic",
            "medical",
            "centre",
            "center",
            "St",
            "Mary's",
            "children's",
            "eye",
            "Aga",
            "Khan",
            "The",
            "e\u0301",
            "\u00C9cole",
            "X_Y",
            "Q3",
            "3",
            " ",
            "  ",
            "\n",
            "\t",
            ",",
            ".",
            "(",
            ")",
            "'",
            "-",
            "_",
            "\u00A0",
            "\u2019",
            "\u0301",
            "\"",
            ";",
            "&"
        };
        Random random = new Random(7);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int k = 0; k < count; k++) {
                String piece = pieces[random.nextInt(pieces.length)];
                b.append(piece);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            List<String> expected = plain(text, start, end);
            assertThat(windowed(text, start, end))
                    .as(text + " [" + start + ", " + end + ")")
                    .isEqualTo(expected);
            List<String> whole = plain(text, 0, text.length());
            assertThat(windowed(text, 0, text.length())).as(text).isEqualTo(whole);
            matches += whole.size();
        }
        assertThat(matches).isGreaterThan(100);
    }

    @Test
    void noHeadWordMeansNoMatcher() {
        assertThat(OrganisationExtractor.lowerHospitalMatcher("The Aga Khan Foundation", 0, 23))
                .isNull();
        assertThat(OrganisationExtractor.lowerHospitalMatcher("Aga Khan hospital", 0, 16))
                .isNull();
    }
}
