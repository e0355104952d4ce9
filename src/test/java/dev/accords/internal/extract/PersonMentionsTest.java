package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PersonExtractor#distinct} against the sets the mentions code made before. */
class PersonMentionsTest {
    @Test
    void distinctWordsAreThoseOfALinkedHashSetInItsOrder() {
        String[] pool = {"Li", "Haixin", "li", "Li ", "van", "Ballekom", "", "\u00c9", "E\u0301"};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            String[] words = new String[random.nextInt(6)];
            for (int k = 0; k < words.length; k++) {
                words[k] = new String(pool[random.nextInt(pool.length)]); // equal, not the same
            }
            List<String> expected = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(words)));
            String[] copy = words.clone();
            int count = PersonExtractor.distinct(copy);
            assertThat(Arrays.asList(copy).subList(0, count)).isEqualTo(expected);
        }
        String[] same = {"Zheng", "Zheng"}; // a one-word name: its first and last word
        assertThat(PersonExtractor.distinct(same)).isEqualTo(1);
    }
}
