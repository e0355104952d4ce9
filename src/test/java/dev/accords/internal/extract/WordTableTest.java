package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
}
