package com.example.drugs;

import static com.example.drugs.DrugExtractor.DRUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accords.AnnouncementParser;
import dev.accords.ExtractionException;
import dev.accords.Facet;
import dev.accords.Source;
import dev.accords.json.AccordsJson;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.FactKey;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Accords used as its users use it: from another project, through the installed artifact. */
class DownstreamTest {
    private static final String URL = "https://pharma-wire.example/2024/05/novo-egypt";
    private static final String PAGE = resource("novo-egypt.html");
    private static final String EXPORT = resource("newsroom-export.txt");

    @Test
    void extensionsFoundByServiceLoaderReadThePageAndTheDrugs() throws IOException {
        // tag::load[]
        AnnouncementParser parser = AnnouncementParser.builder()
                .loadExtensions() // DrugExtension and PharmaWireExtension, from META-INF/services
                .build();
        Announcement a = parser.parse(Source.html(PAGE, URL));
        List<Drug> drugs = a.facts(DrugExtractor.DRUG);
        // end::load[]

        // the site's reader read the page: its headline and date, no navigation or footer
        assertEquals(
                "Novo Nordisk and Egypt sign semaglutide production deal",
                a.title().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 2), a.published().orElseThrow());
        assertFalse(parser.readArticle(Source.html(PAGE, URL)).text().contains("Subscribe"));

        // the extractor's facts, typed, with evidence in the article text
        assertEquals(
                List.of("semaglutide", "insulin aspart"),
                drugs.stream().map(Drug::name).toList());
        String text = parser.readArticle(Source.html(PAGE, URL)).text();
        assertEquals(
                List.of("Semaglutide", "semaglutide"),
                drugs.get(0).spans().stream().map(s -> s.of(text)).toList());

        // the built-in extractors ran too
        Amount fifty = a.amounts().stream()
                .filter(m -> m.currency().getCurrencyCode().equals("USD"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, fifty.value().compareTo(new BigDecimal("50000000")));
        assertFalse(a.agreements().isEmpty());
        assertTrue(a.organisation("Ministry of Health of Egypt").isPresent());
    }

    @Test
    void nothingIsFoundOnTheClassPathUnlessAsked() throws IOException {
        Announcement a = AnnouncementParser.builder().build().parse(Source.html(PAGE, URL));
        assertTrue(a.facts().isEmpty());
        assertTrue(a.facts(DRUG).isEmpty());
    }

    @Test
    void anExtensionAddedByHandTakesOptions() {
        // tag::register[]
        AnnouncementParser parser = AnnouncementParser.builder()
                .extension(DrugExtension.builder().addDrug("tirzepatide").build())
                .build();
        // end::register[]
        Announcement a = parser.parseText("Lilly will supply tirzepatide and metformin to EVA Pharma.");
        assertEquals(
                List.of("tirzepatide", "metformin"),
                a.facts(DRUG).stream().map(Drug::name).toList());

        Announcement plain = AnnouncementParser.builder()
                .extractor(Phase.ENTITIES, new DrugExtractor(List.of("metformin")))
                .build()
                .parseText("Lilly will supply tirzepatide and metformin to EVA Pharma.");
        assertEquals(
                List.of("metformin"), plain.facts(DRUG).stream().map(Drug::name).toList());
    }

