package org.example.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.Accords;
import dev.accords.AnnouncementParser;
import dev.accords.Extension;
import dev.accords.ExtractionException;
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
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import dev.accords.spi.PostProcessor;
import dev.accords.text.Sentence;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Uses Accords the way a downstream project does: from a package outside {@code dev.accords}, through
 * public builders, factories and the SPI only. If a generated {@code Immutable*} type leaked into the
 * API, or a builder method were not reachable from outside the model package, this would not compile
 * or would fail.
 */
class PublicApiTest {
    private static final Set<String> API_PACKAGES =
            Set.of("dev.accords", "dev.accords.model", "dev.accords.spi", "dev.accords.text", "dev.accords.json");

    private static final String TEXT =
            "On August 10, a strategic cooperation agreement was signed by Medi Center and Bee Tech "
                    + "in the Lecheng pilot zone.\n\nThe partners also opened a tender for imaging equipment.";

    // ---- every model type through public builders and factories -------------------------------

    @Test
    void buildsEveryModelTypeThroughThePublicApi() {
        Span span = Span.of(0, 5);
        Role role = Role.of("General Manager", "CAMCE");
        Organisation camce = Organisation.builder()
                .name("China CAMC Engineering Co., Ltd.")
                .addAlias("CAMCE")
                .addAliases("CAMC Engineering")
                .kind(OrganisationKind.COMPANY)
                .parent("Genertec")
                .addSpan(span)
                .build();
        Organisation cmec = Organisation.of("CMEC Group", OrganisationKind.COMPANY);
        Person person = Person.builder()
                .name("Li Haixin")
                .addRole(role)
                .addRoles(Role.of("Chairman", null))
                .build();
        Amount amount = Amount.of(
                new BigDecimal("21900000000"), Currency.getInstance("CNY"), Qualifier.EXACT, "21.9 billion yuan");
        Amount built = Amount.builder()
                .value(new BigDecimal("3000000000"))
                .currency(Currency.getInstance("USD"))
                .qualifier(Qualifier.AT_MOST)
                .text("3 billion US dollars")
                .addSpan(Span.of(10, 30))
                .build();
        Place place = Place.builder()
                .venue((String) null)
                .city("Fangchenggang")
                .region("Guangxi")
                .country("China")
                .build();
        Quantity quantity = Quantity.of(400, Qualifier.AT_LEAST);
        Quantity builtQuantity = Quantity.builder().value(40).build();
        Forum forum = Forum.builder()
                .name("3rd International Medical Innovation and Cooperation Forum")
                .kind(ForumKind.FORUM)
                .edition(3)
                .date(LocalDate.of(2023, 11, 26))
                .endDate(LocalDate.of(2023, 11, 27))
                .place(place)
                .theme("Health for all")
                .attendance(quantity)
                .addHost("CMEC Group")
                .addHosts("CAMCE")
                .parent((String) null)
                .addSpans(span, Span.of(6, 9))
                .build();
        Agreement agreement = Agreement.builder()
                .kind(AgreementKind.CONTRACT)
                .status(AgreementStatus.SIGNED)
                .title("project contracts")
                .addParty("CMEC Group")
                .addParties("CAMCE")
                .date(LocalDate.of(2023, 11, 26))
                .count(25)
                .value(amount)
                .addField("medical devices")
                .forum(forum.name())
                .build();
        Diagnostic diagnostic = Diagnostic.of(Severity.INFO, "amount.currency.assumed", "assumed CNY", span);
        Announcement announcement = Announcement.builder()
                .id("downstream-1")
                .title("Forum held")
                .published(LocalDate.of(2023, 12, 4))
                .sourceUrl("https://example.org/1")
                .language("en")
                .addOrganisation(camce)
                .addOrganisations(cmec)
                .addPerson(person)
                .addAmount(amount)
                .addAmounts(built)
                .addForum(forum)
                .addAgreement(agreement)
                .addDiagnostic(diagnostic)
                .addDiagnostics(
                        Diagnostic.warning("input.truncated", "cut"), Diagnostic.error("extractor.failed", "boom"))
                .build();

        assertThat(announcement.organisation("camce")).contains(camce);
        assertThat(announcement.agreements().get(0).parties()).containsExactly("CMEC Group", "CAMCE");
        assertThat(announcement.forums().get(0).attendance()).contains(quantity);
        assertThat(builtQuantity.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(announcement.people().get(0).titles()).containsExactly("General Manager", "Chairman");
        assertThat(announcement.diagnostics())
                .extracting(Diagnostic::severity)
                .containsExactly(Severity.INFO, Severity.WARNING, Severity.ERROR);

        // copies through the public builders
        Announcement copy =
                Announcement.builder().from(announcement).id("downstream-2").build();
        assertThat(copy.organisations()).isEqualTo(announcement.organisations());
        assertThat(copy).isNotEqualTo(announcement);
        Forum changed = Forum.builder().from(forum).edition(4).build();
        assertThat(changed.edition()).hasValue(4);
        assertThat(changed.spans()).containsExactly(span, Span.of(6, 9));

        // the static types are the API interfaces; the implementations are not public
        Object impl = camce;
        assertThat(impl.getClass().getSimpleName()).startsWith("Immutable");
        assertThat(Modifier.isPublic(impl.getClass().getModifiers())).isFalse();
    }

    // ---- the SPI ------------------------------------------------------------------------------

    /** A named extractor: one agreement per sentence that mentions a tender. */
    static final class TenderExtractor implements Extractor {
        @Override
        public void extract(ExtractionContext ctx) {
            for (Sentence s : ctx.text().sentences()) {
                int at = s.text().indexOf("tender");
                if (at >= 0) {
                    Span where = Span.of(s.toTextOffset(at), s.toTextOffset(at + "tender".length()));
                    ctx.addAgreement(Agreement.builder()
                            .kind(AgreementKind.OTHER)
                            .status(AgreementStatus.ANNOUNCED)
                            .title("tender")
                            .spans(ctx.includeEvidence() ? List.of(where) : List.of())
                            .build());
                }
            }
        }

        @Override
        public String name() {
            return "tenders";
        }
    }

    @Test
    void aNamedExtractorAddsFacts() {
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.AGREEMENTS, new TenderExtractor())
                .build();
        Announcement a = parser.parseText(TEXT);
        List<Agreement> tenders = a.agreements().stream()
                .filter(g -> g.title().equals(Optional.of("tender")))
                .toList();
        assertThat(tenders).hasSize(1);
        Agreement tender = tenders.get(0);
        assertThat(tender.status()).isEqualTo(AgreementStatus.ANNOUNCED);
        assertThat(tender.spans()).hasSize(1);
        assertThat(tender.spans().get(0).of(TEXT)).isEqualTo("tender");

        // without the extractor there is no such fact
        assertThat(AnnouncementParser.builder().build().parseText(TEXT).agreements())
                .noneMatch(g -> g.title().equals(Optional.of("tender")));
        // evidence off: the extractor sees the option and the fact has no spans
        Announcement bare = AnnouncementParser.builder()
                .includeEvidence(false)
                .extractor(Phase.AGREEMENTS, new TenderExtractor())
                .build()
                .parseText(TEXT);
        assertThat(bare.agreements())
                .filteredOn(g -> g.title().equals(Optional.of("tender")))
                .singleElement()
                .satisfies(g -> assertThat(g.spans()).isEmpty());
    }

