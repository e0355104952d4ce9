package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import dev.accords.model.Qualifier;
import dev.accords.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grammar of money phrases: a currency sign or code before the number ("US$1.2 billion", "RMB
 * 5 billion", "CNY5bn", "Rs 1,200 crore") or a currency name or code after it ("21.9 billion yuan",
 * "3 billion US dollars", "22.9 bln USD", "21.9亿元"), with scale words ("bn", "crore", "lakh crore"),
 * spelled numbers ("twenty-five million euros"), ranges ("$1-2 billion", "between $1 and $2 billion")
 * and qualifier words before or after it ("more than", "up to", "or more").
 *
 * <p>The text is scanned once, left to right; work starts only at a digit or at a word that spells a
 * number, and everything around it is looked up in the lexicons ({@code currency-prefixes.tsv},
 * {@code currency-words.tsv}, {@code scales.tsv}, {@code number-words.tsv}, {@code qualifiers.tsv},
 * {@code qualifiers-after.tsv}) within a bounded distance, so the cost is linear in the input.
 */
public final class AmountGrammar {
    /** Marks a lexicon value that names a family of currencies sharing a sign ("~dollar"). */
    static final String FAMILY = "~";

    /** The entries of currency-prefixes.tsv, keys as written: signs are case-sensitive. */
    static final Map<String, String> PREFIXES = Lexicon.casedMap("currency-prefixes.tsv");

    static final int MAX_PREFIX = longest(PREFIXES.keySet());
    /** {@link #PREFIXES} by the stretch of text, without a string per stretch tried. */
    private static final CurrencySigns SIGNS = new CurrencySigns(PREFIXES);

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Set<String> WEAK_WORDS = new HashSet<>();
    private static final int MAX_WORD_TOKENS;
    static final Map<String, Integer> SCALES = new HashMap<>();
    static final Map<String, BigDecimal> NUMBER_WORDS = new HashMap<>();
    /** {@code qualifiers.tsv}: qualifiers of a quantity ("more than", "about") and their kinds, read once for money and attendance. */
    static final Map<String, String> QUALIFIERS = Lexicon.map("qualifiers.tsv");

    /** {@link #QUALIFIERS} as qualifiers, the words that may stand before a money phrase. */
    static final Map<String, Qualifier> BEFORE = new HashMap<>();

    private static final int MAX_BEFORE_WORDS;
    private static final WordTable<String> WORD_TABLE;
    private static final WordTable<Integer> SCALE_TABLE;
    /** The last and first characters of the currency signs, to skip other places at once. */
    private static final String PREFIX_LAST_CHARS = edgeChars(true);

    private static final String PREFIX_FIRST_CHARS = edgeChars(false);
    /** The first words of the number words, to skip other words at once. */
    private static final WordTable<Boolean> NUMBER_WORD_TABLE;
    /** The keys of {@link #NUMBER_WORDS} and "half", each mapped to itself. */
    private static final Map<String, String> NUMBER_KEYS = new HashMap<>();
    /** {@link #NUMBER_KEYS} by the stretch of text. */
    private static final WordTable<String> NUMBER_KEY_TABLE;
    /** {@link #BEFORE} by the stretch of text, for a stretch in ASCII. */
    private static final WordTable<Qualifier> BEFORE_TABLE;

    static final Map<String, Qualifier> AFTER = new LinkedHashMap<>();
    /** No Chinese character comes before the CJK radicals block. */
    private static final char FIRST_HAN = '\u2E80';
    /** The longest number read, in characters: a longer run of digits is not an amount. */
    static final int MAX_NUMBER_CHARS = 1_000;
    /** The longest spelled number read: "two hundred and fifty-five" is five words. */
    private static final int MAX_NUMBER_WORDS = 6;

