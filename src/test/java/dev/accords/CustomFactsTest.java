package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.FactKey;
import dev.accords.model.Span;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import dev.accords.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Facts of one's own, from an extractor through the context to the announcement. */
class CustomFactsTest {
    record Drug(String name, Span span) {}

    static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);
    static final FactKey<String> NOTE = FactKey.of("com.example.note", String.class);

    private static final String TEXT = "COPENHAGEN, May 2, 2024 -- Novo Nordisk and the Ministry of Health of Egypt"
            + " signed an agreement worth $50 million to supply semaglutide and insulin aspart. Semaglutide will be"
            + " made locally.";

    /** Each capitalised or lower-case drug name from a small list, with its span. */
    static final Extractor DRUGS = Extractor.named("test.drugs", ctx -> {
        Pattern names = Pattern.compile("(?i)\\b(semaglutide|insulin aspart)\\b");
        for (Sentence s : ctx.text().sentences()) {
            Matcher m = names.matcher(s.text());
            while (m.find()) {
                ctx.addFact(
                        DRUG,
                        new Drug(
                                m.group().toLowerCase(java.util.Locale.ROOT),
                                Span.of(s.toTextOffset(m.start()), s.toTextOffset(m.end()))));
            }
        }
    });

    @Test
    void anExtractorsFactsReachTheAnnouncementTyped() {
        Announcement a = AnnouncementParser.builder()
                .extractor(Phase.ENTITIES, DRUGS)
                .build()
                .parseText(TEXT);
        List<Drug> drugs = a.facts(DRUG);
        assertThat(drugs).extracting(Drug::name).containsExactly("semaglutide", "insulin aspart", "semaglutide");
        assertThat(drugs.get(1).span().of(TEXT)).isEqualTo("insulin aspart");
        assertThat(a.agreements()).as("built-in facts are still there").isNotEmpty();
        assertThat(AnnouncementParser.builder().build().parseText(TEXT).facts()).isEmpty();
    }

    @Test
    void laterExtractorsSeeAndRewriteTheFacts() {
        List<Integer> seen = new ArrayList<>();
        Extractor dedupe = ctx -> {
            seen.add(ctx.facts(DRUG).size());
            ctx.updateFacts(DRUG, all -> {
                List<Drug> unique = new ArrayList<>();
                for (Drug d : all) {
                    if (unique.stream().noneMatch(u -> u.name().equals(d.name()))) {
                        unique.add(d);
                    }
                }
                return unique;
            });
        };
        Announcement a = AnnouncementParser.builder()
                .extractor(Phase.RESOLUTION, dedupe)
                .extractor(Phase.ENTITIES, DRUGS)
                .extractor(Phase.EVENTS, ctx -> ctx.addFact(NOTE, "events ran"))
                .build()
                .parseText(TEXT);
        assertThat(seen).containsExactly(3);
        assertThat(a.facts(DRUG)).extracting(Drug::name).containsExactly("semaglutide", "insulin aspart");
        // grouped by key, each key in the order of its first fact
        assertThat(a.facts())
                .extracting(f -> f.key().name())
                .containsExactly("com.example.drug", "com.example.drug", "com.example.note");
    }

    @Test
    void aSecondTypeForOneNameFailsInTheExtractorThatAddsIt() {
        Extractor clash = Extractor.named(
                "test.clash", ctx -> ctx.addFact(FactKey.of("com.example.drug", String.class), "aspirin"));
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.ENTITIES, DRUGS)
                .extractor(Phase.EVENTS, clash)
                .build();
        assertThatThrownBy(() -> parser.parseText(TEXT))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.extractor()).isEqualTo("test.clash");
                    assertThat(e.phase()).isEqualTo(Phase.EVENTS);
                })
                .hasMessageContaining("com.example.drug")
                .hasMessageContaining("two types");
        Announcement skipped = AnnouncementParser.builder()
                .extractor(Phase.ENTITIES, DRUGS)
                .extractor(Phase.EVENTS, clash)
                .skipFailingExtractors(true)
                .build()
                .parseText(TEXT);
        assertThat(skipped.facts(DRUG)).hasSize(3);
        assertThat(skipped.diagnostics()).extracting(Diagnostic::code).contains("extractor.failed");
    }

    @Test
    void anUncheckedCastCannotSmuggleAnotherTypeIn() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Extractor smuggler = ctx -> ctx.updateFacts((FactKey) DRUG, all -> List.of("not a drug"));
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.ENTITIES, DRUGS)
                .extractor(Phase.EVENTS, smuggler)
                .build();
        assertThatThrownBy(() -> parser.parseText(TEXT))
                .isInstanceOf(ExtractionException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void aPostProcessorCanAddFacts() {
        Announcement a = AnnouncementParser.builder()
                .postProcessor(x -> Announcement.builder()
                        .from(x)
                        .addFact(NOTE, "post-processed")
                        .build())
                .build()
                .parseText(TEXT);
        assertThat(a.facts(NOTE)).containsExactly("post-processed");
    }
}
