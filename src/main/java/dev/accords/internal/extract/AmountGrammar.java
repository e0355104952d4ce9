package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Qualifier;
import dev.accords.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of money phrases: a currency sign or code before the number ("US$1.2 billion", "RMB
 * 5 billion", "Rs 1,200 crore") or a currency name after it ("21.9 billion yuan", "3 billion US
 * dollars", "21.9亿元"), with scale words and a qualifier before it.
 */
public final class AmountGrammar {
    /** The currency of a bare "$" or "dollars": resolved from context by the caller. */
    public static final String DOLLAR = "$";

    private static final Map<String, String> PREFIXES_CASED = cased("currency-prefixes.tsv");
    private static final Map<String, String> WORDS = Lexicon.map("currency-words.tsv");
    private static final Map<String, String> SCALES = Lexicon.map("scales.tsv");
    private static final Map<String, String> NUMBER_WORDS = Lexicon.map("number-words.tsv");
    private static final Map<String, String> QUALIFIERS = Lexicon.map("qualifiers.tsv");

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = Patterns.alternation(SCALES.keySet());
    private static final Pattern PREFIXED =
            Pattern.compile("(?<![\\p{L}\\d])(?<cur>" + Patterns.alternation(PREFIXES_CASED.keySet())
                    + "|\\$)\\s?(?<num>" + NUM + ")" + "(?:\\s?(?<scale>" + SCALE + ")(?![\\p{L}\\d]))?");
    private static final Pattern SUFFIXED = Pattern.compile("(?i)(?<![\\p{L}\\d.,$€£¥₹])(?<num>" + NUM + "|"
            + Patterns.alternation(NUMBER_WORDS.keySet()) + ")" + "(?:\\s?(?<scale>" + SCALE + "))?\\s?(?<cur>"
            + Patterns.alternation(WORDS.keySet()) + ")(?![\\p{L}])");
    private static final Pattern QUALIFIER =
            Pattern.compile("(?i)(?<![\\p{L}])(?<q>" + Patterns.alternation(QUALIFIERS.keySet()) + ")\\s*(?:of\\s+)?$");
    private static final Pattern RATE_NOTE = Pattern.compile("^\\s?=");

    private AmountGrammar() {}

    /**
     * A money phrase as written.
     *
     * @param value the value in units of the currency
     * @param currency an ISO 4217 code, or {@link #DOLLAR} for a bare dollar to resolve from context
     * @param qualifier how exactly it was stated
     * @param span where the money phrase stands, qualifier words excluded
     */
    public record Written(BigDecimal value, String currency, Qualifier qualifier, Span span) {}

    /**
     * @param text normalised text
     * @param from first offset
     * @param to last offset, exclusive
     * @return the money phrases in {@code text[from, to)}, in text order, without overlaps
     */
    public static List<Written> find(String text, int from, int to) {
        List<Written> out = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text).region(from, to);
        while (m.find()) {
            String cur = m.group("cur");
            String code = cur.equals("$") ? DOLLAR : PREFIXES_CASED.get(cur);
            boolean singleLetter = cur.length() == 1 && Character.isLetter(cur.charAt(0));
            if (code == null || (singleLetter && (m.group("scale") == null || text.charAt(m.start() + 1) == ' '))) {
                continue; // "N 5" or "R 20" is not money; "N50 billion" is
            }
            add(out, text, m, code, from);
        }
        m = SUFFIXED.matcher(text).region(from, to);
        while (m.find()) {
            String code = WORDS.get(m.group("cur").toLowerCase(Locale.ROOT));
            String num = m.group("num");
            if (!Character.isDigit(num.charAt(0)) && m.group("scale") == null) {
                continue; // "a dollar", "one euro": not an amount worth reporting
            }
            add(out, text, m, code, from);
        }
        out.sort(Comparator.comparingInt(w -> w.span().start()));
        List<Written> kept = new ArrayList<>();
        for (Written w : out) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(w.span())) {
                kept.add(w);
            }
        }
        return kept;
    }

    private static void add(List<Written> out, String text, Matcher m, String code, int from) {
        if (RATE_NOTE
                        .matcher(text)
                        .region(m.end(), Math.min(text.length(), m.end() + 3))
                        .lookingAt()
                || text.substring(Math.max(from, m.start() - 3), m.start())
                        .strip()
                        .endsWith("=")) {
            return; // "($1 = 3.67 dirham)" is an exchange rate, not an amount
        }
        BigDecimal value = number(m.group("num"));
        if (value == null) {
            return;
        }
        String scale = m.group("scale");
        if (scale != null) {
            value = value.movePointRight(Integer.parseInt(SCALES.get(scale.toLowerCase(Locale.ROOT))));
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        Qualifier q = Qualifier.EXACT;
        int start = m.start();
        Matcher qm = QUALIFIER.matcher(text).region(Math.max(from, start - 30), start);
        if (qm.find()) {
            q = Qualifier.valueOf(
                    QUALIFIERS.get(qm.group("q").toLowerCase(Locale.ROOT)).toUpperCase(Locale.ROOT));
        }
        out.add(new Written(value, code, q, Span.of(m.start(), m.end())));
    }

    private static BigDecimal number(String num) {
        String n = num.toLowerCase(Locale.ROOT);
        String word = NUMBER_WORDS.get(n);
        if (word != null) {
            return new BigDecimal(word);
        }
        try {
            return new BigDecimal(n.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> cased(String file) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String line : Lexicon.lines(file)) {
            String[] parts = line.split("\t+", 2);
            out.put(parts[0].strip(), parts[1].strip());
        }
        return out;
    }
}
