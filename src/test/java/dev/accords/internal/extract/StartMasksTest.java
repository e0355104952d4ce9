package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.internal.text.Segmenter;
import dev.accords.text.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartMasksTest {
    @Test
    void aTokenHasTheBitsOfTheExpressionsThatMayStartAtIt() {
        long held = StartMasks.register(Set.of("held", "staged"), List.of("organi"));
        long signed = StartMasks.register(Set.of("signed", "held"), List.of());
        String text = "Organised and held, it was Signed by co-operation partners (U.S.) in 2024 and staged.";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());

        long[] masks = StartMasks.of(text, tokens);

        assertThat(masks).hasSameSizeAs(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lowerCase();
            if (t.type() != Token.Type.WORD) {
                assertThat(masks[i]).as(w).isZero();
            } else if (w.contains("-") || w.contains(".")) {
                assertThat(masks[i]).as("%s is scanned by character", w).isEqualTo(-1L);
            } else if (held != 0 && signed != 0) { // 0 when 63 expressions had registered before
                assertThat((masks[i] & held) != 0)
                        .as("held bit of %s", w)
                        .isEqualTo(w.equals("held") || w.equals("staged") || w.startsWith("organi"));
                assertThat((masks[i] & signed) != 0)
                        .as("signed bit of %s", w)
                        .isEqualTo(w.equals("signed") || w.equals("held"));
            }
        }
    }

    @Test
    void masksAreKeptForTheSentencesOfTheLastTextAndWorkedOutForAnother() {
        String text = "The forum was held in Nairobi.";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        long[] first = StartMasks.of(text, tokens);

        assertThat(StartMasks.of(text, tokens)).isSameAs(first);
        String other = new String(text); // equal, but another text
        assertThat(StartMasks.of(other, tokens)).isNotSameAs(first).isEqualTo(first);
        List<Token> again = Segmenter.tokens(text, 0, text.length()); // equal, but another list
        assertThat(StartMasks.of(other, again)).isEqualTo(first);
    }

    @Test
    void aWordSetMarksItsLetterWordsAndLeavesTheRestToTheLookUp() {
        long bit = StartMasks.registerWords(List.of("summit", "forum", "co-operation", "Expo"));
        String text = "The Summit and the co-operation forum at the Expo, 2024.";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        long[] masks = StartMasks.of(text, tokens);

        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lowerCase();
            boolean member = w.equals("summit") || w.equals("forum");
            if (member || w.contains("-")) {
                assertThat(StartMasks.may(masks, i, bit)).as(w).isTrue();
            } else if (bit != 0) {
                assertThat(StartMasks.may(masks, i, bit)).as(w).isFalse(); // "expo": the entry is not lower case
            }
        }
        assertThat(StartMasks.may(masks, 0, 0)).isTrue();
        assertThat(StartMasks.any(text, tokens, bit)).isTrue();
        String none = "The Expo opened on Monday.";
        List<Token> noneTokens = Segmenter.tokens(none, 0, none.length());
        assertThat(StartMasks.any(none, noneTokens, bit)).isEqualTo(bit == 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartMasks.registerWords(List.of("2024")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without letters");
    }

    @Test
    void containsAnswersAsTheSetForEveryWordToken() {
        Set<String> words = Set.of("of", "the", "co-operation", "u.s", "and", "über");
        long bit = StartMasks.registerWords(words);
        String text = "Of the co-operation of U.S. and EU partners, über the Über and THE and-so of-the.";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        long[] masks = StartMasks.of(text, tokens);

        int checked = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.WORD) {
                assertThat(StartMasks.contains(masks, i, bit, words, t.lowerCase()))
                        .as(t.text())
                        .isEqualTo(words.contains(t.lowerCase()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(StartMasks.contains(masks, 0, 0, words, "of")).isTrue(); // no bit: the set answers
    }

    @Test
    void aWordTokenSetLeavesOutTheEntriesWithoutALetter() {
        Set<String> words = Set.of("of", "&", "für", "-", "s.a.", "2");
        long bit = StartMasks.registerWordTokens(words);
        String text = "Bank of China & Crédit für Co. - S.A. 2 of";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        long[] masks = StartMasks.of(text, tokens);

        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.WORD) {
                assertThat(StartMasks.contains(masks, i, bit, words, t.lowerCase()))
                        .as(t.text())
                        .isEqualTo(words.contains(t.lowerCase()));
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartMasks.registerWords(List.of("of", "&")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without letters");
    }

    @Test
    void aPrefixThatStartsOutsideAsciiMarksTheWordsItStarts() {
        long bit = StartMasks.register(Set.of(), List.of("élect"));
        String text = "Élection results and the électeurs, not the electors.";
        List<Token> tokens = Segmenter.tokens(text, 0, text.length());
        long[] masks = StartMasks.of(text, tokens);

        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lowerCase();
            if (bit != 0 && tokens.get(i).type() == Token.Type.WORD) {
                assertThat(StartMasks.may(masks, i, bit)).as(w).isEqualTo(w.startsWith("élect"));
            }
        }
    }

    @Test
    void sentencesAskedAboutInTurnEachGetTheirOwnMasks() {
        String text = "The forum was held. Signed and staged in Nairobi, it closed.";
        List<Token> a = Segmenter.tokens(text, 0, 19);
        List<Token> b = Segmenter.tokens(text, 20, text.length());
        long[] ma = StartMasks.of(text, a);
        long[] mb = StartMasks.of(text, b);

        for (int round = 0; round < 3; round++) {
            assertThat(StartMasks.of(text, a)).isSameAs(ma).hasSameSizeAs(a);
            assertThat(StartMasks.of(text, a)).isSameAs(ma);
            assertThat(StartMasks.of(text, b)).isSameAs(mb).hasSameSizeAs(b);
        }
        assertThat(StartMasks.of(new String(text), a)).isNotSameAs(ma).isEqualTo(ma); // another text
    }

    @Test
    void theSameStringParsedOverAndOverKeepsABoundedCache() {
        String text = "The forum was held in Nairobi.";
        List<Token> first = Segmenter.tokens(text, 0, text.length());
        long[] masks = StartMasks.of(text, first);
        for (int i = 0; i < StartMasks.MAX_KEPT; i++) {
            StartMasks.of(text, Segmenter.tokens(text, 0, text.length())); // a new parse of the same string
        }
        assertThat(StartMasks.of(text, first)).isNotSameAs(masks).isEqualTo(masks); // worked out again
    }
}
