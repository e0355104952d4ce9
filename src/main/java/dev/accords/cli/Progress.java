package dev.accords.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on stderr, rewritten in place, for long runs: documents done, rate, and an estimate of
 * the time left — from the number of documents when it is known, else from the share of the input
 * bytes read (WARC files). Off unless stderr is a terminal (or {@code --progress} asks for it).
 */
final class Progress {
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long totalDocuments;
    private final long totalBytes;
    private final long start;
    private long done;
    private long failed;
    private long bytes;
    private long lastPrint;
    private int lastWidth;

    /**
     * @param err where to draw the line, or null for no progress at all
     * @param nanoTime the clock
     * @param totalDocuments the number of documents, or -1 if not known before reading
     * @param totalBytes the size of all inputs, or 0 if not known
     */
    Progress(PrintWriter err, LongSupplier nanoTime, long totalDocuments, long totalBytes) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.totalDocuments = totalDocuments;
        this.totalBytes = totalBytes;
        this.start = nanoTime.getAsLong();
        this.lastPrint = start;
    }

    /** No progress line. */
    static final Progress OFF = new Progress(null, () -> 0, -1, 0);

    /**
     * Counts one document finished.
     *
     * @param inputBytes how many input bytes it stood for
     * @param ok whether it was parsed and written
     */
    void document(long inputBytes, boolean ok) {
        done++;
        bytes += inputBytes;
        if (!ok) {
            failed++;
        }
        if (err == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastPrint >= EVERY_NANOS) {
            lastPrint = now;
            draw(line(now));
        }
    }

    /** Removes the line, so that a message can be printed on stderr; it comes back on the next update. */
    void clear() {
        if (err != null && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    /** Leaves the final count on its own line. */
    void finish() {
        if (err != null) {
            draw(summary(nanoTime.getAsLong()));
            err.println();
            err.flush();
            lastWidth = 0;
        }
    }

    private void draw(String line) {
        String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        lastWidth = line.length();
    }

    String line(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder("accords: ");
        b.append(String.format(Locale.ROOT, "%,d", done));
        if (totalDocuments >= 0) {
            b.append(String.format(Locale.ROOT, " of %,d", totalDocuments));
        }
        b.append((totalDocuments >= 0 ? totalDocuments : done) == 1 ? " document" : " documents");
        if (failed > 0) {
            b.append(String.format(Locale.ROOT, " (%,d failed)", failed));
        }
        b.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        double fraction = totalDocuments > 0
                ? (double) done / totalDocuments
                : totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes) : -1;
        if (fraction >= 0) {
            b.append(String.format(Locale.ROOT, ", %d%%", (int) (fraction * 100)));
        }
        if (fraction > 0 && fraction < 1) {
            b.append(", ETA ").append(duration(seconds * (1 - fraction) / fraction));
        }
        return b.toString();
    }

    String summary(long now) {
        double seconds = (now - start) / 1e9;
        return String.format(
                Locale.ROOT,
                "accords: %,d %s in %s, %.1f/s%s",
                done,
                done == 1 ? "document" : "documents",
                duration(seconds),
                seconds > 0 ? done / seconds : 0,
                failed > 0 ? String.format(Locale.ROOT, ", %,d failed", failed) : "");
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
