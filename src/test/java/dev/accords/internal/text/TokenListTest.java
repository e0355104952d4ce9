package dev.accords.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenListTest {
    private static List<Token> tokens(int n) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Token(Span.of(i * 2, i * 2 + 1), String.valueOf((char) ('a' + i % 26)), Token.Type.WORD));
        }
        return out;
    }

    @Test
    void readsAsTheListItWasCopiedFromAndSoDoItsSubListsAtAnyDepth() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<Token> plain = List.copyOf(tokens(random.nextInt(12)));
            List<Token> list = TokenList.copyOf(plain);
            for (int depth = 0; depth < 3; depth++) {
                assertThat(list).isEqualTo(plain).hasSameHashCodeAs(plain).hasSize(plain.size());
                assertThat(plain).isEqualTo(list);
                List<Token> iterated = new ArrayList<>();
                list.forEach(iterated::add);
                assertThat(iterated).isEqualTo(plain);
                for (int i = 0; i < plain.size(); i++) {
                    assertThat(list.get(i)).isSameAs(plain.get(i));
                }
                int from = random.nextInt(plain.size() + 1);
                int to = from + random.nextInt(plain.size() - from + 1);
                plain = plain.subList(from, to);
                list = list.subList(from, to);
                assertThat(list).isInstanceOf(TokenList.class);
            }
        }
    }

    @Test
    void refusesChangesNullsAndIndicesOutsideItAsListCopyOfDoes() {
        TokenList list = TokenList.copyOf(tokens(3));
        Token t = list.get(0);
        assertThatThrownBy(() -> list.add(t)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, t)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(1, 2).get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.subList(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        List<Token> withNull = new ArrayList<>(tokens(2));
        withNull.add(null);
        assertThatThrownBy(() -> TokenList.copyOf(withNull)).isInstanceOf(NullPointerException.class);
        Iterator<Token> it = list.subList(2, 3).iterator();
        assertThat(it.next()).isSameAs(list.get(2));
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(TokenList.copyOf(list)).isSameAs(list);
    }

    @Test
    void sentencesAndTheTokeniserGiveTokenListsWhateverListTheyAreGiven() {
        Sentence s = new Sentence(Span.of(0, 1), "a", new ArrayList<>(tokens(1)));
        assertThat(s.tokens()).isInstanceOf(TokenList.class);
        assertThatThrownBy(() -> s.tokens().add(s.tokens().get(0))).isInstanceOf(UnsupportedOperationException.class);
        for (Sentence sentence : SourceText.of("Tata Trusts signed. The MoU was signed in Mumbai.")
                .sentences()) {
            assertThat(sentence.tokens()).isInstanceOf(TokenList.class);
        }
        assertThat(Segmenter.tokens("Bank of China", 0, 13))
                .isInstanceOf(TokenList.class)
                .hasSize(3);
    }

    @Test
    void joinsViewsOfOneArrayThatFollowEachOtherAndNothingElse() {
        TokenList all = TokenList.over(tokens(10).toArray(new Token[0]), 8);
        assertThat(all).isEqualTo(tokens(8));
        assertThat(TokenList.adjacent(all.subList(0, 3), all.subList(3, 8))).isEqualTo(all);
        assertThat(TokenList.adjacent(all.subList(2, 2), all.subList(2, 5))).isEqualTo(all.subList(2, 5));
        assertThat(TokenList.adjacent(all.subList(0, 3), all.subList(4, 8)))
                .as("a gap")
                .isNull();
        assertThat(TokenList.adjacent(all.subList(0, 3), all.subList(2, 8)))
                .as("an overlap")
                .isNull();
        assertThat(TokenList.adjacent(all.subList(3, 8), all.subList(0, 3)))
                .as("out of order")
                .isNull();
        TokenList copy = TokenList.copyOf(tokens(8));
        assertThat(copy).isEqualTo(all);
        assertThat(TokenList.adjacent(all.subList(0, 3), copy.subList(3, 8)))
                .as("another array")
                .isNull();
        assertThat(TokenList.adjacent(all.subList(0, 3), new ArrayList<>(all.subList(3, 8))))
                .isNull();
        assertThat(TokenList.over(new Token[0], 0)).isEmpty();
        assertThatThrownBy(() -> TokenList.over(new Token[2], 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theSentencesOfATextAreViewsOfOneArrayInOrder() {
        SourceText text = SourceText.of("Tata Trusts signed. The MoU was signed in Mumbai.\n\nA second paragraph."
                + "\nAnd a third, without a full stop");
        List<Sentence> sentences = text.sentences();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(4);
        List<Token> joined = sentences.get(0).tokens();
        List<Token> copied = new ArrayList<>(joined);
        for (int i = 1; i < sentences.size(); i++) {
            joined = TokenList.adjacent(joined, sentences.get(i).tokens());
            assertThat(joined).isNotNull();
            copied.addAll(sentences.get(i).tokens());
        }
        assertThat(joined).isEqualTo(copied);
        assertThat(joined)
                .isEqualTo(Segmenter.tokens(text.text(), 0, text.text().length()));
    }
}
