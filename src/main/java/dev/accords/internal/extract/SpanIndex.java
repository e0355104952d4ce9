package dev.accords.internal.extract;

import dev.accords.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Facts by the start of their spans, so a question about one sentence costs a look-up, not a pass
 * over every mention of the text.
 *
 * @param <T> the fact type
 */
final class SpanIndex<T> {
    /**
     * A mention of a fact.
     *
     * @param span where
     * @param fact what
     * @param <T> the fact type
     */
    record Mention<T>(Span span, T fact) {}

    private final NavigableMap<Integer, List<Mention<T>>> byStart = new TreeMap<>();

    /** The spans sorted, each once: {@code stream().distinct().sorted().toList()} without a stream. */
    static List<Span> sortedDistinct(java.util.Collection<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span s : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
                out.add(s);
            }
        }
        return out;
    }

    SpanIndex(List<T> facts, Function<T, List<Span>> spans) {
        for (T f : facts) {
            for (Span s : spans.apply(f)) {
                byStart.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(new Mention<>(s, f));
            }
        }
    }

    /** The mentions that start in {@code [from, to)} and end by {@code to}, in text order. */
    List<Mention<T>> within(int from, int to) {
        List<Mention<T>> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Mention<T>>> e :
                byStart.subMap(from, true, to, false).entrySet()) {
            for (Mention<T> m : e.getValue()) {
                if (m.span().end() <= to) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
