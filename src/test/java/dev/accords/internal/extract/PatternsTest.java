package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternsTest {
    @Test
    void leadingWordsAreTheLowerCaseLettersTheEntriesStartWith() {
        Patterns.Leading leading =
                Patterns.Leading.of(java.util.List.of("Gavi", "3M", "PRNewswire", "U.S. Bank", "GAVI Board"));

        assertThat(leading.words()).containsExactlyInAnyOrder("gavi", "prnewswire", "u");
    }

    @Test
    void theHandWrittenSplitsGiveWhatTheExpressionsGive() {
        String alphabet = "ab \t\n\u000B\f\r-\u00A0\u2003.";
        Pattern spaces = Pattern.compile("\\s+");
        Pattern spacesAndHyphens = Pattern.compile("[\\s-]+");
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Patterns.split("\\s+", s)).as("[%s]", s).containsExactly(spaces.split(s));
            assertThat(Patterns.split("[\\s-]+", s)).as("[%s]", s).containsExactly(spacesAndHyphens.split(s));
        }
    }
}
