package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartCharsTest {
    private static final List<String> PIECES = List.of(
            "with",
            "With",
            "WITH",
            "between",
            "among",
            "together",
            "brings together",
            "involving",
            "by",
            "the",
            "worth",
            "valued at",
            "totalling",
            "an investment of",
            "a value of",
            "loan of",
            "of",
            "to",
            "to co-invest",
            "up to",
            "about",
            "25",
            "2024",
            "two",
            "ten",
            "new",
            "project",
            "contracts",
            "first",
            "another",
            "a new",
            "a separate",
            "second",
            "-",
            "in order to",
            "so as to",
            "was",
            "were",
            "is",
            "which",
            "while",
            "and",
            "will",
            "held",
            "convened",
            "Professor",
            "Bai",
            "Chunli",
            "U.S.",
            "é",
            "Ünal",
            "中国",
            "x1",
            "_x",
            "bywith",
            "notwith");

    private static final List<String> GLUE =
            List.of(" ", " ", " ", " ", "", ", ", ". ", ";", ") ", "),", "\n", "\t", " - ");

    private record Case(Pattern pattern, StartChars starts) {}

    private static final List<Case> CASES = List.of(
            new Case(AgreementParts.VALUE_AFTER, AgreementParts.VALUE_AFTER_STARTS),
            new Case(AgreementParts.CLAUSE_END, AgreementParts.CLAUSE_END_STARTS),
            new Case(AgreementParts.OBJECT_INTRO, AgreementParts.OBJECT_INTRO_STARTS),
            new Case(AgreementParts.COUNT_BEFORE, AgreementParts.COUNT_BEFORE_STARTS),
            new Case(AgreementParts.WITH_PERSON, AgreementParts.WITH_PERSON_STARTS),
            new Case(AgreementExtractor.ORDINAL_BEFORE, AgreementExtractor.ORDINAL_BEFORE_STARTS),
            new Case(ForumDetails.CLAUSE_END, ForumDetails.CLAUSE_END_STARTS));

    @Test
    void findsWhatFindFindsInRandomRegions() {
        Random random = new Random(20261130);
        for (Case c : CASES) {
            int found = 0;
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                int words = 1 + random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    b.append(PIECES.get(random.nextInt(PIECES.size())));
                    b.append(GLUE.get(random.nextInt(GLUE.size())));
                }
                String text = b.toString();
                int from = random.nextInt(3) == 0 ? random.nextInt(text.length() + 1) : 0;
                int to = random.nextBoolean()
                        ? from + random.nextInt(text.length() - from + 1)
                        : text.length() - (random.nextBoolean() ? 1 : 0);
                to = Math.max(from, to);

                Matcher plain = c.pattern().matcher(text).region(from, to);
                Matcher m = c.starts().find(c.pattern(), text, from, to);
                if (plain.find()) {
                    found++;
                    assertThat(m)
                            .as("%s in [%d, %d) of [%s]", c.pattern(), from, to, text)
                            .isNotNull();
                    assertThat(m.start() + "-" + m.end() + ":" + m.group())
                            .as("%s in [%d, %d) of [%s]", c.pattern(), from, to, text)
                            .isEqualTo(plain.start() + "-" + plain.end() + ":" + plain.group());
                    if (c.pattern().matcher("").groupCount() > 0
                            && c.pattern().pattern().contains("?<n>")) {
                        assertThat(m.group("n")).isEqualTo(plain.group("n"));
                    }
                } else {
                    assertThat(m)
                            .as("%s in [%d, %d) of [%s]", c.pattern(), from, to, text)
                            .isNull();
                }
            }
            assertThat(found).as(c.pattern().pattern()).isGreaterThan(200);
        }
    }

    @Test
    void refusesCharactersOutsideAscii() {
        assertThatThrownBy(() -> new StartChars("é", false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StartChars.bothCases("ab")).isEqualTo("abAB");
    }
}
