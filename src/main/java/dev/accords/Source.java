package dev.accords;

import dev.accords.internal.io.Decoder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Where an announcement comes from: plain text or HTML, as a string, as bytes (with or without a
 * known charset) or as a file.
 *
 * <p>Sources are immutable values; creating one does no I/O (a file is read when it is parsed).
 * Optional extras are set with {@link #withId(String)} and {@link #withUrl(String)}.
 *
 * <pre>{@code
 * Source.text("BEIJING, Dec. 4, 2023 /PRNewswire/ -- ...");
 * Source.html(html, "https://example.org/news/42");
 * Source.html(bytes, null, "https://example.org/news/42");   // charset from BOM or <meta>
 * Source.file(Path.of("news/42.html.gz"));                   // format from the file name
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Source {
    /** Whether a source holds plain text or HTML. */
    public enum Format {
        /** Plain text: the text is the article. */
        TEXT,
        /** An HTML page: the article is extracted from it. */
        HTML
    }

    private final Format format;
    private final String string;
    private final byte[] bytes;
    private final Path path;
    private final Charset charset;
    private final String id;
    private final String url;
    private final Instant retrieved;

    private Source(Format format, String string, byte[] bytes, Path path, Charset charset, String id, String url) {
        this(format, string, bytes, path, charset, id, url, null);
    }

    private Source(
            Format format,
            String string,
            byte[] bytes,
            Path path,
            Charset charset,
            String id,
            String url,
            Instant retrieved) {
        this.format = format;
        this.string = string;
        this.bytes = bytes;
        this.path = path;
        this.charset = charset;
        this.id = id;
        this.url = url;
        this.retrieved = retrieved;
    }

    /**
     * @param text plain text
     * @return a text source
     */
    public static Source text(String text) {
        Objects.requireNonNull(text, "text");
        return new Source(Format.TEXT, text, null, null, null, null, null);
    }

    /**
     * @param html an HTML page
     * @param baseUri the page's URL, used to resolve relative links and as the source URL; may be
     *     empty
     * @return an HTML source
     */
    public static Source html(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(baseUri, "baseUri");
        return new Source(Format.HTML, html, null, null, null, null, emptyToNull(baseUri));
    }

    /**
     * @param bytes the encoded page; the array is not copied and must not change afterwards
     * @param charset the charset, if known (from an HTTP header), else {@code null} to detect it from
     *     a byte-order mark or {@code <meta charset>}
     * @param baseUri the page's URL; may be empty
     * @return an HTML source
     */
    public static Source html(byte[] bytes, Charset charset, String baseUri) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(baseUri, "baseUri");
        return new Source(Format.HTML, null, bytes, null, charset, null, emptyToNull(baseUri));
    }

    /**
     * @param bytes the encoded text; the array is not copied and must not change afterwards
     * @param charset the charset, if known, else {@code null} to detect it (byte-order mark, else
     *     UTF-8 where the bytes are valid UTF-8, else windows-1252)
     * @return a text source
     */
    public static Source text(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes, "bytes");
        return new Source(Format.TEXT, null, bytes, null, charset, null, null);
    }

    /**
     * A file, read when parsed. Names ending in {@code .html}, {@code .htm} or {@code .xhtml} are HTML,
     * {@code .txt} plain text, each optionally followed by {@code .gz} (gzip, decompressed); for other
     * names the content decides (a page starting with {@code <} is HTML). The id is the file name
     * without those extensions.
     *
     * @param path the file
     * @return a file source
     */
    public static Source file(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        Format format = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                ? Format.HTML
                : lower.endsWith(".txt") ? Format.TEXT : null;
        return new Source(format, null, null, path, null, baseName(name), null);
    }

    /**
     * The name of a file without the extensions {@link #file(Path)} understands: {@code a.html.gz} →
     * {@code a}.
     *
     * @param fileName a file name
     * @return the name without {@code .gz} and one document extension
     */
    public static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * @param id an identifier for the announcement (copied to {@code Announcement.id()}), not blank
     * @return a copy with that id
     */
    public Source withId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        return new Source(format, string, bytes, path, charset, id, url, retrieved);
    }

    /**
     * @param url the URL the source came from (copied to {@code Announcement.sourceUrl()}), not blank
     * @return a copy with that URL
     */
    public Source withUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
        return new Source(format, string, bytes, path, charset, id, url, retrieved);
    }

    /**
     * When the source was fetched, such as the {@code WARC-Date} of a crawled page. It is kept with
     * the source for the caller (see {@link Batch.Result#source()}) and is <em>not</em> taken as the
     * publication date: a page is often crawled long after it was published.
     *
     * @param retrieved the time the source was fetched
     * @return a copy with that time
     * @since 0.1.0
     */
    public Source withRetrieved(Instant retrieved) {
        Objects.requireNonNull(retrieved, "retrieved");
        return new Source(format, string, bytes, path, charset, id, url, retrieved);
    }

    /** @return the format, if known before reading (a file with an unknown extension: empty) */
    public Optional<Format> format() {
        return Optional.ofNullable(format);
    }

    /** @return the identifier, if set (file sources: the base name) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the source URL, if set */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** @return when the source was fetched, if set with {@link #withRetrieved(Instant)} */
    public Optional<Instant> retrieved() {
        return Optional.ofNullable(retrieved);
    }

    /** @return the file, for a file source */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * Reads and decodes the whole content. Malformed bytes become U+FFFD; they never fail the read.
     * Parsers read with a limit instead ({@link #read(int)}).
     *
     * @return the format and the decoded content
     * @throws IOException if a file cannot be read or a {@code .gz} file is not valid gzip
     */
    public Content read() throws IOException {
        return read(Integer.MAX_VALUE);
    }

    /**
     * Reads and decodes at most {@code maxBytes} of the content: a file or byte array is cut after
     * that many bytes (a gzip file after that many decompressed bytes, so a small file that expands
     * to gigabytes is read no further), a string after that many characters. A cut never splits a
     * UTF-8 sequence or a surrogate pair. Malformed bytes become U+FFFD; they never fail the read.
     *
     * @param maxBytes the most bytes to read (characters, for a source made from a string), {@code >
     *     0}
     * @return the format, the decoded content and whether it was cut
     * @throws IOException if a file cannot be read or a {@code .gz} file is not valid gzip
     * @throws IllegalArgumentException if {@code maxBytes <= 0}
     */
    public Content read(int maxBytes) throws IOException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        if (string != null) {
            if (string.length() <= maxBytes) {
                return new Content(format, string);
            }
            int cut = Character.isHighSurrogate(string.charAt(maxBytes - 1)) ? maxBytes - 1 : maxBytes;
            return new Content(format, string.substring(0, cut), true);
        }
        byte[] data = bytes;
        int length = bytes == null ? 0 : bytes.length;
        if (path != null) {
            data = readFile(path, maxBytes);
            length = data.length;
        }
        boolean truncated = length > maxBytes;
        if (truncated) {
            length = Decoder.utf8Boundary(data, maxBytes);
        }
        Format f = format != null ? format : Decoder.looksLikeHtml(data) ? Format.HTML : Format.TEXT;
        return new Content(f, Decoder.decode(data, length, charset, f == Format.HTML), truncated);
    }

    /** The file's bytes, decompressed if gzip; at most {@code max + 1} of them, to tell a longer file. */
    private static byte[] readFile(Path path, int max) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + ": is a directory");
        }
        int limit = max == Integer.MAX_VALUE ? max : max + 1;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1F && raw.read() == 0x8B;
            raw.reset();
            if (gzip) {
                try (InputStream in = new GZIPInputStream(raw)) {
                    return in.readNBytes(limit);
                }
            }
            Path name = path.getFileName();
            if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                throw new IOException(path + ": not in gzip format");
            }
            return raw.readNBytes(limit);
        }
    }

    @Override
    public String toString() {
        String what =
                path != null ? path.toString() : string != null ? string.length() + " chars" : bytes.length + " bytes";
        return "Source{" + (format == null ? "?" : format) + ", " + what + (id == null ? "" : ", id=" + id) + "}";
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    /**
     * What a source holds once read.
     *
     * @param format text or HTML
     * @param text the decoded content
     * @param truncated whether the content was cut at the limit it was read with
     */
    public record Content(Format format, String text, boolean truncated) {
        /**
         * @param format text or HTML
         * @param text the decoded content
         * @param truncated whether the content was cut at the limit it was read with
         */
        public Content {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(text, "text");
        }

        /**
         * Content read whole.
         *
         * @param format text or HTML
         * @param text the decoded content
         */
        public Content(Format format, String text) {
            this(format, text, false);
        }
    }
}
