package com.example.drugs;

import dev.accords.model.FactKey;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// tag::extractor[]
/** Finds the medicines of a list, one fact per medicine with every mention as evidence. */
public final class DrugExtractor implements Extractor {
    /** The key of the facts: namespaced, so that it cannot clash with another project's. */
    public static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);

    private final Map<String, Pattern> names = new LinkedHashMap<>();

    public DrugExtractor(Collection<String> names) {
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            this.names.put(key, Pattern.compile("\\b" + Pattern.quote(key) + "\\b", Pattern.CASE_INSENSITIVE));
        }
    }

    @Override
    public void extract(ExtractionContext context) {
        // the normalised text: offsets in it are offsets in the article text
        String text = context.text().text();
        TreeMap<Integer, Drug> byFirstMention = new TreeMap<>();
        for (Map.Entry<String, Pattern> name : names.entrySet()) {
            List<Span> spans = new ArrayList<>();
            Matcher m = name.getValue().matcher(text);
            while (m.find()) {
                spans.add(Span.of(m.start(), m.end()));
            }
            if (!spans.isEmpty()) {
                List<Span> evidence = context.includeEvidence() ? spans : List.of();
                byFirstMention.put(spans.get(0).start(), new Drug(name.getKey(), evidence));
            }
        }
        byFirstMention.values().forEach(drug -> context.addFact(DRUG, drug));
    }

    @Override
    public String name() {
        return "com.example.drugs";
    }
}
// end::extractor[]
