package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loadExtensions()}: only on request, in order of class name, each extension class applied
 * once. The test class path lists {@link TestExtensions.Marker}; a class loader over a temporary
 * directory adds a services file of its own.
 */
class ExtensionDiscoveryTest {
    private static final String TEXT =
            "On August 10, Medi Center and Bee Tech signed a strategic cooperation agreement.";

    @TempDir
    Path dir;

    /** A class loader that also sees a services file listing {@code providers}, in that order. */
    private ClassLoader listing(String... providers) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(Extension.class.getName()), List.of(providers));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private static List<String> order(Announcement a) {
        return a.diagnostics().stream()
                .filter(d -> d.code().equals("test.order"))
                .map(Diagnostic::message)
                .toList();
    }

    @Test
    void nothingIsLoadedUnlessAsked() {
        assertThat(order(AnnouncementParser.builder().build().parseText(TEXT))).isEmpty();
        assertThat(order(Accords.parseText(TEXT))).isEmpty();
        assertThat(order(AnnouncementParser.builder().loadExtensions().build().parseText(TEXT)))
                .containsExactly("marker");
    }

    @Test
    void extensionsAreAppliedInOrderOfClassNameWhateverTheFilesSay() throws IOException {
        ClassLoader loader = listing(
                "# comments and blank lines are allowed",
                "",
                TestExtensions.Zeta.class.getName(),
                TestExtensions.Alpha.class.getName());
        Announcement a =
                AnnouncementParser.builder().loadExtensions(loader).build().parseText(TEXT);
        // dev.accords.TestExtensions$Alpha < $Marker < $Zeta
        assertThat(order(a)).containsExactly("alpha", "marker", "zeta");
    }

    @Test
    void anExtensionFoundTwiceIsRefusedNamingBoth() throws IOException {
        ClassLoader loader = listing(TestExtensions.Alpha.class.getName());
        AnnouncementParser.Builder builder = AnnouncementParser.builder().loadExtensions();
        assertThatIllegalStateException()
                .isThrownBy(() -> builder.loadExtensions(loader))
                .withMessageContaining("extension " + TestExtensions.Marker.class.getName() + " would be applied twice")
                .withMessageContaining("found by loadExtensions(); and " + TestExtensions.Marker.class.getName())
                .withMessageContaining(" from file:");
    }

    @Test
    void anExtensionBothAddedAndFoundIsRefusedWhicheverComesFirst() {
        AnnouncementParser.Builder added = AnnouncementParser.builder().extension(new TestExtensions.Marker());
        assertThatIllegalStateException()
                .isThrownBy(added::loadExtensions)
                .withMessageContaining("added with extension(…)")
                .withMessageContaining("found by loadExtensions()");

        AnnouncementParser.Builder found = AnnouncementParser.builder().loadExtensions();
        assertThatIllegalStateException()
                .isThrownBy(() -> found.extension(new TestExtensions.Marker()))
                .withMessageContaining(TestExtensions.Marker.class.getName())
                .withMessageContaining("found by loadExtensions()")
                .withMessageContaining("added with extension(…)");
    }

    @Test
    void oneClassMayBeAddedTwiceByHandConfiguredDifferently() {
        Announcement a = AnnouncementParser.builder()
                .extension(new TestExtensions.Alpha())
                .extension(new TestExtensions.Alpha())
                .build()
                .parseText(TEXT);
        assertThat(order(a)).containsExactly("alpha", "alpha");
    }

    @Test
    void aProviderThatCannotBeLoadedIsAnError() throws IOException {
        ClassLoader loader = listing("com.example.NoSuchExtension");
        assertThatThrownBy(() -> AnnouncementParser.builder().loadExtensions(loader))
                .isInstanceOf(ServiceConfigurationError.class)
                .hasMessageContaining("com.example.NoSuchExtension");
    }
}
