package dev.accords.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants, value semantics, defaults and derived attributes of the immutable model. */
class ModelTest {
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate AUG_10 = LocalDate.of(2023, 8, 10);

    // ---- @Value.Check invariants --------------------------------------------------------------

    /** Each case builds an invalid object; the message must name the type and attribute. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("Organisation.name", () -> Organisation.builder().name(" ").build()),
                bad("Organisation.name", () -> Organisation.of("", OrganisationKind.COMPANY)),
                bad(
                        "Organisation.aliases",
                        () -> Organisation.builder().name("A").addAlias("\t").build()),
                bad(
                        "Organisation.parent",
                        () -> Organisation.builder().name("A").parent(" ").build()),
                bad("Person.name", () -> Person.builder().name("  ").build()),
                bad("Forum.name", () -> Forum.builder().name("").build()),
                bad(
                        "Forum.hosts",
                        () -> Forum.builder()
                                .name("F")
                                .addHost("CMEC")
                                .addHost(" ")
                                .build()),
                bad("Forum.theme", () -> Forum.builder().name("F").theme(" ").build()),
                bad("Forum.parent", () -> Forum.builder().name("F").parent("").build()),
                bad("Forum.edition", () -> Forum.builder().name("F").edition(0).build()),
                bad("Forum.edition", () -> Forum.builder().name("F").edition(-3).build()),
                bad(
                        "Forum.endDate",
                        () -> Forum.builder()
                                .name("F")
                                .date(AUG_10)
                                .endDate(AUG_10.minusDays(1))
                                .build()),
                bad(
                        "Forum.endDate",
                        () -> Forum.builder().name("F").endDate(AUG_10).build()),
                bad("Agreement.title", () -> Agreement.builder().title(" ").build()),
                bad(
                        "Agreement.parties",
                        () -> Agreement.builder()
                                .addParty("Medi Center")
                                .addParty("")
                                .build()),
                bad("Agreement.fields", () -> Agreement.builder().addField(" ").build()),
                bad("Agreement.forum", () -> Agreement.builder().forum(" ").build()),
                bad("Agreement.count", () -> Agreement.builder().count(0).build()),
                bad("Amount.value", () -> Amount.of(new BigDecimal("-1"), CNY, Qualifier.EXACT, "-1 yuan")),
                bad(
                        "Amount.value",
                        () -> Amount.builder()
                                .value(new BigDecimal("-0.01"))
                                .currency(CNY)
                                .text("x")
                                .build()),
                bad("Amount.text", () -> Amount.of(BigDecimal.TEN, CNY, Qualifier.EXACT, " ")),
                bad("Quantity.value", () -> Quantity.of(-1, Qualifier.AT_LEAST)),
                bad("Quantity.value", () -> Quantity.builder().value(-400).build()),
                bad("Role needs a title or an organisation", () -> Role.of(null, null)),
                bad("Role.title", () -> Role.of(" ", "CAMCE")),
                bad("Role.organisation", () -> Role.of("Chairman", "")),
                bad(
                        "Place needs at least one of venue, city, region, country",
                        () -> Place.builder().build()),
                bad(
                        "Place needs at least one of venue, city, region, country",
                        () -> Place.builder()
                                .venue((String) null)
                                .city((String) null)
                                .build()),
                bad(
                        "Place.venue",
                        () -> Place.builder().venue(" ").city("Qingdao").build()),
                bad("Place.city", () -> Place.builder().city("").build()),
                bad("Place.region", () -> Place.builder().region(" ").build()),
                bad("Place.country", () -> Place.builder().country(" ").build()),
                bad("Span.start", () -> Span.of(-1, 4)),
                bad("Span.end", () -> Span.of(5, 4)),
                bad("Diagnostic.code", () -> Diagnostic.info(" ", "message")),
                bad("Diagnostic.message", () -> Diagnostic.warning("input.empty", "")),
                bad("Announcement.id", () -> Announcement.builder().id(" ").build()),
                bad("Announcement.title", () -> Announcement.builder().title("").build()),
                bad(
                        "Announcement.sourceUrl",
                        () -> Announcement.builder().sourceUrl(" ").build()),
                bad(
                        "Announcement.language",
                        () -> Announcement.builder().language(" ").build()));
    }

    private static Arguments bad(String expectedInMessage, Supplier<?> build) {
        return Arguments.of(expectedInMessage, build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invariantViolationsThrowIllegalArgumentNamingTheAttribute(String expectedInMessage, Supplier<?> build) {
        assertThatIllegalArgumentException().isThrownBy(build::get).withMessageContaining(expectedInMessage);
    }

    @Test
    void messagesSayWhatWasWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Forum.builder()
                        .name("F")
                        .date(AUG_10)
                        .endDate(LocalDate.of(2023, 8, 9))
                        .build())
                .withMessage("Forum.endDate (2023-08-09) must not be before date (2023-08-10)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Forum.builder().name("F").endDate(AUG_10).build())
                .withMessage("Forum.endDate needs a date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Span.of(5, 4))
                .withMessage("Span.end (4) must be >= start (5)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Agreement.builder().count(0).build())
                .withMessage("Agreement.count must be >= 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Organisation.builder().name("A").addAlias(" ").build())
                .withMessage("Organisation.aliases must not contain a blank entry");
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertThat(Forum.builder().name("F").edition(1).build().edition()).hasValue(1);
        assertThat(Agreement.builder().count(1).build().count()).hasValue(1);
        Forum oneDay = Forum.builder().name("F").date(AUG_10).endDate(AUG_10).build();
        assertThat(oneDay.endDate()).contains(AUG_10);
        assertThat(Amount.of(BigDecimal.ZERO, CNY, Qualifier.EXACT, "0 yuan").value())
                .isZero();
        assertThat(Quantity.of(0, Qualifier.EXACT).value()).isZero();
        Span empty = Span.of(0, 0);
        assertThat(empty.length()).isZero();
        assertThat(Role.of("Chairman", null).organisation()).isEmpty();
        assertThat(Role.of(null, "CAMCE").title()).isEmpty();
        assertThat(Place.builder().country("China").build().country()).contains("China");
        assertThat(Announcement.builder().build().isEmpty()).isTrue();
    }

    @Test
    void missingRequiredAttributesThrowIllegalState() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Organisation.builder().kind(OrganisationKind.COMPANY).build())
                .withMessageContaining("name");
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Person.builder().addRole(Role.of("Chairman", null)).build())
                .withMessageContaining("name");
        assertThatIllegalStateException()
                .isThrownBy(() -> Forum.builder().kind(ForumKind.FORUM).build())
                .withMessageContaining("name");
        assertThatIllegalStateException()
                .isThrownBy(() -> Amount.builder().value(BigDecimal.ONE).build())
                .withMessageContaining("currency")
                .withMessageContaining("text");
        assertThatIllegalStateException()
                .isThrownBy(() -> Amount.builder().currency(CNY).text("x").build())
                .withMessageContaining("value");
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> Quantity.builder().qualifier(Qualifier.AT_LEAST).build())
                .withMessageContaining("value");
    }

    // ---- value semantics ----------------------------------------------------------------------

    @Test
    void equalFactsAreEqual() {
        assertThat(camce()).isEqualTo(camce()).hasSameHashCodeAs(camce()).isNotSameAs(camce());
        assertThat(forum()).isEqualTo(forum()).hasSameHashCodeAs(forum());
        assertThat(agreement()).isEqualTo(agreement()).hasSameHashCodeAs(agreement());
        assertThat(person()).isEqualTo(person()).hasSameHashCodeAs(person());
        assertThat(Span.of(1, 2)).isEqualTo(Span.of(1, 2)).hasSameHashCodeAs(Span.of(1, 2));
        assertThat(Role.of("Chairman", "CAMCE")).isEqualTo(Role.of("Chairman", "CAMCE"));
        assertThat(Diagnostic.info("a.b", "m", Span.of(0, 1))).isEqualTo(Diagnostic.info("a.b", "m", Span.of(0, 1)));
    }

    @Test
    void factsDifferingInAnAttributeAreNotEqual() {
        assertThat(Organisation.builder()
                        .from(camce())
                        .kind(OrganisationKind.FINANCIAL)
                        .build())
                .isNotEqualTo(camce());
        assertThat(Organisation.builder().from(camce()).addAlias("CAMC").build())
                .isNotEqualTo(camce());
        assertThat(Forum.builder().from(forum()).edition(4).build()).isNotEqualTo(forum());
        assertThat(Agreement.builder()
                        .from(agreement())
                        .status(AgreementStatus.ANNOUNCED)
                        .build())
                .isNotEqualTo(agreement());
        assertThat(Amount.of(new BigDecimal("1"), CNY, Qualifier.EXACT, "1 yuan"))
                .isNotEqualTo(Amount.of(new BigDecimal("1"), CNY, Qualifier.APPROXIMATE, "1 yuan"))
                .isNotEqualTo(Amount.of(new BigDecimal("1"), CNY, Qualifier.EXACT, "one yuan"));
        // documented: BigDecimal equality includes the scale
        assertThat(Amount.of(new BigDecimal("1.0"), CNY, Qualifier.EXACT, "1 yuan"))
                .isNotEqualTo(Amount.of(new BigDecimal("1"), CNY, Qualifier.EXACT, "1 yuan"));
        assertThat(Span.of(1, 2)).isNotEqualTo(Span.of(1, 3));
        assertThat(Role.of("Chairman", null)).isNotEqualTo(Role.of(null, "Chairman"));
    }

    @Test
    void aNegativeScaleIsWrittenOut() {
        Amount a = Amount.of(new BigDecimal("2.19E+10"), CNY, Qualifier.EXACT, "21.9 billion yuan");
        assertThat(a.value().scale()).isZero();
        assertThat(a.value().toString()).isEqualTo("21900000000");
        assertThat(a).isEqualTo(Amount.of(new BigDecimal("21900000000"), CNY, Qualifier.EXACT, "21.9 billion yuan"));
    }

    @Test
    void spansAreAuxiliary() {
        Organisation withSpans = Organisation.builder()
                .from(camce())
                .addSpan(Span.of(10, 15))
                .addSpan(Span.of(40, 45))
                .build();
        Organisation otherSpans = Organisation.builder()
                .from(camce())
                .spans(List.of(Span.of(99, 104)))
                .build();
        assertThat(withSpans.spans()).containsExactly(Span.of(10, 15), Span.of(40, 45));
        assertThat(withSpans).isEqualTo(camce()).isEqualTo(otherSpans).hasSameHashCodeAs(camce());

        Amount a = Amount.of(BigDecimal.TEN, CNY, Qualifier.EXACT, "10 yuan");
        Amount aSpans = Amount.builder().from(a).addSpan(Span.of(3, 10)).build();
        assertThat(aSpans).isEqualTo(a).hasSameHashCodeAs(a);

        Quantity q = Quantity.of(400, Qualifier.AT_LEAST);
        assertThat(Quantity.builder().from(q).addSpan(Span.of(0, 8)).build())
                .isEqualTo(q)
                .hasSameHashCodeAs(q);

        Place p = Place.builder().city("Qingdao").build();
        assertThat(Place.builder().from(p).addSpan(Span.of(0, 7)).build())
                .isEqualTo(p)
                .hasSameHashCodeAs(p);

        Forum f = Forum.builder().from(forum()).addSpan(Span.of(1, 2)).build();
        assertThat(f).isEqualTo(forum()).hasSameHashCodeAs(forum());

        Agreement g =
                Agreement.builder().from(agreement()).addSpan(Span.of(1, 2)).build();
        assertThat(g).isEqualTo(agreement()).hasSameHashCodeAs(agreement());

        Person pe = Person.builder().from(person()).addSpan(Span.of(1, 2)).build();
        assertThat(pe).isEqualTo(person()).hasSameHashCodeAs(person());
    }

    @Test
    void announcementDiagnosticsAreAuxiliary() {
        Announcement plain =
                Announcement.builder().id("a").addOrganisation(camce()).build();
        Announcement diagnosed = Announcement.builder()
                .from(plain)
                .addDiagnostic(Diagnostic.warning("input.truncated", "cut"))
                .build();
        assertThat(diagnosed.diagnostics()).hasSize(1);
        assertThat(diagnosed).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(Announcement.builder().from(plain).id("b").build()).isNotEqualTo(plain);
    }

    @Test
    void builderFromCopiesEverythingIncludingSpans() {
        Forum withSpans = Forum.builder().from(forum()).addSpan(Span.of(5, 9)).build();
        Forum copy = Forum.builder().from(withSpans).build();
        assertThat(copy).isEqualTo(withSpans);
        assertThat(copy.spans()).containsExactly(Span.of(5, 9));
        assertThat(copy.place()).isEqualTo(withSpans.place());
    }

    // ---- defaults and derived attributes ------------------------------------------------------

    @Test
    void defaults() {
        assertThat(Organisation.builder().name("A").build().kind()).isEqualTo(OrganisationKind.OTHER);
        assertThat(Forum.builder().name("F").build().kind()).isEqualTo(ForumKind.OTHER);
        Agreement empty = Agreement.builder().build();
        assertThat(empty.kind()).isEqualTo(AgreementKind.OTHER);
        assertThat(empty.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(empty.title()).isEmpty();
        assertThat(empty.count()).isEmpty();
        assertThat(empty.parties()).isEmpty();
        Amount amount = Amount.builder()
                .value(BigDecimal.ONE)
                .currency(CNY)
                .text("1 yuan")
                .build();
        assertThat(amount.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(Quantity.builder().value(3).build().qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(Organisation.builder().name("A").build().spans()).isEmpty();
        Forum forum = Forum.builder().name("F").build();
        assertThat(forum.edition()).isEmpty();
        assertThat(forum.place()).isEmpty();
        assertThat(forum.attendance()).isEmpty();
        assertThat(forum.hosts()).isEmpty();
    }

    @Test
    void diagnosticFactories() {
        assertThat(Diagnostic.info("c.d", "m").severity()).isEqualTo(Severity.INFO);
        assertThat(Diagnostic.info("c.d", "m").span()).isEmpty();
        assertThat(Diagnostic.info("c.d", "m", Span.of(1, 4)).span()).contains(Span.of(1, 4));
        assertThat(Diagnostic.warning("c.d", "m").severity()).isEqualTo(Severity.WARNING);
        assertThat(Diagnostic.error("c.d", "m").severity()).isEqualTo(Severity.ERROR);
        Diagnostic d = Diagnostic.of(Severity.ERROR, "extractor.failed", "boom", null);
        assertThat(d.span()).isEmpty();
        assertThat(d.code()).isEqualTo("extractor.failed");
        assertThat(d.message()).isEqualTo("boom");
    }

    @Test
    void personTitlesAndOrganisationsComeFromRolesWithoutDuplicates() {
        Person li = Person.builder()
                .name("Li Haixin")
                .addRole(Role.of("General Manager", "CAMCE"))
                .addRole(Role.of("Chairman", "China IPPR"))
                .addRole(Role.of("Chairman", "CAMCE"))
                .addRole(Role.of(null, "Sinosure"))
                .addRole(Role.of("Board Secretary", null))
                .build();
        assertThat(li.titles()).containsExactly("General Manager", "Chairman", "Board Secretary");
        assertThat(li.organisations()).containsExactly("CAMCE", "China IPPR", "Sinosure");
        assertThat(li.roles()).hasSize(5);
        assertThat(Person.builder().name("Nobody").build().titles()).isEmpty();
    }

    @Test
    void organisationIsCalledIgnoresCase() {
        Organisation sinosure = Organisation.builder()
                .name("China Export & Credit Insurance Corporation")
                .addAlias("Sinosure")
                .kind(OrganisationKind.FINANCIAL)
                .build();
        assertThat(sinosure.isCalled("SINOSURE")).isTrue();
        assertThat(sinosure.isCalled("sinosure")).isTrue();
        assertThat(sinosure.isCalled("china export & credit insurance corporation"))
                .isTrue();
        assertThat(sinosure.isCalled("Sinosur")).isFalse();
        assertThat(sinosure.isCalled("CAMCE")).isFalse();
    }

    @Test
    void announcementResolvesNamesAndAliasesIgnoringCase() {
        Organisation sinosure = Organisation.builder()
                .name("China Export & Credit Insurance Corporation")
                .addAlias("Sinosure")
                .build();
        Announcement a = Announcement.builder()
                .addOrganisation(camce())
                .addOrganisation(sinosure)
                .addAgreement(Agreement.builder()
                        .addParties("camce", "SINOSURE", "Hungary")
                        .build())
                .build();
        List<String> parties = a.agreements().get(0).parties();
        assertThat(a.organisation(parties.get(0))).contains(camce());
        assertThat(a.organisation(parties.get(1))).contains(sinosure);
        assertThat(a.organisation(parties.get(2))).isEmpty();
        assertThat(a.organisation("china camc engineering co., ltd.")).contains(camce());
        assertThat(a.isEmpty()).isFalse();
    }

    // ---- collections and nulls ----------------------------------------------------------------

    @Test
    void listsAreUnmodifiable() {
        Organisation o = Organisation.builder()
                .name("A")
                .addAlias("B")
                .addSpan(Span.of(0, 1))
                .build();
        assertThatThrownBy(() -> o.aliases().add("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.spans().clear()).isInstanceOf(UnsupportedOperationException.class);
        Forum f = Forum.builder().name("F").addHost("H").build();
        assertThatThrownBy(() -> f.hosts().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        Announcement a = Announcement.builder().addOrganisation(o).build();
        assertThatThrownBy(() -> a.organisations().add(o)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.diagnostics().add(Diagnostic.info("a", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
        Person p = Person.builder().name("P").addRole(Role.of("T", null)).build();
        assertThatThrownBy(() -> p.roles().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listsAreCopiedFromTheBuilderInput() {
        List<String> hosts = new ArrayList<>(List.of("CMEC Group"));
        Forum f = Forum.builder().name("F").hosts(hosts).build();
        hosts.add("Sinosure");
        assertThat(f.hosts()).containsExactly("CMEC Group");
    }

    @Test
    void listsRejectNullElements() {
        assertThatNullPointerException()
                .isThrownBy(() -> Organisation.builder().name("A").addAlias((String) null));
        assertThatNullPointerException()
                .isThrownBy(() -> Organisation.builder().name("A").aliases(Arrays.asList("B", null)));
        assertThatNullPointerException()
                .isThrownBy(() -> Forum.builder().name("F").addHost((String) null));
        assertThatNullPointerException().isThrownBy(() -> Agreement.builder().addParties("A", null));
        assertThatNullPointerException().isThrownBy(() -> Announcement.builder().addOrganisation((Organisation) null));
        assertThatNullPointerException()
                .isThrownBy(() -> Person.builder().name("P").addRole((Role) null));
        assertThatNullPointerException().isThrownBy(() -> Amount.builder().addSpan((Span) null));
    }

    @Test
    void requiredAttributesRejectNull() {
        assertThatNullPointerException().isThrownBy(() -> Organisation.builder().name(null));
        assertThatNullPointerException().isThrownBy(() -> Amount.builder().currency(null));
        assertThatNullPointerException().isThrownBy(() -> Forum.builder().kind(null));
    }

    @Test
    void optionalAttributesAcceptNullAsNotStated() {
        Place p = Place.builder()
                .venue((String) null)
                .city("Qingdao")
                .region((String) null)
                .build();
        assertThat(p.venue()).isEmpty();
        assertThat(p.region()).isEmpty();
        assertThat(p.city()).contains("Qingdao");
        assertThat(p).isEqualTo(Place.builder().city("Qingdao").build());

        Forum f = Forum.builder()
                .name("F")
                .theme((String) null)
                .date((LocalDate) null)
                .endDate((LocalDate) null)
                .place((Place) null)
                .attendance((Quantity) null)
                .parent((String) null)
                .build();
        assertThat(f).isEqualTo(Forum.builder().name("F").build());

        Agreement g = Agreement.builder()
                .title((String) null)
                .date((LocalDate) null)
                .value((Amount) null)
                .forum((String) null)
                .build();
        assertThat(g).isEqualTo(Agreement.builder().build());

        Announcement a = Announcement.builder()
                .id((String) null)
                .title((String) null)
                .sourceUrl((String) null)
                .published((LocalDate) null)
                .language((String) null)
                .build();
        assertThat(a.id()).isEmpty();
        assertThat(a.published()).isEmpty();

        assertThat(Organisation.builder()
                        .name("A")
                        .parent((String) null)
                        .build()
                        .parent())
                .isEmpty();
    }

    @Test
    void optionalSettersAlsoTakeOptionals() {
        Place p = Place.builder()
                .venue(Optional.of("Expo Center"))
                .city(Optional.empty())
                .build();
        assertThat(p.venue()).contains("Expo Center");
        assertThat(p.city()).isEmpty();
    }

    // ---- Span ---------------------------------------------------------------------------------

    @Test
    void spanOperations() {
        String text = "On August 10, a strategic cooperation agreement was signed";
        Span agreement = Span.of(16, 47);
        assertThat(agreement.of(text)).isEqualTo("strategic cooperation agreement");
        assertThat(agreement.length()).isEqualTo(31);
        assertThat(agreement.overlaps(Span.of(40, 60))).isTrue();
        assertThat(agreement.overlaps(Span.of(47, 50))).isFalse(); // end is exclusive
        assertThat(agreement.overlaps(Span.of(0, 16))).isFalse();
        assertThat(agreement.contains(Span.of(16, 25))).isTrue();
        assertThat(agreement.contains(agreement)).isTrue();
        assertThat(agreement.contains(Span.of(15, 20))).isFalse();
        assertThat(Span.of(1, 5)).isLessThan(Span.of(2, 3)).isLessThan(Span.of(1, 6));
        assertThat(Span.of(1, 5).compareTo(Span.of(1, 5))).isZero();
        assertThatThrownBy(() -> Span.of(0, 100).of("short")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    // ---- fixtures -----------------------------------------------------------------------------

    private static Organisation camce() {
        return Organisation.builder()
                .name("China CAMC Engineering Co., Ltd.")
                .addAlias("CAMCE")
                .kind(OrganisationKind.COMPANY)
                .parent("Genertec")
                .build();
    }

    private static Person person() {
        return Person.builder()
                .name("Li Haixin")
                .addRole(Role.of("General Manager", "CAMCE"))
                .build();
    }

    private static Forum forum() {
        return Forum.builder()
                .name("3rd International Medical Innovation and Cooperation Forum")
                .kind(ForumKind.FORUM)
                .edition(3)
                .date(LocalDate.of(2023, 11, 26))
                .place(Place.builder().city("Fangchenggang").country("China").build())
                .attendance(Quantity.of(400, Qualifier.AT_LEAST))
                .addHost("CMEC Group")
                .build();
    }

    private static Agreement agreement() {
        return Agreement.builder()
                .kind(AgreementKind.CONTRACT)
                .title("project contracts")
                .count(25)
                .value(Amount.of(new BigDecimal("21900000000"), CNY, Qualifier.EXACT, "21.9 billion yuan"))
                .addParties("Medi Center", "Bee Tech")
                .date(AUG_10)
                .addField("traditional medicine")
                .build();
    }

    @Nested
    class EnumsMatchTheSchema {
        @Test
        void kindConstants() {
            assertThat(Arrays.stream(ForumKind.values()).map(Enum::name))
                    .containsExactly(
                            "FORUM", "SYMPOSIUM", "SUMMIT", "CONFERENCE", "EXPO", "CEREMONY", "MEETING", "OTHER");
            assertThat(Arrays.stream(AgreementKind.values()).map(Enum::name))
                    .containsExactly(
                            "STRATEGIC_COOPERATION", "FRAMEWORK", "MOU", "CONTRACT", "INVESTMENT", "FUND", "OTHER");
            assertThat(Arrays.stream(OrganisationKind.values()).map(Enum::name))
                    .containsExactly(
                            "COMPANY",
                            "GOVERNMENT",
                            "ASSOCIATION",
                            "ACADEMIC",
                            "HEALTHCARE",
                            "FINANCIAL",
                            "INTERNATIONAL",
                            "OTHER");
            assertThat(Arrays.stream(Qualifier.values()).map(Enum::name))
                    .containsExactly("EXACT", "APPROXIMATE", "AT_LEAST", "AT_MOST");
        }
    }
}