    static {
        int maxTokens = 1;
        for (Map.Entry<String, String> e : Lexicon.map("currency-words.tsv").entrySet()) {
            String v = e.getValue();
            if (v.endsWith("?")) {
                v = v.substring(0, v.length() - 1);
                WEAK_WORDS.add(e.getKey());
            }
            WORDS.put(e.getKey(), v);
            maxTokens = Math.max(maxTokens, e.getKey().split(" ").length);
        }
        MAX_WORD_TOKENS = maxTokens;
        // loops, not forEach with lambdas: this runs once, cold, in the first parse (#7)
        for (Map.Entry<String, String> e : Lexicon.map("scales.tsv").entrySet()) {
            SCALES.put(e.getKey(), Integer.valueOf(e.getValue()));
        }
        for (Map.Entry<String, String> e : Lexicon.map("number-words.tsv").entrySet()) {
            NUMBER_WORDS.put(e.getKey(), new BigDecimal(e.getValue()));
        }
        int maxWords = 1;
        for (Map.Entry<String, String> e : QUALIFIERS.entrySet()) {
            BEFORE.put(e.getKey(), qualifier(e.getValue()));
            maxWords = Math.max(maxWords, e.getKey().split(" ").length);
        }
        MAX_BEFORE_WORDS = maxWords;
        Map<String, Boolean> first = new HashMap<>();
        for (String w : NUMBER_WORDS.keySet()) {
            first.put(w.split(" ")[0], Boolean.TRUE); // "half" of "half a"
        }
        NUMBER_WORD_TABLE = new WordTable<>(first);
        for (String w : NUMBER_WORDS.keySet()) {
            NUMBER_KEYS.put(w, w);
        }
        NUMBER_KEYS.put("half", "half");
        NUMBER_KEY_TABLE = new WordTable<>(NUMBER_KEYS);
        BEFORE_TABLE = new WordTable<>(BEFORE);
        WORD_TABLE = new WordTable<>(WORDS);
        SCALE_TABLE = new WordTable<>(SCALES);
        for (Map.Entry<String, String> e : Lexicon.map("qualifiers-after.tsv").entrySet()) {
            AFTER.put(e.getKey(), qualifier(e.getValue()));
        }
    }

    private AmountGrammar() {}

    /**
     * A money phrase as written.
     *
     * @param value the value in units of the currency; the lower end of a range
     * @param upper the upper end of a range ("$1-2 billion"), never below {@code value}
     * @param currency an ISO 4217 code, or {@code ~family} ("~dollar") for a sign several currencies
     *     share, to resolve from context
     * @param qualifier how exactly it was stated
     * @param span where the money phrase stands, qualifier words excluded
     */
    public record Written(
            BigDecimal value, Optional<BigDecimal> upper, String currency, Qualifier qualifier, Span span) {
        /** @return whether the currency is a family to resolve from context */
        public boolean shared() {
            return currency.startsWith(FAMILY);
        }

        /** @return the family name of a shared sign ("dollar"), or the ISO code */
        public String family() {
            return shared() ? currency.substring(FAMILY.length()) : currency;
        }

        Written withQualifier(Qualifier q) {
            return new Written(value, upper, currency, q, span);
        }
    }

