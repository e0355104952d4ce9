package dev.accords.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The documents the benchmarks read: the bundled pages under {@code /bench/html} (or the {@code .html}
 * and {@code .html.gz} files of the directory named by {@code -Daccords.bench.html}) and the corpus
 * texts under {@code /corpus} (or the {@code .txt} files of {@code -Daccords.bench.text}).
 */
final class Fixtures {
    private Fixtures() {}

    /**
     * One input document.
     *
     * @param name file name
     * @param url the page's URL, or empty
     * @param content the decoded content
     * @param bytes its size in UTF-8 bytes
     */
    record Doc(String name, String url, String content, long bytes) {
        static Doc of(String name, String url, String content) {
            return new Doc(name, url, content, content.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    static List<Doc> pages() {
        String dir = System.getProperty("accords.bench.html");
        if (dir != null) {
            return fromDirectory(Path.of(dir), ".html", ".html.gz", ".htm");
        }
        List<Doc> docs = new ArrayList<>();
        for (String line : lines("/bench/html/pages.tsv")) {
            String[] cols = line.split("\t");
            docs.add(Doc.of(cols[0], cols.length > 1 ? cols[1] : "", resource("/bench/html/" + cols[0])));
        }
        return docs;
    }

    /**
     * @param name the file name of one of the bundled pages
     * @return that page alone
     */
    static Doc page(String name) {
        for (String line : lines("/bench/html/pages.tsv")) {
            String[] cols = line.split("\t");
            if (cols[0].equals(name)) {
                return Doc.of(cols[0], cols.length > 1 ? cols[1] : "", resource("/bench/html/" + cols[0]));
            }
        }
        throw new IllegalStateException(name + " is not in /bench/html/pages.tsv");
    }

    /**
     * @param name the file name of one of the corpus texts
     * @return that text alone
     */
    static Doc text(String name) {
        return Doc.of(name, "", resource("/corpus/" + name));
    }

    static List<Doc> texts() {
        String dir = System.getProperty("accords.bench.text");
        Path path = dir != null ? Path.of(dir) : classpathDirectory("/corpus/");
        return fromDirectory(path, ".txt");
    }

    static long totalBytes(List<Doc> docs) {
        return docs.stream().mapToLong(Doc::bytes).sum();
    }

    private static List<Doc> fromDirectory(Path dir, String... suffixes) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Doc> docs = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Stream.of(suffixes).anyMatch(name::endsWith)) {
                    docs.add(Doc.of(name, "", decode(Files.readAllBytes(f), name)));
                }
            }
            if (docs.isEmpty()) {
                throw new IllegalStateException("no " + String.join(", ", suffixes) + " files in " + dir);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classpathDirectory(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return decode(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes, String name) throws IOException {
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
