package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PersonExtractor#isArabicParticle} against the expression it replaced. */
class PersonParticleTest {
    /** The expression as it was compiled before. */
    private static final Pattern ARABIC_PARTICLE = Pattern.compile("(al|el|bin|ibn|abd|abu|ul)-\\p{Lu}.*");

    @Test
    void matchesWhatTheExpressionMatched() {
        List<String> words = new ArrayList<>(List.of(
                "",
                "al",
                "al-",
                "al-W",
                "al-Wazir",
                "Al-Wazir",
                "AL-Wazir",
                "al-wazir",
                "el-Sisi",
                "ul-Haq",
                "bin-Salman",
                "ibn-Saud",
                "abd-Allah",
                "abu-Dhabi",
                "abu-",
                "bin-",
                "bin-s",
                "al-\u00c9cole",
                "al-\u00e9cole",
                "al-\u01c5x", // a title-case letter is no \p{Lu}
                "al-\ud835\udc00bc", // MATHEMATICAL BOLD CAPITAL A, outside the BMP
                "al-\ud835\udc1abc", // MATHEMATICAL BOLD SMALL A
                "al-\ud835",
                "al-A\nb",
                "al-A\rb",
                "al-A\u0085b",
                "al-A\u2028b",
                "al-A\u2029b",
                "al-A\tb",
                "al-Ab\n",
                "al-A-b",
                "alx-Wazir",
                "co-operation",
                "two-day",
                "non-Chinese",
                "bi-Lateral",
                "abx-Y",
                "xal-Y"));
        for (String raw : CorpusTexts.all()) {
            for (Sentence s : SourceText.of(raw).sentences()) {
                for (Token t : s.tokens()) {
                    words.add(t.text());
                }
            }
        }
        String[] starts = {"al", "el", "ul", "bin", "ibn", "abd", "abu", "a", "b", "ab", "bi", "Al", "ABU", "xx"};
        String[] rests = {"A", "a", "\u00c9", "\u00e9", "\ud835\udc00", "\ud835", "1", "-", "\n", "\u2028", "", "Wa\nz"
        };
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder(starts[random.nextInt(starts.length)]);
            if (random.nextInt(5) > 0) {
                b.append('-');
            }
            for (int r = random.nextInt(4); r >= 0; r--) {
                b.append(rests[random.nextInt(rests.length)]);
            }
            words.add(b.toString());
        }
        int matched = 0;
        for (String w : words) {
            boolean expected = ARABIC_PARTICLE.matcher(w).matches();
            assertThat(PersonExtractor.isArabicParticle(w)).as(w).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(100);
    }
}
