package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code maxInputBytes} and {@code maxInputChars}: where input is cut, and what the caller is told. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {
    private static final String DEAL = "Kenya Power Co Ltd signed an MoU worth $5 million. ";

    @TempDir
    Path tmp;

    private static Diagnostic truncated(Announcement a) {
        return a.diagnostics().stream()
                .filter(d -> d.code().equals("input.truncated"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no input.truncated in " + a.diagnostics()));
    }

    @Test
    void defaultsAreDocumented() {
        AnnouncementParser.Builder b = AnnouncementParser.builder();
        assertThat(AnnouncementParser.Builder.DEFAULT_MAX_INPUT_BYTES).isEqualTo(10_000_000);
        assertThat(AnnouncementParser.Builder.DEFAULT_MAX_INPUT_CHARS).isEqualTo(1_000_000);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> b.maxInputBytes(0))
                .withMessageContaining("maxInputBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> Source.text("x").read(0));
    }

    @Test
    void textBytesBeyondTheByteLimitAreNotRead() throws IOException {
        byte[] bytes = (DEAL.repeat(10) + "China Energy Group signed an MoU worth 7 billion yuan.")
                .getBytes(StandardCharsets.UTF_8);
        AnnouncementParser parser =
                AnnouncementParser.builder().maxInputBytes(500).build();
        Announcement a = parser.parse(Source.text(bytes, null));
        assertThat(truncated(a).message()).contains("500 bytes", "maxInputBytes");
        assertThat(a.amounts()).extracting(m -> m.currency().getCurrencyCode()).doesNotContain("CNY");
        assertThat(a.organisations()).extracting(o -> o.name()).contains("Kenya Power Co Ltd");
    }

    @Test
    void htmlIsCutBeforeItIsParsed() throws IOException {
        String page = "<html><body><p>" + DEAL + "</p>" + "<div>filler</div>".repeat(1_000)
                + "<p>China Energy Group signed an MoU worth 7 billion yuan.</p></body></html>";
        AnnouncementParser parser =
                AnnouncementParser.builder().maxInputBytes(2_000).build();
        for (Source s :
                new Source[] {Source.html(page, ""), Source.html(page.getBytes(StandardCharsets.UTF_8), null, "")}) {
            Announcement a = parser.parse(s);
            assertThat(truncated(a).message()).contains("maxInputBytes");
            assertThat(a.organisations()).extracting(o -> o.name()).doesNotContain("China Energy Group");
            assertThat(parser.readArticle(s).text()).contains("Kenya Power").doesNotContain("China Energy");
        }
    }

    @Test
    void textBeyondTheCharacterLimitIsCutWithItsLength() {
        String text = DEAL.repeat(100);
        Announcement a = AnnouncementParser.builder().maxInputChars(200).build().parseText(text);
        assertThat(truncated(a).message()).contains(text.length() + " characters", "first 200", "maxInputChars");
        assertThat(a.diagnostics())
                .filteredOn(d -> d.code().equals("input.truncated"))
                .hasSize(1);
    }

    /** A cut inside a multi-byte character drops the whole character: the text stays UTF-8. */
    @Test
    void aCutDoesNotSplitACharacter() throws IOException {
        byte[] bytes = "é".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        Source.Content c = Source.text(bytes, null).read(1_001);
        assertThat(c.truncated()).isTrue();
        assertThat(c.text()).isEqualTo("é".repeat(500)); // not windows-1252 "Ã©", no U+FFFD
        Source.Content s = Source.text("😀".repeat(10)).read(5);
        assertThat(s.text()).isEqualTo("😀".repeat(2));
    }

    /** A small gzip file that expands to 100 MB is read only up to the limit. */
    @Test
    void aGzipBombIsReadOnlyUpToTheLimit() throws IOException {
        Path bomb = tmp.resolve("bomb.txt.gz");
        byte[] block = "a ".repeat(500_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        Source.Content c = Source.file(bomb).read(3_000_000);
        assertThat(c.truncated()).isTrue();
        assertThat(c.text()).hasSize(3_000_000);
        Announcement a = Accords.parser().parse(Source.file(bomb));
        assertThat(a.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("10000000 bytes", "maxInputBytes"))
                .anySatisfy(m -> assertThat(m).contains("maxInputChars"));
    }

    @Test
    void aFileBeyondTheLimitIsReadNoFurther() throws IOException {
        Path file = tmp.resolve("big.txt");
        Files.writeString(file, DEAL + "x".repeat(5_000));
        Source.Content c = Source.file(file).read(100);
        assertThat(c.truncated()).isTrue();
        assertThat(c.text()).hasSize(100).startsWith("Kenya Power");
        assertThat(Source.file(file).read(1_000_000).truncated()).isFalse();
    }
}
