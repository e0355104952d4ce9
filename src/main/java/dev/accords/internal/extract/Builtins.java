package dev.accords.internal.extract;

import dev.accords.AnnouncementParser;
import dev.accords.Extension;
import dev.accords.Facet;
import dev.accords.spi.Phase;
import java.util.EnumSet;
import java.util.Set;

/** The built-in extractors, registered through the public builder like any other extension. */
public final class Builtins {
    private Builtins() {}

    /**
     * @param disabled facets to leave out
     * @return an extension registering the built-in extractors of the other facets
     */
    public static Extension extension(Set<Facet> disabled) {
        Set<Facet> off = disabled.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(disabled);
        return new BuiltinExtension(off);
    }

    /** A class, not a lambda: it is made once per JVM, cold, where a lambda costs a bootstrap (#7). */
    private static final class BuiltinExtension implements Extension {
        private final Set<Facet> off;

        BuiltinExtension(Set<Facet> off) {
            this.off = off;
        }

        @Override
        public void extend(AnnouncementParser.Builder builder) {
            if (!off.contains(Facet.DOCUMENT)) {
                builder.extractor(Phase.DOCUMENT, new DocumentExtractor());
            }
            if (!off.contains(Facet.DATES)) {
                builder.extractor(Phase.ENTITIES, new DateExtractor());
            }
            if (!off.contains(Facet.AMOUNTS)) {
                builder.extractor(Phase.ENTITIES, new AmountExtractor());
            }
            if (!off.contains(Facet.ORGANISATIONS)) {
                builder.extractor(Phase.ENTITIES, new OrganisationExtractor());
            }
            if (!off.contains(Facet.PEOPLE)) {
                builder.extractor(Phase.ENTITIES, new PersonExtractor());
            }
            if (!off.contains(Facet.FORUMS)) {
                builder.extractor(Phase.EVENTS, new ForumExtractor());
            }
            if (!off.contains(Facet.AGREEMENTS)) {
                builder.extractor(Phase.AGREEMENTS, new AgreementExtractor());
            }
            if (!off.contains(Facet.RESOLUTION)) {
                builder.extractor(Phase.RESOLUTION, new ResolutionExtractor());
            }
        }
    }
}