    @Test
    void aLambdaExtractorSeesEarlierFactsAndAddsFacts() {
        List<Integer> agreementsSeen = new ArrayList<>();
        Extractor ceremony = ctx -> {
            agreementsSeen.add(ctx.agreements().size());
            ctx.addForum(Forum.builder()
                    .name("signing ceremony")
                    .kind(ForumKind.CEREMONY)
                    .date(ctx.published().orElse(LocalDate.of(2023, 8, 10)))
                    .place(Place.builder().city("Lecheng").build())
                    .build());
            ctx.report(Diagnostic.info("ceremony.added", "added a ceremony"));
        };
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.AGREEMENTS, new TenderExtractor())
                .extractor(Phase.AGREEMENTS, ceremony)
                .build();
        Announcement a = parser.parseText(TEXT);
        assertThat(a.forums()).extracting(Forum::name).contains("signing ceremony");
        assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("ceremony.added");
        // registered after TenderExtractor in the same phase: it saw the tender agreement
        assertThat(agreementsSeen).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aPostProcessorRewritesTheResult() {
        PostProcessor onlyTenders = a -> Announcement.builder()
                .from(a)
                .id("post-processed")
                .agreements(a.agreements().stream()
                        .filter(g -> g.title().equals(Optional.of("tender")))
                        .toList())
                .build();
        Announcement a = AnnouncementParser.builder()
                .extractor(Phase.AGREEMENTS, new TenderExtractor())
                .postProcessor(onlyTenders)
                .build()
                .parseText(TEXT);
        assertThat(a.id()).contains("post-processed");
        assertThat(a.agreements()).extracting(Agreement::title).containsExactly(Optional.of("tender"));
    }

