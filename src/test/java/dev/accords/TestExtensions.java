package dev.accords;

import dev.accords.model.Diagnostic;
import dev.accords.spi.Phase;

/** Extensions found through {@code META-INF/services} in the test class path. */
final class TestExtensions {
    private TestExtensions() {}

    /** Reports an info diagnostic "test.marker" on every parse. */
    public static final class Marker implements Extension {
        /** For ServiceLoader. */
        public Marker() {}

        @Override
        public void extend(AnnouncementParser.Builder builder) {
            builder.extractor(
                    Phase.DOCUMENT, ctx -> ctx.report(Diagnostic.info("test.marker", "the marker extension ran")));
        }
    }
}