    @Test
    void anExtensionBothAddedAndFoundIsRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> AnnouncementParser.builder()
                        .extension(DrugExtension.create())
                        .loadExtensions());
        assertTrue(e.getMessage().contains("com.example.drugs.DrugExtension would be applied twice"), e.getMessage());
    }

    @Test
    void theFactsAreInTheJsonAndComeBack() throws IOException {
        Announcement a = AnnouncementParser.builder().loadExtensions().build().parse(Source.html(PAGE, URL));
        // tag::json[]
        String json = AccordsJson.writePretty(a); // the facts are under "extensions"
        Announcement typed = AccordsJson.read(json, DrugExtractor.DRUG); // read as Drug
        Announcement trees = AccordsJson.read(json); // read as JSON trees
        List<JsonNode> drugTrees = trees.facts(FactKey.of("com.example.drug", JsonNode.class));
        // end::json[]

        // exactly what docs/extending.md shows
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(json);
        assertEquals(mapper.readTree(resource("novo-egypt.extensions.json")), root.get("extensions"));
        // the schema's keys are all still there
        for (String key : List.of("id", "title", "published", "organisations", "people", "amounts", "forums")) {
            assertTrue(root.has(key), key);
        }
        assertEquals(a, typed);
        assertEquals(a.facts(DRUG), typed.facts(DRUG));
        assertEquals("insulin aspart", drugTrees.get(1).get("name").asText());
        assertThrows(IllegalArgumentException.class, () -> trees.facts(DRUG));
    }

    @Test
    void aBuiltInFacetIsTurnedOffAndReplaced() {
        // tag::replace[]
        AnnouncementParser parser = AnnouncementParser.builder()
                .disable(Facet.ORGANISATIONS)
                .extractor(
                        Phase.ENTITIES,
                        new PartnerListExtractor(Map.of(
                                "Novo Nordisk", OrganisationKind.COMPANY,
                                "EVA Pharma", OrganisationKind.COMPANY,
                                "Ministry of Health of Egypt", OrganisationKind.GOVERNMENT)))
                .build();
        // end::replace[]
        Announcement a = parser.parseHtml(PAGE, URL);
        assertEquals(
                List.of("Novo Nordisk", "Ministry of Health of Egypt", "EVA Pharma"),
                a.organisations().stream().map(Organisation::name).toList());
        assertEquals(2, a.organisation("Novo Nordisk").orElseThrow().spans().size());
        assertFalse(a.amounts().isEmpty(), "the other facets still run");
    }

    @Test
    void aPostProcessorRewritesTheResult() throws IOException {
        // tag::post-processor-use[]
        AnnouncementParser parser = AnnouncementParser.builder()
                .postProcessor(new UrlIdPostProcessor()) // runs after all extractors
                .build();
        // end::post-processor-use[]
        Announcement a = parser.parse(Source.html(PAGE, URL));
        assertEquals("novo-egypt", a.id().orElseThrow());
        Announcement named = AnnouncementParser.builder()
                .postProcessor(new UrlIdPostProcessor())
                .build()
                .parse(Source.html(PAGE, URL).withId("mine"));
        assertEquals("mine", named.id().orElseThrow());
    }

    @Test
    void aFailingExtractorIsNamedOrSkipped() {
        // tag::failures[]
        Extractor flaky = Extractor.named("com.example.flaky", context -> {
            throw new IllegalStateException("lexicon not loaded");
        });
        AnnouncementParser strict =
                AnnouncementParser.builder().extractor(Phase.EVENTS, flaky).build();
        ExtractionException e = assertThrows(ExtractionException.class, () -> strict.parseHtml(PAGE, URL));
        // e.extractor() is "com.example.flaky", e.phase() is EVENTS, e.getCause() what it threw

        AnnouncementParser lenient = AnnouncementParser.builder()
                .extractor(Phase.EVENTS, flaky)
                .skipFailingExtractors(true) // report and go on
                .build();
        Announcement a = lenient.parseHtml(PAGE, URL);
        // a.diagnostics() holds an ERROR "extractor.failed" naming com.example.flaky and EVENTS
        // end::failures[]

        assertEquals("com.example.flaky", e.extractor());
        assertEquals(Phase.EVENTS, e.phase());
        assertEquals("lexicon not loaded", e.getCause().getMessage());
        Diagnostic failed = a.diagnostics().stream()
                .filter(d -> d.code().equals("extractor.failed"))
                .findFirst()
                .orElseThrow();
        assertTrue(failed.message().contains("com.example.flaky")
                && failed.message().contains("EVENTS"));
        assertFalse(a.agreements().isEmpty(), "the later phases still ran");
    }

    @Test
    void aParserOfOnesOwnReusesTheBuiltInStages() throws IOException {
        // tag::own-parser[]
        AnnouncementParser builtIn =
                AnnouncementParser.builder().loadExtensions().build();
        AnnouncementParser parser = new NewsroomParser(builtIn);
        Announcement a = parser.parse(Source.text(EXPORT).withId("lilly-eva"));
        // end::own-parser[]
        assertEquals(
                "Lilly and Eva Pharma agree on tirzepatide supply", a.title().orElseThrow());
        assertEquals(LocalDate.of(2024, 6, 11), a.published().orElseThrow());
        assertEquals("https://newsroom.example/2024/lilly-eva", a.sourceUrl().orElseThrow());
        assertEquals("lilly-eva", a.id().orElseThrow());
        assertEquals(
                List.of("metformin"), a.facts(DRUG).stream().map(Drug::name).toList());
        assertFalse(a.agreements().isEmpty());
        // anything else goes to the built-in parser
        assertEquals(builtIn.parse(Source.html(PAGE, URL)), parser.parse(Source.html(PAGE, URL)));
        assertEquals(builtIn.parseText("Not an export."), parser.parseText("Not an export."));
    }

    @Test
    void onlyTheExportedApiIsUsed() throws IOException {
        String internal = "dev.accords." + "internal";
        String cli = "dev.accords." + "cli";
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                assertFalse(source.contains(internal) || source.contains(cli), f + " uses a package that is not API");
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = DownstreamTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
