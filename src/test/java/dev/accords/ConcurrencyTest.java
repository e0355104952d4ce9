package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.json.AccordsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One parser shared by many threads gives exactly the results of using it from one thread: every
 * corpus text, bundled example and HTML page, parsed sequentially, then by 8 threads at once, several
 * rounds each in its own order, compared as JSON (evidence and diagnostics included).
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 2;
    /** The corpus of CorpusTest (src/test/resources/corpus). */
    private static final List<String> CORPUS = dev.accords.corpus.CorpusTest.IDS;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSharedParserGivesTheResultsOfSequentialUse() throws Exception {
        List<Source> sources = sources();
        AnnouncementParser parser = AnnouncementParser.builder().build();
        List<String> expected = new ArrayList<>();
        for (Source s : sources) {
            expected.add(AccordsJson.write(parser.parse(s)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> problems = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < sources.size(); i++) {
                            order.add(i);
                        }
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            String json = AccordsJson.write(parser.parse(sources.get(i)));
                            if (!json.equals(expected.get(i))) {
                                problems.add(sources.get(i) + " differs in round " + round + ":\n" + json);
                            }
                        }
                    }
                    return problems;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sources).hasSizeGreaterThanOrEqualTo(25);
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        for (String id : CORPUS) {
            out.add(Source.text(resource("/corpus/" + id + ".txt")).withId(id));
        }
        for (String name : resource("/dev/accords/cli/examples/index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                out.add(Source.text(resource("/dev/accords/cli/examples/" + name.strip()))
                        .withId("example-" + name.strip()));
            }
        }
        for (String name : new String[] {"article", "json-ld-body", "nested-divs", "broken", "windows-1252"}) {
            out.add(Source.html(
                            bytes("/dev/accords/ParserFuzzTestInputs/html/" + name + ".html"),
                            null,
                            "https://example.org/" + name)
                    .withId(name));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
