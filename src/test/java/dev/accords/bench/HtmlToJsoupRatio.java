package dev.accords.bench;

import dev.accords.AnnouncementParser;
import dev.accords.Source;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The target of issue #7 for HTML, "the full pipeline at most 2 × the time of jsoup's parse of the
 * same pages", measured as directly as a shared machine allows: one JVM, one thread, passes over the
 * benchmark pages that alternate jsoup's parse and the full pipeline (page → {@code Announcement}),
 * each timed by the thread's CPU time. Each pass gives a ratio of the two, so both sides of a ratio
 * see the same load; separate JVMs, or separate runs, disagreed by up to 2 × on this machine.
 *
 * <pre>
 * mvn -B -ntp -Pbench test-compile exec:exec@html-ratio [-Dhtml-ratio.passes=100] [-Dhtml-ratio.warmup=80]
 * </pre>
 */
public final class HtmlToJsoupRatio {
    private HtmlToJsoupRatio() {}

    /**
     * @param args {@code [passes [warm-up]]}: measured passes (default 100) after warm-up passes
     *     (default 80); the text pipeline needs thousands of parses before the JIT has compiled it all
     * @throws java.io.IOException never in practice (string sources)
     */
    public static void main(String[] args) throws java.io.IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        if (passes < 1 || warmUp < 0) {
            throw new IllegalArgumentException("passes must be at least 1 and warm-up at least 0");
        }
        List<Fixtures.Doc> pages = Fixtures.pages();
        AnnouncementParser parser = AnnouncementParser.builder().build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Double> jsoup = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        int sink = 0;
        for (int p = 0; p < warmUp + passes; p++) {
            long t0 = threads.getThreadCpuTime(thread);
            for (Fixtures.Doc d : pages) {
                sink += System.identityHashCode(Jsoup.parse(d.content(), d.url()));
            }
            long t1 = threads.getThreadCpuTime(thread);
            for (Fixtures.Doc d : pages) {
                sink += System.identityHashCode(parser.parse(Source.html(d.content(), d.url())));
            }
            long t2 = threads.getThreadCpuTime(thread);
            if (p >= warmUp) {
                jsoup.add((t1 - t0) / 1e6 / pages.size());
                full.add((t2 - t1) / 1e6 / pages.size());
                ratio.add((double) (t2 - t1) / (t1 - t0));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d pages, %d passes after %d warm-up (sink %d)%n",
                pages.size(),
                passes,
                warmUp,
                sink & 1);
        System.out.printf(
                Locale.ROOT,
                "jsoup parse      ms/page: min %.2f, median %.2f%n",
                Collections.min(jsoup),
                median(jsoup));
        System.out.printf(
                Locale.ROOT, "full pipeline    ms/page: min %.2f, median %.2f%n", Collections.min(full), median(full));
        System.out.printf(
                Locale.ROOT,
                "full / jsoup: median of the per-pass ratios %.2f, ratio of the minimums %.2f%n",
                median(ratio),
                Collections.min(full) / Collections.min(jsoup));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
