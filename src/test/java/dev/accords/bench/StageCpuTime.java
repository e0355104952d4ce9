package dev.accords.bench;

import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.text.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The stages of {@link PipelineBenchmark} timed by the CPU time of the thread that runs them rather
 * than by the wall clock, so that the figures hold on a machine whose cores are shared with other
 * work (where JMH's wall-clock scores swing with the load). Also reports the bytes allocated per
 * document. One thread, warm-up passes first.
 *
 * <pre>
 * mvn -B -ntp -Pbench test-compile exec:exec@cpu-time [-Dcpu-time.passes=5] [-Dcpu-time.warmup=10] [-Dcpu-time.stages=REGEX]
 *     [-Dcpu-time.perDocument=true]
 * </pre>
 *
 * <p>With {@code perDocument}, each stage also lists every document: its size, its best CPU time over
 * the passes, and that time as MB/s. The speed of the text pipeline depends on how densely a text
 * names organisations, people and agreements, not only on its length, and this shows it.
 *
 * <p>The stages share one JVM, so the JIT compiles the text pipeline with what the HTML stages taught
 * it; {@code -Dcpu-time.stages=textToAnnouncement} times one stage in a JVM of its own.
 */
public final class StageCpuTime {
    private StageCpuTime() {}

    @FunctionalInterface
    interface Stage {
        Object run(int i) throws IOException;
    }

    /**
     * @param args {@code [passes [warm-up [stages [perDocument]]]]}: measured passes over the fixtures
     *     per stage (default 5), after warm-up passes (default 10), of the stages whose name matches a
     *     regex (default all); {@code true} as the fourth argument adds a line per document
     * @throws IOException never in practice (string sources)
     */
    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        stages = java.util.regex.Pattern.compile(args.length > 2 ? args[2] : ".*");
        perDocument = args.length > 3 && Boolean.parseBoolean(args[3]);
        AnnouncementParser parser = AnnouncementParser.builder().build();
        List<Fixtures.Doc> pages = Fixtures.pages();
        List<Fixtures.Doc> texts = Fixtures.texts();
        List<Article> articles = new ArrayList<>();
        long[] articleBytes = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Fixtures.Doc p = pages.get(i);
            Article a = parser.readArticle(Source.html(p.content(), p.url()));
            articles.add(a);
            articleBytes[i] = a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf(
                Locale.ROOT,
                "%d pages (%,d bytes of HTML, %,d of article text), %d texts (%,d bytes); %d passes after %d warm-up%n",
                pages.size(),
                Fixtures.totalBytes(pages),
                java.util.Arrays.stream(articleBytes).sum(),
                texts.size(),
                Fixtures.totalBytes(texts),
                passes,
                warmUp);
        System.out.printf(
                Locale.ROOT,
                "%-22s %12s %12s %12s %14s %10s%n",
                "stage",
                "docs/cpu-s",
                "MB/cpu-s",
                "ms/doc",
                "alloc KB/doc",
                "cpu/wall");
        long[] pageBytes = pages.stream().mapToLong(Fixtures.Doc::bytes).toArray();
        long[] textBytes = texts.stream().mapToLong(Fixtures.Doc::bytes).toArray();
        List<String> pageNames = pages.stream().map(Fixtures.Doc::name).toList();
        List<String> textNames = texts.stream().map(Fixtures.Doc::name).toList();
        measure(
                "jsoupParse",
                passes,
                pageBytes,
                pageNames,
                i -> Jsoup.parse(pages.get(i).content(), pages.get(i).url()));
        measure(
                "htmlArticle",
                passes,
                pageBytes,
                pageNames,
                i -> parser.readArticle(
                        Source.html(pages.get(i).content(), pages.get(i).url())));
        measure(
                "htmlToAnnouncement",
                passes,
                pageBytes,
                pageNames,
                i -> parser.parse(
                        Source.html(pages.get(i).content(), pages.get(i).url())));
        measure("articleToAnnouncement", passes, articleBytes, pageNames, i -> parser.parse(articles.get(i)));
        measure(
                "textToAnnouncement",
                passes,
                textBytes,
                textNames,
                i -> parser.parse(Source.text(texts.get(i).content())));
    }

    private static int warmUp;
    private static java.util.regex.Pattern stages;
    private static boolean perDocument;

    private static void measure(String name, int passes, long[] bytes, List<String> names, Stage stage)
            throws IOException {
        if (!stages.matcher(name).matches()) {
            return;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int sink = 0;
        for (int pass = 0; pass < warmUp; pass++) {
            for (int i = 0; i < bytes.length; i++) {
                sink += System.identityHashCode(stage.run(i));
            }
        }
        long cpu0 = threads.getThreadCpuTime(id);
        long alloc0 = threads.getThreadAllocatedBytes(id);
        long wall0 = System.nanoTime();
        long docs = 0;
        long total = 0;
        long[] best = new long[bytes.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < bytes.length; i++) {
                long before = perDocument ? threads.getThreadCpuTime(id) : 0;
                sink += System.identityHashCode(stage.run(i));
                if (perDocument) {
                    best[i] = Math.min(best[i], threads.getThreadCpuTime(id) - before);
                }
                docs++;
                total += bytes[i];
            }
        }
        double cpu = (threads.getThreadCpuTime(id) - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        long alloc = threads.getThreadAllocatedBytes(id) - alloc0;
        System.out.printf(
                Locale.ROOT,
                "%-22s %12.2f %12.3f %12.1f %14.0f %10.2f%s%n",
                name,
                docs / cpu,
                total / 1e6 / cpu,
                cpu * 1000 / docs,
                alloc / 1024.0 / docs,
                cpu / wall,
                sink == 42 ? " " : "");
        if (perDocument) {
            for (int i = 0; i < bytes.length; i++) {
                System.out.printf(
                        Locale.ROOT,
                        "    %-40s %,10d bytes %10.3f ms best %8.2f MB/s%n",
                        names.get(i),
                        bytes[i],
                        best[i] / 1e6,
                        bytes[i] * 1e3 / best[i]);
            }
        }
    }
}
