package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.Source.Content;
import dev.accords.Source.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path tmp;

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    @Nested
    class Factories {
        @Test
        void rejectNull() {
            byte[] data = {'x'};
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.text((String) null))
                    .withMessage("text");
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.text((byte[]) null, null))
                    .withMessage("bytes");
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.html((String) null, ""))
                    .withMessage("html");
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.html("<p>x", null))
                    .withMessage("baseUri");
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.html((byte[]) null, null, ""))
                    .withMessage("bytes");
            assertThatNullPointerException()
                    .isThrownBy(() -> Source.html(data, null, null))
                    .withMessage("baseUri");
            assertThatNullPointerException().isThrownBy(() -> Source.file(null)).withMessage("path");
            assertThatNullPointerException().isThrownBy(() -> Source.text("x").withId(null));
            assertThatNullPointerException().isThrownBy(() -> Source.text("x").withUrl(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void rejectBlankIdAndUrl(String blank) {
            Source s = Source.text("x");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> s.withId(blank))
                    .withMessageContaining("id");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> s.withUrl(blank))
                    .withMessageContaining("url");
        }

        @Test
        void stringSourcesKnowTheirFormatAndDoNoDecoding() throws IOException {
            Source text = Source.text("<b>not html</b> café");
            assertThat(text.format()).contains(Format.TEXT);
            assertThat(text.read()).isEqualTo(new Content(Format.TEXT, "<b>not html</b> café"));

            Source html = Source.html("plain words", "https://example.org/news/42");
            assertThat(html.format()).contains(Format.HTML);
            assertThat(html.url()).contains("https://example.org/news/42");
            assertThat(html.read()).isEqualTo(new Content(Format.HTML, "plain words"));
            assertThat(html.id()).isEmpty();
            assertThat(html.path()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void emptyBaseUriMeansNoUrl(String baseUri) {
            assertThat(Source.html("<p>x", baseUri).url()).isEmpty();
            assertThat(Source.html(new byte[0], null, baseUri).url()).isEmpty();
        }

        @Test
        void withIdAndWithUrlReturnCopies() throws IOException {
            Source original = Source.text("some text");
            Source copy = original.withId("n1").withUrl("https://example.org/n1");

            assertThat(copy).isNotSameAs(original);
            assertThat(copy.id()).contains("n1");
            assertThat(copy.url()).contains("https://example.org/n1");
            assertThat(copy.format()).contains(Format.TEXT);
            assertThat(copy.read().text()).isEqualTo("some text");
            assertThat(original.id()).isEmpty();
            assertThat(original.url()).isEmpty();
        }

        @Test
        void contentRejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> new Content(null, "x"));
            assertThatNullPointerException().isThrownBy(() -> new Content(Format.TEXT, null));
        }
    }

    @Nested
    class BaseName {
        @ParameterizedTest
        @CsvSource({
            "a.html.gz, a",
            "b.txt, b",
            "c, c",
            "d.TXT.GZ, d",
            "e.htm, e",
            "f.xhtml.gz, f",
            "g.gz, g",
            "news.2024.txt, news.2024",
            ".profile, .profile",
            "合作协议.html, 合作协议"
        })
        void stripsGzipAndOneExtension(String fileName, String expected) {
            assertThat(Source.baseName(fileName)).isEqualTo(expected);
        }
    }

    @Nested
    class FileSources {
        @ParameterizedTest
        @CsvSource({
            "a.html, HTML",
            "a.htm, HTML",
            "a.xhtml, HTML",
            "A.HTML.GZ, HTML",
            "a.htm.gz, HTML",
            "a.txt, TEXT",
            "a.TXT, TEXT",
            "a.txt.gz, TEXT"
        })
        void formatFromExtension(String name, Format expected) {
            Source s = Source.file(tmp.resolve(name));
            assertThat(s.format()).contains(expected);
            assertThat(s.id()).contains(Source.baseName(name));
            assertThat(s.path()).contains(tmp.resolve(name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a.dat", "a", "a.gz", "a.html.bak", "a.json"})
        void unknownExtensionHasNoFormatBeforeReading(String name) {
            assertThat(Source.file(tmp.resolve(name)).format()).isEmpty();
        }

        @Test
        void creatingAFileSourceDoesNoIo() {
            Source s = Source.file(tmp.resolve("does-not-exist.txt"));
            assertThat(s.id()).contains("does-not-exist");
        }

        @Test
        void unknownExtensionIsSniffed() throws IOException {
            Path html = write("page.dat", "\n  \t<!DOCTYPE html><p>Hi</p>".getBytes(StandardCharsets.UTF_8));
            Path htmlBom =
                    write("bom.dat", concat(bytes(0xEF, 0xBB, 0xBF), "<p>Hi</p>".getBytes(StandardCharsets.UTF_8)));
            Path text = write("notes", "Hello <b> is not at the start".getBytes(StandardCharsets.UTF_8));

            assertThat(Source.file(html).read().format()).isEqualTo(Format.HTML);
            assertThat(Source.file(htmlBom).read()).isEqualTo(new Content(Format.HTML, "<p>Hi</p>"));
            assertThat(Source.file(text).read().format()).isEqualTo(Format.TEXT);
        }

        @Test
        void extensionWinsOverContent() throws IOException {
            Path txt = write("markup.txt", "<p>a paragraph</p>".getBytes(StandardCharsets.UTF_8));
            Path html = write("words.html", "just words".getBytes(StandardCharsets.UTF_8));

            assertThat(Source.file(txt).read()).isEqualTo(new Content(Format.TEXT, "<p>a paragraph</p>"));
            assertThat(Source.file(html).read()).isEqualTo(new Content(Format.HTML, "just words"));
        }

        @Test
        void gzFileIsDecompressed() throws IOException {
            Path gz = write("a.txt.gz", gzip("合作协议 signed".getBytes(StandardCharsets.UTF_8)));

            assertThat(Source.file(gz).read()).isEqualTo(new Content(Format.TEXT, "合作协议 signed"));
        }

        @Test
        void gzipIsDetectedByMagicBytesWhateverTheName() throws IOException {
            Path txt = write("a.txt", gzip("compressed text".getBytes(StandardCharsets.UTF_8)));
            Path unknown = write("b.bin", gzip("<html><p>compressed page</p></html>".getBytes(StandardCharsets.UTF_8)));

            assertThat(Source.file(txt).read()).isEqualTo(new Content(Format.TEXT, "compressed text"));
            assertThat(Source.file(unknown).read())
                    .isEqualTo(new Content(Format.HTML, "<html><p>compressed page</p></html>"));
        }

        @Test
        void truncatedGzipIsAnIoException() throws IOException {
            byte[] whole =
                    gzip("some text that is long enough to be cut".repeat(20).getBytes(StandardCharsets.UTF_8));
            Path gz = write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));

            assertThatThrownBy(() -> Source.file(gz).read()).isInstanceOf(IOException.class);
        }

        @Test
        void gzFileThatIsNotGzipIsAnIoException() throws IOException {
            Path gz = write("plain.html.gz", "<p>not compressed</p>".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> Source.file(gz).read())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("plain.html.gz");
        }

        @Test
        void directoryIsAnIoException() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("dir.html"));

            assertThatThrownBy(() -> Source.file(dir).read())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("dir.html");
        }

        @Test
        void missingFileIsNoSuchFile() {
            Path missing = tmp.resolve("missing.txt");

            assertThatThrownBy(() -> Source.file(missing).read()).isInstanceOf(NoSuchFileException.class);
        }

        @Test
        void htmlFileCharsetFromMeta() throws IOException {
            byte[] page = concat(
                    "<html><head><meta charset=\"windows-1252\"></head><body><p>".getBytes(StandardCharsets.US_ASCII),
                    "café".getBytes(WINDOWS_1252),
                    "</p></body></html>".getBytes(StandardCharsets.US_ASCII));
            Path file = write("p.html.gz", gzip(page));

            assertThat(Source.file(file).read().text()).contains("<p>café</p>");
        }
    }

    @Nested
    class Charsets {
        @Test
        void utf8IsTheDefault() throws IOException {
            assertThat(Source.text("café 合作协议".getBytes(StandardCharsets.UTF_8), null)
                            .read()
                            .text())
                    .isEqualTo("café 合作协议");
        }

        @Test
        void invalidUtf8WithoutMetaFallsBackToWindows1252() throws IOException {
            byte[] data = "“café” – 5 €".getBytes(WINDOWS_1252);

            assertThat(Source.text(data, null).read().text()).isEqualTo("“café” – 5 €");
            assertThat(Source.html(data, null, "").read().text()).isEqualTo("“café” – 5 €");
        }

        @Test
        void utf8ByteOrderMarkIsStripped() throws IOException {
            byte[] data = concat(bytes(0xEF, 0xBB, 0xBF), "café".getBytes(StandardCharsets.UTF_8));

            assertThat(Source.text(data, null).read().text()).isEqualTo("café");
        }

        @Test
        void utf16ByteOrderMarks() throws IOException {
            byte[] le = concat(bytes(0xFF, 0xFE), "合作协议 café".getBytes(StandardCharsets.UTF_16LE));
            byte[] be = concat(bytes(0xFE, 0xFF), "合作协议 café".getBytes(StandardCharsets.UTF_16BE));

            assertThat(Source.text(le, null).read().text()).isEqualTo("合作协议 café");
            assertThat(Source.text(be, null).read().text()).isEqualTo("合作协议 café");
        }

        @Test
        void metaCharset() throws IOException {
            byte[] page = concat(
                    "<html><head><meta charset=\"windows-1252\"><title>".getBytes(StandardCharsets.US_ASCII),
                    "café".getBytes(WINDOWS_1252),
                    "</title></head></html>".getBytes(StandardCharsets.US_ASCII));

            assertThat(Source.html(page, null, "").read().text()).contains("<title>café</title>");
        }

        @Test
        void metaHttpEquivContentType() throws IOException {
            byte[] page = concat(
                    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body><p>"
                            .getBytes(StandardCharsets.US_ASCII),
                    "合作协议".getBytes(GBK),
                    "</p></body></html>".getBytes(StandardCharsets.US_ASCII));

            assertThat(Source.html(page, null, "").read().text()).contains("<p>合作协议</p>");
        }

        @Test
        void callerCharsetWinsOverMeta() throws IOException {
            byte[] page = concat(
                    "<meta charset=\"windows-1252\"><p>".getBytes(StandardCharsets.US_ASCII),
                    "合作协议".getBytes(StandardCharsets.UTF_8));

            assertThat(Source.html(page, StandardCharsets.UTF_8, "").read().text())
                    .endsWith("<p>合作协议");
            assertThat(Source.html(page, null, "").read().text())
                    .as("control: without the caller's charset the meta is used")
                    .doesNotContain("合作协议");
        }

        @Test
        void textSourcesIgnoreMeta() throws IOException {
            byte[] data = "<meta charset=\"gbk\"> 合作协议".getBytes(StandardCharsets.UTF_8);

            assertThat(Source.text(data, null).read().text()).isEqualTo("<meta charset=\"gbk\"> 合作协议");
        }

        @Test
        void malformedBytesBecomeReplacementCharacters() throws IOException {
            byte[] page = concat(
                    "<meta charset=\"utf-8\"><p>a".getBytes(StandardCharsets.US_ASCII),
                    bytes(0xC3, 0x28, 0xFF, 0xE2, 0x82),
                    "b</p>".getBytes(StandardCharsets.US_ASCII));

            String text = Source.html(page, null, "").read().text();
            assertThat(text)
                    .startsWith("<meta charset=\"utf-8\"><p>a")
                    .endsWith("b</p>")
                    .contains("\uFFFD");
            assertThat(Source.text(bytes(0xC3, 0x28), StandardCharsets.UTF_8)
                            .read()
                            .text())
                    .isEqualTo("\uFFFD(");
        }
    }
}
