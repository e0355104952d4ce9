package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Announcement;
import dev.accords.spi.Phase;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    private static final AnnouncementParser PARSER = AnnouncementParser.builder()
            .extractor(Phase.DOCUMENT, ctx -> {
                if (ctx.article().text().contains("BOOM")) {
                    throw new IllegalStateException("this extractor fails on BOOM");
                }
            })
            .build();

    @TempDir
    Path tmp;

    static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String id :
                List.of("000_2231a779c5da8bb4", "001_8fbe52f0f8d107eb", "004_7d7ba71162b2b421", "d01", "d06")) {
            try (InputStream in = BatchTest.class.getResourceAsStream("/corpus/" + id + ".txt")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void parallelResultsEqualOneByOneParsesInInputOrder() throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Announcement> expected = new ArrayList<>();
        List<String> texts = corpusTexts();
        for (int i = 0; i < 20; i++) {
            Source s = Source.text(texts.get(i % texts.size())).withId("doc" + i);
            sources.add(s);
            expected.add(PARSER.parse(s));
        }

        List<Batch.Result> results;
        try (Stream<Batch.Result> stream =
                Batch.builder(PARSER).threads(3).build().parse(sources)) {
            results = stream.toList();
        }

        assertThat(results).extracting(Batch.Result::index).containsExactlyElementsOf(range(20));
        assertThat(results).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
        assertThat(results).extracting(r -> r.announcement().orElseThrow()).containsExactlyElementsOf(expected);
    }

    /** Document 0 cannot finish before document 3 has: ordered output must still start with 0. */
    @Test
    void orderedResultsKeepInputOrderWhenLaterDocumentsFinishFirst() {
        List<Batch.Result> results = Batch.builder(new LatchedParser(3))
                .threads(4)
                .ordered(true)
                .build()
                .parse(numbered(8))
                .toList();

        assertThat(results).extracting(Batch.Result::name).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
    }

    /** Document 0 is held until the consumer has taken seven results: they must be the others. */
    @Test
    void unorderedResultsComeAsTheyFinish() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AnnouncementParser held = new FakeParser() {
            @Override
            public Announcement parse(Source source) {
                if (source.id().orElseThrow().equals("0")) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return super.parse(source);
            }
        };
        List<String> names = new ArrayList<>();

        try (Stream<Batch.Result> results =
                Batch.builder(held).threads(4).ordered(false).build().parse(numbered(8))) {
            Iterator<Batch.Result> it = results.iterator();
            for (int i = 0; i < 7; i++) {
                names.add(it.next().name());
            }
            release.countDown();
            names.add(it.next().name());
            assertThat(it.hasNext()).isFalse();
        }

        assertThat(names.subList(0, 7)).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
        assertThat(names.get(7)).isEqualTo("0");
    }

    @Test
    void aFailingDocumentIsReportedAgainstItselfAndTheOthersGoOn() throws IOException {
        Path missing = tmp.resolve("missing.txt");
        List<Source> sources = List.of(
                Source.text("Ministry A and Company B signed an agreement.").withId("good1"),
                Source.text("BOOM goes the extractor").withId("boom"),
                Source.file(missing),
                Source.text("Company C signed a memorandum of understanding.").withId("good2"));

        List<Batch.Result> results =
                Batch.builder(PARSER).threads(2).build().parse(sources).toList();

        assertThat(results).extracting(Batch.Result::succeeded).containsExactly(true, false, false, true);
        assertThat(results.get(1).name()).isEqualTo("boom");
        assertThat(results.get(1).failure().orElseThrow())
                .isInstanceOf(ExtractionException.class)
                .hasRootCauseMessage("this extractor fails on BOOM");
        assertThat(results.get(1).announcement()).isEmpty();
        assertThat(results.get(2).name()).isEqualTo("missing");
        assertThat(results.get(2).failure().orElseThrow()).isInstanceOf(NoSuchFileException.class);
        assertThat(results.get(3).announcement().orElseThrow().id()).contains("good2");
    }

    @Test
    void aStackOverflowInOneParseFailsOnlyThatDocument() {
        AnnouncementParser deep = new FakeParser() {
            @Override
            public Announcement parse(Source source) {
                if (source.id().orElseThrow().equals("1")) {
                    return recurse(0);
                }
                return super.parse(source);
            }

            private Announcement recurse(int depth) {
                return depth < 0 ? null : recurse(depth + 1);
            }
        };

        List<Batch.Result> results =
                Batch.builder(deep).threads(2).build().parse(numbered(3)).toList();

        assertThat(results).extracting(Batch.Result::succeeded).containsExactly(true, false, true);
        assertThat(results.get(1).failure().orElseThrow()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void takesNoMoreThanMaxInFlightSourcesAheadOfTheConsumer() {
        CountingSources sources = new CountingSources(200);
        Batch batch = Batch.builder(new FakeParser()).threads(2).maxInFlight(5).build();
        List<Integer> lead = new ArrayList<>();

        try (Stream<Batch.Result> results = batch.parse(() -> sources)) {
            Iterator<Batch.Result> it = results.iterator();
            int consumed = 0;
            while (it.hasNext()) {
                it.next();
                consumed++;
                lead.add(sources.pulled.get() - consumed);
            }
            assertThat(consumed).isEqualTo(200);
        }

        assertThat(lead).allSatisfy(ahead -> assertThat(ahead).isLessThanOrEqualTo(5));
        assertThat(lead).as("the window is used").contains(5);
        assertThat(lead.get(lead.size() - 1)).isZero();
    }

    @Test
    void anEndlessLazyStreamCutShortDownstreamIsNeverCollected() {
        AtomicInteger generated = new AtomicInteger();
        AtomicBoolean inputClosed = new AtomicBoolean();
        Stream<Source> endless = Stream.iterate(0, i -> i + 1)
                .map(i -> {
                    generated.incrementAndGet();
                    return Source.text("Agreement number " + i + " was signed.").withId(String.valueOf(i));
                })
                .onClose(() -> inputClosed.set(true));
        Batch batch = Batch.builder(new FakeParser()).threads(2).maxInFlight(8).build();

        List<String> first;
        try (Stream<Batch.Result> results = batch.parse(endless)) {
            first = results.limit(50).map(Batch.Result::name).toList();
        }

        assertThat(first)
                .containsExactlyElementsOf(
                        IntStream.range(0, 50).mapToObj(String::valueOf).toList());
        assertThat(generated.get()).isBetween(50, 50 + 8);
        assertThat(inputClosed).as("closing the results closes the input").isTrue();
    }

    @Test
    void closingEarlyStopsTheWorkers() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        Set<String> interrupted = ConcurrentHashMap.newKeySet();
        AnnouncementParser slow = new FakeParser() {
            @Override
            public Announcement parse(Source source) {
                String id = source.id().orElseThrow();
                if (!id.equals("0")) {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await(); // until interrupted by close()
                    } catch (InterruptedException e) {
                        interrupted.add(id);
                    }
                }
                return super.parse(source);
            }
        };
        Stream<Batch.Result> results =
                Batch.builder(slow).threads(2).maxInFlight(2).build().parse(numbered(10));

        assertThat(results.findFirst()).get().extracting(Batch.Result::name).isEqualTo("0");
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        results.close();

        for (int i = 0; i < 3000 && interrupted.size() < 2; i++) {
            Thread.sleep(10);
        }
        assertThat(interrupted)
                .as("the two documents running when the stream was closed")
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void anInputThatBreaksGivesTheResultsBeforeTheBreakThenItsException() {
        Iterator<Source> breaking = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Source next() {
                if (next == 5) {
                    throw new java.io.UncheckedIOException(new IOException("the input broke"));
                }
                return Source.text("text").withId(String.valueOf(next++));
            }
        };
        List<String> names = new ArrayList<>();

        Stream<Batch.Result> results =
                Batch.builder(new FakeParser()).threads(2).build().parse(() -> breaking);

        assertThatThrownBy(() -> results.forEach(r -> names.add(r.name())))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("the input broke");
        assertThat(names).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void misuseFailsAtOnceWithAClearMessage() {
        assertThatThrownBy(() -> Batch.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Batch.builder(PARSER).threads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be >= 1");
        assertThatThrownBy(() -> Batch.builder(PARSER).maxInFlight(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInFlight");
        assertThatThrownBy(() -> Batch.builder(PARSER).threads(4).maxInFlight(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least the number of threads (4)");
        Batch batch = Batch.builder(PARSER).threads(2).build();
        assertThatThrownBy(() -> batch.parse((Stream<Source>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> batch.parse((Iterable<Source>) null)).isInstanceOf(NullPointerException.class);
        List<Source> withNull = new ArrayList<>();
        withNull.add(Source.text("one"));
        withNull.add(null);
        assertThatThrownBy(() -> batch.parse(withNull).toList())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("source #1");
    }

    @Test
    void defaultsAreOneThreadPerProcessorAndFourTimesThatInFlight() {
        Batch batch = Batch.of(PARSER);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(batch.threads()).isEqualTo(cores);
        assertThat(batch.maxInFlight()).isEqualTo(4 * cores);
        assertThat(batch.ordered()).isTrue();
        assertThat(batch.parse(List.of()).toList()).isEmpty();
    }

    private static List<Long> range(int n) {
        return IntStream.range(0, n).mapToObj(i -> (long) i).toList();
    }

    private static List<Source> numbered(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> Source.text("text " + i).withId(String.valueOf(i)))
                .toList();
    }

    /** Source ids "0", "1", …; the parse of "0" waits until the parse of {@code gate} has finished. */
    private static final class LatchedParser extends FakeParser {
        private final String gate;
        private final CountDownLatch done = new CountDownLatch(1);

        LatchedParser(int gate) {
            this.gate = String.valueOf(gate);
        }

        @Override
        public Announcement parse(Source source) {
            String id = source.id().orElseThrow();
            try {
                if (id.equals("0") && !done.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("document " + gate + " never finished");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Announcement a = super.parse(source);
            if (id.equals(gate)) {
                done.countDown();
            }
            return a;
        }
    }

    /** Returns an announcement whose id is the source's id, without extracting anything. */
    private static class FakeParser implements AnnouncementParser {
        @Override
        public Announcement parse(Source source) {
            return Announcement.builder().id(source.id().orElse("?")).build();
        }

        @Override
        public Article readArticle(Source source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Announcement parse(Article article) {
            throw new UnsupportedOperationException();
        }
    }

    /** An iterator over {@code n} text sources that counts how many were taken. */
    private static final class CountingSources implements Iterator<Source> {
        final AtomicInteger pulled = new AtomicInteger();
        private final int n;

        CountingSources(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return pulled.get() < n;
        }

        @Override
        public Source next() {
            int i = pulled.getAndIncrement();
            return Source.text("text " + i).withId(String.valueOf(i));
        }
    }
}
