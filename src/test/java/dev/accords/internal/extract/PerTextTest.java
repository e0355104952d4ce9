package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.text.SourceText;
import org.junit.jupiter.api.Test;

class PerTextTest {
    private static final String HEADLINE_FIRST =
            "Kenya And China Sign Five Energy Agreements In Nairobi\nThe two sides signed the agreements on Monday.";
    private static final String BODY_FIRST =
            "The two sides signed the agreements on Monday.\nKenya And China Sign Five Energy Agreements In Nairobi";

    @Test
    void eachTextGetsItsOwnAnswersWhenTextsAlternate() {
        SourceText a = SourceText.of(HEADLINE_FIRST);
        SourceText b = SourceText.of(BODY_FIRST);
        SourceText sameAsA = SourceText.of(HEADLINE_FIRST); // equal content, another text

        for (int round = 0; round < 2; round++) {
            assertThat(PerText.restricted(a, 0)).isTrue();
            assertThat(PerText.restricted(a, 1)).isFalse();
            assertThat(PerText.restricted(b, 0)).isFalse();
            assertThat(PerText.restricted(b, 1)).isTrue();
            assertThat(PerText.restricted(sameAsA, 0)).isTrue();
        }
        for (int i = 0; i < a.sentences().size(); i++) {
            assertThat(PerText.restricted(a, i))
                    .isEqualTo(OrganisationExtractor.isRestricted(
                            a.sentences().get(i).tokens()));
        }
    }

    @Test
    void anotherThreadWorksItsAnswersOutAgain() throws InterruptedException {
        SourceText a = SourceText.of(HEADLINE_FIRST);
        assertThat(PerText.restricted(a, 0)).isTrue();
        boolean[] seen = new boolean[2];
        Thread t = new Thread(() -> {
            seen[0] = PerText.restricted(a, 0);
            seen[1] = PerText.restricted(a, 1);
        });
        t.start();
        t.join();

        assertThat(seen).containsExactly(true, false);
    }
}