    /**
     * @param text normalised text
     * @param from first offset
     * @param to last offset, exclusive
     * @return the money phrases in {@code text[from, to)}, in text order, without overlaps; an
     *     unmodifiable empty list when there are none
     */
    public static List<Written> find(String text, int from, int to) {
        List<Written> out = null; // made at the first phrase: most paragraphs have none
        int i = from;
        int floor = from; // the end of the last phrase: a currency sign before a number is not taken from it
        while (i < to) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (numberStart(text, from, i)) {
                    Written w = atNumber(text, from, floor, to, i);
                    if (w != null) {
                        out = add(out, w);
                        floor = w.span().end();
                        i = Math.max(i + 1, w.span().end());
                        continue;
                    }
                }
                i++;
                while (i < to && (isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '.')) {
                    i++;
                }
            } else if (isLatin(c)) {
                int e = latinEnd(text, i + 1, to);
                Written w = NUMBER_WORD_TABLE.get(text, i, e) != null ? atWord(text, from, to, i) : null;
                if (w != null) {
                    out = add(out, w);
                    floor = w.span().end();
                    i = Math.max(e, w.span().end());
                } else {
                    i = e;
                }
            } else {
                i++;
            }
        }
        return out == null ? List.of() : converted(text, out);
    }

    private static List<Written> add(List<Written> out, Written w) {
        List<Written> list = out == null ? new ArrayList<>() : out;
        list.add(w);
        return list;
    }

    /** A figure in brackets right after another ("804 billion INR ($12.39 billion)") is stated as it. */
    private static List<Written> converted(String text, List<Written> found) {
        for (int k = 1; k < found.size(); k++) {
            Written prev = found.get(k - 1);
            Written w = found.get(k);
            if (w.qualifier() == Qualifier.EXACT
                    && prev.qualifier() != Qualifier.EXACT
                    && text.substring(prev.span().end(), w.span().start())
                            .strip()
                            .equals("(")) {
                found.set(k, w.withQualifier(prev.qualifier()));
            }
        }
        return found;
    }

    // ---- a phrase starting at a digit -------------------------------------------------------------

    /** Digits read as a number; the value is made only when asked, as most numbers are no amount. */
    private static final class Num {
        private final String text;
        private final int start;
        private final int end;
        private final boolean grouped;
        private final int digits;
        private BigDecimal value;

        Num(String text, int start, int end, boolean grouped, int digits) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.grouped = grouped;
            this.digits = digits;
        }

        BigDecimal value() {
            if (value == null) {
                value = new BigDecimal(text.substring(start, end).replace(",", ""));
            }
            return value;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean grouped() {
            return grouped;
        }

        int digits() {
            return digits;
        }
    }

    private record Scale(int power, int end) {}

    private record Cur(String code, int start, int end, boolean weak, boolean alphabetic) {}

    private static Written atNumber(String text, int from, int floor, int to, int i) {
        Cur prefix = prefixBefore(text, from, floor, i);
        if (prefix == null && i > from && isLatin(text.charAt(i - 1))) {
            return null; // "A320", "G20"
        }
        Num n1 = number(text, i, to);
        if (n1 == null) {
            return null;
        }
        Scale s1 = scaleAfter(text, n1.end(), to);
        int end1 = s1 == null ? n1.end() : s1.end();
        int start = prefix == null ? i : prefix.start();

        Written range = range(text, from, to, start, prefix, n1, s1, end1);
        if (range != null) {
            return range;
        }
        Cur suffix = currencyAfter(text, end1, to);
        Cur cur = prefix != null ? prefix : suffix;
        if (cur == null || !plausible(cur, n1, s1, prefix != null)) {
            return null;
        }
        int end = prefix == null ? suffix.end() : end1;
        if (prefix != null && suffix != null && suffix.code().equals(prefix.code())) {
            end = suffix.end(); // "RMB 5亿元"
        }
        return written(text, from, to, cur.code(), scaled(n1, s1), null, start, end);
    }

    /** "$1-2 billion", "$1 billion to $2 billion", "Rs 500-600 crore", "between $1 and $2 billion". */
    private static Written range(String text, int from, int to, int start, Cur prefix, Num n1, Scale s1, int end1) {
        int k = end1;
        if (k < to && text.charAt(k) == ' ') {
            k++;
        }
        boolean word;
        if (k < to && text.charAt(k) == '-') {
            k++;
            word = false;
        } else if (k > end1 && startsWord(text, k, to, "to") && !wordBefore(text, from, start, "from")) {
            k += 2;
            word = true;
        } else if (k > end1 && startsWord(text, k, to, "and") && wordBefore(text, from, start, "between")) {
            k += 3;
            word = true;
        } else {
            return null;
        }
        if (k < to && text.charAt(k) == ' ') {
            k++;
        }
        Cur prefix2 = prefixAt(text, k, to);
        int d = prefix2 == null ? k : prefix2.end();
        if (prefix2 != null && d < to && text.charAt(d) == ' ') {
            d++;
        }
        if (d >= to || !isDigit(text.charAt(d))) {
            return null;
        }
        Num n2 = number(text, d, to);
        if (n2 == null) {
            return null;
        }
        Scale s2 = scaleAfter(text, n2.end(), to);
        int end2 = s2 == null ? n2.end() : s2.end();
        Cur suffix = currencyAfter(text, end2, to);
        if (word && prefix2 == null && s2 == null && suffix == null) {
            return null; // "$5 million to 20 schools"
        }
        String code = null;
        for (Cur c : new Cur[] {prefix, prefix2, suffix}) {
            if (c != null) {
                if (code != null && !code.equals(c.code())) {
                    return null; // "$10 million to Rs 80 crore" are two amounts
                }
                code = c.code();
            }
        }
        if (code == null || (prefix != null && !plausible(prefix, n1, s1 != null ? s1 : s2, true))) {
            return null;
        }
        Scale lowScale = s1;
        if (s1 == null && s2 != null && n1.value().compareTo(n2.value()) < 0) {
            lowScale = s2; // "$1-2 billion" is 1 to 2 billion
        }
        BigDecimal low = scaled(n1, lowScale);
        BigDecimal high = scaled(n2, s2);
        if (high.compareTo(low) <= 0) {
            return null;
        }
        int end = suffix != null ? suffix.end() : end2;
        return written(text, from, to, code, low, high, start, end);
    }

    private static boolean plausible(Cur cur, Num n, Scale s, boolean prefixed) {
        if (prefixed && cur.alphabetic()) {
            int letters = cur.end() - cur.start();
            boolean attached = cur.end() == n.start();
            if (letters == 1 && (!attached || (s == null && !n.grouped()))) {
                return false; // "N 5" or "R 20" is not money; "N50 billion" is
            }
            if (letters == 2 && attached && s == null && !n.grouped() && n.digits() < 3) {
                return false; // "SR71"
            }
        }
        if (!prefixed) {
            if (cur.weak() && s == null && !n.grouped()) {
                return false; // "5 won", "500 pounds"
            }
            if (s == null && !n.grouped() && n.digits() == 4 && n.value().scale() == 0) {
                int y = n.value().intValue();
                if (y >= 1900 && y <= 2100) {
                    return false; // "in 2019 dollars"
                }
            }
        }
        return true;
    }

    // ---- a phrase starting at a spelled number ----------------------------------------------------

    private static Written atWord(String text, int from, int to, int i) {
        int e = latinEnd(text, i, to);
        String w = numberWord(text, i, e);
        boolean article = "a".equals(w) || "an".equals(w);
        boolean half = "half".equals(w) && nextWordIs(text, e, to, "a");
        if ((w == null || !NUMBER_WORDS.containsKey(w)) && !half) {
            return null;
        }
        BigDecimal value = null;
        int end;
        if (article || half) {
            value = half ? NUMBER_WORDS.get("half a") : BigDecimal.ONE;
            end = half ? latinEnd(text, e + 1, to) : e;
            if (article && nextWordIs(text, end, to, "hundred")) {
                value = BigDecimal.valueOf(100);
                end = latinEnd(text, end + 1, to);
            }
        } else {
            int j = i;
            end = i;
            for (int words = 0; words < MAX_NUMBER_WORDS; words++) {
                int we = latinEnd(text, j, to);
                String lw = numberWord(text, j, we);
                BigDecimal v = lw == null || lw.equals("a") || lw.equals("an") ? null : NUMBER_WORDS.get(lw);
                if (v == null) {
                    break;
                }
                if (lw.equals("hundred")) {
                    if (value != null && value.compareTo(v) >= 0) {
                        break; // "hundred hundred" is not a number
                    }
                    value = (value == null ? BigDecimal.ONE : value).multiply(v);
                } else if (value == null) {
                    value = v;
                } else if (combines(value, v)) {
                    value = value.add(v);
                } else {
                    break;
                }
                end = we;
                if (we + 1 >= to
                        || (text.charAt(we) != ' ' && text.charAt(we) != '-')
                        || !isLatin(text.charAt(we + 1))) {
                    break;
                }
                j = we + 1;
                if (text.charAt(we) == ' ' && nextWordIs(text, we, to, "and")) {
                    int after = latinEnd(text, j, to);
                    if (after + 1 < to && text.charAt(after) == ' ' && isLatin(text.charAt(after + 1))) {
                        j = after + 1;
                    }
                }
            }
        }
        if (value == null) {
            return null;
        }
        Scale s = scaleAfter(text, end, to);
        if (s == null) {
            return null; // a spelled number counts only with a scale word: "two billion dollars"
        }
        Cur cur = currencyAfter(text, s.end(), to);
        if (cur == null || ((article || half) && text.charAt(s.end()) == '-')) {
            return null; // "a billion-dollar company" is not an amount
        }
        BigDecimal amount = value.movePointRight(s.power());
        return written(text, from, to, cur.code(), amount, null, i, cur.end());
    }

    /**
     * The word {@code text[start, end)} in lower case, when it is a key of {@link #NUMBER_WORDS} or
     * "half": the key itself, found without a string for a word in ASCII; null for any other word.
     */
    private static String numberWord(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 0x80) {
                return NUMBER_KEYS.get(lower(text, start, end)); // lower case may change its length
            }
        }
        return NUMBER_KEY_TABLE.get(text, start, end);
    }

    /** Whether spelled {@code v} may follow {@code value}: "twenty five", "two hundred fifty". */
    private static boolean combines(BigDecimal value, BigDecimal v) {
        int a = value.intValue();
        int b = v.intValue();
        if (a % 100 == 0) {
            return b < 100;
        }
        return a % 10 == 0 && a >= 20 && b < 10;
    }

    // ---- shared pieces ----------------------------------------------------------------------------

    private static Written written(
            String text, int from, int to, String code, BigDecimal value, BigDecimal upper, int start, int end) {
        if (rateNote(text, from, to, start, end)) {
            return null;
        }
        Qualifier q = qualifierBefore(text, from, start);
        if (q == null) {
            q = qualifierAfter(text, to, end);
        }
        if (upper != null) {
            q = Qualifier.EXACT; // a range states its own bounds
        }
        return new Written(
                normal(value),
                upper == null ? Optional.empty() : Optional.of(normal(upper)), // no method reference: cold (#7)
                code,
                q == null ? Qualifier.EXACT : q,
                Span.of(start, end));
    }

    private static BigDecimal normal(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** "($1 = 3.67 dirham)" is an exchange rate, not an amount. */
    private static boolean rateNote(String text, int from, int to, int start, int end) {
        int k = end;
        while (k < to && k < end + 2 && text.charAt(k) == ' ') {
            k++;
        }
        if (k < to && text.charAt(k) == '=') {
            return true;
        }
        k = start - 1;
        while (k >= from && k > start - 3 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= from && text.charAt(k) == '=';
    }

    private static BigDecimal scaled(Num n, Scale s) {
        return s == null ? n.value() : n.value().movePointRight(s.power());
    }

    private static boolean numberStart(String text, int from, int i) {
        if (i == from) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (isDigit(p)) {
            return false;
        }
        return !((p == '.' || p == ',') && i - 2 >= from && isDigit(text.charAt(i - 2)));
    }

    /**
     * Digits at {@code i}, with thousands groups ("1,200") and decimals ("21.9"); null when longer than
     * {@link #MAX_NUMBER_CHARS}.
     */
    private static Num number(String text, int i, int to) {
        int j = i;
        while (j < to && isDigit(text.charAt(j))) {
            j++;
        }
        int intDigits = j - i;
        boolean grouped = false;
        if (intDigits <= 3) {
            while (j + 3 < to
                    && text.charAt(j) == ','
                    && isDigit(text.charAt(j + 1))
                    && isDigit(text.charAt(j + 2))
                    && isDigit(text.charAt(j + 3))
                    && (j + 4 >= to || !isDigit(text.charAt(j + 4)))) {
                j += 4;
                grouped = true;
            }
        }
        if (j + 1 < to && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
            j++;
            while (j < to && isDigit(text.charAt(j))) {
                j++;
            }
        }
        if (j - i > MAX_NUMBER_CHARS) {
            return null; // not money; and reading it as a number would take time growing with its square
        }
        return new Num(text, i, j, grouped, intDigits);
    }

    /** A scale word right after a number: attached ("5bn", "4.5M", "21.9亿") or after a space or hyphen. */
    private static Scale scaleAfter(String text, int j, int to) {
        if (j >= to) {
            return null;
        }
        char c = text.charAt(j);
        if (isHan(c)) {
            int k = j;
            int power = 0;
            while (k < to && k - j < 2 && SCALES.containsKey(String.valueOf(text.charAt(k)))) {
                power += SCALES.get(String.valueOf(text.charAt(k)));
                k++;
            }
            return power == 0 ? null : new Scale(power, k);
        }
        int k;
        if (isLatin(c)) {
            k = j;
        } else if ((c == ' ' || c == '-') && j + 1 < to && isLatin(text.charAt(j + 1))) {
            k = j + 1;
        } else {
            return null;
        }
        int e = latinEnd(text, k, to);
        Integer power = SCALE_TABLE.get(text, k, e);
        if (power == null || (e - k == 1 && k != j)) {
            return null; // "$5 m" is not "$5m"
        }
        if (e + 1 < to && text.charAt(e) == ' ' && isLatin(text.charAt(e + 1))) {
            int e2 = latinEnd(text, e + 1, to);
            Integer second = e2 - e > 2 ? SCALE_TABLE.get(text, e + 1, e2) : null;
            if (second != null && second > power) {
                return new Scale(power + second, e2); // "1.5 lakh crore"
            }
        }
        return new Scale(power, e);
    }

    /**
     * A currency sign or code ending at {@code s}, touching the number or one space before it, and
     * starting at or after {@code floor} (the end of the phrase before: "804 billion INR 1.9亿" does not
     * lend its "INR" to the next number).
     */
    private static Cur prefixBefore(String text, int from, int floor, int s) {
        for (int gap = 0; gap <= 1; gap++) {
            int end = s - gap;
            if (gap == 1 && (end <= floor || text.charAt(end) != ' ')) {
                break;
            }
            if (end - 1 < floor || PREFIX_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) {
                continue;
            }
            for (int len = Math.min(MAX_PREFIX, end - floor); len >= 1; len--) {
                String code = SIGNS.get(text, end - len, end);
                if (code != null && (end - len == from || !Character.isLetterOrDigit(text.charAt(end - len - 1)))) {
                    return new Cur(code, end - len, end, false, Chars.isLetter(text.charAt(end - len)));
                }
            }
        }
        return null;
    }

    /** A currency sign or code starting at {@code k}, before a number ("to $2 billion"). */
    private static Cur prefixAt(String text, int k, int to) {
        if (k >= to || PREFIX_FIRST_CHARS.indexOf(text.charAt(k)) < 0) {
            return null;
        }
        for (int len = Math.min(MAX_PREFIX, to - k); len >= 1; len--) {
            String code = SIGNS.get(text, k, k + len);
            if (code != null) {
                int e = k + len;
                if (e < to
                        && (isDigit(text.charAt(e))
                                || (text.charAt(e) == ' ' && e + 1 < to && isDigit(text.charAt(e + 1))))) {
                    return new Cur(code, k, e, false, Chars.isLetter(text.charAt(k)));
                }
            }
        }
        return null;
    }

    /** A currency name or code after a number or scale: "yuan", "US dollars", "USD", "元". */
    private static Cur currencyAfter(String text, int j, int to) {
        int k = j;
        if (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '-')) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        if (isHan(text.charAt(k))) {
            for (int len = Math.min(3, to - k); len >= 1; len--) {
                String code = WORDS.get(text.substring(k, k + len));
                if (code != null) {
                    return new Cur(code, k, k + len, false, false);
                }
            }
            return null;
        }
        if (!isLatin(text.charAt(k))) {
            return null;
        }
        int[] ends = new int[MAX_WORD_TOKENS];
        int count = 0;
        int t = k;
        while (count < MAX_WORD_TOKENS && t < to && isLatin(text.charAt(t))) {
            int e = t;
            while (e < to && (isLatin(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '\'')) {
                e++;
            }
            ends[count++] = e;
            if (e + 1 >= to || text.charAt(e) != ' ') {
                break;
            }
            t = e + 1;
        }
        for (int n = count - 1; n >= 0; n--) {
            int e = ends[n];
            while (e > k) {
                String code = WORD_TABLE.get(text, k, e);
                if (code != null && (e >= to || !Character.isLetterOrDigit(text.charAt(e)))) {
                    return new Cur(code, k, e, WEAK_WORDS.contains(lower(text, k, e)), true);
                }
                if (text.charAt(e - 1) != '.') {
                    break;
                }
                e--; // "euros." ends the sentence
            }
        }
        int e = latinEnd(text, k, to);
        if (e - k == 3 && (e >= to || !Character.isLetterOrDigit(text.charAt(e)))) {
            String code = SIGNS.get(text, k, e);
            if (code != null && code.length() == 3 && text.startsWith(code, k)) {
                return new Cur(code, k, e, false, true); // "22.9 bln USD"
            }
        }
        return null;
    }

    /**
     * The qualifier whose words end one space before {@code start}, the longest that does.
     *
     * @param from where the text may start
     * @param start where the money phrase starts
     * @return the qualifier, or null
     */
    static Qualifier qualifierBefore(String text, int from, int start) {
        int[] starts = new int[MAX_BEFORE_WORDS];
        int count = 0;
        int k = start;
        while (count < MAX_BEFORE_WORDS) {
            if (k - 1 < from || text.charAt(k - 1) != ' ') {
                break;
            }
            int e = k - 1;
            int b = e;
            while (b > from && isQualifierChar(text.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                break;
            }
            starts[count++] = b;
            k = b;
        }
        // in ASCII, lower case is a character's own: the table reads the stretch without a string
        boolean ascii = true;
        for (int c = count == 0 ? start : starts[count - 1]; c < start - 1 && ascii; c++) {
            ascii = text.charAt(c) < 0x80;
        }
        for (int n = count - 1; n >= 0; n--) {
            Qualifier q = ascii
                    ? BEFORE_TABLE.get(text, starts[n], start - 1)
                    : BEFORE.get(text.substring(starts[n], start - 1).toLowerCase(Locale.ROOT));
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    private static boolean isQualifierChar(char c) {
        return isLatin(c) || c == '.' || c == '-';
    }

    private static Qualifier qualifierAfter(String text, int to, int end) {
        for (Map.Entry<String, Qualifier> e : AFTER.entrySet()) {
            String w = e.getKey();
            boolean attached = !isLatin(w.charAt(0));
            int k = attached ? end : end + 1;
            if (!attached && (end >= to || text.charAt(end) != ' ')) {
                continue;
            }
            if (k + w.length() <= to
                    && text.regionMatches(true, k, w, 0, w.length())
                    && (k + w.length() == to || !isLatin(text.charAt(k + w.length())))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean startsWord(String text, int k, int to, String word) {
        int e = k + word.length();
        return e < to && text.regionMatches(true, k, word, 0, word.length()) && text.charAt(e) == ' ';
    }

    private static boolean nextWordIs(String text, int end, int to, String word) {
        return end < to
                && text.charAt(end) == ' '
                && end + 1 < to
                && isLatin(text.charAt(end + 1))
                && latinEnd(text, end + 1, to) - end - 1 == word.length()
                && text.regionMatches(true, end + 1, word, 0, word.length());
    }

    /** Whether the word right before {@code start} (after one space) is {@code word}. */
    private static boolean wordBefore(String text, int from, int start, String word) {
        int e = start - 1;
        int b = e - word.length();
        return b >= from
                && text.charAt(e) == ' '
                && text.regionMatches(true, b, word, 0, word.length())
                && (b == from || !isLatin(text.charAt(b - 1)));
    }

    private static int latinEnd(String text, int i, int to) {
        int e = i;
        while (e < to && isLatin(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static String lower(String text, int start, int end) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A letter of an alphabetic script; Chinese characters are read one by one instead. */
    static boolean isLatin(char c) {
        // small enough to be inlined wherever it is asked
        return Chars.isLetter(c) && (c < 0x80 || !isHan(c));
    }

    private static boolean isHan(char c) {
        return c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Qualifier qualifier(String name) {
        return Qualifier.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** @return the length of the longest key, 1 if there is none */
    private static int longest(Set<String> keys) {
        int max = 0;
        for (String k : keys) {
            max = Math.max(max, k.length());
        }
        return keys.isEmpty() ? 1 : max;
    }

    private static String edgeChars(boolean last) {
        StringBuilder out = new StringBuilder();
        for (String k : PREFIXES.keySet()) {
            char c = last ? k.charAt(k.length() - 1) : k.charAt(0);
            if (out.indexOf(String.valueOf(c)) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return every currency sign, code and name of the lexicons mapped to its value, for tests */
    static Map<String, String> lexiconCurrencies() {
        Map<String, String> all = new LinkedHashMap<>(PREFIXES);
        all.putAll(WORDS);
        return all;
    }
}
