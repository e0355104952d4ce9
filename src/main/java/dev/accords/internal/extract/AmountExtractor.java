package dev.accords.internal.extract;

import dev.accords.model.Amount;
import dev.accords.model.Diagnostic;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Money amounts. One {@link Amount} per distinct value (or range) and currency, with a span per
 * mention. A sign several currencies share ("$", "Rs", "£", "dollars") is resolved by {@link
 * CurrencyContext} and reported once per amount as an info diagnostic {@code
 * amount.currency.assumed}; when nothing decides and the sign has no default currency, the amount is
 * left out with an info diagnostic {@code amount.currency.unresolved}.
 */
final class AmountExtractor implements Extractor {
    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        List<AmountGrammar.Written> found = new ArrayList<>();
        for (Span p : ctx.text().paragraphs()) {
            found.addAll(AmountGrammar.find(text, p.start(), p.end()));
        }
        CurrencyContext context = null;
        Map<String, CurrencyContext.Resolution> resolved = new HashMap<>();
        Map<String, Amount.Builder> byValue = new LinkedHashMap<>();
        for (AmountGrammar.Written w : found) {
            String code = w.currency();
            CurrencyContext.Resolution why = null;
            if (w.shared()) {
                if (context == null) {
                    context = context(ctx, found);
                }
                why = resolved.get(w.family());
                if (why == null) {
                    why = context.resolve(w.family());
                    resolved.put(w.family(), why);
                }
                if (why.code().isEmpty()) {
                    ctx.report(Diagnostic.info(
                            "amount.currency.unresolved",
                            "\"" + w.span().of(ctx.text().original()) + "\" left out: " + why.reason(),
                            w.span()));
                    continue;
                }
                code = why.code().get();
            }
            Currency currency = currency(code);
            if (currency == null) {
                continue;
            }
            String key = key(w.value())
                    + (w.upper().isPresent() ? ".." + key(w.upper().get()) : "") + " " + code;
            Amount.Builder b = byValue.get(key);
            if (b == null) {
                b = Amount.builder()
                        .value(w.value())
                        .upperValue(w.upper())
                        .currency(currency)
                        .qualifier(w.qualifier())
                        .text(ctx.text().originalOf(w.span()));
                byValue.put(key, b);
                if (why != null) {
                    ctx.report(Diagnostic.info(
                            "amount.currency.assumed",
                            "\"" + w.span().of(ctx.text().original()) + "\" read as " + code + ": " + why.reason(),
                            w.span()));
                }
            }
            b.addSpan(w.span());
        }
        for (Amount.Builder b : byValue.values()) { // loops, not lambdas: each costs a bootstrap cold (#7)
            ctx.addAmount(b.build());
        }
    }

    private static CurrencyContext context(ExtractionContext ctx, List<AmountGrammar.Written> found) {
        Set<String> explicit = new HashSet<>();
        for (AmountGrammar.Written w : found) {
            if (!w.shared()) {
                explicit.add(w.currency());
            }
        }
        String text = ctx.text().text();
        // the lead is copied only when a resolution gets as far as it
        return CurrencyContext.of(
                explicit,
                DocumentExtractor.datelinePlace(text),
                ctx.article().url().orElse(null),
                ctx.title().orElse(""),
                text);
    }

    private static String key(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String name() {
        return "builtin.amounts";
    }
}
