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
        Map<String, Organisation.Builder> byKey = new LinkedHashMap<>();
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
                byKey.put(key, Organisation.builder().from(o));
            } else {
                Organisation.Builder b = byKey.get(key);
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
        for (Organisation.Builder b : byKey.values()) {
            out.add(b.build());
        }
        return out;
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
