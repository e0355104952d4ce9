package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word tests of the forum stage answer as the expressions they replace. */
class ForumWordTestsTest {
    private static final String ALPHABET = "0129IVXLCivxstndrh٣ \u00B2";

    @Test
    void wordTestsAnswerAsTheirExpressions() {
        List<String> words = new ArrayList<>(List.of(
                "", "1", "12", "123", "1234", "1999", "2024", "2124", "19", "190", "20x4", "XIV", "II", "I", "IVXLIVX",
                "XLVIII", "iv", "st", "nd", "rd", "th", "ST", "sts", "٢٠٢٤", "²²"));
        Random random = new Random(20261123);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            words.add(b.toString());
        }
        for (String t : CorpusTexts.all()) {
            for (Sentence s : SourceText.of(t).sentences()) {
                for (Token token : s.tokens()) {
                    words.add(token.text());
                }
            }
        }
        int[] yes = new int[4];
        for (String w : words) {
            boolean year = Patterns.matches("(19|20)\\d\\d", w);
            boolean ordinal = Patterns.matches("\\d{1,3}|(19|20)\\d\\d", w);
            boolean suffix = Patterns.matches("st|nd|rd|th", w);
            boolean roman = Patterns.matches("[IVXL]{2,6}", w);
            assertThat(ForumExtractor.isYear(w)).as(w).isEqualTo(year);
            assertThat(ForumExtractor.isDigits(w, 1, 3) || ForumExtractor.isYear(w))
                    .as(w)
                    .isEqualTo(ordinal);
            assertThat(ForumExtractor.isOrdinalSuffix(w)).as(w).isEqualTo(suffix);
            assertThat(ForumExtractor.isRoman(w)).as(w).isEqualTo(roman);
            yes[0] += year ? 1 : 0;
            yes[1] += ordinal ? 1 : 0;
            yes[2] += suffix ? 1 : 0;
            yes[3] += roman ? 1 : 0;
        }
        assertThat(java.util.Arrays.stream(yes).min().getAsInt()).isGreaterThan(20);
    }
}
