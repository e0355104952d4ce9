package dev.accords.bench;

import dev.accords.Accords;
import dev.accords.model.Announcement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of the first parse in a fresh JVM — loading the lexicons, compiling the patterns, class
 * loading — measured in {@code runs} new JVMs per kind of input:
 *
 * <pre>
 * mvn -B -ntp -Pbench test-compile exec:exec@first-parse [-Dfirst-parse.runs=10]
 *     [-Dfirst-parse.jvmArgs="-XX:TieredStopAtLevel=1"]
 * </pre>
 *
 * The children get the parent's class path. A class-data sharing archive
 * ({@code -XX:SharedArchiveFile}) needs one of jars only, so run this class with {@code java -cp} for
 * that, not through {@code exec:exec}, which puts the class directories on it.
 *
 * Each child JVM reads one document, parses it with {@link Accords} (the default parser, built on
 * first use), parses it again, and reports: the time of the first parse call, the time from the
 * JVM's start to the end of that parse, the CPU time the JVM had used by then (all its threads, JIT
 * compilers and GC included — a figure that holds on a loaded machine, unlike wall time), and the
 * second parse of the same document. The parent also reports the wall time of each child process,
 * start to exit.
 */
public final class FirstParse {
    /** The corpus text parsed, 10 KB. */
    private static final String TEXT = "000_2231a779c5da8bb4.txt";

    private FirstParse() {}

    /**
     * @param args {@code [runs [JVM options of the children...]]}, or {@code --child text|html} in a
     *     child JVM
     * @throws Exception if a child fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(args[1]);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> jvmArgs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        System.out.printf(
                Locale.ROOT,
                "first parse in a fresh JVM, %d runs each (Java %s, %d processors, load average %.1f)%s%n",
                runs,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                jvmArgs.isEmpty() ? "" : ", child JVM options " + String.join(" ", jvmArgs));
        for (String kind : List.of("text", "html")) {
            List<Double> first = new ArrayList<>();
            List<Double> sinceStart = new ArrayList<>();
            List<Double> second = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            String what = "";
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                List<String> command = new ArrayList<>();
                command.add(java);
                command.addAll(jvmArgs);
                command.addAll(List.of("-cp", cp, FirstParse.class.getName(), "--child", kind));
                Process p = new ProcessBuilder(command)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                String line;
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    line = r.readLine();
                }
                if (p.waitFor() != 0 || line == null) {
                    throw new IllegalStateException("child JVM failed for " + kind);
                }
                wall.add((System.nanoTime() - t0) / 1e6);
                String[] f = line.split("\t");
                first.add(Double.parseDouble(f[0]));
                sinceStart.add(Double.parseDouble(f[1]));
                second.add(Double.parseDouble(f[2]));
                cpu.add(Double.parseDouble(f[3]));
                what = f[4];
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s (%s), load average now %.1f:%n",
                    kind,
                    what,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            report("first parse call", first);
            report("JVM start -> first parse done", sinceStart);
            report("JVM CPU time to first parse done", cpu);
            report("second parse, same document", second);
            report("whole child process (wall)", wall);
        }
    }

    private static void report(String label, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "  %-32s median %7.1f ms   min %7.1f   max %7.1f%n",
                label,
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static void child(String kind) throws IOException {
        // only the one document is read: reading all the fixtures (7.7 MB of gzipped pages) took
        // hundreds of milliseconds of a cold JVM, counted in "JVM start -> first parse done"
        Fixtures.Doc doc = kind.equals("html") ? Fixtures.page("uk_BBC_2026_04_25.html.gz") : Fixtures.text(TEXT);
        // read before the clock starts; the CPU time includes this (a few milliseconds)
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Announcement a = parse(kind, doc);
        long t1 = System.nanoTime();
        long doneAt = System.currentTimeMillis();
        double cpuMs = os.getProcessCpuTime() / 1e6;
        parse(kind, doc);
        long t2 = System.nanoTime();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                Locale.ROOT,
                "%.1f\t%d\t%.1f\t%.1f\t%s, %d bytes, %d organisations%n",
                (t1 - t0) / 1e6,
                doneAt - jvmStart,
                (t2 - t1) / 1e6,
                cpuMs,
                doc.name(),
                doc.bytes(),
                a.organisations().size());
    }

    private static Announcement parse(String kind, Fixtures.Doc doc) {
        return kind.equals("html") ? Accords.parseHtml(doc.content(), doc.url()) : Accords.parseText(doc.content());
    }
}
