package com.example.drugs;

import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import java.util.Map;
import java.util.TreeMap;

// tag::replacement[]
/** Organisations from a list one keeps, in place of the built-in organisation extractor. */
public final class PartnerListExtractor implements Extractor {
    private final Map<String, OrganisationKind> partners;

    public PartnerListExtractor(Map<String, OrganisationKind> partners) {
        this.partners = Map.copyOf(partners);
    }

    @Override
    public void extract(ExtractionContext context) {
        String text = context.text().text();
        TreeMap<Integer, Organisation> byFirstMention = new TreeMap<>();
        partners.forEach((name, kind) -> {
            Organisation.Builder found = Organisation.builder().name(name).kind(kind);
            int first = -1;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                first = first < 0 ? at : first;
                if (context.includeEvidence()) {
                    found.addSpan(Span.of(at, at + name.length()));
                }
            }
            if (first >= 0) {
                byFirstMention.put(first, found.build());
            }
        });
        byFirstMention.values().forEach(context::addOrganisation);
    }
}
// end::replacement[]
