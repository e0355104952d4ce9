package dev.accords;

import dev.accords.model.Diagnostic;
import dev.accords.spi.Phase;

/** Extensions found through {@code META-INF/services} in the test class path. */
final class TestExtensions {
    private TestExtensions() {}

    /** Reports "test.order" with its letter, to show the order extensions were applied in. */
    abstract static class Ordered implements Extension {
        private final String letter;

        Ordered(String letter) {
            this.letter = letter;
        }

        @Override
        public void extend(AnnouncementParser.Builder builder) {
            builder.extractor(Phase.DOCUMENT, ctx -> ctx.report(Diagnostic.info("test.order", letter)));
        }
    }

    /** Listed only by the services file of {@code ExtensionDiscoveryTest}'s class loader, after Zeta. */
    public static final class Alpha extends Ordered {
        /** For ServiceLoader. */
        public Alpha() {
            super("alpha");
        }
    }

    /** Listed only by the services file of {@code ExtensionDiscoveryTest}'s class loader. */
    public static final class Zeta extends Ordered {
        /** For ServiceLoader. */
        public Zeta() {
            super("zeta");
        }
    }

    /** Reports an info diagnostic "test.marker" on every parse. */
    public static final class Marker implements Extension {
        /** For ServiceLoader. */
        public Marker() {}

        @Override
        public void extend(AnnouncementParser.Builder builder) {
            builder.extractor(Phase.DOCUMENT, ctx -> {
                ctx.report(Diagnostic.info("test.marker", "the marker extension ran"));
                ctx.report(Diagnostic.info("test.order", "marker"));
            });
        }
    }
}
