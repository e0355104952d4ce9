package dev.accords.cli;

import static dev.accords.cli.MainTest.FORUM_TEXT;
import static dev.accords.cli.MainTest.PAGE;
import static dev.accords.cli.MainTest.filesUnder;
import static dev.accords.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.warc.Warcs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line over many inputs: threads, WARC files, JSON Lines files, progress. */
class ParallelCliTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    /** Twelve inputs, each naming its own forum: "the 1st … Forum", "the 2nd …". */
    private List<Object> manyInputs() throws IOException {
        List<Object> files = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String text = FORUM_TEXT.replace("3rd", i + (i == 1 ? "st" : i == 2 ? "nd" : i == 3 ? "rd" : "th"));
            files.add(
                    i % 3 == 0
                            ? write("in/p" + i + ".html", PAGE.replace("Hanoi", "Hanoi " + i))
                            : write("in/t" + i + ".txt", text));
        }
        return files;
    }

    private static List<String> ids(String jsonLines) {
        return jsonLines.lines().map(l -> read(l).id().orElseThrow()).toList();
    }

    private static Announcement read(String json) {
        try {
            return AccordsJson.read(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void manyThreadsGiveTheSameLinesInInputOrderAsOne() throws IOException {
        List<Object> files = manyInputs();
        List<Object> one = new ArrayList<>(List.of("--threads", 1));
        one.addAll(files);
        List<Object> four = new ArrayList<>(List.of("--threads", 4));
        four.addAll(files);

        MainTest.Result sequential = run(one.toArray());
        MainTest.Result parallel = run(four.toArray());

        assertThat(parallel.code()).isZero();
        assertThat(parallel.err()).isEmpty();
        assertThat(ids(parallel.out()))
                .containsExactly("t1", "t2", "p3", "t4", "t5", "p6", "t7", "t8", "p9", "t10", "t11", "p12");
        assertThat(parallel.out()).isEqualTo(sequential.out());
    }

    @Test
    void threadsMustBePositive() {
        MainTest.Result r = run("--threads", 0, "x.txt");

        assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--threads must be at least 1");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void failuresAmongManyAreReportedInInputOrderAndTheRestGoOn() throws IOException {
        List<Object> args = new ArrayList<>(List.of("--threads", 3));
        args.addAll(manyInputs());
        args.add(4, tmp.resolve("missing-a.txt"));
        args.add(9, Files.write(tmp.resolve("in/binary.txt"), new byte[] {0, 0, 0, 1, 2, 3, 0, 0}));
        args.add(tmp.resolve("missing-b.txt"));

        MainTest.Result r = run(args.toArray());

        assertThat(r.code()).isEqualTo(3); // the number of inputs that failed
        assertThat(r.outLines()).hasSize(12);
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(0)).contains("missing-a.txt", "no such file");
        assertThat(r.errLines().get(1)).contains("missing-b.txt", "no such file");
        assertThat(r.errLines().get(2)).contains("binary.txt", "binary file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void warcPagesArePrintedAndOtherRecordsCounted(String name) throws IOException {
        Path warc = Warcs.crawl(tmp.resolve(name));

        MainTest.Result r = run(warc);

        assertThat(r.code()).isZero();
        List<Announcement> pages =
                r.outLines().stream().map(ParallelCliTest::read).toList();
        assertThat(pages)
                .extracting(a -> a.sourceUrl().orElseThrow())
                .containsExactly(
                        "https://example.org/a",
                        "https://example.org/b",
                        "https://example.org/c",
                        "https://example.org/d");
        assertThat(pages).allSatisfy(a -> assertThat(a.id()).get().asString().startsWith("urn:uuid:"));
        assertThat(r.errLines())
                .containsExactly("accords: " + warc + ": 4 HTML page(s), skipped 6 other record(s) (HTTP status not"
                        + " 2xx: 1, metadata: 1, not HTML: 1, request: 1, revisit: 1, warcinfo: 1)");
    }

    @Test
    void warcPagesGoToNumberedFilesUnderOut() throws IOException {
        Warcs.crawl(tmp.resolve("D/sub/crawl.warc.gz"));
        write("D/a.txt", FORUM_TEXT);
        Path out = tmp.resolve("out");

        MainTest.Result r = run("--out", out, tmp.resolve("D"));

        assertThat(r.code()).isZero();
        assertThat(filesUnder(out))
                .containsExactly(
                        "a.json",
                        "sub/crawl/000001.json",
                        "sub/crawl/000002.json",
                        "sub/crawl/000003.json",
                        "sub/crawl/000004.json");
        assertThat(AccordsJson.read(Files.readString(out.resolve("sub/crawl/000003.json")))
                        .sourceUrl())
                .contains("https://example.org/c");
    }

    @Test
    void aWarcMixedWithFilesKeepsCommandLineOrder() throws IOException {
        Path before = write("before.txt", FORUM_TEXT);
        Path warc = Warcs.crawl(tmp.resolve("crawl.warc"));
        Path after = write("after.html", PAGE);

        MainTest.Result r = run(before, warc, after);

        assertThat(r.code()).isZero();
        List<String> ids = ids(r.out());
        assertThat(ids).hasSize(6);
        assertThat(ids.get(0)).isEqualTo("before");
        assertThat(ids.subList(1, 5)).allSatisfy(id -> assertThat(id).startsWith("urn:uuid:"));
        assertThat(ids.get(5)).isEqualTo("after");
    }

    @Test
    void aFileThatIsNotAWarcIsNamedAndTheOthersGoOn() throws IOException {
        Path bad = write("bad.warc", "<html><p>not a crawl</p></html>");
        Path good = write("good.txt", FORUM_TEXT);

        MainTest.Result r = run(bad, good);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("accords: " + bad + ": cannot read");
        assertThat(ids(r.out())).containsExactly("good");
    }

    @Test
    void aWarcCutShortGivesThePagesBeforeTheBreakAndOneError() throws IOException {
        byte[] whole = Files.readAllBytes(Warcs.crawl(tmp.resolve("whole.warc.gz")));
        Path cut = Files.write(tmp.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path good = write("good.txt", FORUM_TEXT);

        MainTest.Result r = run(cut, good);

        assertThat(r.code()).isEqualTo(1);
        List<String> ids = ids(r.out());
        assertThat(ids).as("some pages, then the next input").hasSizeBetween(2, 4);
        assertThat(ids.get(ids.size() - 1)).isEqualTo("good");
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("accords: " + cut + ": cannot read");
        assertThat(r.errLines().get(1)).startsWith("accords: " + cut + ": " + (ids.size() - 1) + " HTML page(s)");
    }

    @Test
    void outJsonlWritesOneFileOfLinesInInputOrder() throws IOException {
        List<Object> args = new ArrayList<>(List.of("--out", tmp.resolve("res/all.jsonl")));
        args.addAll(manyInputs());
        args.add(Warcs.crawl(tmp.resolve("crawl.warc.gz")));

        MainTest.Result r = run(args.toArray());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(filesUnder(tmp.resolve("res"))).containsExactly("all.jsonl");
        List<String> ids = ids(Files.readString(tmp.resolve("res/all.jsonl")));
        assertThat(ids).hasSize(16);
        assertThat(ids.subList(0, 3)).containsExactly("t1", "t2", "p3");
    }

    @Test
    void outJsonlThatCannotBeWrittenFailsWithOneLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken.jsonl"));
        Path good = write("good.txt", FORUM_TEXT);

        MainTest.Result r = run("--out", dir, good);

        assertThat(r.code()).isEqualTo(Main.EXIT_OUTPUT);
        assertThat(r.errLines()).singleElement().asString().contains("cannot write", "taken.jsonl");
        assertThat(filesUnder(tmp)).containsExactly("good.txt");
    }

    @Test
    void progressIsShownOnATerminalOrWhenAskedAndNeverWithQuiet() throws IOException {
        List<Object> files = manyInputs();

        String terminal = runWithTerminal(true, files.toArray());
        String asked = runWithTerminal(false, concat(List.of("--progress"), files));
        String quiet = runWithTerminal(true, concat(List.of("--quiet"), files));
        String redirected = runWithTerminal(false, files.toArray());

        // the summary is padded with spaces to cover a longer progress line drawn before it, which a
        // slow (loaded) run draws
        assertThat(terminal).matches("(?s).*accords: 12 documents in \\d+:\\d\\d:\\d\\d, [\\d.]+/s *\\n");
        assertThat(asked).contains("accords: 12 documents in ");
        assertThat(quiet).isEmpty();
        assertThat(redirected).isEmpty();
    }

    private static Object[] concat(List<Object> first, List<Object> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray();
    }

    /** @return what the run printed on stderr */
    private static String runWithTerminal(boolean terminal, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Main.run(strings, new PrintWriter(out), new PrintWriter(err), terminal);
        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize(12);
        return err.toString();
    }
}
