package dev.accords.warc;

import dev.accords.Source;
import dev.accords.internal.io.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The part of {@link WarcSources} that touches jwarc, loaded only once jwarc is known to be on the
 * class path.
 */
final class JwarcRecords {
    private final WarcReader reader;
    private final String name;
    private final Map<String, Long> skipped = new HashMap<>();
    private long records;
    private long pages;
    private boolean closed;

    private JwarcRecords(WarcReader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    static JwarcRecords open(Path file) throws IOException {
        return new JwarcRecords(new WarcReader(file), file.toString());
    }

    static JwarcRecords read(InputStream in) throws IOException {
        return new JwarcRecords(new WarcReader(in), "stream");
    }

    /** @return the next HTML page, or null at the end */
    Source nextPage() throws IOException {
        if (closed) {
            return null;
        }
        while (true) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return null;
            }
            records++;
            WarcRecord record = next.get();
            Source page = page(record);
            if (page != null) {
                pages++;
                return page;
            }
        }
    }

    private Source page(WarcRecord record) {
        byte[] payload;
        Charset charset;
        String uri;
        try {
            MediaType type;
            MessageBody body;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return skip("not HTTP");
                }
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    return skip("HTTP status not 2xx");
                }
                type = http.headers().first("Content-Type").isPresent() ? http.contentType() : null;
                body = http.bodyDecoded();
                uri = response.target();
            } else if (record instanceof WarcResource resource) {
                type = resource.headers().first("Content-Type").isPresent() ? resource.contentType() : null;
                body = resource.body();
                uri = resource.target();
            } else {
                return skip(record.type());
            }
            if (type != null && !isHtml(type)) {
                return skip("not HTML");
            }
            payload = readAll(body.stream());
            if (payload == null) {
                return skip("too large");
            }
            if (type == null && !Decoder.looksLikeHtml(payload)) {
                return skip("not HTML");
            }
            charset = type == null ? null : charset(type.parameters().get("charset"));
        } catch (IOException | IllegalArgumentException e) {
            return skip("malformed HTTP");
        }
        Source s = Source.html(payload, charset, uri == null ? "" : uri)
                .withId(record.id().toString());
        try {
            s = s.withRetrieved(record.date());
        } catch (RuntimeException e) {
            // a missing or malformed WARC-Date: the page is still read, without the hint
        }
        return s;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** @return the bytes, or null if there are more than the limit */
    private static byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(WarcSources.MAX_PAGE_BYTES + 1);
        return bytes.length > WarcSources.MAX_PAGE_BYTES ? null : bytes;
    }

    private Source skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
        return null;
    }

    long records() {
        return records;
    }

    long pages() {
        return pages;
    }

    Map<String, Long> skippedByReason() {
        return skipped;
    }

    long position() {
        return reader.position();
    }

    boolean closed() {
        return closed;
    }

    void close() throws IOException {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
