package dev.accords.internal.extract;

import dev.accords.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** The mentions sorted by the start of their spans; of the same start, in the order they were given. */
    private final Mention<T>[] byStart;
    /** The start of each mention of {@link #byStart}. */
    private final int[] starts;

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

    /**
     * Indexes the mentions of facts. The index was a {@code TreeMap} from starts to lists of mentions,
     * whose {@code within} made map views per question; sorted arrays give the same mentions in the
     * same order with a binary search.
     *
     * @param facts the facts
     * @param spans the spans of a fact
     */
    @SuppressWarnings("unchecked")
    SpanIndex(List<T> facts, Function<T, List<Span>> spans) {
        List<Mention<T>> all = new ArrayList<>();
        for (T f : facts) {
            for (Span s : spans.apply(f)) {
                all.add(new Mention<>(s, f));
            }
        }
        byStart = all.toArray(new Mention[0]);
        // stable: mentions of one start keep the order of the facts, as the TreeMap's lists did
        Arrays.sort(
                byStart, (a, b) -> Integer.compare(a.span().start(), b.span().start()));
        starts = new int[byStart.length];
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = byStart[i].span().start();
        }
    }

    /**
     * The mentions that start in {@code [from, to)} and end by {@code to}, in text order.
     *
     * @throws IllegalArgumentException if {@code from > to}, as the map view it replaces did
     */
    List<Mention<T>> within(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        int i = firstAtOrAfter(from);
        if (i == starts.length || starts[i] >= to) {
            return new ArrayList<>(0);
        }
        List<Mention<T>> out = new ArrayList<>();
        for (; i < starts.length && starts[i] < to; i++) {
            if (byStart[i].span().end() <= to) {
                out.add(byStart[i]);
            }
        }
        return out;
    }

    /** The index of the first mention that starts at or after {@code from}, or the number of mentions. */
    private int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
