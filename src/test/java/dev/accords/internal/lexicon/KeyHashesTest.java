package dev.accords.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyHashesTest {
    private final KeyHashes table = new KeyHashes(List.of("kenya", "south africa", "côte d'ivoire"));

    @Test
    void aKeyIsFoundInAnyCaseAndAnotherTextIsNot() {
        for (String s : List.of("kenya", "Kenya", "KENYA", "South Africa", "SOUTH africa")) {
            assertThat(table.mayContain(KeyHashes.hash(s, 0, s.length()))).as(s).isTrue();
        }
        for (String s : List.of("kenyan", "keny", "southafrica", "south  africa", "")) {
            assertThat(table.mayContain(KeyHashes.hash(s, 0, s.length()))).as(s).isFalse();
        }
    }

    @Test
    void aTextOutsideAsciiIsLeftToTheMap() {
        assertThat(KeyHashes.hash("Côte d'Ivoire", 0, 13)).isEqualTo(KeyHashes.NOT_ASCII);
        assertThat(KeyHashes.hash("x Kenya y", 2, 7)).isEqualTo(KeyHashes.hash("kenya", 0, 5));
    }

    @Test
    void stepsMakeTheHashOfTheWholeText() {
        for (String s : List.of("Kenya", "South Africa", "a-b.c", "Z@[`{")) {
            long h = KeyHashes.START;
            for (int i = 0; i < s.length(); i++) {
                h = KeyHashes.step(h, s.charAt(i));
            }
            assertThat(KeyHashes.finish(h)).as(s).isEqualTo(KeyHashes.hash(s, 0, s.length()));
            String lower = s.toLowerCase(Locale.ROOT);
            assertThat(KeyHashes.hash(lower, 0, lower.length())).isEqualTo(KeyHashes.hash(s, 0, s.length()));
        }
        assertThat(KeyHashes.hash("@", 0, 1)).isNotEqualTo(KeyHashes.hash("`", 0, 1));
    }
}
