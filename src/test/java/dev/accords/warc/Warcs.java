package dev.accords.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files for tests with jwarc's writer, the way crawlers lay them out. */
public final class Warcs {
    /** A page that names one agreement, with a non-ASCII character to check the charset. */
    public static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Shenzhen and Hanoi sign strategic cooperation agreement</title>
            <meta property="og:title" content="Shenzhen and Hanoi sign strategic cooperation agreement">
            </head><body><article>
            <p>SHENZHEN, March 3, 2024 -- The Shenzhen Municipal Government and the Hanoi People's Committee
            signed a strategic cooperation agreement on Monday in the Москва-Сити tower.</p>
            <p>The agreement covers trade, investment and culture.</p>
            </article></body></html>
            """;

    public static final Instant DATE = Instant.parse("2025-06-01T08:30:00Z");

    private final WarcWriter writer;

    private Warcs(WarcWriter writer) {
        this.writer = writer;
    }

    /**
     * Writes a crawl of 10 records: 4 HTML pages among a warcinfo, a request, an image, a 404 page,
     * a metadata record and a revisit.
     *
     * @param file where to write it; gzip-compressed per record if the name ends in {@code .gz}
     * @return the file
     */
    public static Path crawl(Path file) throws IOException {
        try (WarcWriter w = writer(file)) {
            Warcs c = new Warcs(w);
            w.write(new org.netpreserve.jwarc.Warcinfo.Builder()
                    .fields(java.util.Map.of("software", java.util.List.of("accords-test")))
                    .build());
            c.request("https://example.org/a");
            // 1: HTTP charset windows-1251, no <meta charset>: read as UTF-8 or windows-1252 it is garbage
            c.response("https://example.org/a", "text/html; charset=windows-1251", PAGE.getBytes("windows-1251"));
            c.response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            c.response(404, "https://example.org/missing", "text/html", "<html><p>Not found</p></html>");
            // 2: no Content-Type at all, sniffed as HTML
            c.response(
                    "https://example.org/b",
                    null,
                    PAGE.replace("Hanoi", "Da Nang").getBytes(StandardCharsets.UTF_8));
            // 3: gzip content encoding, chunked
            c.gzipChunked("https://example.org/c", PAGE.replace("Hanoi", "Hue"));
            w.write(new WarcMetadata.Builder()
                    .targetURI("https://example.org/a")
                    .fields(java.util.Map.of("outlink", java.util.List.of("https://example.org/b")))
                    .build());
            w.write(new WarcRevisit.Builder("https://example.org/a", WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(DATE)
                    .build());
            // 4: a resource record (as browser-based crawlers write them)
            w.write(new WarcResource.Builder(URI.create("https://example.org/d"))
                    .date(DATE)
                    .body(
                            MediaType.parse("text/html; charset=utf-8"),
                            PAGE.replace("Hanoi", "Haiphong").getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return file;
    }

    public static WarcWriter writer(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new WarcWriter(
                Files.newByteChannel(
                        file,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                file.getFileName().toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A 200 HTML response record, as {@link #crawl} writes them; for tools that make big crawls. */
    public static void writeHtml(WarcWriter w, String uri, Instant date, byte[] html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html)
                .build();
        w.write(new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build());
    }

    private void request(String uri) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath())
                .addHeader("Host", URI.create(uri).getHost())
                .build();
        writer.write(
                new WarcRequest.Builder(URI.create(uri)).date(DATE).body(http).build());
    }

    private void response(String uri, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(type == null ? null : MediaType.parse(type), body)
                .build();
        writer.write(
                new WarcResponse.Builder(URI.create(uri)).date(DATE).body(http).build());
    }

    private void response(int status, String uri, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(
                new WarcResponse.Builder(URI.create(uri)).date(DATE).body(http).build());
    }

    private void gzipChunked(String uri, String html) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        byte[] zipped = gz.toByteArray();
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        int half = zipped.length / 2;
        chunk(chunked, zipped, 0, half);
        chunk(chunked, zipped, half, zipped.length);
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Type", "text/html")
                .addHeader("Content-Encoding", "gzip")
                .addHeader("Transfer-Encoding", "chunked")
                .body(null, chunked.toByteArray())
                .build();
        writer.write(
                new WarcResponse.Builder(URI.create(uri)).date(DATE).body(http).build());
    }

    private static void chunk(ByteArrayOutputStream out, byte[] data, int from, int to) throws IOException {
        out.write((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, from, to - from);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
