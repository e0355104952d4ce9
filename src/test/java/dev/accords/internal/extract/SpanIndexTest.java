package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link SpanIndex} over sorted arrays answers as the {@code TreeMap} it replaced did. */
class SpanIndexTest {
    /** A verbatim copy of the index before: a TreeMap of starts to lists of mentions. */
    private static final class TreeIndex<T> {
        private final NavigableMap<Integer, List<SpanIndex.Mention<T>>> byStart = new TreeMap<>();

        TreeIndex(List<T> facts, java.util.function.Function<T, List<Span>> spans) {
            for (T f : facts) {
                for (Span s : spans.apply(f)) {
                    byStart.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(new SpanIndex.Mention<>(s, f));
                }
            }
        }

        List<SpanIndex.Mention<T>> within(int from, int to) {
            List<SpanIndex.Mention<T>> out = new ArrayList<>();
            for (Map.Entry<Integer, List<SpanIndex.Mention<T>>> e :
                    byStart.subMap(from, true, to, false).entrySet()) {
                for (SpanIndex.Mention<T> m : e.getValue()) {
                    if (m.span().end() <= to) {
                        out.add(m);
                    }
                }
            }
            return out;
        }
    }

    private record Fact(String name, List<Span> spans) {}

    @Test
    void answersAsTheTreeMapDid() {
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Fact> facts = new ArrayList<>();
            int n = r.nextInt(12);
            for (int f = 0; f < n; f++) {
                List<Span> spans = new ArrayList<>();
                int k = r.nextInt(4);
                for (int j = 0; j < k; j++) {
                    int start = r.nextInt(60);
                    spans.add(Span.of(start, start + r.nextInt(15)));
                }
                facts.add(new Fact("f" + f, spans));
            }
            SpanIndex<Fact> fast = new SpanIndex<>(facts, Fact::spans);
            TreeIndex<Fact> plain = new TreeIndex<>(facts, Fact::spans);
            for (int from = -2; from < 80; from += 1 + r.nextInt(3)) {
                for (int to = from; to < 85; to += 1 + r.nextInt(5)) {
                    assertThat(fast.within(from, to)).as("[%d, %d)", from, to).isEqualTo(plain.within(from, to));
                }
            }
        }
    }

    @Test
    void emptyIndexAndEmptyRange() {
        SpanIndex<Fact> empty = new SpanIndex<>(List.of(), Fact::spans);
        assertThat(empty.within(0, 10)).isEmpty();
        Fact f = new Fact("a", List.of(Span.of(3, 5), Span.of(3, 4), Span.of(0, 1)));
        SpanIndex<Fact> one = new SpanIndex<>(List.of(f), Fact::spans);
        assertThat(one.within(3, 3)).isEmpty();
        assertThat(one.within(0, 5))
                .extracting(SpanIndex.Mention::span)
                .containsExactly(Span.of(0, 1), Span.of(3, 5), Span.of(3, 4));
        assertThat(one.within(3, 4)).extracting(SpanIndex.Mention::span).containsExactly(Span.of(3, 4));
    }

    @Test
    void refusesAnInvertedRangeAsTheMapViewDid() {
        SpanIndex<Fact> one = new SpanIndex<>(List.of(new Fact("a", List.of(Span.of(3, 5)))), Fact::spans);
        assertThatThrownBy(() -> one.within(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
