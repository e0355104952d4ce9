package dev.accords.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.AgreementStatus;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.Forum;
import dev.accords.model.ForumKind;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Person;
import dev.accords.model.Place;
import dev.accords.model.Qualifier;
import dev.accords.model.Quantity;
import dev.accords.model.Role;
import dev.accords.model.Severity;
import dev.accords.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AccordsJson}: round trips, the corpus schema's shape, errors, and the gold corpus. */
class AccordsJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");

    // ---- a full announcement ------------------------------------------------------------------

    /** Every attribute of every type set, spans everywhere they can be. */
    static Announcement full() {
        Amount big = Amount.builder()
                .value(new BigDecimal("123456789012345678901234.5678"))
                .currency(USD)
                .qualifier(Qualifier.AT_MOST)
                .text("up to $123 sextillion")
                .addSpan(Span.of(300, 321))
                .build();
        Amount trailingZeros = Amount.builder()
                .value(new BigDecimal("21900000000.00"))
                .currency(CNY)
                .qualifier(Qualifier.APPROXIMATE)
                .text("21.9 billion yuan")
                .addSpan(Span.of(120, 137))
                .addSpan(Span.of(500, 517))
                .build();
        return Announcement.builder()
                .id("001_8fbe52f0f8d107eb")
                .title("3rd International Medical Innovation and Cooperation Forum held in Fangchenggang")
                .published(LocalDate.of(2023, 12, 4))
                .sourceUrl("https://www.prnewswire.com/news-releases/example-301.html")
                .language("en")
                .addOrganisation(Organisation.builder()
                        .name("China Export & Credit Insurance Corporation")
                        .addAlias("Sinosure")
                        .addAlias("China Exim Insurance")
                        .kind(OrganisationKind.FINANCIAL)
                        .parent("State Council")
                        .addSpan(Span.of(0, 43))
                        .addSpan(Span.of(60, 68))
                        .build())
                .addOrganisation(Organisation.of("CMEC Group", OrganisationKind.COMPANY))
                .addPerson(Person.builder()
                        .name("Li Haixin")
                        .addRole(Role.of("General Manager", "CAMCE"))
                        .addRole(Role.of("Chairman", null))
                        .addRole(Role.of(null, "China IPPR"))
                        .addSpan(Span.of(70, 79))
                        .build())
                .addAmount(trailingZeros)
                .addAmount(big)
                .addForum(Forum.builder()
                        .name("3rd International Medical Innovation and Cooperation Forum")
                        .kind(ForumKind.FORUM)
                        .edition(3)
                        .date(LocalDate.of(2023, 11, 26))
                        .endDate(LocalDate.of(2023, 11, 28))
                        .place(Place.builder()
                                .venue("Fangchenggang International Medical Open Pilot Zone")
                                .city("Fangchenggang")
                                .region("Guangxi")
                                .country("China")
                                .addSpan(Span.of(200, 251))
                                .build())
                        .theme("Strengthening Medical Opening-up and Cooperation")
                        .attendance(Quantity.builder()
                                .value(400)
                                .qualifier(Qualifier.AT_LEAST)
                                .addSpan(Span.of(260, 274))
                                .build())
                        .addHost("CMEC Group")
                        .addHost("Sinosure")
                        .parent("China-ASEAN Expo")
                        .addSpan(Span.of(80, 140))
                        .build())
                .addAgreement(Agreement.builder()
                        .kind(AgreementKind.CONTRACT)
                        .status(AgreementStatus.ANNOUNCED)
                        .title("project contracts")
                        .addParties("CMEC Group", "Sinosure", "Guangxi")
                        .date(LocalDate.of(2023, 11, 26))
                        .count(25)
                        .value(Amount.builder()
                                .from(trailingZeros)
                                .spans(List.of(Span.of(120, 137)))
                                .build())
                        .addField("traditional medicine")
                        .addField("food safety")
                        .forum("3rd International Medical Innovation and Cooperation Forum")
                        .addSpan(Span.of(100, 180))
                        .build())
                .addDiagnostic(Diagnostic.info("amount.currency.assumed", "assumed USD for \"$\"", Span.of(300, 301)))
                .addDiagnostic(Diagnostic.warning("input.truncated", "cut at 5000000 characters"))
                .addDiagnostic(Diagnostic.of(Severity.ERROR, "extractor.failed", "boom", null))
                .build();
    }

    @Test
    void fullAnnouncementRoundTripsWithSpansAndDiagnostics() throws IOException {
        Announcement original = full();
        for (String json : List.of(AccordsJson.write(original), AccordsJson.writePretty(original))) {
            Announcement back = AccordsJson.read(json);
            assertThat(back).isEqualTo(original);
            assertThat(evidence(back)).isEqualTo(evidence(original));
            assertThat(back.diagnostics()).isEqualTo(original.diagnostics());
            // the exact BigDecimals, scale included
            assertThat(back.amounts().get(0).value()).isEqualTo(new BigDecimal("21900000000.00"));
            assertThat(back.amounts().get(1).value()).isEqualTo(new BigDecimal("123456789012345678901234.5678"));
            assertThat(back.forums().get(0).place().orElseThrow().spans()).containsExactly(Span.of(200, 251));
        }
    }

    @Test
    void writerAndReaderOverloads() throws IOException {
        StringWriter out = new StringWriter();
        AccordsJson.write(full(), out);
        assertThat(out.toString()).isEqualTo(AccordsJson.write(full())).doesNotContain("\n");
        StringReader in = new StringReader(out.toString());
        Announcement back = AccordsJson.read(in);
        assertThat(back).isEqualTo(full());
        assertThat(evidence(back)).isEqualTo(evidence(full()));
        assertThat(AccordsJson.writePretty(full())).contains("\n");
    }

    @Test
    void emptyAnnouncementRoundTrips() throws IOException {
        Announcement empty = Announcement.builder().build();
        assertThat(AccordsJson.read(AccordsJson.write(empty))).isEqualTo(empty);
        assertThat(AccordsJson.read("{}")).isEqualTo(empty);
    }

    @Test
    void moduleWorksOnAMapperOfOnesOwn() throws IOException {
        ObjectMapper mine = new ObjectMapper().registerModule(AccordsJson.module());
        String json = mine.writeValueAsString(full());
        assertThat(json).contains("\"value\":123456789012345678901234.5678").doesNotContain("E+");
        Announcement back = mine.readValue(json, Announcement.class);
        assertThat(back).isEqualTo(full());
        assertThat(evidence(back)).isEqualTo(evidence(full()));
    }

    // ---- the shape of the output --------------------------------------------------------------

    @Test
    void writesTheSnakeCaseKeysOfTheSchema() throws IOException {
        JsonNode root = PLAIN.readTree(AccordsJson.write(full()));
        assertThat(fieldNames(root))
                .containsExactly(
                        "id",
                        "source_url",
                        "language",
                        "title",
                        "published",
                        "organisations",
                        "people",
                        "amounts",
                        "forums",
                        "agreements",
                        "diagnostics");
        assertThat(root.get("source_url").asText())
                .isEqualTo("https://www.prnewswire.com/news-releases/example-301.html");
        assertThat(root.get("published").asText()).isEqualTo("2023-12-04");

        JsonNode forum = root.get("forums").get(0);
        assertThat(fieldNames(forum))
                .contains(
                        "name",
                        "kind",
                        "edition",
                        "date",
                        "end_date",
                        "city",
                        "venue",
                        "region",
                        "country",
                        "theme",
                        "attendees",
                        "hosts",
                        "parent",
                        "place_spans",
                        "spans")
                .doesNotContain("endDate", "attendance", "place");
        assertThat(forum.get("kind").asText()).isEqualTo("forum");
        assertThat(forum.get("end_date").asText()).isEqualTo("2023-11-28");
        assertThat(forum.get("city").asText()).isEqualTo("Fangchenggang");
        assertThat(forum.get("region").asText()).isEqualTo("Guangxi");
        assertThat(forum.get("edition").isIntegralNumber()).isTrue();
        assertThat(forum.get("attendees").get("value").isIntegralNumber()).isTrue();
        assertThat(forum.get("attendees").get("value").asLong()).isEqualTo(400);
        assertThat(forum.get("attendees").get("qualifier").asText()).isEqualTo("at_least");
        assertThat(forum.get("hosts")).hasSize(2);

        JsonNode org = root.get("organisations").get(0);
        assertThat(org.get("kind").asText()).isEqualTo("financial");
        assertThat(org.get("aliases").get(0).asText()).isEqualTo("Sinosure");
        assertThat(org.get("spans").get(1).toString()).isEqualTo("[60,68]");

        JsonNode person = root.get("people").get(0);
        assertThat(person.get("titles").toString()).isEqualTo("[\"General Manager\",\"Chairman\"]");
        assertThat(person.get("organisations").toString()).isEqualTo("[\"CAMCE\",\"China IPPR\"]");
        assertThat(person.get("roles")).hasSize(3);

        JsonNode agreement = root.get("agreements").get(0);
        assertThat(agreement.get("kind").asText()).isEqualTo("contract");
        assertThat(agreement.get("status").asText()).isEqualTo("announced");
        assertThat(agreement.get("count").isIntegralNumber()).isTrue();
        JsonNode value = agreement.get("value");
        assertThat(value.get("value").isNumber()).isTrue();
        assertThat(value.get("currency").asText()).isEqualTo("CNY");
        assertThat(value.get("qualifier").asText()).isEqualTo("approximate");
        assertThat(value.get("text").asText()).isEqualTo("21.9 billion yuan");

        JsonNode diagnostic = root.get("diagnostics").get(0);
        assertThat(diagnostic.get("severity").asText()).isEqualTo("info");
        assertThat(diagnostic.get("span").toString()).isEqualTo("[300,301]");
        assertThat(root.get("diagnostics").get(1).has("span")).isFalse();
    }

    @Test
    void moneyValuesAreExactPlainJsonNumbers() throws IOException {
        String json = AccordsJson.write(full());
        assertThat(json)
                .contains("\"value\":21900000000.00,")
                .contains("\"value\":123456789012345678901234.5678,")
                .doesNotContain("E+", "e+", "\"21900000000")
                .doesNotContain("\"value\":\"");
        JsonNode amounts = PLAIN.readTree(json).get("amounts");
        assertThat(amounts.get(0).get("value").isNumber()).isTrue();
        assertThat(amounts.get(1).get("value").isNumber()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2.19E+10, 21900000000",
        "1E+3, 1000",
        "21900000000, 21900000000",
        "0.000001, 0.000001",
        "1E-7, 0.0000001",
        "0, 0"
    })
    void valuesAreNeverWrittenInScientificNotation(String value, String written) throws IOException {
        Amount amount = Amount.of(new BigDecimal(value), CNY, Qualifier.EXACT, "some yuan");
        String json = AccordsJson.write(Announcement.builder().addAmount(amount).build());
        assertThat(json)
                .contains("\"value\":" + written + ",")
                .doesNotContainIgnoringCase("E+")
                .doesNotContain("E-");
        // scale may differ after the trip (2.19E+10 has a negative scale), the number may not
        assertThat(AccordsJson.read(json).amounts().get(0).value()).isEqualByComparingTo(value);
    }

    @Test
    void absentValuesAreWrittenAsNull() throws IOException {
        Announcement sparse = Announcement.builder()
                .addForum(Forum.builder().name("symposium").build())
                .addAgreement(Agreement.builder().build())
                .addPerson(Person.builder()
                        .name("Wang Bo")
                        .addRole(Role.of("Chairman", null))
                        .build())
                .build();
        JsonNode root = PLAIN.readTree(AccordsJson.write(sparse));
        assertNulls(root, "id", "source_url", "language", "title", "published");
        assertNulls(
                root.get("forums").get(0),
                "edition",
                "date",
                "end_date",
                "city",
                "venue",
                "region",
                "country",
                "theme",
                "attendees");
        assertNulls(root.get("agreements").get(0), "title", "date", "count", "value", "forum");
        assertNulls(root.get("people").get(0).get("roles").get(0), "organisation");
        assertThat(root.get("forums").get(0).get("hosts").isArray()).isTrue();
        assertThat(root.get("forums").get(0).get("hosts")).isEmpty();
        assertThat(root.get("agreements").get(0).get("parties")).isEmpty();
        assertThat(root.get("forums").get(0).get("kind").asText()).isEqualTo("other");
        assertThat(root.get("agreements").get(0).get("status").asText()).isEqualTo("signed");
        assertThat(AccordsJson.read(AccordsJson.write(sparse))).isEqualTo(sparse);
    }

    private static void assertNulls(JsonNode node, String... keys) {
        for (String key : keys) {
            assertThat(node.has(key)).as("has key %s", key).isTrue();
            assertThat(node.get(key).isNull()).as("%s is null", key).isTrue();
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    @Test
    void readsCamelCaseKeysToo() throws IOException {
        String json = """
                {"id": "c1", "sourceUrl": "https://example.org/42", "language": "en",
                 "forums": [{"name": "Expo", "kind": "EXPO", "date": "2023-06-15", "endDate": "2023-06-17",
                             "city": "Changsha", "placeSpans": [[3, 9]]}],
                 "agreements": [{"kind": "strategic-cooperation", "parties": ["A", "B"]}]}
                """;
        Announcement a = AccordsJson.read(json);
        assertThat(a.sourceUrl()).contains("https://example.org/42");
        Forum f = a.forums().get(0);
        assertThat(f.kind()).isEqualTo(ForumKind.EXPO);
        assertThat(f.endDate()).contains(LocalDate.of(2023, 6, 17));
        assertThat(f.place().orElseThrow().city()).contains("Changsha");
        assertThat(f.place().orElseThrow().spans()).containsExactly(Span.of(3, 9));
        assertThat(a.agreements().get(0).kind()).isEqualTo(AgreementKind.STRATEGIC_COOPERATION);
    }

    @Test
    void readsGoldShapes() throws IOException {
        String json = """
                {"forums": [{"name": "Forum", "attendees": 80}],
                 "agreements": [{"value": {"value": 8000000000, "currency": "inr"}}],
                 "people": [{"name": "Wang Bo", "titles": ["Party Secretary", "Chairman"], "organisations": ["CMEC Group"]}]}
                """;
        Announcement a = AccordsJson.read(json);
        assertThat(a.forums().get(0).attendance()).contains(Quantity.of(80, Qualifier.EXACT));
        Amount value = a.agreements().get(0).value().orElseThrow();
        assertThat(value.value()).isEqualTo(new BigDecimal("8000000000"));
        assertThat(value.currency().getCurrencyCode()).isEqualTo("INR");
        assertThat(value.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(value.text()).isEqualTo("8000000000 INR");
        assertThat(a.people().get(0).roles())
                .containsExactly(Role.of("Party Secretary", "CMEC Group"), Role.of("Chairman", null));
    }

    // ---- errors -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "{\"id\": }",
                "{\"id\": \"a\",}",
                "not json",
                "{\"organisations\": [{\"name\": \"A\"}",
                "[]",
                "\"an announcement\"",
                "42",
                "null",
                "{\"id\": \"a\"} trailing",
                "{\"id\": \"a\"}}",
                "{\"id\": \"a\"} {\"id\": \"b\"}"
            })
    void malformedJsonIsAnIOException(String json) {
        assertThatThrownBy(() -> AccordsJson.read(json)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> AccordsJson.read(new StringReader(json))).isInstanceOf(IOException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        blank organisation name   | {"organisations": [{"name": "  "}]}                                    | "name"
        blank forum name          | {"forums": [{"name": ""}]}                                             | "name"
        missing person name       | {"people": [{"titles": ["Chairman"]}]}                                 | "name"
        name not a string         | {"organisations": [{"name": 5}]}                                       | "name" must be a string
        unknown forum kind        | {"forums": [{"name": "F", "kind": "dialogue"}]}                        | "dialogue" is not a ForumKind
        unknown agreement kind    | {"agreements": [{"kind": "treaty"}]}                                   | "treaty" is not a AgreementKind
        unknown qualifier         | {"amounts": [{"value": 1, "currency": "CNY", "qualifier": "roughly"}]} | "roughly" is not a Qualifier
        unknown currency          | {"amounts": [{"value": 1, "currency": "XYZ"}]}                         | "currency" must be an ISO 4217 code, was "XYZ"
        missing currency          | {"amounts": [{"value": 1}]}                                            | "currency" is missing
        impossible date           | {"published": "2023-13-45"}                                            | "2023-13-45"
        impossible forum date     | {"forums": [{"name": "F", "date": "2023-02-30"}]}                      | "date" must be an ISO date
        value not a number        | {"amounts": [{"value": "abc", "currency": "CNY"}]}                     | "value" must be a number, was "abc"
        negative value            | {"amounts": [{"value": -5, "currency": "CNY"}]}                        | Amount.value must not be negative
        end before start          | {"forums": [{"name": "F", "date": "2023-06-17", "end_date": "2023-06-15"}]} | Forum.endDate (2023-06-15) must not be before date (2023-06-17)
        edition zero              | {"forums": [{"name": "F", "edition": 0}]}                              | Forum.edition must be >= 1
        edition not whole         | {"forums": [{"name": "F", "edition": 2.5}]}                            | "edition" must be a whole number
        count as string           | {"agreements": [{"count": "25"}]}                                      | "count" must be a whole number
        attendees not whole       | {"forums": [{"name": "F", "attendees": {"value": 1.5}}]}               | "attendees" must be a whole number
        attendees number not whole| {"forums": [{"name": "F", "attendees": 12.7}]}                         | "attendees" must be a whole number
        bad span                  | {"organisations": [{"name": "A", "spans": [[1]]}]}                     | a span must be [start, end]
        span end before start     | {"organisations": [{"name": "A", "spans": [[5, 2]]}]}                  | Span.end (2) must be >= start (5)
        role without anything     | {"people": [{"name": "X", "roles": [{}]}]}                             | Role needs a title or an organisation
        list not an array         | {"organisations": {"name": "A"}}                                       | "organisations" must be an array
        unknown severity          | {"diagnostics": [{"severity": "fatal", "code": "a", "message": "m"}]}  | "fatal" is not a Severity
        huge exponent             | {"amounts": [{"value": 1e999999999, "currency": "USD"}]}               | "value" is out of range
        """)
    void invalidContentIsAnIOExceptionNamingTheProblem(String what, String json, String expected) {
        assertThatThrownBy(() -> AccordsJson.read(json))
                .as(what)
                .isInstanceOf(IOException.class)
                .hasMessageContaining(expected);
    }

    // ---- the gold corpus ----------------------------------------------------------------------

    static Stream<Path> goldFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(AccordsJsonTest.class.getResource("/corpus").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @Test
    void theCorpusHasFifteenGoldFilesEachBesideItsText() throws Exception {
        List<Path> gold = goldFiles().toList();
        assertThat(gold).hasSize(15);
        for (Path p : gold) {
            assertThat(p.resolveSibling(p.getFileName().toString().replace(".json", ".txt")))
                    .exists();
        }
        assertThat(Path.of(
                        AccordsJsonTest.class.getResource("/corpus/README.md").toURI()))
                .exists();
    }

    @ParameterizedTest
    @MethodSource("goldFiles")
    void goldFilesReadAndRoundTrip(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode gold = PLAIN.readTree(json);
        Announcement a = AccordsJson.read(json);

        String base = file.getFileName().toString().replace(".json", "");
        assertThat(a.id()).contains(base);
        assertThat(a.language()).contains("en");
        assertThat(a.organisations()).hasSize(gold.get("organisations").size());
        assertThat(a.people()).hasSize(gold.get("people").size());
        assertThat(a.amounts()).hasSize(gold.get("amounts").size());
        assertThat(a.forums()).hasSize(gold.get("forums").size());
        assertThat(a.agreements()).hasSize(gold.get("agreements").size());
        for (int i = 0; i < a.amounts().size(); i++) {
            assertThat(a.amounts().get(i).value())
                    .isEqualByComparingTo(
                            gold.get("amounts").get(i).get("value").asText());
            assertThat(a.amounts().get(i).text())
                    .isEqualTo(gold.get("amounts").get(i).get("text").asText());
        }

        // people: gold's separate titles and organisations lists become roles, and come back out
        for (int i = 0; i < a.people().size(); i++) {
            Person p = a.people().get(i);
            JsonNode g = gold.get("people").get(i);
            assertThat(p.name()).isEqualTo(g.get("name").asText());
            assertThat(p.titles()).as(p.name()).containsExactlyElementsOf(distinct(g.get("titles")));
            assertThat(p.organisations()).as(p.name()).containsExactlyElementsOf(distinct(g.get("organisations")));
            assertThat(p.roles())
                    .hasSize(Math.max(
                            distinct(g.get("titles")).size(),
                            distinct(g.get("organisations")).size()));
        }

        String written = AccordsJson.write(a);
        Announcement again = AccordsJson.read(written);
        assertThat(again).isEqualTo(a);
        assertThat(evidence(again)).isEqualTo(evidence(a));
        assertThat(AccordsJson.write(again)).isEqualTo(written);
    }

    @Test
    void goldPeopleBecomeRoles() throws Exception {
        Announcement a = AccordsJson.read(Files.readString(gold("000_2231a779c5da8bb4.json")));
        Person li = a.people().stream()
                .filter(p -> p.name().equals("Li Haixin"))
                .findFirst()
                .orElseThrow();
        assertThat(li.roles()).containsExactly(Role.of("General Manager", "CAMCE"), Role.of("Chairman", "China IPPR"));
        Person wang = a.people().stream()
                .filter(p -> p.name().equals("Wang Bo"))
                .findFirst()
                .orElseThrow();
        assertThat(wang.roles()).containsExactly(Role.of("Party Secretary", "CMEC Group"), Role.of("Chairman", null));
        assertThat(a.organisation("Sinosure").map(Organisation::name))
                .contains("China Export & Credit Insurance Corporation");

        Announcement d01 = AccordsJson.read(Files.readString(gold("d01.json")));
        Person patnaik = d01.people().get(0);
        assertThat(patnaik.name()).isEqualTo("Naveen Patnaik");
        assertThat(patnaik.roles()).containsExactly(Role.of("Chief Minister", null));
        Agreement mou = d01.agreements().get(0);
        assertThat(mou.kind()).isEqualTo(AgreementKind.MOU);
        assertThat(mou.value().orElseThrow().value()).isEqualByComparingTo("8000000000");
        assertThat(mou.value().orElseThrow().currency().getCurrencyCode()).isEqualTo("INR");
    }

    private static Path gold(String name) throws URISyntaxException {
        return Path.of(AccordsJsonTest.class.getResource("/corpus/" + name).toURI());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<String> distinct(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> {
                if (!n.asText().isBlank() && !out.contains(n.asText())) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            names.add(e.getKey());
        }
        return names;
    }

    /** Every span in an announcement, labelled by where it sits (spans do not take part in equals). */
    static List<String> evidence(Announcement a) {
        List<String> out = new ArrayList<>();
        a.organisations().forEach(o -> out.add("organisation " + o.name() + " " + spans(o.spans())));
        a.people().forEach(p -> out.add("person " + p.name() + " " + spans(p.spans())));
        a.amounts().forEach(m -> out.add("amount " + m.text() + " " + spans(m.spans())));
        for (Forum f : a.forums()) {
            out.add("forum " + f.name() + " " + spans(f.spans()));
            f.place().ifPresent(p -> out.add("place " + spans(p.spans())));
            f.attendance().ifPresent(q -> out.add("attendance " + spans(q.spans())));
        }
        for (Agreement g : a.agreements()) {
            out.add("agreement " + g.title() + " " + spans(g.spans()));
            g.value().ifPresent(v -> out.add("agreement value " + spans(v.spans())));
        }
        a.diagnostics()
                .forEach(d -> out.add(
                        "diagnostic " + d.code() + " " + spans(d.span().stream().toList())));
        return out;
    }

    private static String spans(List<Span> spans) {
        return spans.stream().map(s -> s.start() + "-" + s.end()).toList().toString();
    }

    @Test
    void evidenceHelperSeesEverySpan() {
        // guards the round-trip assertions above: a lost span must change evidence(...)
        List<String> all = evidence(full());
        assertThat(all).hasSize(13);
        assertThat(String.join("\n", all))
                .contains("[0-43, 60-68]")
                .contains("place [200-251]")
                .contains("attendance [260-274]")
                .contains("agreement value [120-137]")
                .contains("diagnostic amount.currency.assumed [300-301]")
                .contains("diagnostic input.truncated []");
    }

    @Test
    void writeRejectsNull() {
        assertThat(AccordsJson.write(full())).isNotBlank();
        assertThatThrownBy(() -> AccordsJson.write((Announcement) null)).isInstanceOf(NullPointerException.class);
    }
}
