package dev.accords.internal.extract;

import dev.accords.model.Amount;
import dev.accords.model.Diagnostic;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Money amounts. One {@link Amount} per distinct value and currency, with a span per mention. A bare
 * "$" takes the one dollar currency written explicitly elsewhere in the text ("HK$", "S$"), else USD
 * with an info diagnostic.
 */
final class AmountExtractor implements Extractor {
    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        List<AmountGrammar.Written> found = new ArrayList<>();
        for (Sentence s : ctx.text().sentences()) {
            found.addAll(AmountGrammar.find(text, s.span().start(), s.span().end()));
        }
        String dollar = dollarCurrency(found);
        Map<String, Amount.Builder> byValue = new LinkedHashMap<>();
        for (AmountGrammar.Written w : found) {
            String code = w.currency().equals(AmountGrammar.DOLLAR) ? dollar : w.currency();
            BigDecimal value = w.value();
            String key = value.stripTrailingZeros().toPlainString() + " " + code;
            Amount.Builder b = byValue.get(key);
            if (b == null) {
                b = Amount.builder()
                        .value(value)
                        .currency(Currency.getInstance(code))
                        .qualifier(w.qualifier())
                        .text(ctx.text().originalOf(w.span()));
                byValue.put(key, b);
                if (w.currency().equals(AmountGrammar.DOLLAR)) {
                    ctx.report(Diagnostic.info(
                            "amount.currency.assumed",
                            "\"" + w.span().of(ctx.text().original()) + "\" read as " + dollar
                                    + (dollar.equals("USD")
                                            ? " (no other dollar currency in the text)"
                                            : " from the text"),
                            w.span()));
                }
            }
            b.addSpan(w.span());
        }
        byValue.values().forEach(b -> ctx.addAmount(b.build()));
    }

    /** The explicit dollar currency of the text, if there is exactly one; else USD. */
    private static String dollarCurrency(List<AmountGrammar.Written> found) {
        Set<String> explicit = new TreeSet<>();
        for (AmountGrammar.Written w : found) {
            if (DOLLARS.contains(w.currency())) {
                explicit.add(w.currency());
            }
        }
        return explicit.size() == 1 ? explicit.iterator().next() : "USD";
    }

    private static final Set<String> DOLLARS = Set.of("USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD");

    @Override
    public String name() {
        return "builtin.amounts";
    }
}
