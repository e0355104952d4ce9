package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Organisation;
import dev.accords.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ResolutionExtractor#merge} against the code it replaced, on generated organisations. */
class ResolutionMergeTest {
    @Test
    void mergesAsBefore() {
        String[] names = {
            "CASC", "casc", "China Aerospace", "CHINA AEROSPACE", "Sinosure", "Exim", "İstanbul Port", "Kenya Ports"
        };
        Random random = new Random(29);
        for (int round = 0; round < 2000; round++) {
            List<Organisation> orgs = new ArrayList<>();
            int count = random.nextInt(7);
            for (int o = 0; o < count; o++) {
                Organisation.Builder b = Organisation.builder().name(names[random.nextInt(names.length)]);
                if (random.nextBoolean()) {
                    b.kind(
                            dev.accords.model.OrganisationKind.values()[
                                    random.nextInt(dev.accords.model.OrganisationKind.values().length)]);
                }
                for (int a = random.nextInt(3); a > 0; a--) {
                    String alias = names[random.nextInt(names.length)];
                    if (!b.build().isCalled(alias)) {
                        b.addAlias(alias);
                    }
                }
                if (random.nextInt(3) == 0) {
                    b.parent(names[random.nextInt(names.length)]);
                }
                int start = random.nextInt(100);
                b.addSpan(Span.of(start, start + 4));
                orgs.add(b.build());
            }
            List<Organisation> merged = ResolutionExtractor.merge(orgs);
            List<Organisation> before = mergedBefore(orgs);
            assertThat(merged).isEqualTo(before);
            // an organisation nothing was folded into is handed back as it came, not built again:
            // the same in every attribute, kind included
            assertThat(merged.toString()).isEqualTo(before.toString());
            for (int k = 0; k < merged.size(); k++) {
                assertThat(merged.get(k).kind()).isEqualTo(before.get(k).kind());
            }
        }
    }

    private static List<Organisation> mergedBefore(List<Organisation> orgs) {
        Map<String, Organisation.Builder> byKey = new LinkedHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (Organisation o : orgs) {
            String key = null;
            for (String n : names(o)) {
                key = keyOf.get(n.toLowerCase(Locale.ROOT));
                if (key != null) {
                    break;
                }
            }
            if (key == null) {
                key = o.name().toLowerCase(Locale.ROOT);
                byKey.put(key, Organisation.builder().from(o));
            } else {
                Organisation.Builder b = byKey.get(key);
                Organisation current = b.build();
                for (String n : names(o)) {
                    if (!current.isCalled(n)) {
                        b.addAlias(n);
                    }
                }
                b.addAllSpans(o.spans());
                if (current.parent().isEmpty() && o.parent().isPresent()) {
                    b.parent(o.parent());
                }
            }
            for (String n : names(o)) {
                keyOf.putIfAbsent(n.toLowerCase(Locale.ROOT), key);
            }
        }
        List<Organisation> out = new ArrayList<>();
        byKey.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static List<String> names(Organisation o) {
        List<String> n = new ArrayList<>();
        n.add(o.name());
        n.addAll(o.aliases());
        return n;
    }
}
