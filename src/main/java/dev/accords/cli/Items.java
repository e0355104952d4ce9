package dev.accords.cli;

import dev.accords.Source;
import dev.accords.warc.WarcSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The documents to parse, in command-line order, read lazily: a WARC file is opened when its turn
 * comes and yields its pages one at a time, so any number of pages passes through in flat memory.
 * Used from one thread.
 */
final class Items implements Iterator<Items.Item>, AutoCloseable {
    /**
     * A document to parse, or an input that could not be read.
     *
     * @param input the document, or null for an error
     * @param label how to name it in messages
     * @param error what went wrong reading the input, or null
     * @param bytes how many input bytes it stands for (for the progress estimate)
     */
    record Item(Inputs.Input input, String label, String error, long bytes) {}

    /**
     * What a WARC file held.
     *
     * @param path the file
     * @param pages the HTML pages read
     * @param skipped the other records, by reason
     */
    record WarcReport(Path path, long pages, Map<String, Long> skipped) {
        String message() {
            long total = skipped.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder b = new StringBuilder("accords: " + path + ": " + pages + " HTML page(s)");
            if (total > 0) {
                b.append(", skipped ").append(total).append(" other record(s) (");
                List<String> parts = new ArrayList<>();
                skipped.forEach((reason, n) -> parts.add(reason + ": " + n));
                b.append(String.join(", ", parts)).append(')');
            }
            return b.toString();
        }
    }

    private final Iterator<Inputs.Entry> entries;
    private final boolean sizes;
    private final List<WarcReport> reports = new ArrayList<>();
    private Inputs.Warc warcEntry;
    private WarcSources warc;
    private Iterator<Source> pages;
    private long position;
    private int ordinal;
    private Item next;

    /**
     * @param entries the inputs
     * @param sizes whether to find each document's size (for progress)
     */
    Items(List<Inputs.Entry> entries, boolean sizes) {
        this.entries = entries.iterator();
        this.sizes = sizes;
    }

    /** @return what the WARC files read so far held */
    List<WarcReport> warcReports() {
        return reports;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (pages != null) {
                nextPage();
            } else if (entries.hasNext()) {
                Inputs.Entry e = entries.next();
                if (e instanceof Inputs.Input in) {
                    next = new Item(in, in.label(), null, sizes ? size(in) : 0);
                } else {
                    open((Inputs.Warc) e);
                }
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item i = next;
        next = null;
        return i;
    }

    private void open(Inputs.Warc w) {
        try {
            warc = WarcSources.open(w.path());
            pages = warc.iterator();
            warcEntry = w;
            position = 0;
            ordinal = 0;
        } catch (IOException | RuntimeException e) {
            next = new Item(null, w.path().toString(), "cannot read: " + message(e), 0);
        }
    }

    private void nextPage() {
        try {
            if (!pages.hasNext()) {
                finishWarc();
                return;
            }
            Source page = pages.next();
            ordinal++;
            long now = warc.position();
            String label = warcEntry.path() + " " + page.url().orElse(page.id().orElse("record"));
            String outputName = warcEntry.outputDir() + "/" + String.format(Locale.ROOT, "%06d", ordinal) + ".json";
            next = new Item(new Inputs.Input(page, label, outputName), label, null, now - position);
            position = now;
        } catch (UncheckedIOException e) {
            next = new Item(null, warcEntry.path().toString(), "cannot read: " + message(e.getCause()), 0);
            if (warc.records() > 0) {
                finishWarc(); // what was read before the damage
            } else {
                closeWarc();
            }
        }
    }

    private void finishWarc() {
        reports.add(new WarcReport(warcEntry.path(), warc.pages(), warc.skippedByReason()));
        closeWarc();
    }

    private void closeWarc() {
        try {
            if (warc != null) {
                warc.close();
            }
        } catch (IOException e) {
            // read-only file: nothing is lost
        }
        warc = null;
        pages = null;
    }

    private static long size(Inputs.Input in) {
        try {
            return in.source().path().isPresent()
                    ? Files.size(in.source().path().get())
                    : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static long size(Inputs.Entry e) {
        Path p = e instanceof Inputs.Warc w
                ? w.path()
                : ((Inputs.Input) e).source().path().orElse(null);
        try {
            return p == null ? 0 : Files.size(p);
        } catch (IOException ex) {
            return 0;
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        closeWarc();
    }
}
