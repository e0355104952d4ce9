package dev.accords.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accords.Accords;
import dev.accords.AnnouncementParser;
import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accords [options] FILE|DIR…}: parses announcements and writes them as JSON. */
@Command(
        name = "accords",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reads cooperation announcements (.txt, .html, .htm, each optionally .gz) and writes what they report"
                    + " as JSON in the corpus schema.",
            "One input: one indented JSON document. Several: JSON Lines, one announcement per line, in input order.",
            "With no FILE, parses the example announcements bundled with Accords."
        },
        exitCodeOnInvalidInput = Main.EXIT_USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was parsed",
            "1-63:that many inputs failed (63: 63 or more), each named on stderr",
            "64:bad usage",
            "70:internal error"
        })
public final class Main implements Callable<Integer> {
    /** The exit code for most failed inputs: one more is still this (codes from 64 on mean other things). */
    static final int EXIT_MAX_FAILED = 63;
    /** Bad usage (sysexits EX_USAGE). */
    static final int EXIT_USAGE = 64;
    /** An error of the program itself, not of an input (sysexits EX_SOFTWARE). */
    static final int EXIT_INTERNAL = 70;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description = "Files to parse; directories are searched recursively.")
    private List<Path> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Write one JSON file per input into DIR: x/a.html.gz -> DIR/a.json; D/sub/b.txt found under"
                    + " directory D -> DIR/sub/b.json.")
    private Path out;

    @Option(names = "--no-evidence", description = "Leave out the evidence spans of each fact.")
    private boolean noEvidence;

    @Option(
            names = "--article",
            description = "Write the extracted article instead of the announcement: with --out, <name>.txt (the"
                    + " text, paragraphs separated by blank lines) and <name>.json (title, published, url, site_name,"
                    + " language, authors); without, one JSON object with the text as well.")
    private boolean article;

    private PrintWriter stdout;
    private PrintWriter stderr;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given output streams.
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        main.stdout = out;
        main.stderr = err;
        CommandLine cli = new CommandLine(main).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("accords: " + ex);
            return EXIT_INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws IOException {
        AnnouncementParser parser =
                AnnouncementParser.builder().includeEvidence(!noEvidence).build();
        Inputs found = inputs.isEmpty() ? Inputs.bundledExamples() : Inputs.collect(inputs, stderr);
        int failed = found.failures();
        List<Inputs.Input> docs = found.documents();
        if (out != null) {
            List<Inputs.Input> kept = Inputs.withoutCollisions(docs, stderr);
            failed += docs.size() - kept.size();
            docs = kept;
        }
        boolean single = docs.size() == 1 && out == null && found.failures() == 0;
        for (Inputs.Input in : docs) {
            try {
                if (article) {
                    writeArticle(in, parser.readArticle(in.source()), single);
                } else {
                    Announcement a = parser.parse(in.source());
                    String problem = problem(a);
                    if (problem != null) {
                        stderr.println("accords: " + in.label() + ": " + problem);
                        failed++;
                        continue;
                    }
                    writeAnnouncement(in, a, single);
                }
            } catch (NoSuchFileException e) {
                stderr.println("accords: " + in.label() + ": no such file");
                failed++;
            } catch (WriteFailure e) {
                stderr.println("accords: " + in.label() + ": cannot write " + e.target + ": " + message(e.cause));
                failed++;
            } catch (IOException | UncheckedIOException e) {
                stderr.println("accords: " + in.label() + ": cannot read: " + message(e));
                failed++;
            } catch (RuntimeException e) {
                stderr.println("accords: " + in.label() + ": parse failed: " + e);
                failed++;
            }
        }
        if (found.skipped() > 0) {
            stderr.println("accords: skipped " + found.skipped() + " file(s) that are not .txt/.html/.htm documents");
        }
        stdout.flush();
        return Math.min(failed, EXIT_MAX_FAILED); // the exit code says how many inputs failed
    }

    private void writeAnnouncement(Inputs.Input in, Announcement a, boolean single) throws WriteFailure {
        if (out != null) {
            write(out.resolve(in.outputName()), AccordsJson.writePretty(a) + "\n");
        } else if (single) {
            stdout.println(AccordsJson.writePretty(a));
        } else {
            stdout.println(AccordsJson.write(a));
        }
    }

    /** {@code --article}: the article text and its metadata instead of the announcement. */
    private void writeArticle(Inputs.Input in, Article a, boolean single) throws WriteFailure {
        ObjectNode meta = ArticleJson.metadata(a);
        if (out != null) {
            String base = in.outputName().substring(0, in.outputName().length() - ".json".length());
            write(out.resolve(base + ".txt"), a.text() + "\n");
            write(out.resolve(in.outputName()), ArticleJson.pretty(meta) + "\n");
        } else {
            meta.put("text", a.text());
            stdout.println(single ? ArticleJson.pretty(meta) : ArticleJson.compact(meta));
        }
    }

    private static void write(Path target, String content) throws WriteFailure {
        try {
            Outputs.writeAtomically(target, content);
        } catch (IOException e) {
            throw new WriteFailure(target, e);
        }
    }

    /** An output file that could not be written: reported for its input, the others go on. */
    private static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Path target;
        final IOException cause;

        WriteFailure(Path target, IOException cause) {
            super(cause);
            this.target = target;
            this.cause = cause;
        }
    }

    /** A diagnostic that means the input was not a document at all. */
    private static String problem(Announcement a) {
        for (Diagnostic d : a.diagnostics()) {
            if (d.code().equals("input.binary")) {
                return "binary file, not a document";
            }
        }
        return null;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Reports the library version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"accords " + Accords.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
