package dev.accords;

import dev.accords.model.Announcement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One-call parsing with the default configuration.
 *
 * <pre>{@code
 * Announcement a = Accords.parseText("On August 10, a strategic cooperation agreement was signed ...");
 * Announcement b = Accords.parseHtml(html, "https://example.org/news/42");
 * }</pre>
 *
 * <p>For options, extensions or heavy use, build an {@link AnnouncementParser} once instead. The
 * facade never loads extensions from the class path.
 *
 * @since 0.1.0
 */
public final class Accords {
    private Accords() {}

    /** Holder: built on first use, shared afterwards. */
    private static final class Default {
        static final AnnouncementParser PARSER = AnnouncementParser.builder().build();
    }

    /** @return the shared default parser */
    public static AnnouncementParser parser() {
        return Default.PARSER;
    }

    /**
     * @param text plain text
     * @return the announcement
     */
    public static Announcement parseText(String text) {
        return Default.PARSER.parseText(text);
    }

    /**
     * @param html an HTML page
     * @param baseUri its URL, or an empty string
     * @return the announcement
     */
    public static Announcement parseHtml(String html, String baseUri) {
        return Default.PARSER.parseHtml(html, baseUri);
    }

    /**
     * @param file a {@code .txt}, {@code .html} or {@code .htm} file, optionally gzipped
     * @return the announcement
     * @throws IOException if the file cannot be read
     */
    public static Announcement parse(Path file) throws IOException {
        return Default.PARSER.parse(Source.file(file));
    }

    /** @return the library version ("0.1.0"), or {@code "unknown"} if the build left it out */
    public static String version() {
        return Version.VALUE;
    }

    /** Holder: read once from the filtered {@code version.properties}. */
    private static final class Version {
        static final String VALUE = read();

        private static String read() {
            Properties p = new Properties();
            try (InputStream in = Accords.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }
}
