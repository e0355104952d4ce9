package dev.accords.internal.extract;

import dev.accords.model.Organisation;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges organisations that name each other: a name equal (ignoring case) to another's name or
 * alias is folded into the first, with aliases and spans combined.
 */
final class ResolutionExtractor implements Extractor {
    @Override
    public void extract(ExtractionContext ctx) {
        ctx.updateOrganisations(ResolutionExtractor::merge);
    }

    static List<Organisation> merge(List<Organisation> orgs) {
        Map<String, Merged> byKey = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (Organisation o : orgs) {
            // each name and its lower case made once per organisation, not once per use
            List<String> names = names(o);
            String[] lower = new String[names.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = names.get(i).toLowerCase(Locale.ROOT);
            }
            String key = null;
            for (String n : lower) {
                key = keyOf.get(n);
                if (key != null) {
                    break;
                }
            }
            if (key == null) {
                key = lower[0]; // the name's
                byKey.put(key, new Merged(o));
            } else {
                Organisation.Builder b = byKey.get(key).builder();
                Organisation current = b.build();
                for (String n : names) {
                    if (!current.isCalled(n)) {
                        b.addAlias(n);
                    }
                }
                b.addAllSpans(o.spans());
                if (current.parent().isEmpty() && o.parent().isPresent()) {
                    b.parent(o.parent());
                }
            }
            for (String n : lower) {
                keyOf.putIfAbsent(n, key);
            }
        }
        List<Organisation> out = new ArrayList<>(byKey.size());
        for (Merged m : byKey.values()) {
            out.add(m.build());
        }
        return out;
    }

    /**
     * An organisation and those folded into it: the builder is made only when one is (most are
     * folded into none, and building each again cost more than the rest of the merge).
     */
    private static final class Merged {
        private final Organisation first;
        private Organisation.Builder builder;

        Merged(Organisation first) {
            this.first = first;
        }

        /** @return the builder, made from the first organisation when first asked for */
        Organisation.Builder builder() {
            if (builder == null) {
                builder = Organisation.builder().from(first);
            }
            return builder;
        }

        /** @return the first organisation when nothing was folded into it, else the merged one */
        Organisation build() {
            return builder == null ? first : builder.build();
        }
    }

    private static List<String> names(Organisation o) {
        List<String> n = new ArrayList<>();
        n.add(o.name());
        n.addAll(o.aliases());
        return n;
    }

    @Override
    public String name() {
        return "builtin.resolution";
    }
}
