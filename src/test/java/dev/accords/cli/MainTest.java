package dev.accords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accords.Accords;
import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.model.Forum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A press release whose dateline gives the publication date and which names one forum. */
    static final String FORUM_TEXT =
            "BEIJING, Dec. 4, 2023 /PRNewswire/ -- On 26 November, the 3rd International Medical"
                    + " Innovation and Cooperation Forum was held in Fangchenggang.";

    /** A page whose og:title differs from its {@code <title>}: the extracted title is the og:title. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>City News | Portal of the Shenzhen Municipal Government</title>
            <meta property="og:title" content="Shenzhen and Hanoi sign strategic cooperation agreement">
            </head><body><article>
            <p>SHENZHEN, March 3, 2024 -- The Shenzhen Municipal Government and the Hanoi People's Committee signed a
            strategic cooperation agreement on Monday.</p>
            <p>The agreement covers trade, investment and culture.</p>
            </article></body></html>
            """;

    @TempDir
    Path tmp;

    /** The outcome of one run of the command line. */
    record Result(int code, String out, String err) {
        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        private static List<String> lines(String s) {
            return s.isEmpty() ? List.of() : s.lines().toList();
        }
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = Main.run(strings, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String relative, byte[] content) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Every file under {@code dir}, as relative paths with {@code /}, sorted. */
    static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static List<String> keysNamed(JsonNode node, String name) {
        List<String> found = new ArrayList<>();
        collectKeys(node, name, "$", found);
        return found;
    }

    private static void collectKeys(JsonNode node, String name, String where, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals(name)) {
                    found.add(where + "." + name);
                }
                collectKeys(e.getValue(), name, where + "." + e.getKey(), found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectKeys(node.get(i), name, where + "[" + i + "]", found);
            }
        }
    }

    @Nested
    class OneInput {
        @Test
        void textFileGivesOnePrettyDocumentWithTheParsedFacts() throws IOException {
            Path file = write("news/release.txt", FORUM_TEXT);

            Result r = run(file);

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.outLines()).as("indented, multi-line JSON").hasSizeGreaterThan(5);
            assertThat(r.outLines().get(0)).isEqualTo("{");
            assertThat(r.outLines().get(1)).startsWith("  \"");
            Announcement a = AccordsJson.read(r.out());
            assertThat(a.id()).contains("release");
            assertThat(a.published()).contains(LocalDate.of(2023, 12, 4));
            assertThat(a.forums())
                    .extracting(Forum::name)
                    .anySatisfy(name ->
                            assertThat(name).contains("International Medical Innovation and Cooperation Forum"));
        }

        @Test
        void gzippedHtmlPageGivesItsTitle() throws IOException {
            Path file = write("x/page.html.gz", gzip(PAGE));

            Result r = run(file);

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            Announcement a = AccordsJson.read(r.out());
            assertThat(a.id()).contains("page");
            assertThat(a.title()).contains("Shenzhen and Hanoi sign strategic cooperation agreement");
            assertThat(a.published()).contains(LocalDate.of(2024, 3, 3));
            assertThat(a.agreements()).isNotEmpty();
        }

        @Test
        void htmFileIsReadAsHtml() throws IOException {
            Path file = write("page.htm", PAGE);

            Result r = run(file);

            assertThat(r.code()).isZero();
            Announcement a = AccordsJson.read(r.out());
            assertThat(a.title()).contains("Shenzhen and Hanoi sign strategic cooperation agreement");
            assertThat(r.out()).doesNotContain("<article>", "og:title");
        }

        @Test
        void noEvidenceLeavesOutEverySpan() throws IOException {
            Path file = write("release.txt", FORUM_TEXT);

            Result with = run(file);
            Result without = run("--no-evidence", file);

            assertThat(with.code()).isZero();
            assertThat(keysNamed(JSON.readTree(with.out()), "spans"))
                    .as("control: evidence by default")
                    .isNotEmpty();
            assertThat(without.code()).isZero();
            JsonNode tree = JSON.readTree(without.out());
            assertThat(keysNamed(tree, "spans")).isEmpty();
            assertThat(tree.get("forums")).as("the facts are still there").isNotEmpty();
        }
    }

    @Nested
    class SeveralInputs {
        @Test
        void printJsonLinesInInputOrder() throws IOException {
            Path b = write("b.txt", FORUM_TEXT);
            Path a = write("a.html", PAGE);
            Path c = write("sub/c.txt.gz", gzip(FORUM_TEXT));

            Result r = run(b, a, c);

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            List<String> lines = r.outLines();
            assertThat(lines).hasSize(3);
            List<String> ids = new ArrayList<>();
            for (String line : lines) {
                assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
                ids.add(AccordsJson.read(line).id().orElseThrow());
            }
            assertThat(ids).containsExactly("b", "a", "c");
            assertThat(AccordsJson.read(lines.get(1)).title())
                    .contains("Shenzhen and Hanoi sign strategic cooperation agreement");
        }

        @Test
        void directoryIsSearchedRecursivelyAndOtherFilesAreSkippedAndCounted() throws IOException {
            Path dir = tmp.resolve("docs");
            write("docs/one.txt", FORUM_TEXT);
            write("docs/sub/two.html", PAGE);
            write("docs/sub/deeper/three.HTM.gz", gzip(PAGE));
            write("docs/notes.md", "# not a document");
            write("docs/sub/data.csv", "a,b\n1,2\n");

            Result r = run(dir);

            assertThat(r.code()).isZero();
            List<String> ids = new ArrayList<>();
            for (String line : r.outLines()) {
                ids.add(AccordsJson.read(line).id().orElseThrow());
            }
            assertThat(ids).containsExactlyInAnyOrder("one", "two", "three");
            assertThat(r.errLines()).singleElement().asString().contains("skipped 2 file(s)");
        }

        @Test
        void directoryWithOneDocumentAndNoOtherInputPrintsItPretty() throws IOException {
            write("docs/only.txt", FORUM_TEXT);

            Result r = run(tmp.resolve("docs"));

            assertThat(r.code()).isZero();
            assertThat(r.outLines()).hasSizeGreaterThan(5);
            assertThat(AccordsJson.read(r.out()).id()).contains("only");
        }
    }

    @Nested
    class OutDirectory {
        @Test
        void writesOneJsonFilePerInputNamedAfterItsBaseName() throws IOException {
            Path a = write("x/a.html.gz", gzip(PAGE));
            Path d = tmp.resolve("D");
            write("D/sub/b.txt", FORUM_TEXT);
            write("D/top.htm", PAGE);
            Path out = tmp.resolve("out");

            Result r = run("--out", out, a, d);

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).as("nothing on stdout with --out").isEmpty();
            assertThat(filesUnder(out)).containsExactly("a.json", "sub/b.json", "top.json");
            Announcement ja = AccordsJson.read(Files.readString(out.resolve("a.json")));
            assertThat(ja.id()).contains("a");
            assertThat(ja.title()).contains("Shenzhen and Hanoi sign strategic cooperation agreement");
            Announcement jb = AccordsJson.read(Files.readString(out.resolve("sub/b.json")));
            assertThat(jb.id()).contains("b");
            assertThat(jb.published()).contains(LocalDate.of(2023, 12, 4));
            assertThat(AccordsJson.read(Files.readString(out.resolve("top.json")))
                            .id())
                    .contains("top");
            assertThat(JSON.readTree(out.resolve("sub/b.json").toFile())
                            .get("id")
                            .asText())
                    .isEqualTo("b");
        }

        @Test
        void shortOptionAndExistingFilesAreOverwritten() throws IOException {
            Path in = write("a.txt", FORUM_TEXT);
            Path out = tmp.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve("a.json"), "stale");

            Result r = run("-o", out, in);

            assertThat(r.code()).isZero();
            assertThat(filesUnder(out)).containsExactly("a.json");
            assertThat(AccordsJson.read(Files.readString(out.resolve("a.json"))).id())
                    .contains("a");
        }

        @Test
        void twoInputsForOneOutputFileAreBothRefusedAndNameEachOther() throws IOException {
            Path first = write("x/a.txt", FORUM_TEXT);
            Path second = write("y/a.html", PAGE);
            Path other = write("z/c.txt", FORUM_TEXT);
            Path out = tmp.resolve("out");

            Result r = run("--out", out, first, second, other);

            assertThat(r.code()).isEqualTo(2); // two inputs refused
            assertThat(filesUnder(out)).containsExactly("c.json");
            assertThat(r.errLines()).hasSize(2);
            assertThat(r.errLines())
                    .anySatisfy(
                            l -> assertThat(l).startsWith("accords: " + first).contains(second.toString()));
            assertThat(r.errLines())
                    .anySatisfy(
                            l -> assertThat(l).startsWith("accords: " + second).contains(first.toString()));
        }

        @Test
        void namesThatDifferOnlyByCaseCollide() throws IOException {
            Path upper = write("x/Report.txt", FORUM_TEXT);
            Path lower = write("y/report.html.gz", gzip(PAGE));
            Path out = tmp.resolve("out");

            Result r = run("--out", out, upper, lower);

            assertThat(r.code()).isEqualTo(2); // two inputs refused
            assertThat(Files.exists(out) ? filesUnder(out) : List.<String>of()).isEmpty();
            assertThat(r.errLines())
                    .anySatisfy(l -> assertThat(l).contains(upper.toString()).endsWith(lower.toString()));
            assertThat(r.errLines())
                    .anySatisfy(l -> assertThat(l).contains(lower.toString()).endsWith(upper.toString()));
        }

        @Test
        void fileArgumentCollidesWithFileFoundUnderDirectory() throws IOException {
            Path loose = write("x/a.txt", FORUM_TEXT);
            write("D/a.html", PAGE);
            write("D/sub/a.txt", FORUM_TEXT);
            Path out = tmp.resolve("out");

            Result r = run("--out", out, loose, tmp.resolve("D"));

            assertThat(r.code()).isEqualTo(2); // two inputs refused
            assertThat(filesUnder(out))
                    .as("D/sub/a.txt maps to sub/a.json, which nothing else writes")
                    .containsExactly("sub/a.json");
            assertThat(r.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("a.json"));
        }

        @Test
        void collisionsAreOnlyAProblemWithOut() throws IOException {
            Path first = write("x/a.txt", FORUM_TEXT);
            Path second = write("y/a.html", PAGE);

            Result r = run(first, second);

            assertThat(r.code()).isZero();
            assertThat(r.outLines()).hasSize(2);
        }
    }

    @Nested
    class BadInput {
        @Test
        void missingFileIsNamedAndTheOthersAreStillProcessed() throws IOException {
            Path good = write("good.txt", FORUM_TEXT);
            Path missing = tmp.resolve("missing.txt");

            Result r = run(missing, good);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains(missing.toString())
                    .contains("no such file");
            assertThat(r.outLines())
                    .singleElement()
                    .satisfies(l -> assertThat(AccordsJson.read(l).id()).contains("good"));
        }

        @Test
        void missingFileWithOutStillWritesTheOthers() throws IOException {
            Path good = write("good.txt", FORUM_TEXT);
            Path out = tmp.resolve("out");

            Result r = run("--out", out, tmp.resolve("nope.html"), good);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains("nope.html")
                    .contains("no such file");
            assertThat(filesUnder(out)).containsExactly("good.json");
        }

        @Test
        void binaryFileIsRefused() throws IOException {
            Path binary = write("x.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 20, 0, 8, 0, 0, 0, 'a', 0, 'b'});
            Path good = write("good.txt", FORUM_TEXT);

            Result r = run(binary, good);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains(binary.toString())
                    .contains("binary file");
            assertThat(r.outLines())
                    .singleElement()
                    .satisfies(l -> assertThat(AccordsJson.read(l).id()).contains("good"));
        }

        @Test
        void binaryFileWritesNothingWithOut() throws IOException {
            Path binary = write("x.txt", new byte[] {0, 0, 0, 1, 2, 3, 0, 0});
            Path out = tmp.resolve("out");

            Result r = run("--out", out, binary);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("binary file");
            assertThat(Files.exists(out) ? filesUnder(out) : List.<String>of()).isEmpty();
        }

        @Test
        void directoryWithoutDocumentsIsNamed() throws IOException {
            write("empty/readme.md", "nothing here");
            Path dir = tmp.resolve("empty");
            Path good = write("good.txt", FORUM_TEXT);

            Result r = run(dir, good);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .anySatisfy(l -> assertThat(l).contains(dir.toString()).contains("no documents"));
            assertThat(r.outLines()).hasSize(1);
        }

        @Test
        void emptyDirectoryIsNamed() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("nothing"));

            Result r = run(dir);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines()).singleElement().asString().contains(dir.toString());
            assertThat(r.out()).isEmpty();
        }

        @Test
        void anOutputThatCannotBeWrittenIsNamedAndTheOthersGoOn() throws IOException {
            Path out = tmp.resolve("out");
            Files.createDirectories(out.resolve("a.json")); // a directory where a.json should go
            Path a = write("in/a.txt", FORUM_TEXT);
            Path b = write("in/b.txt", FORUM_TEXT);

            Result r = run("--out", out, a, b);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains(a.toString())
                    .contains("cannot write");
            assertThat(filesUnder(out)).containsExactly("b.json");
        }

        @Test
        void theSameFileNamedTwiceIsParsedOnce() throws IOException {
            Path a = write("a.txt", FORUM_TEXT);
            Path out = tmp.resolve("out");

            Result r = run("--out", out, a, a);

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(filesUnder(out)).containsExactly("a.json");
        }

        @Test
        void truncatedGzipCannotBeRead() throws IOException {
            byte[] whole = gzip(PAGE);
            Path corrupt = write("bad.html.gz", Arrays.copyOf(whole, 30));
            Path good = write("good.txt", FORUM_TEXT);

            Result r = run(corrupt, good);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains(corrupt.toString())
                    .contains("cannot read");
            assertThat(r.outLines()).hasSize(1);
        }

        @Test
        void gzFileThatIsNotGzipCannotBeRead() throws IOException {
            Path corrupt = write("bad.txt.gz", FORUM_TEXT);

            Result r = run(corrupt);

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines())
                    .singleElement()
                    .asString()
                    .contains(corrupt.toString())
                    .contains("cannot read");
            assertThat(r.out()).isEmpty();
        }
    }

    @Nested
    class ArticleMode {
        @Test
        void writesTheArticleTextAndItsMetadata() throws IOException {
            Path page = write("news/page.html", PAGE);
            Path out = tmp.resolve("out");

            Result r = run("--article", "--out", out, page);

            assertThat(r.code()).isZero();
            assertThat(filesUnder(out)).containsExactly("page.json", "page.txt");
            String text = Files.readString(out.resolve("page.txt"));
            assertThat(text).contains("The agreement covers trade, investment and culture.");
            assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(2);
            JsonNode meta = JSON.readTree(out.resolve("page.json").toFile());
            assertThat(meta.get("title").asText()).isEqualTo("Shenzhen and Hanoi sign strategic cooperation agreement");
            assertThat(meta.has("published")).isTrue();
            assertThat(meta.has("site_name")).isTrue();
        }

        @Test
        void withoutOutItPrintsOneJsonObjectWithTheText() throws IOException {
            Path page = write("page.html", PAGE);

            Result r = run("--article", page);

            assertThat(r.code()).isZero();
            JsonNode node = JSON.readTree(r.out());
            assertThat(node.get("text").asText()).contains("strategic cooperation agreement");
            assertThat(node.get("title").asText()).startsWith("Shenzhen and Hanoi");
        }
    }

    @Nested
    class Options {
        @Test
        void helpPrintsUsage() {
            Result r = run("--help");

            assertThat(r.code()).isZero();
            assertThat(r.out())
                    .startsWith("Usage: accords")
                    .contains("--out", "--no-evidence", "--version", "FILE|DIR");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void versionPrintsTheLibraryVersion() {
            Result r = run("--version");

            assertThat(r.code()).isZero();
            assertThat(r.outLines().get(0)).isEqualTo("accords " + Accords.version());
            assertThat(Accords.version()).as("filled in by the build").matches("\\d+\\.\\d+\\.\\d+.*");
        }

        @Test
        void unknownOptionIsBadUsage() {
            Result r = run("--frobnicate");

            assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
            assertThat(r.err()).contains("--frobnicate");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void outWithoutDirectoryIsBadUsage() {
            Result r = run("--out");

            assertThat(r.code()).isEqualTo(Main.EXIT_USAGE);
            assertThat(r.out()).isEmpty();
        }
    }

    @Nested
    class BundledExamples {
        @Test
        void noArgumentsParsesTheFiveExamples() throws IOException {
            Result r = run();

            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            List<String> lines = r.outLines();
            assertThat(lines).hasSize(5);
            for (int i = 0; i < 5; i++) {
                Announcement a = AccordsJson.read(lines.get(i));
                assertThat(a.id()).get().asString().startsWith("00" + i + "_");
                assertThat(a.language()).contains("en");
            }
            assertThat(lines)
                    .anySatisfy(l -> assertThat(AccordsJson.read(l).forums()).isNotEmpty());
        }

        @Test
        void noArgumentsWithOutWritesFiveFiles() throws IOException {
            Path out = tmp.resolve("out");

            Result r = run("--out", out, "--no-evidence");

            assertThat(r.code()).isZero();
            assertThat(r.out()).isEmpty();
            List<String> files = filesUnder(out);
            assertThat(files).hasSize(5);
            for (int i = 0; i < 5; i++) {
                String file = files.get(i);
                assertThat(file).startsWith("00" + i + "_").endsWith(".json");
                String json = Files.readString(out.resolve(file));
                assertThat(AccordsJson.read(json).id()).contains(file.substring(0, file.length() - ".json".length()));
                assertThat(keysNamed(JSON.readTree(json), "spans")).isEmpty();
            }
        }
    }
}
