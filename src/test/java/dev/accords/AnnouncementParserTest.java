package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Agreement;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.Qualifier;
import dev.accords.model.Severity;
import dev.accords.model.Span;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AnnouncementParserTest {
    private static final String RELEASE = "BEIJING, Dec. 4, 2023 /PRNewswire/ -- On 26 November, the 3rd International"
            + " Medical Innovation and Cooperation Forum was held in Fangchenggang. The opening event saw the signing"
            + " of 25 project contracts with a combined investment of 21.9 billion yuan.";

    @Test
    void builderRejectsBadArgumentsAtOnce() {
        AnnouncementParser.Builder b = AnnouncementParser.builder();
        assertThatThrownBy(() -> b.maxInputChars(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputChars");
        assertThatThrownBy(() -> b.extractor(null, ctx -> {})).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.extractor(Phase.EVENTS, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.postProcessor(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.articleReader(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.disable((Facet) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AnnouncementParser.builder().build().parse((Source) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void customExtractorsRunInPhaseOrderAfterTheBuiltIns() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.RESOLUTION, ctx -> seen.add("resolution"))
                .extractor(
                        Phase.AGREEMENTS,
                        ctx -> seen.add("agreements:" + ctx.agreements().size()))
                .extractor(
                        Phase.DOCUMENT,
                        ctx -> seen.add("document:" + ctx.published().orElse(null)))
                .extractor(
                        Phase.ENTITIES,
                        ctx -> seen.add("entities:" + ctx.amounts().size()))
                .build();
        parser.parseText(RELEASE);
        assertThat(seen).containsExactly("document:2023-12-04", "entities:1", "agreements:1", "resolution");
    }

    @Test
    void aDisabledFacetCanBeReplaced() {
        Extractor fixed = ctx ->
                ctx.addAmount(Amount.of(BigDecimal.ONE, Currency.getInstance("EUR"), Qualifier.EXACT, "one euro"));
        Announcement a = AnnouncementParser.builder()
                .disable(Facet.AMOUNTS)
                .extractor(Phase.ENTITIES, fixed)
                .build()
                .parseText(RELEASE);
        assertThat(a.amounts()).extracting(Amount::text).containsExactly("one euro");
        assertThat(a.forums()).isNotEmpty();
    }

    @Test
    void aFailingExtractorIsNamedWithItsPhase() {
        Extractor failing = new Extractor() {
            @Override
            public void extract(dev.accords.spi.ExtractionContext context) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String name() {
                return "test.failing";
            }
        };
        AnnouncementParser strict =
                AnnouncementParser.builder().extractor(Phase.EVENTS, failing).build();
        assertThatThrownBy(() -> strict.parseText(RELEASE))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("test.failing")
                .hasMessageContaining("EVENTS")
                .hasRootCauseMessage("boom")
                .satisfies(e -> {
                    assertThat(((ExtractionException) e).extractor()).isEqualTo("test.failing");
                    assertThat(((ExtractionException) e).phase()).isEqualTo(Phase.EVENTS);
                });

        Announcement a = AnnouncementParser.builder()
                .extractor(Phase.EVENTS, failing)
                .skipFailingExtractors(true)
                .build()
                .parseText(RELEASE);
        assertThat(a.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("extractor.failed");
            assertThat(d.message()).contains("test.failing", "EVENTS", "boom");
        });
        assertThat(a.agreements()).as("later phases still ran").isNotEmpty();
    }

    @Test
    void errorsAndCheckedExceptionsOfAnExtractorAreNamedToo() {
        List<Throwable> failures = List.of(
                new NoClassDefFoundError("com/example/drugs/Lexicon"),
                new AssertionError("an assert in the extractor"),
                new java.io.IOException("thrown sneakily"));
        for (Throwable failure : failures) {
            Extractor failing = Extractor.named("test.failing", ctx -> sneaky(failure));
            assertThatThrownBy(() -> AnnouncementParser.builder()
                            .extractor(Phase.ENTITIES, failing)
                            .build()
                            .parseText(RELEASE))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("test.failing")
                    .hasMessageContaining("ENTITIES")
                    .hasCause(failure);
            Announcement a = AnnouncementParser.builder()
                    .extractor(Phase.ENTITIES, failing)
                    .skipFailingExtractors(true)
                    .build()
                    .parseText(RELEASE);
            assertThat(a.diagnostics())
                    .filteredOn(d -> d.code().equals("extractor.failed"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.message()).contains(failure.getMessage()));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void postProcessorsRewriteTheResultInOrder() {
        Announcement a = AnnouncementParser.builder()
                .postProcessor(x -> Announcement.builder().from(x).id("first").build())
                .postProcessor(x -> Announcement.builder()
                        .from(x)
                        .title(x.id().orElseThrow() + "+second")
                        .build())
                .build()
                .parseText(RELEASE);
        assertThat(a.title()).contains("first+second");
        AnnouncementParser broken =
                AnnouncementParser.builder().postProcessor(x -> null).build();
        assertThatThrownBy(() -> broken.parseText(RELEASE))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("post-processor");
    }

    @Test
    void articleReadersComeBeforeTheGenericExtraction() throws IOException {
        AnnouncementParser parser = AnnouncementParser.builder()
                .articleReader(page -> page.location().contains("special.example")
                        ? Optional.of(Article.builder(page.select("#story").text())
                                .title("Special")
                                .build())
                        : Optional.empty())
                .build();
        String html = "<html><body><div id='story'>Country Garden Pacificview Sdn Bhd signed an MoU.</div>"
                + "<p>Footer text that the special reader leaves out.</p></body></html>";
        Article special = parser.readArticle(Source.html(html, "https://special.example/a"));
        assertThat(special.title()).contains("Special");
        assertThat(special.text()).doesNotContain("Footer");
        Article generic = parser.readArticle(Source.html(html, "https://other.example/a"));
        assertThat(generic.title()).isNotEqualTo(Optional.of("Special"));
    }

    @Test
    void evidenceCanBeLeftOut() {
        Announcement with = Accords.parseText(RELEASE);
        assertThat(with.amounts().get(0).spans())
                .containsExactly(Span.of(RELEASE.indexOf("21.9"), RELEASE.indexOf(" yuan") + 5));
        Announcement without =
                AnnouncementParser.builder().includeEvidence(false).build().parseText(RELEASE);
        assertThat(without).isEqualTo(with);
        assertThat(without.amounts().get(0).spans()).isEmpty();
        assertThat(without.forums().get(0).spans()).isEmpty();
        assertThat(without.agreements()).allSatisfy(g -> assertThat(g.spans()).isEmpty());
    }

    @Test
    void longInputIsCutWithADiagnostic() {
        Announcement a = AnnouncementParser.builder().maxInputChars(60).build().parseText(RELEASE);
        assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("input.truncated");
        assertThat(a.amounts()).as("the amount stood after the limit").isEmpty();
    }

    @Test
    void emptyInputGivesAnEmptyAnnouncementWithAWarning() {
        for (String text : List.of("", "   \n\n  ")) {
            Announcement a = Accords.parseText(text);
            assertThat(a.isEmpty()).isTrue();
            assertThat(a.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.code()).isEqualTo("input.empty");
            });
        }
    }

    @Test
    void extensionsAreLoadedOnlyOnRequestAndOnlyOnce() {
        Announcement plain = AnnouncementParser.builder().build().parseText(RELEASE);
        assertThat(plain.diagnostics()).extracting(Diagnostic::code).doesNotContain("test.marker");
        Announcement loaded =
                AnnouncementParser.builder().loadExtensions().build().parseText(RELEASE);
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).contains("test.marker");
        AnnouncementParser.Builder twice = AnnouncementParser.builder().loadExtensions();
        assertThatThrownBy(twice::loadExtensions)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TestExtensions.Marker.class.getName());
    }

    @Test
    void parseOfAnArticleSkipsReading() {
        Article article = Article.builder(RELEASE).url("https://example.org/x").build();
        Announcement a = Accords.parser().parse(article);
        assertThat(a.sourceUrl()).contains("https://example.org/x");
        assertThat(a.agreements()).extracting(Agreement::count).isNotEmpty();
    }

    @Test
    void oneSharedParserGivesTheSameResultsOnManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : List.of(
                "000_2231a779c5da8bb4",
                "001_8fbe52f0f8d107eb",
                "002_145921e4d8a8091a",
                "003_07fecd70268bc5ec",
                "004_7d7ba71162b2b421")) {
            try (InputStream in = getClass().getResourceAsStream("/dev/accords/cli/examples/" + name + ".txt")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        AnnouncementParser parser = AnnouncementParser.builder().build();
        List<Announcement> sequential = texts.stream().map(parser::parseText).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Announcement>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> parser.parseText(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                Announcement expected = sequential.get(i % texts.size());
                Announcement actual = futures.get(i).get();
                assertThat(actual).isEqualTo(expected);
                assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics());
                assertThat(actual.organisations())
                        .extracting(o -> o.spans())
                        .isEqualTo(expected.organisations().stream()
                                .map(o -> o.spans())
                                .toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
