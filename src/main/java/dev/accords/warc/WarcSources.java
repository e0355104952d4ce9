package dev.accords.warc;

import dev.accords.Source;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, as web crawls publish them), read
 * lazily, one record at a time, as {@link Source}s.
 *
 * <pre>{@code
 * try (WarcSources warc = WarcSources.open(Path.of("crawl.warc.gz"));
 *         Stream<Batch.Result> results = Batch.of(parser).parse(warc.stream())) {
 *     results.forEach(r -> ...);
 *     System.err.println("skipped " + warc.skipped() + " records that are not HTML pages");
 * }
 * }</pre>
 *
 * <p>Each {@code response} record holding an HTML page — HTTP status 2xx and {@code Content-Type}
 * {@code text/html} or {@code application/xhtml+xml}, or no content type and a payload that starts
 * like HTML — and each {@code resource} record of those types becomes an HTML source with:
 *
 * <ul>
 *   <li>the HTTP payload, with chunked transfer encoding and {@code gzip}/{@code deflate}/{@code br}
 *       content encoding undone;
 *   <li>the charset of the HTTP {@code Content-Type}, if it names one this JVM knows (otherwise the
 *       page's byte-order mark or {@code <meta charset>} decides);
 *   <li>the {@code WARC-Target-URI} as its URL (and base URI);
 *   <li>the {@code WARC-Record-ID} as its {@linkplain Source#id() id};
 *   <li>the {@code WARC-Date} as {@linkplain Source#retrieved() when it was retrieved} — only a hint:
 *       it is not taken as the publication date.
 * </ul>
 *
 * <p>Every other record — requests, metadata, warcinfo, revisits, responses with another content
 * type or status, payloads over {@value #MAX_PAGE_BYTES} bytes — is skipped and counted ({@link
 * #skipped()}, {@link #skippedByReason()}). Malformed HTTP in one record skips that record;
 * a WARC file that cannot be read further (corrupt gzip, broken record headers) ends the iteration
 * with an {@link UncheckedIOException}.
 *
 * <p>Not thread-safe: iterate it from one thread (a {@link dev.accords.Batch} does), and only once.
 * Memory stays flat: one record's payload is held at a time, plus the sources the consumer keeps.
 *
 * @since 0.1.0
 */
public final class WarcSources implements Iterable<Source>, Closeable {
    /** Pages whose payload is larger than this many bytes (64 MiB) are skipped. */
    public static final int MAX_PAGE_BYTES = 64 << 20;

    private final JwarcRecords records;
    private boolean iterated;

    private WarcSources(JwarcRecords records) {
        this.records = records;
    }

    /**
     * Opens a WARC file, compressed with gzip or not (recognised from its content).
     *
     * @param file the {@code .warc} or {@code .warc.gz} file
     * @return the pages of the file; close it when done
     * @throws IOException if the file cannot be opened or does not start like a WARC file
     * @throws IllegalStateException if jwarc is not on the class path
     */
    public static WarcSources open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        requireJwarc();
        return new WarcSources(JwarcRecords.open(file));
    }

    /**
     * Reads a WARC stream, compressed with gzip or not. The stream is closed by {@link #close()}.
     *
     * @param in the stream
     * @return the pages of the stream; close it when done
     * @throws IOException if the stream cannot be read or does not start like a WARC file
     * @throws IllegalStateException if jwarc is not on the class path
     */
    public static WarcSources read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        requireJwarc();
        return new WarcSources(JwarcRecords.read(in));
    }

    private static void requireJwarc() {
        try {
            Class.forName("org.netpreserve.jwarc.WarcReader", false, WarcSources.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(
                    "reading WARC files needs jwarc (org.netpreserve:jwarc) on the class path; Accords declares"
                            + " it as an optional dependency",
                    e);
        }
    }

    /**
     * The pages, read as they are asked for. Reading errors are thrown as {@link
     * UncheckedIOException}.
     *
     * @return an iterator over the HTML pages
     * @throws IllegalStateException if the pages were already iterated, or this was closed
     */
    @Override
    public Iterator<Source> iterator() {
        if (iterated) {
            throw new IllegalStateException("a WarcSources can be iterated only once");
        }
        if (records.closed()) {
            throw new IllegalStateException("this WarcSources is closed");
        }
        iterated = true;
        return new Iterator<>() {
            private Source next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = records.nextPage();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public Source next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Source s = next;
                next = null;
                return s;
            }
        };
    }

    /**
     * The pages as a lazy, sequential stream; closing the stream closes this.
     *
     * @return the HTML pages
     * @throws IllegalStateException if the pages were already iterated, or this was closed
     */
    public Stream<Source> stream() {
        Spliterator<Source> s = Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(s, false).onClose(this::closeQuietly);
    }

    /** @return the number of records read so far, pages and skipped ones */
    public long records() {
        return records.records();
    }

    /** @return the number of HTML pages returned so far */
    public long pages() {
        return records.pages();
    }

    /** @return the number of records skipped so far because they hold no HTML page */
    public long skipped() {
        return records.skippedByReason().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /**
     * Why records were skipped, so far: the record type for records other than responses and
     * resources ({@code request}, {@code metadata}, {@code warcinfo}, {@code revisit}, …), else
     * {@code not HTML}, {@code HTTP status not 2xx}, {@code malformed HTTP} or {@code too large}.
     *
     * @return the number of skipped records by reason, sorted by reason
     */
    public Map<String, Long> skippedByReason() {
        return new TreeMap<>(records.skippedByReason());
    }

    /**
     * @return how many bytes of the file (compressed, for a {@code .warc.gz}) have been read: with the
     *     file size, a measure of progress
     */
    public long position() {
        return records.position();
    }

    /**
     * Closes the file. Idempotent.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        records.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "WarcSources{" + records + ", pages=" + pages() + ", skipped=" + skipped() + "}";
    }
}
