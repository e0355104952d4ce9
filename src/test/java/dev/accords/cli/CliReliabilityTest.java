package dev.accords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never loses or mixes up a document: same-named inputs do not overwrite each other,
 * output files appear whole or not at all, a failing input is named and the others go on, and the exit
 * code is the number of inputs that failed.
 */
class CliReliabilityTest {
    private static final String DEAL = "NAIROBI, March 5, 2024 -- Kenya Power Co Ltd signed an MoU worth $5 million.";
    private static final String OTHER =
            "SHANGHAI, Jan. 10, 2024 -- Alpha Capital Co., Ltd. set up a 5 billion yuan fund.";

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int code = Main.run(strings, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file under a directory, relative, with {@code /}, sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void sameNamesInDifferentFoldersOfADirectoryAreMirrored() throws IOException {
        write("in/2024/news.txt", DEAL);
        write("in/2023/news.html", "<html><body><p>" + OTHER + "</p></body></html>");
        Path out = tmp.resolve("out");
        Result r = run("--out", out, tmp.resolve("in"));
        assertThat(r.code()).isZero();
        assertThat(files(out)).containsExactly("2023/news.json", "2024/news.json");
        assertThat(Files.readString(out.resolve("2024/news.json"))).contains("Kenya Power");
        assertThat(Files.readString(out.resolve("2023/news.json")))
                .contains("Alpha Capital")
                .doesNotContain("Kenya Power");
    }

    @Test
    void sameNamesFromTwoArgumentsAreRefusedNotOverwritten() throws IOException {
        Path a = write("a/news.txt", DEAL);
        Path b = write("b/news.txt", OTHER);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("news.json"), "kept from before\n");
        Result r = run("--out", out, a, b);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(a + ": refused", b + ": refused");
        assertThat(files(out)).containsExactly("news.json");
        assertThat(Files.readString(out.resolve("news.json"))).isEqualTo("kept from before\n");
    }

    @Test
    void outputIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path in = write("in/deal.txt", DEAL);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("deal.json"), "{\"old\": " + "0".repeat(100_000) + "}\n");
        Result r = run("--out", out, in);
        assertThat(r.code()).isZero();
        assertThat(files(out)).containsExactly("deal.json");
        String json = Files.readString(out.resolve("deal.json"));
        assertThat(json).startsWith("{").endsWith("}\n").contains("Kenya Power").doesNotContain("old");
    }

    /** A file that cannot be written leaves what was there, and no temporary file beside it. */
    @Test
    void aFailedWriteLeavesNothingHalfWritten() throws IOException {
        Path in = write("in/deal.txt", DEAL);
        Path ok = write("in/other.txt", OTHER);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("deal.json")); // a directory where the file should go
        Files.writeString(out.resolve("deal.json/keep.txt"), "keep");
        Result r = run("--out", out, in, ok);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(in + ": cannot write");
        assertThat(files(out)).containsExactly("deal.json/keep.txt", "other.json");
    }

    @Test
    void failingInputsAreNamedTheOthersGoOnAndTheExitCodeCountsThem() throws IOException {
        write("in/a-good.txt", DEAL);
        write("in/b-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2});
        write("in/c-corrupt.txt.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        write("in/d-good.html", "<p>" + OTHER + "</p>");
        write("in/e-notgzip.html.gz", "not gzip at all");
        Path out = tmp.resolve("out");
        Result r = run("--out", out, tmp.resolve("in"), tmp.resolve("missing.txt"));
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().lines().toList())
                .anySatisfy(l -> assertThat(l).contains("b-binary.txt", "binary"))
                .anySatisfy(l -> assertThat(l).contains("c-corrupt.txt.gz", "cannot read"))
                .anySatisfy(l -> assertThat(l).contains("e-notgzip.html.gz", "not in gzip format"))
                .anySatisfy(l -> assertThat(l).contains("missing.txt", "no such file"));
        assertThat(files(out)).containsExactly("a-good.json", "d-good.json");
    }

    @Test
    void theExitCodeCountsUpTo63Failures() throws IOException {
        for (int i = 0; i < 70; i++) {
            write("in/" + i + ".txt", new byte[] {0, 1, 2});
        }
        write("in/good.txt", DEAL);
        Result r = run("--out", tmp.resolve("out"), tmp.resolve("in"));
        assertThat(r.code()).isEqualTo(Main.EXIT_MAX_FAILED);
        assertThat(r.err().lines().filter(l -> l.contains("binary"))).hasSize(70);
        assertThat(files(tmp.resolve("out"))).containsExactly("good.json");
    }

    /** The same without --out: JSON Lines for the good inputs, in order, and the count as exit code. */
    @Test
    void failuresOnStandardOutputDoNotStopTheRest() throws IOException {
        Path a = write("a.txt", DEAL);
        Path bad = write("bad.txt.gz", gzipPrefix());
        Path b = write("b.txt", OTHER);
        Result r = run(a, bad, b);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().toList())
                .hasSize(2)
                .satisfiesExactly(
                        l -> assertThat(l).contains("\"id\":\"a\""),
                        l -> assertThat(l).contains("\"id\":\"b\""));
        assertThat(r.err()).contains(bad.toString());
    }

    /** A gzip file cut short: the start of a valid stream without its end. */
    private static byte[] gzipPrefix() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(DEAL.repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        return java.util.Arrays.copyOf(all, all.length / 2);
    }

    @Test
    void outputFilesGetThePermissionsOfAnyNewFile() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path in = write("in/deal.txt", DEAL);
        Path other = write("in/other.txt", OTHER);
        Path expected = Files.createFile(tmp.resolve("any-new-file"));

        assertThat(run("--out", tmp.resolve("out"), in, other).code()).isZero();
        assertThat(run("--out", tmp.resolve("all.jsonl"), in, other).code()).isZero();

        // a temporary file of Files.createTempFile is rw------- whatever the umask, and the rename kept it
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.getPosixFilePermissions(expected);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("out/deal.json"))).isEqualTo(mode);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("all.jsonl"))).isEqualTo(mode);
    }
}
