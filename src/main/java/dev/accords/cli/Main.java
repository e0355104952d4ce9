package dev.accords.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accords.Accords;
import dev.accords.AnnouncementParser;
import dev.accords.internal.batch.Parallel;
import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
            "Also reads the HTML pages of WARC files (.warc, .warc.gz), as web crawls publish them.",
            "One input: one indented JSON document. Several: JSON Lines, one announcement per line, in input order"
                    + " (documents are parsed in parallel; the output order is the input order).",
            "With no FILE, parses the example announcements bundled with Accords."
        },
        exitCodeOnInvalidInput = Main.EXIT_USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was parsed",
            "1-63:that many inputs failed (63: 63 or more), each named on stderr",
            "64:bad usage",
            "70:internal error",
            "74:the --out JSON Lines file cannot be written"
        })
public final class Main implements Callable<Integer> {
    /** The exit code for most failed inputs: one more is still this (codes from 64 on mean other things). */
    static final int EXIT_MAX_FAILED = 63;
    /** Bad usage (sysexits EX_USAGE). */
    static final int EXIT_USAGE = 64;
    /** The one output file ({@code --out FILE.jsonl}) cannot be written (sysexits EX_IOERR). */
    static final int EXIT_OUTPUT = 74;
    /** An error of the program itself, not of an input (sysexits EX_SOFTWARE). */
    static final int EXIT_INTERNAL = 70;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description = "Files to parse; directories are searched recursively.")
    private List<Path> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR|FILE.jsonl",
            description = "Write one JSON file per input into DIR: x/a.html.gz -> DIR/a.json; D/sub/b.txt found under"
                    + " directory D -> DIR/sub/b.json; page N of c.warc.gz -> DIR/c/00000N.json. A name ending in"
                    + " .jsonl or .ndjson is instead one JSON Lines file, written when the run completes.")
    private Path out;

    @Option(names = "--no-evidence", description = "Leave out the evidence spans of each fact.")
    private boolean noEvidence;

    @Option(
            names = "--article",
            description = "Write the extracted article instead of the announcement: with --out, <name>.txt (the"
                    + " text, paragraphs separated by blank lines) and <name>.json (title, published, url, site_name,"
                    + " language, authors); without, one JSON object with the text as well.")
    private boolean article;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Parse N documents at a time (default: the number of processors, ${DEFAULT-VALUE} here)."
                    + " Output keeps input order whatever N is.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress line on stderr (it is shown only when stderr is a terminal anyway).")
    private boolean quiet;

    @Option(names = "--progress", description = "Show the progress line even when stderr is not a terminal.")
    private boolean forceProgress;

    @Spec
    private CommandSpec spec;

    private PrintWriter stdout;
    private PrintWriter stderr;
    private boolean stderrIsTerminal;
    private AnnouncementParser parser;
    private Path outDir;
    private boolean single;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                Terminal.stderr()));
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
        return run(args, out, err, false);
    }

    /**
     * Runs the command line with the given output streams.
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @param stderrIsTerminal whether {@code err} is a terminal, where progress is shown
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
        Main main = new Main();
        main.stdout = out;
        main.stderr = err;
        main.stderrIsTerminal = stderrIsTerminal;
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
        if (threads < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        parser = AnnouncementParser.builder().includeEvidence(!noEvidence).build();
        Inputs found = inputs.isEmpty() ? Inputs.bundledExamples() : Inputs.collect(inputs, stderr);
        int failed = found.failures();
        outDir = out != null && !isJsonLines(out) ? out : null;
        if (outDir != null) {
            List<Inputs.Input> docs = found.documents();
            List<Inputs.Input> kept = Inputs.withoutCollisions(docs, stderr);
            failed += docs.size() - kept.size();
            found = found.keeping(kept);
        }
        List<Inputs.Entry> entries = found.entries();
        single = entries.size() == 1 && entries.get(0) instanceof Inputs.Input && out == null && found.failures() == 0;
        Progress progress = progress(found);
        Items items = new Items(entries, progress != Progress.OFF);
        try (Sink sink = outDir != null ? new DirectorySink() : out != null ? new FileSink(out) : new StdoutSink();
                Stream<Outcome> outcomes = Parallel.stream(
                        items,
                        this::process,
                        threads,
                        (int) Math.min(4L * threads, Integer.MAX_VALUE),
                        true,
                        items::close)) {
            for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext(); ) {
                Outcome o = it.next();
                String error = o.error();
                if (error == null) {
                    try {
                        sink.write(o);
                    } catch (WriteFailure e) {
                        error = "cannot write " + e.target + ": " + message(e.cause);
                    }
                }
                if (error != null) {
                    progress.clear();
                    stderr.println("accords: " + o.item().label() + ": " + error);
                    failed++;
                }
                progress.document(o.item().bytes(), error == null);
            }
            sink.commit();
        } catch (WriteFailure e) {
            progress.clear();
            stderr.println("accords: cannot write " + e.target + ": " + message(e.cause));
            return EXIT_OUTPUT;
        }
        progress.finish();
        for (Items.WarcReport r : items.warcReports()) {
            stderr.println(r.message());
        }
        if (found.skipped() > 0) {
            stderr.println(
                    "accords: skipped " + found.skipped() + " file(s) that are not .txt/.html/.htm/.warc documents");
        }
        stdout.flush();
        return Math.min(failed, EXIT_MAX_FAILED); // the exit code says how many inputs failed
    }

    /** {@code --out} names a JSON Lines file rather than a directory. */
    static boolean isJsonLines(Path out) {
        String n = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private Progress progress(Inputs found) {
        if (quiet || !(forceProgress || stderrIsTerminal)) {
            return Progress.OFF;
        }
        long bytes = 0;
        for (Inputs.Entry e : found.entries()) {
            bytes += Items.size(e);
        }
        long documents = found.hasWarcs() ? -1 : found.entries().size();
        return new Progress(stderr, System::nanoTime, documents, bytes);
    }

    /**
     * The result of one document, made on a worker thread: the text to write, or what went wrong.
     *
     * @param item the document
     * @param json the JSON to write (an announcement, or an article's metadata), or null
     * @param text with {@code --article --out DIR}, the article text, else null
     * @param error the message for stderr, or null
     */
    record Outcome(Items.Item item, String json, String text, String error) {}

    private Outcome process(Items.Item item) {
        if (item.error() != null) {
            return new Outcome(item, null, null, item.error());
        }
        Inputs.Input in = item.input();
        boolean pretty = single || outDir != null;
        try {
            if (article) {
                Article a = parser.readArticle(in.source());
                ObjectNode meta = ArticleJson.metadata(a);
                if (outDir != null) {
                    return new Outcome(item, ArticleJson.pretty(meta), a.text(), null);
                }
                meta.put("text", a.text());
                return new Outcome(item, pretty ? ArticleJson.pretty(meta) : ArticleJson.compact(meta), null, null);
            }
            Announcement a = parser.parse(in.source());
            String problem = problem(a);
            if (problem != null) {
                return new Outcome(item, null, null, problem);
            }
            return new Outcome(item, pretty ? AccordsJson.writePretty(a) : AccordsJson.write(a), null, null);
        } catch (NoSuchFileException e) {
            return new Outcome(item, null, null, "no such file");
        } catch (IOException | UncheckedIOException e) {
            return new Outcome(item, null, null, "cannot read: " + message(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(item, null, null, "parse failed: " + e);
        }
    }

    /** Where the results go, in input order, on the main thread. */
    private interface Sink extends AutoCloseable {
        void write(Outcome o) throws WriteFailure;

        /** The run is complete: make the output visible. */
        default void commit() throws WriteFailure {}

        @Override
        default void close() {}
    }

    /** One line (or, for a single input, one indented document) per input on stdout. */
    private final class StdoutSink implements Sink {
        @Override
        public void write(Outcome o) {
            stdout.println(o.json());
        }
    }

    /** {@code --out DIR}: one file per input, each written atomically. */
    private final class DirectorySink implements Sink {
        @Override
        public void write(Outcome o) throws WriteFailure {
            String name = o.item().input().outputName();
            if (o.text() != null) {
                String base = name.substring(0, name.length() - ".json".length());
                Main.write(outDir.resolve(base + ".txt"), o.text() + "\n");
            }
            Main.write(outDir.resolve(name), o.json() + "\n");
        }
    }

    /**
     * {@code --out FILE.jsonl}: JSON Lines streamed into a temporary file next to it, renamed into
     * place when the run completes, so an interrupted run never leaves a half-written file.
     */
    private static final class FileSink implements Sink {
        private final Path target;
        private final Path tmp;
        private final Writer writer;
        private boolean committed;

        FileSink(Path target) throws WriteFailure {
            this.target = target;
            try {
                this.tmp = Outputs.createTemporary(target);
                this.writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WriteFailure(target, e);
            }
        }

        @Override
        public void write(Outcome o) throws WriteFailure {
            try {
                writer.write(o.json());
                writer.write('\n');
            } catch (IOException e) {
                throw new WriteFailure(target, e);
            }
        }

        @Override
        public void commit() throws WriteFailure {
            try {
                writer.close();
                Outputs.move(tmp, target);
                committed = true;
            } catch (IOException e) {
                throw new WriteFailure(target, e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    writer.close();
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // best effort: the run has failed already
                }
            }
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
