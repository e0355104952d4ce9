package dev.accords.cli;

import dev.accords.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The documents and WARC files named on the command line, in order, each with the output file name
 * (or, for a WARC file, the output directory) it maps to.
 */
final class Inputs {
    private static final String EXAMPLES = "/dev/accords/cli/examples/";

    private final List<Entry> entries;
    private final int failures;
    private final int skipped;

    private Inputs(List<Entry> entries, int failures, int skipped) {
        this.entries = entries;
        this.failures = failures;
        this.skipped = skipped;
    }

    /** A document or a WARC file. */
    sealed interface Entry permits Input, Warc {}

    /**
     * One document to parse.
     *
     * @param source what to parse
     * @param label how to name it in messages
     * @param outputName relative output path under {@code --out}, with {@code /} separators
     */
    record Input(Source source, String label, String outputName) implements Entry {}

    /**
     * A WARC file, whose HTML pages are read one by one as they are parsed.
     *
     * @param path the file
     * @param outputDir relative output directory of its pages under {@code --out}, with {@code /}
     */
    record Warc(Path path, String outputDir) implements Entry {}

    /** @return the documents and WARC files in command-line order */
    List<Entry> entries() {
        return entries;
    }

    /** @return the documents, without the WARC files */
    List<Input> documents() {
        return entries.stream()
                .filter(Input.class::isInstance)
                .map(Input.class::cast)
                .toList();
    }

    boolean hasWarcs() {
        return entries.stream().anyMatch(Warc.class::isInstance);
    }

    /** @return these inputs with only the given documents (and every WARC file) */
    Inputs keeping(List<Input> kept) {
        java.util.Set<Input> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(kept);
        return new Inputs(
                entries.stream()
                        .filter(e -> e instanceof Warc || keep.contains(e))
                        .toList(),
                failures,
                skipped);
    }

    int failures() {
        return failures;
    }

    int skipped() {
        return skipped;
    }

    static boolean isDocument(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    static boolean isWarc(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Files and directories from the command line; problems are reported on {@code err} and counted. */
    static Inputs collect(List<Path> paths, PrintWriter err) {
        List<Entry> docs = new ArrayList<>();
        int failures = 0;
        int skipped = 0;
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path p : paths) {
            if (!seen.add(p.toAbsolutePath().normalize())) {
                continue; // the same file or directory named twice is read once
            }
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    err.println("accords: " + p + ": cannot read directory: " + e.getMessage());
                    failures++;
                    continue;
                }
                int found = 0;
                for (Path f : files) {
                    boolean warc = isWarc(f);
                    if (!warc && !isDocument(f)) {
                        skipped++;
                        continue;
                    }
                    found++;
                    Path rel = p.relativize(f);
                    String dir = rel.getParent() == null
                            ? ""
                            : rel.getParent().toString().replace('\\', '/') + "/";
                    if (warc) {
                        docs.add(new Warc(
                                f, dir + Source.baseName(f.getFileName().toString())));
                        continue;
                    }
                    docs.add(new Input(
                            Source.file(f),
                            f.toString(),
                            dir + Source.baseName(f.getFileName().toString()) + ".json"));
                }
                if (found == 0) {
                    err.println("accords: " + p
                            + ": no documents (.txt, .html, .htm, .warc, optionally .gz) in this directory");
                    failures++;
                }
            } else if (Files.exists(p) && isWarc(p)) {
                docs.add(new Warc(p, Source.baseName(p.getFileName().toString())));
            } else if (Files.exists(p)) {
                docs.add(new Input(
                        Source.file(p),
                        p.toString(),
                        Source.baseName(p.getFileName().toString()) + ".json"));
            } else {
                err.println("accords: " + p + ": no such file or directory");
                failures++;
            }
        }
        return new Inputs(docs, failures, skipped);
    }

    /** The example announcements bundled in the jar. */
    static Inputs bundledExamples() throws IOException {
        List<Entry> docs = new ArrayList<>();
        for (String name : lines(EXAMPLES + "index.txt")) {
            try (InputStream in = Inputs.class.getResourceAsStream(EXAMPLES + name)) {
                if (in == null) {
                    throw new IOException("bundled example " + name + " is missing from the jar");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String id = Source.baseName(name);
                docs.add(new Input(Source.text(text).withId(id), "example " + name, id + ".json"));
            }
        }
        return new Inputs(docs, 0, 0);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }

    /**
     * Refuses every input whose output file another input would also write, naming them all.
     *
     * @return the inputs that may be written
     */
    static List<Input> withoutCollisions(List<Input> docs, PrintWriter err) {
        Map<String, List<Input>> byOutput = new LinkedHashMap<>();
        for (Input in : docs) {
            // case-insensitive: on some file systems a.json and A.json are one file
            byOutput.computeIfAbsent(in.outputName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(in);
        }
        List<Input> kept = new ArrayList<>();
        for (Input in : docs) {
            List<Input> same = byOutput.get(in.outputName().toLowerCase(Locale.ROOT));
            if (same.size() == 1) {
                kept.add(in);
            } else {
                List<String> others =
                        same.stream().filter(o -> o != in).map(Input::label).toList();
                err.println("accords: " + in.label() + ": refused: its output " + in.outputName()
                        + " would also be written for " + String.join(", ", others));
            }
        }
        return kept;
    }
}
