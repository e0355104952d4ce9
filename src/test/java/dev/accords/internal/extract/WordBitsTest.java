package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordBitsTest {
    @Test
    void answersAsTheMapItWasBuiltFrom() {
        Random random = new Random(7);
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            map.put(word(random), random.nextLong() | 1);
        }
        WordBits table = new WordBits(map);

        for (Map.Entry<String, Long> e : map.entrySet()) {
            assertThat(table.get(new String(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (int i = 0; i < 20_000; i++) {
            String w = word(random);
            assertThat(table.get(w)).as(w).isEqualTo(map.getOrDefault(w, 0L));
        }
    }

    @Test
    void keysWithTheSameHashAreTold() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        WordBits table = new WordBits(Map.of("Aa", 1L, "AaAa", 2L, "BBBB", 4L));

        assertThat(table.get("Aa")).isEqualTo(1);
        assertThat(table.get("BB")).isZero();
        assertThat(table.get("AaAa")).isEqualTo(2);
        assertThat(table.get("BBBB")).isEqualTo(4);
        assertThat(table.get("AaBB")).isZero(); // same hash again, not a key
        assertThat(new WordBits(Map.of()).get("anything")).isZero();
    }

    private static String word(Random random) {
        char[] c = new char[1 + random.nextInt(4)];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextInt(20) == 0 ? 'é' : (char) ('a' + random.nextInt(6));
        }
        return new String(c);
    }
}
