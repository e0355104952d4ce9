package dev.accords.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.AnnouncementParser;
import dev.accords.Batch;
import dev.accords.Source;
import dev.accords.model.Announcement;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcSourcesTest {
    private static final AnnouncementParser PARSER =
            AnnouncementParser.builder().build();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void htmlResponsesBecomeSourcesAndTheOtherRecordsAreSkippedAndCounted(String name) throws IOException {
        Path file = Warcs.crawl(tmp.resolve(name));

        List<Source> pages;
        try (WarcSources warc = WarcSources.open(file)) {
            pages = warc.stream().toList();
            assertThat(warc.records()).isEqualTo(10);
            assertThat(warc.pages()).isEqualTo(4);
            assertThat(warc.skipped()).isEqualTo(6);
            assertThat(warc.skippedByReason())
                    .containsExactly(
                            Map.entry("HTTP status not 2xx", 1L),
                            Map.entry("metadata", 1L),
                            Map.entry("not HTML", 1L),
                            Map.entry("request", 1L),
                            Map.entry("revisit", 1L),
                            Map.entry("warcinfo", 1L));
            assertThat(warc.position()).isEqualTo(Files.size(file));
        }

        assertThat(pages)
                .extracting(s -> s.url().orElseThrow())
                .containsExactly(
                        "https://example.org/a",
                        "https://example.org/b",
                        "https://example.org/c",
                        "https://example.org/d");
        assertThat(pages).allSatisfy(s -> {
            assertThat(s.format()).contains(Source.Format.HTML);
            assertThat(s.id()).get().asString().startsWith("urn:uuid:");
            assertThat(s.retrieved()).contains(Warcs.DATE);
        });
        assertThat(pages).extracting(s -> s.id().orElseThrow()).doesNotHaveDuplicates();
    }

    @Test
    void theHttpCharsetDecodesThePageAndContentEncodingIsUndone() throws IOException {
        Path file = Warcs.crawl(tmp.resolve("crawl.warc.gz"));

        List<Article> articles;
        try (WarcSources warc = WarcSources.open(file)) {
            articles = warc.stream().map(WarcSourcesTest::article).toList();
        }

        assertThat(articles.get(0).text())
                .as("windows-1251 from the HTTP header")
                .contains("Москва-Сити");
        assertThat(articles.get(1).text()).as("sniffed").contains("Da Nang People's Committee");
        assertThat(articles.get(2).text()).as("gzip, chunked").contains("Hue People's Committee", "Москва-Сити");
        assertThat(articles.get(3).text()).as("resource record").contains("Haiphong People's Committee");
        assertThat(articles).allSatisfy(a -> assertThat(a.url()).isPresent());
    }

    @Test
    void pagesParseInABatchWithTheirUrlAndWithoutTakingTheCrawlDateAsPublished() throws IOException {
        Path file = Warcs.crawl(tmp.resolve("crawl.warc"));

        List<Batch.Result> results;
        try (WarcSources warc = WarcSources.open(file);
                Stream<Batch.Result> stream =
                        Batch.builder(PARSER).threads(2).build().parse(warc.stream())) {
            results = stream.toList();
        }

        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
        Announcement a = results.get(0).announcement().orElseThrow();
        assertThat(a.sourceUrl()).contains("https://example.org/a");
        assertThat(a.id()).isEqualTo(results.get(0).source().id());
        assertThat(a.agreements()).isNotEmpty();
        assertThat(a.published()).as("the dateline, not the WARC-Date").contains(java.time.LocalDate.of(2024, 3, 3));
        assertThat(results.get(0).source().retrieved()).contains(Warcs.DATE);
    }

    @Test
    void aStreamIsReadToo() throws IOException {
        Path file = Warcs.crawl(tmp.resolve("crawl.warc.gz"));

        try (InputStream in = Files.newInputStream(file);
                WarcSources warc = WarcSources.read(in)) {
            assertThat(warc.stream().count()).isEqualTo(4);
        }
    }

    @Test
    void aFileThatIsNotAWarcIsRefused() throws IOException {
        Path notWarc = Files.writeString(tmp.resolve("x.warc"), "<html>hello</html>");

        assertThatThrownBy(() -> {
                    try (WarcSources warc = WarcSources.open(notWarc)) {
                        warc.stream().count();
                    }
                })
                .isInstanceOfAny(IOException.class, UncheckedIOException.class);
    }

    @Test
    void aTruncatedFileEndsTheIterationWithAnError() throws IOException {
        byte[] whole = Files.readAllBytes(Warcs.crawl(tmp.resolve("crawl.warc.gz")));
        Path cut = Files.write(tmp.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));

        try (WarcSources warc = WarcSources.open(cut)) {
            assertThatThrownBy(() -> warc.stream().count()).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void misuseIsRefused() throws IOException {
        Path file = Warcs.crawl(tmp.resolve("crawl.warc"));
        assertThatThrownBy(() -> WarcSources.open(null)).isInstanceOf(NullPointerException.class);
        WarcSources warc = WarcSources.open(file);
        warc.iterator();
        assertThatThrownBy(warc::iterator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only once");
        warc.close();
        warc.close();
        WarcSources closed = WarcSources.open(file);
        closed.close();
        assertThatThrownBy(closed::stream)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static Article article(Source s) {
        try {
            return PARSER.readArticle(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
