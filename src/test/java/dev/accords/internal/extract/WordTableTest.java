package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WordTable}: case-insensitive lookup of a stretch of text. */
class WordTableTest {
    private final WordTable<Integer> table = new WordTable<>(Map.of("million", 6, "u.s. dollars", 1, "亿", 8));

    @Test
    void findsWordsIgnoringCase() {
        String text = "5 Million and 2 MILLION, 3 u.S. Dollars, 4亿";
        assertThat(table.get(text, 2, 9)).isEqualTo(6);
        assertThat(table.get(text, 16, 23)).isEqualTo(6);
        assertThat(table.get(text, 27, 39)).isEqualTo(1);
        assertThat(table.get(text, 42, 43)).isEqualTo(8);
    }

    @Test
    void missesOtherStretches() {
        String text = "5 millions, milli, a";
        assertThat(table.get(text, 2, 10)).isNull();
        assertThat(table.get(text, 12, 17)).isNull();
        assertThat(table.get(text, 19, 20)).isNull();
        assertThat(table.get(text, 3, 3)).isNull();
        assertThat(table.get("x".repeat(100), 0, 100)).isNull();
    }

    @Test
    void answersAsAMapOfLowerCaseWordsOnRandomStretches() {
        // words of many lengths under a few first letters, some longer than the 63 the length bits tell apart
        Random random = new Random(20261129);
        String letters = "abtxÉé\u212Ak"; // the Kelvin sign is a "k" in lower case
        Map<String, Integer> words = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            int length = 1 + (n % 10 == 0 ? 60 + random.nextInt(20) : random.nextInt(9));
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < length; k++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.put(w.toString().toLowerCase(Locale.ROOT), n);
        }
        WordTable<Integer> big = new WordTable<>(words);
        String[] keys = words.keySet().toArray(new String[0]);
        for (int n = 0; n < 100_000; n++) {
            String text;
            if (random.nextBoolean()) {
                String k = keys[random.nextInt(keys.length)];
                text = random.nextBoolean() ? k.toUpperCase(Locale.ROOT) : k;
                if (random.nextInt(3) == 0) {
                    text = text.substring(0, random.nextInt(text.length() + 1)) + "b";
                }
            } else {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(80);
                for (int k = 0; k < length; k++) {
                    b.append(letters.charAt(random.nextInt(letters.length())));
                }
                text = b.toString();
            }
            String padded = "  " + text + " ";
            assertThat(big.get(padded, 2, 2 + text.length()))
                    .as(text)
                    .isEqualTo(text.isEmpty() ? null : words.get(text.toLowerCase(Locale.ROOT)));
        }
    }
}
