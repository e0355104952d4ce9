package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Tense}: the marker nearest to the date ("@" in the sentence) decides. */
class TenseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The forum was held on @ in Qingdao.                                  | PAST
            On @, the forum was held in Fangchenggang.                            | PAST
            The agreement, signed on @, covers three terminals.                   | PAST
            The deal has been signed on @.                                        | PAST
            The company received a boost on @.                                    | PAST
            The conference will be held on @.                                     | FUTURE
            The MoU is expected to be signed on @.                                | FUTURE
            The next round is scheduled for @.                                    | FUTURE
            He said the plant would open on @.                                    | FUTURE
            The forum, which was held on @, will be followed by a summit.         | PAST
            The forum, which was held in May, will be followed by a summit on @.  | FUTURE
            The expo runs from @ at the centre.                                   | UNKNOWN
            The Limited and United firms meet on @.                               | UNKNOWN
            """)
    void nearestMarker(String sentence, Tense.Kind expected) {
        String text = sentence.replace("@", "26 November");
        assertThat(Tense.at(text, 0, text.length(), sentence.indexOf('@'))).isEqualTo(expected);
    }
}
