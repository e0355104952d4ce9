package dev.accords.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accords.model.Announcement;
import dev.accords.model.FactKey;
import dev.accords.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts of one's own in JSON: under "extensions", read back as trees or, given their key, typed. */
class FactJsonTest {
    /** A fact with a span and an exact number. */
    public record Drug(String name, Span span, BigDecimal dose) {}

    static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);
    static final FactKey<String> NOTE = FactKey.of("com.example.note", String.class);

    static Announcement announcement() {
        return Announcement.builder()
                .title("Novo Nordisk signs supply deal")
                .addFact(DRUG, new Drug("semaglutide", Span.of(10, 21), new BigDecimal("0.25")))
                .addFact(NOTE, "checked")
                .addFact(DRUG, new Drug("insulin aspart", Span.of(30, 44), new BigDecimal("100.000000000000000001")))
                .build();
    }

    @Test
    void factsAreWrittenUnderExtensionsByKeyName() throws IOException {
        JsonNode root = new ObjectMapper().readTree(AccordsJson.write(announcement()));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsSubsequence("agreements", "extensions", "diagnostics");
        JsonNode ext = root.get("extensions");
        List<String> names = new ArrayList<>();
        ext.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("com.example.drug", "com.example.note");
        assertThat(ext.get("com.example.drug")).hasSize(2);
        JsonNode first = ext.get("com.example.drug").get(0);
        assertThat(first.get("name").asText()).isEqualTo("semaglutide");
        assertThat(first.get("span").toString()).isEqualTo("[10,21]");
        assertThat(ext.get("com.example.note").get(0).asText()).isEqualTo("checked");
        // the schema's keys are unchanged
        assertThat(root.get("organisations").isArray()).isTrue();
        assertThat(root.get("title").asText()).isEqualTo("Novo Nordisk signs supply deal");
    }

    @Test
    void withTheirKeysFactsAreReadBackTyped() throws IOException {
        String json = AccordsJson.writePretty(announcement());
        Announcement back = AccordsJson.read(json, DRUG, NOTE);
        assertThat(back).isEqualTo(announcement());
        assertThat(back.facts(DRUG).get(1).dose()).isEqualTo(new BigDecimal("100.000000000000000001"));
        assertThat(AccordsJson.read(new StringReader(json), DRUG, NOTE)).isEqualTo(announcement());
    }

    @Test
    void withoutTheirKeysFactsAreJsonTrees() throws IOException {
        Announcement back = AccordsJson.read(AccordsJson.write(announcement()), NOTE);
        FactKey<JsonNode> drugTree = FactKey.of("com.example.drug", JsonNode.class);
        List<JsonNode> drugs = back.facts(drugTree);
        assertThat(drugs).extracting(d -> d.get("name").asText()).containsExactly("semaglutide", "insulin aspart");
        assertThat(back.facts(NOTE)).containsExactly("checked");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> back.facts(DRUG))
                .withMessageContaining("com.example.drug")
                .withMessageContaining("AccordsJson.read");
        // trees are written back as they were read
        assertThat(AccordsJson.write(back)).isEqualTo(AccordsJson.write(announcement()));
    }

    @Test
    void anAnnouncementWithoutFactsHasNoExtensionsKey() throws IOException {
        JsonNode root = new ObjectMapper()
                .readTree(AccordsJson.write(Announcement.builder().build()));
        assertThat(root.has("extensions")).isFalse();
        assertThat(AccordsJson.read("{\"extensions\": null}").facts()).isEmpty();
        assertThat(AccordsJson.read("{\"extensions\": {}}").facts()).isEmpty();
    }

    @Test
    void badFactsAreReadingErrorsThatSayWhere() {
        assertThatThrownBy(() -> AccordsJson.read("{\"extensions\": []}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("\"extensions\" must be an object");
        assertThatThrownBy(() -> AccordsJson.read("{\"extensions\": {\"drug\": [1]}}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("namespaced");
        assertThatThrownBy(() -> AccordsJson.read("{\"extensions\": {\"com.example.drug\": 1}}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("must be an array");
        assertThatThrownBy(() -> AccordsJson.read(
                        "{\"extensions\": {\"com.example.drug\": [{\"name\": \"x\", \"span\": [1]}]}}", DRUG))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("extensions.com.example.drug[0]")
                .hasMessageContaining(Drug.class.getName());
        assertThatThrownBy(() -> AccordsJson.read("{\"extensions\": {\"com.example.note\": [null]}}", NOTE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("extensions.com.example.note[0] must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccordsJson.read("{}", NOTE, FactKey.of("com.example.note", Integer.class)))
                .withMessageContaining("two fact keys named com.example.note");
    }

    /** No property Jackson can see. */
    static final class Opaque {
        private final String secret = "s";

        @Override
        public String toString() {
            return secret;
        }
    }

    @Test
    void aValueJacksonCannotWriteFailsLoudlyInsteadOfWritingNothing() {
        Announcement a = Announcement.builder()
                .addFact(FactKey.of("com.example.opaque", Opaque.class), new Opaque())
                .build();
        assertThatThrownBy(() -> AccordsJson.write(a))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(Opaque.class.getName().replace('$', '$'));
    }

    @Test
    void aMapperOfOnesOwnReadsFactsWithItsModule() throws IOException {
        ObjectMapper mine = new ObjectMapper().registerModule(AccordsJson.module(DRUG, NOTE));
        String json = mine.writeValueAsString(announcement());
        assertThat(json).contains("\"extensions\"");
        assertThat(mine.readValue(json, Announcement.class)).isEqualTo(announcement());
        // a span on its own, too
        assertThat(mine.writeValueAsString(Span.of(3, 7))).isEqualTo("[3,7]");
        assertThat(mine.readValue("[3,7]", Span.class)).isEqualTo(Span.of(3, 7));
    }
}
