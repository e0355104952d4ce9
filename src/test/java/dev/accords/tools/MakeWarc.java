package dev.accords.tools;

import dev.accords.warc.Warcs;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a large WARC file for the flat-memory run (docs/performance.md): {@code count} HTML
 * response records cycling through a directory of pages, each with its own URI and date, laid out as
 * a crawler writes them — a request record before each response, and an image response after every
 * tenth page (skipped by Accords).
 *
 * <pre>
 * mvn -B -ntp -Pbench test-compile exec:exec@make-warc -Dmake-warc.args="/tmp/crawl.warc.gz 50000 ../shared/html/fundus"
 * </pre>
 *
 * Arguments: the output file ({@code .warc.gz} is gzipped per record), the number of pages, the
 * directory of {@code .html}/{@code .html.gz} pages (default, or {@code -}: the benchmark pages bundled
 * with the tests), and the number of the first page (default 0), so that several files of one crawl
 * have distinct URIs.
 */
public final class MakeWarc {
    private MakeWarc() {}

    /**
     * @param args {@code OUT COUNT [PAGES_DIR|-] [FIRST]}
     * @throws IOException if a page cannot be read or the file written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MakeWarc OUT.warc[.gz] COUNT [PAGES_DIR|-] [FIRST]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<byte[]> pages = args.length > 2 && !args[2].equals("-") ? fromDirectory(Path.of(args[2])) : bundled();
        int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Instant date = Instant.parse("2025-01-01T00:00:00Z");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        long bytes = 0;
        try (WarcWriter w = Warcs.writer(out)) {
            for (int i = first; i < first + count; i++) {
                String host = "news" + (i % 97) + ".example.org";
                String uri = String.format(
                        Locale.ROOT, "https://%s/%d/%02d/story-%07d.html", host, 2020 + i % 6, 1 + i % 12, i);
                Instant when = date.plus(Duration.ofSeconds(37L * i));
                request(w, uri, when);
                byte[] page = pages.get(i % pages.size());
                bytes += page.length;
                Warcs.writeHtml(w, uri, when, page);
                if (i % 10 == 9) {
                    HttpResponse image = new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("image/png"), png)
                            .build();
                    w.write(new WarcResponse.Builder(URI.create("https://" + host + "/logo-" + i + ".png"))
                            .date(when)
                            .body(image)
                            .build());
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %,d HTML pages (%,d distinct, %,d MB of HTML), %,d bytes on disk%n",
                out,
                count,
                pages.size(),
                bytes / 1_000_000,
                Files.size(out));
    }

    private static void request(WarcWriter w, String uri, Instant when) throws IOException {
        URI u = URI.create(uri);
        HttpRequest http = new HttpRequest.Builder("GET", u.getPath())
                .addHeader("Host", u.getHost())
                .addHeader("User-Agent", "accords-makewarc")
                .build();
        w.write(new WarcRequest.Builder(u).date(when).body(http).build());
    }

    private static List<byte[]> bundled() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (InputStream index = MakeWarc.class.getResourceAsStream("/bench/html/pages.tsv")) {
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    try (InputStream in = MakeWarc.class.getResourceAsStream("/bench/html/" + line.split("\t")[0])) {
                        pages.add(gunzip(in.readAllBytes()));
                    }
                }
            }
        }
        return pages;
    }

    private static List<byte[]> fromDirectory(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".html") || n.endsWith(".html.gz")) {
                    pages.add(gunzip(Files.readAllBytes(f)));
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IOException("no .html or .html.gz pages in " + dir);
        }
        return pages;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