    @Test
    void anExtensionRegistersParts() {
        Extension tenders = b -> b.extractor(Phase.AGREEMENTS, new TenderExtractor());
        Announcement a = AnnouncementParser.builder().extension(tenders).build().parseText(TEXT);
        assertThat(a.agreements()).extracting(Agreement::title).contains(Optional.of("tender"));
    }

    @Test
    void aFailingExtractorIsReportedByName() {
        Extractor failing = new Extractor() {
            @Override
            public void extract(ExtractionContext context) {
                throw new IllegalStateException("no luck");
            }

            @Override
            public String name() {
                return "failing-one";
            }
        };
        AnnouncementParser strict =
                AnnouncementParser.builder().extractor(Phase.EVENTS, failing).build();
        assertThatThrownBy(() -> strict.parseText(TEXT)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.extractor()).isEqualTo("failing-one");
            assertThat(e.phase()).isEqualTo(Phase.EVENTS);
            assertThat(e.getCause()).hasMessage("no luck");
        });
        Announcement lenient = AnnouncementParser.builder()
                .extractor(Phase.EVENTS, failing)
                .skipFailingExtractors(true)
                .build()
                .parseText(TEXT);
        assertThat(lenient.diagnostics())
                .filteredOn(d -> d.code().equals("extractor.failed"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.message()).contains("failing-one");
                });
    }

    @Test
    void theFacadeParses() {
        Announcement a = Accords.parseText(TEXT);
        assertThat(a.isEmpty()).isFalse();
        assertThat(Accords.parser()).isSameAs(Accords.parser());
    }

    // ---- no Immutable* type in the API --------------------------------------------------------

    @Test
    void noPublicApiSignatureMentionsAnImmutableType() throws Exception {
        List<Class<?>> api = apiClasses();
        assertThat(api)
                .contains(
                        Accords.class,
                        AnnouncementParser.class,
                        AnnouncementParser.Builder.class,
                        Announcement.class,
                        Announcement.Builder.class,
                        Place.Builder.class,
                        Role.class,
                        Span.class,
                        Extractor.class,
                        ExtractionContext.class,
                        Sentence.class,
                        Class.forName("dev.accords.json.AccordsJson"))
                .noneMatch(c -> c.getSimpleName().startsWith("Immutable"))
                .noneMatch(c -> c.getName().contains(".internal."));
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : api) {
            leaks.addAll(leaks(c));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theLeakCheckFindsLeaks() {
        // the check above must be able to fail
        assertThat(leaks(Leaky.class))
                .hasSize(5)
                .anyMatch(s -> s.contains("make"))
                .anyMatch(s -> s.contains("all"))
                .anyMatch(s -> s.contains("take"))
                .anyMatch(s -> s.contains("builder"))
                .anyMatch(s -> s.contains("field"));
        assertThat(leaks(Announcement.Builder.class)).isEmpty();
        assertThat(leaks(LeaksInternals.class)).singleElement().asString().contains("pipeline");
    }

    /** A fixture that leaks an internal type on purpose. */
    public static final class LeaksInternals {
        /** @return a leak of an internal type */
        public dev.accords.internal.pipeline.Pipeline pipeline() {
            return null;
        }
    }

    /** A fixture that leaks on purpose. */
    public static final class ImmutableThing {
        /** A builder nested in an Immutable type. */
        public static final class Builder {}
    }

    /** A fixture that leaks on purpose. */
    public static final class Leaky {
        /** Leaks through a public field. */
        public ImmutableThing field;

        /** @return a leak */
        public ImmutableThing make() {
            return null;
        }

        /** @return a leak as a type argument */
        public List<? extends ImmutableThing> all() {
            return List.of();
        }

        /** @param things a leak as an array parameter */
        public void take(ImmutableThing[] things) {}

        /** @return a leak through a nested type */
        public ImmutableThing.Builder builder() {
            return null;
        }

        /** Not public: not a leak. */
        ImmutableThing hidden() {
            return null;
        }
    }

    /** Public methods, constructors and fields of a type whose signatures mention an Immutable* type. */
    static List<String> leaks(Class<?> c) {
        List<String> out = new ArrayList<>();
        Set<Method> methods = new java.util.LinkedHashSet<>(List.of(c.getMethods()));
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                methods.add(m);
            }
        }
        for (Method m : methods) {
            List<Type> types = new ArrayList<>();
            types.add(m.getGenericReturnType());
            types.addAll(List.of(m.getGenericParameterTypes()));
            types.add(m.getReturnType());
            types.addAll(List.of(m.getParameterTypes()));
            if (types.stream().anyMatch(PublicApiTest::mentionsImmutable)) {
                out.add(c.getName() + "#" + m.getName() + " " + m.toGenericString());
            }
        }
        for (Constructor<?> k : c.getConstructors()) {
            if (Stream.of(k.getGenericParameterTypes()).anyMatch(PublicApiTest::mentionsImmutable)) {
                out.add(c.getName() + "#<init> " + k.toGenericString());
            }
        }
        for (Field f : c.getFields()) {
            if (mentionsImmutable(f.getGenericType())) {
                out.add(c.getName() + "#" + f.getName() + " " + f.toGenericString());
            }
        }
        return out;
    }

    private static boolean mentionsImmutable(Type t) {
        if (t instanceof Class<?> c) {
            if (c.isArray()) {
                return mentionsImmutable(c.getComponentType());
            }
            if (c.getName().startsWith("dev.accords.internal.") || c.getName().startsWith("dev.accords.cli.")) {
                return true; // an implementation type in an API signature
            }
            for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
                if (k.getSimpleName().startsWith("Immutable")) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof ParameterizedType p) {
            return mentionsImmutable(p.getRawType())
                    || Stream.of(p.getActualTypeArguments()).anyMatch(PublicApiTest::mentionsImmutable);
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .anyMatch(PublicApiTest::mentionsImmutable);
        }
        if (t instanceof GenericArrayType a) {
            return mentionsImmutable(a.getGenericComponentType());
        }
        if (t instanceof TypeVariable<?> v) {
            // only raw bounds: a bound like Comparable<T> would recurse forever
            return Stream.of(v.getBounds()).anyMatch(b -> b instanceof Class<?> k && mentionsImmutable(k));
        }
        return false;
    }

    /** Every public type (top-level or nested in public types) in the API packages of the library. */
    static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Accords.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    names.add(e.nextElement().getName());
                }
            }
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (!n.endsWith(".class") || n.endsWith("package-info.class") || n.endsWith("module-info.class")) {
                continue;
            }
            String className = n.substring(0, n.length() - ".class".length()).replace('/', '.');
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!API_PACKAGES.contains(pkg)) {
                continue;
            }
            Class<?> c = Class.forName(className, false, Accords.class.getClassLoader());
            if (isApi(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isApi(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
