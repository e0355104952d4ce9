package dev.accords.bench;

import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.model.Announcement;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of the pipeline, one document per call, cycling through the fixtures (see {@link
 * Fixtures}). The score is documents per second per thread; the {@code bytes} counter is input
 * bytes (UTF-8) per second, so MB/s = bytes / 10^6. Run with {@code -prof gc} for the allocation
 * rate. See docs/performance.md.
 *
 * <ul>
 *   <li>{@code jsoupParse}: jsoup's parse of the page alone — the floor for HTML;
 *   <li>{@code htmlArticle}: page → {@link Article} (jsoup parse + article extraction; extraction
 *       alone is the difference to {@code jsoupParse});
 *   <li>{@code htmlToAnnouncement}: page → {@link Announcement}, the full HTML pipeline;
 *   <li>{@code articleToAnnouncement}: the articles read from the pages → {@link Announcement}, the
 *       text pipeline on news article text;
 *   <li>{@code textToAnnouncement}: the corpus announcement texts → {@link Announcement}, the text
 *       pipeline on press releases.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PipelineBenchmark {
    /** The fixtures and the parser, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        AnnouncementParser parser;
        List<Fixtures.Doc> pages;
        List<Fixtures.Doc> texts;
        List<Article> articles;
        long[] articleBytes;

        @Setup(Level.Trial)
        public void load() {
            parser = AnnouncementParser.builder().build();
            pages = Fixtures.pages();
            texts = Fixtures.texts();
            articles = new ArrayList<>();
            articleBytes = new long[pages.size()];
            for (int i = 0; i < pages.size(); i++) {
                Fixtures.Doc p = pages.get(i);
                try {
                    Article a = parser.readArticle(Source.html(p.content(), p.url()));
                    articles.add(a);
                    articleBytes[i] = a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            System.err.printf(
                    "%nfixtures: %d pages, %d bytes of HTML; %d texts, %d bytes; %d bytes of article text%n",
                    pages.size(),
                    Fixtures.totalBytes(pages),
                    texts.size(),
                    Fixtures.totalBytes(texts),
                    java.util.Arrays.stream(articleBytes).sum());
        }
    }

    /** Input bytes and documents per second, reported next to the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Input bytes (UTF-8) processed. */
        public long bytes;

        private int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }

        int next(int size) {
            int i = next;
            next = (i + 1) % size;
            return i;
        }
    }

    @Benchmark
    public Document jsoupParse(Corpus c, Counters n) {
        Fixtures.Doc d = c.pages.get(n.next(c.pages.size()));
        n.bytes += d.bytes();
        return Jsoup.parse(d.content(), d.url());
    }

    @Benchmark
    public Article htmlArticle(Corpus c, Counters n) throws IOException {
        Fixtures.Doc d = c.pages.get(n.next(c.pages.size()));
        n.bytes += d.bytes();
        return c.parser.readArticle(Source.html(d.content(), d.url()));
    }

    @Benchmark
    public Announcement htmlToAnnouncement(Corpus c, Counters n) throws IOException {
        Fixtures.Doc d = c.pages.get(n.next(c.pages.size()));
        n.bytes += d.bytes();
        return c.parser.parse(Source.html(d.content(), d.url()));
    }

    @Benchmark
    public Announcement articleToAnnouncement(Corpus c, Counters n) {
        int i = n.next(c.articles.size());
        n.bytes += c.articleBytes[i];
        return c.parser.parse(c.articles.get(i));
    }

    @Benchmark
    public Announcement textToAnnouncement(Corpus c, Counters n) throws IOException {
        Fixtures.Doc d = c.texts.get(n.next(c.texts.size()));
        n.bytes += d.bytes();
        return c.parser.parse(Source.text(d.content()));
    }
}
