package com.example.drugs;

import dev.accords.AnnouncementParser;
import dev.accords.Extension;
import dev.accords.spi.Phase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

// tag::extension[]
/**
 * Adds {@link DrugExtractor}. {@code create()} gives the default list of medicines; {@code
 * builder()} adds more. ServiceLoader uses the public no-argument constructor.
 */
public final class DrugExtension implements Extension {
    static final List<String> DEFAULT_NAMES = List.of("semaglutide", "insulin aspart", "metformin");

    private final List<String> names;

    /** For ServiceLoader: the default list. */
    public DrugExtension() {
        this(DEFAULT_NAMES);
    }

    private DrugExtension(List<String> names) {
        this.names = List.copyOf(names);
    }

    public static DrugExtension create() {
        return new DrugExtension();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void extend(AnnouncementParser.Builder builder) {
        builder.extractor(Phase.ENTITIES, new DrugExtractor(names));
    }

    /** Configures a {@link DrugExtension}. */
    public static final class Builder {
        private final Set<String> names = new LinkedHashSet<>(DEFAULT_NAMES);

        private Builder() {}

        public Builder addDrug(String name) {
            names.add(name);
            return this;
        }

        public DrugExtension build() {
            return new DrugExtension(new ArrayList<>(names));
        }
    }
}
// end::extension[]
