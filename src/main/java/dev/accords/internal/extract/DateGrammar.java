package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in English and numeric forms: "December 26, 2023", "26 November 2023",
 * "2023-12-28", "Dec. 4", "26th of May", ranges ("June 15-17, 2023", "from 6 to 8 September",
 * "June 30 - July 2, 2023", "30 June to 2 July"), unambiguous day/month/year numbers ("25/03/2023"),
 * weekdays ("on Monday") and days relative to the dateline ("today", "yesterday"). A day without a
 * year, a weekday and a relative day are left for the caller to resolve.
 *
 * <p>Lexicons: {@code months.tsv}, {@code weekdays.tsv}, {@code relative-days.tsv}.
 */
public final class DateGrammar {
    /** Month names and their numbers, lower case; also words that are not names for {@link PersonExtractor}. */
    static final Map<String, String> MONTHS = Lexicon.map("months.tsv");

    private static final Map<String, String> WEEKDAYS = Lexicon.map("weekdays.tsv");
    private static final Map<String, String> RELATIVE = Lexicon.map("relative-days.tsv");

    /** The month names longest first ("sept" before "sep"), ties in file order. */
    private static final String MONTH_NAMES = longestFirst(MONTHS.keySet());

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String MONTH = "(?<month>" + MONTH_NAMES + ")\\b\\.?";
    private static final String MONTH2 = "(?<month2>" + MONTH_NAMES + ")\\b\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)" + ORD + "(?![\\d:])";
    private static final String END = "(?<end>[0-3]?\\d)" + ORD + "(?![\\d:])";
    private static final String TO = "\\s?(?<to>-|to|through|until|till|and)\\s?";
    private static final String YEAR = "(?:,?\\s(?<year>(?:19|20)\\d\\d)(?![\\d]))?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(?<year>(?:19|20)\\d\\d)(?<sep>[-/.])(?<month>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)(?!\\d)");
    /** "25/03/2023", "03.25.2023", "26-11-2023": read only when the order is certain. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(?<a>[0-3]?\\d)(?<sep>[/.-])(?<b>[0-3]?\\d)\\k<sep>(?<year>(?:19|20)\\d\\d)(?![\\d])");
    /** "June 15-17, 2023", "June 30 - July 2, 2023", "December 26, 2023", "Dec. 4". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s" + DAY + "(?:" + TO + "(?:" + MONTH2 + "\\s)?" + END + ")?" + YEAR);
    /** "15 to 17 June 2023", "26th of May", "6-8 September". */
    static final Pattern DAY_FIRST =
            Pattern.compile("(?i)(?<![\\d.,:])" + DAY + "(?:" + TO + END + ")?" + "(?:\\sof)?\\s" + MONTH + YEAR);
    /** "30 June - 2 July 2023". */
    static final Pattern DAY_FIRST_ACROSS = Pattern.compile("(?i)(?<![\\d.,:])" + DAY + "(?:\\sof)?\\s" + MONTH
            + "\\s?(?<to>-|to|through|until|till)\\s?" + END + "(?:\\sof)?\\s" + MONTH2 + YEAR);

    private static final WordTable<String> MONTH_TABLE = new WordTable<>(MONTHS);
    private static final WordTable<String> WEEKDAY_TABLE = new WordTable<>(WEEKDAYS);
    private static final WordTable<String> RELATIVE_TABLE = new WordTable<>(RELATIVE);
    /** The start-mask bit of the month, weekday and relative-day words. */
    private static final long DATE_WORD = dateWords();

    private static long dateWords() {
        java.util.Set<String> words = new java.util.HashSet<>(MONTHS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(RELATIVE.keySet());
        return StartMasks.registerWords(words);
    }

    /** {@link #hints}: the sentence has a number, so {@link #find} may find a date in it. */
    static final int NUMBER = 1;
    /** {@link #hints}: the sentence may have a month, weekday or relative-day word. */
    static final int DATE_WORDS = 2;

    /**
     * What a sentence may hold of the dates that {@link #find} and {@link #findRelative} find: most
     * sentences hold none, and this asks the sentence's start masks instead of scanning its
     * characters. Every expression of {@link #find} needs an ASCII digit, which only a number token
     * holds; {@link #findRelative} and the month-first dates need a month, weekday or relative-day
     * word, which only a token with the masks' date-word bit (or with every bit) can be or hold.
     *
     * @param text normalised text
     * @param tokens a sentence's tokens
     * @return {@link #NUMBER} and {@link #DATE_WORDS} or'ed together; 0 when both find nothing in
     *     the sentence
     */
    static int hints(String text, List<Token> tokens) {
        long[] masks = StartMasks.of(text, tokens);
        int hints = 0;
        for (int i = 0; i < masks.length && hints != (NUMBER | DATE_WORDS); i++) {
            if (tokens.get(i).type() == Token.Type.NUMBER) {
                hints |= NUMBER;
            } else if (StartMasks.may(masks, i, DATE_WORD)) {
                hints |= DATE_WORDS;
            }
        }
        return hints;
    }

    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(between|from)\\s$");

    private DateGrammar() {}

    /**
     * @return the words joined with {@code |}, longest first, ties in their order: a stable sort by
     *     length, written as a loop because it runs once, cold, while the class initialises (#7)
     */
    static String longestFirst(java.util.Collection<String> words) {
        int longest = 0;
        for (String w : words) {
            longest = Math.max(longest, w.length());
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int n = longest; n >= 0; n--) {
            for (String w : words) {
                if (w.length() == n) {
                    if (!first) {
                        out.append('|');
                    }
                    out.append(w);
                    first = false;
                }
            }
        }
        return out.toString();
    }

    /**
     * A calendar date or range as written.
     *
     * @param year the year, or 0 when not written
     * @param month 1-12
     * @param day 1-31
     * @param endMonth month of the last day of a range, or 0
     * @param endDay last day of a range, or 0
     * @param span where it is written
     */
    public record Written(int year, int month, int day, int endMonth, int endDay, Span span) {
        /** @return whether the year is written */
        public boolean hasYear() {
            return year != 0;
        }

        /**
         * @param y a year
         * @return the date in year {@code y}, or null if there is no such day
         */
        public LocalDate in(int y) {
            return date(y, month, day);
        }

        /**
         * @param y the year of the first day
         * @return the last day of a range starting in year {@code y} (a range that passes the end of
         *     the year ends in the next), or null
         */
        public LocalDate endIn(int y) {
            LocalDate start = in(y);
            if (endDay == 0 || start == null) {
                return null;
            }
            LocalDate end = date(y, endMonth, endDay);
            if (end != null && !end.isAfter(start)) {
                end = endMonth < month ? date(y + 1, endMonth, endDay) : null;
            }
            return end;
        }
    }

    /**
     * A weekday ("on Monday") or a day relative to the dateline ("today").
     *
     * @param weekday the day of the week, or null for a relative day
     * @param offset days after the dateline for a relative day ("yesterday" is -1)
     * @param modifier "last", "next" or "this" written before a weekday, or ""
     * @param span where it is written
     */
    public record Relative(DayOfWeek weekday, int offset, String modifier, Span span) {}

    /**
     * @param text normalised text
     * @param from first offset to search
     * @param to last offset, exclusive
     * @return the calendar dates written in {@code text[from, to)}, in text order, without overlaps
     */
    public static List<Written> find(String text, int from, int to) {
        Finder f = new Finder(text, from, to);
        f.scan(from, to, true);
        return f.result();
    }

    /**
     * {@link #find(String, int, int)} for a sentence, reading only its number tokens and the words
     * that may be month names: most of a sentence is neither.
     *
     * @param text normalised text
     * @param sentence one of its sentences
     * @return the calendar dates written in the sentence
     */
    static List<Written> find(String text, Sentence sentence) {
        Finder f = new Finder(text, sentence.span().start(), sentence.span().end());
        f.scanTokens(sentence.tokens(), false);
        return f.result();
    }

    /**
     * {@link #find(String, int, int)} for a stretch of text that sentences cover, reading only their
     * number tokens and the words that may be month names.
     *
     * @param text normalised text
     * @param from first offset to search
     * @param to last offset, exclusive
     * @param sentences the sentences of the text, in order
     * @return the calendar dates written in {@code text[from, to)}
     */
    static List<Written> find(String text, int from, int to, List<Sentence> sentences) {
        List<Sentence> in = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.span().start() >= to) {
                break;
            }
            if (s.span().end() > from) {
                in.add(s);
            }
        }
        // whether a sentence after each may hold a month name, which a day may be followed by
        boolean[] monthAfter = new boolean[in.size()];
        for (int i = in.size() - 2; i >= 0; i--) {
            List<Token> next = in.get(i + 1).tokens();
            monthAfter[i] = monthAfter[i + 1] || lastDateWord(StartMasks.of(text, next), next) >= 0;
        }
        Finder f = new Finder(text, from, to);
        for (int i = 0; i < in.size(); i++) {
            f.scanTokens(in.get(i).tokens(), monthAfter[i]);
        }
        return f.result();
    }

    /**
     * Whether a token of a sentence may be or hold a month, weekday or relative-day word, by the
     * sentence's start masks: a token without the bit is a word of letters alone, which no table
     * has. The tables' words are ASCII letters, so their look-up, which lower-cases character by
     * character, finds a word only where the token's lower case is that word (the masks' key) or
     * is not letters alone ("İ" lower-cases to two characters), when the token has every bit.
     */
    private static boolean mayBeDateWord(long[] masks, int i) {
        return !DATE_WORDS_ASCII || StartMasks.may(masks, i, DATE_WORD);
    }

    /** The index of the last token that {@link #mayBeDateWord}, or -1. */
    private static int lastDateWord(long[] masks, List<Token> tokens) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).type() == Token.Type.WORD && mayBeDateWord(masks, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the words of the date tables are ASCII letters, as {@link #mayBeDateWord} needs. */
    private static final boolean DATE_WORDS_ASCII =
            asciiLetters(MONTHS.keySet()) && asciiLetters(WEEKDAYS.keySet()) && asciiLetters(RELATIVE.keySet());

    private static boolean asciiLetters(java.util.Collection<String> words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c < 'a' || c > 'z') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The dates of one stretch of text, found at the places a scan offers: the first digit of a run
     * of digits and the first letter of a word that may be a month.
     */
    private static final class Finder {
        private final String text;
        private final int from;
        private final int to;
        private final List<Written> out = new ArrayList<>();
        // matchers are made at the first date-like place: most sentences have none
        private final Lazy iso;
        private final Lazy numeric;
        private final Lazy monthFirst;
        private final Lazy dayFirst;
        private final Lazy across;

        Finder(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.iso = new Lazy(ISO, text);
            this.numeric = new Lazy(NUMERIC, text);
            this.monthFirst = new Lazy(MONTH_FIRST, text);
            this.dayFirst = new Lazy(DAY_FIRST, text);
            this.across = new Lazy(DAY_FIRST_ACROSS, text);
        }

        /**
         * Whether a month name may follow the digits being tried, for the expressions that read a
         * day before a month; false when no token after them may be one.
         */
        private boolean monthAhead = true;

        /**
         * Scans the number tokens and the words that may be month names. The runs of digits and of
         * letters that the scan of characters meets lie inside tokens (no token ends next to a digit
         * or a letter that would continue it), so the same places are tried.
         */
        void scanTokens(List<Token> tokens, boolean monthAfter) {
            long[] masks = StartMasks.of(text, tokens);
            int last = lastDateWord(masks, tokens);
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                boolean number = t.type() == Token.Type.NUMBER;
                boolean word = !number && t.type() == Token.Type.WORD && mayBeDateWord(masks, k);
                if (number || word) {
                    int lo = Math.max(from, t.span().start());
                    int hi = Math.min(to, t.span().end());
                    if (lo < hi) {
                        // a number holds no letter: a day's month is in a later token or sentence
                        monthAhead = monthAfter || last > k;
                        scan(lo, hi, word);
                    }
                }
            }
        }

        /**
         * Tries the places that start in {@code text[lo, hi)}; runs and matches may reach past
         * {@code hi} up to the end of the stretch.
         *
         * @param months whether to look words up as month names
         */
        void scan(int lo, int hi, boolean months) {
            int i = lo;
            while (i < hi) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (i == from || !Character.isDigit(text.charAt(i - 1))) {
                        digits(i);
                    }
                    i++;
                } else if (Chars.isLetter(c)) {
                    int e = i;
                    while (e < to && Chars.isLetter(text.charAt(e))) {
                        e++;
                    }
                    if (months
                            && Character.isUpperCase(c)
                            && MONTH_TABLE.get(text, i, e) != null
                            && monthFirst.at(i, to)) {
                        named(monthFirst.matcher, text, from, out);
                    }
                    i = e;
                } else {
                    i++;
                }
            }
        }

        /** At the first digit of a run. */
        private void digits(int i) {
            // the length of the digit run and what follows it rule out most patterns at once
            int run = i + 1;
            while (run < to && text.charAt(run) >= '0' && text.charAt(run) <= '9') {
                run++;
            }
            int digits = run - i;
            char next = run < to ? text.charAt(run) : ' ';
            boolean separator = next == '-' || next == '/' || next == '.';
            if (digits == 4 && separator && iso.at(i, to)) {
                Matcher m = iso.matcher;
                add(out, -1, m.group("year"), m.group("month"), m.group("day"), null, null, m);
            }
            if (digits <= 2 && separator && numeric.at(i, to)) {
                numeric(out, numeric.matcher);
            }
            if (digits <= 2 && monthAhead && dayFirst.at(i, to)) {
                named(dayFirst.matcher, text, from, out);
                // only then: a match of DAY_FIRST_ACROSS starts with one of DAY_FIRST, whose range
                // and year may be left out
                if (across.at(i, to)) {
                    named(across.matcher, text, from, out);
                }
            }
        }

        /** @return the dates in text order, the longest of overlapping ones */
        List<Written> result() {
            if (out.size() < 2) {
                return out; // most sentences: nothing to order or to choose between
            }
            out.sort(BY_START_LONGEST_FIRST);
            List<Written> kept = new ArrayList<>();
            for (Written w : out) {
                if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(w.span())) {
                    kept.add(w);
                } else if (w.span().length() > kept.get(kept.size() - 1).span().length()) {
                    kept.set(kept.size() - 1, w);
                }
            }
            return kept;
        }
    }

    /** Dates by where they start, the longest first at the same start. A class, not lambdas: made once. */
    private static final Comparator<Written> BY_START_LONGEST_FIRST = new ByStartLongestFirst();

    private static final class ByStartLongestFirst implements Comparator<Written> {
        @Override
        public int compare(Written a, Written b) {
            int c = Integer.compare(a.span().start(), b.span().start());
            return c != 0 ? c : Integer.compare(b.span().length(), a.span().length());
        }
    }

    /** A matcher that sees the text around its region, for look-behinds and word boundaries. */
    private static Matcher anchored(Pattern p, String text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** A matcher of {@link #anchored} made when first asked. */
    private static final class Lazy {
        private final Pattern pattern;
        private final String text;
        Matcher matcher;

        Lazy(Pattern pattern, String text) {
            this.pattern = pattern;
            this.text = text;
        }

        /** @return whether the expression matches at {@code i}, up to {@code to} at most */
        boolean at(int i, int to) {
            if (matcher == null) {
                matcher = anchored(pattern, text);
            }
            return matcher.region(i, to).lookingAt();
        }
    }

    private static void numeric(List<Written> out, Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (a > 12 && b <= 12) {
            add(out, -1, m.group("year"), m.group("b"), m.group("a"), null, null, m);
        } else if (b > 12 && a <= 12) {
            add(out, -1, m.group("year"), m.group("a"), m.group("b"), null, null, m);
        } else if (a == b) {
            add(out, -1, m.group("year"), m.group("a"), m.group("b"), null, null, m);
        }
    }

    /**
     * @param text normalised text
     * @param from first offset to search
     * @param to last offset, exclusive
     * @return the capitalised weekdays and the relative days ("today") in {@code text[from, to)}
     */
    public static List<Relative> findRelative(String text, int from, int to) {
        List<Relative> out = new ArrayList<>();
        relative(text, from, from, to, to, out);
        return out;
    }

    /**
     * {@link #findRelative(String, int, int)} for a sentence, reading only the words that may be
     * weekdays or relative days (see {@link Finder#scanTokens}).
     *
     * @param text normalised text
     * @param sentence one of its sentences
     * @return the capitalised weekdays and the relative days in the sentence
     */
    static List<Relative> findRelative(String text, Sentence sentence) {
        List<Relative> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        long[] masks = StartMasks.of(text, tokens);
        int from = sentence.span().start();
        int to = sentence.span().end();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.WORD && mayBeDateWord(masks, k)) {
                relative(text, from, t.span().start(), t.span().end(), to, out);
            }
        }
        return out;
    }

    /** The weekdays and relative days among the words that start in {@code text[lo, hi)}. */
    private static void relative(String text, int from, int lo, int hi, int to, List<Relative> out) {
        int i = lo;
        while (i < hi) {
            if (!Chars.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < to && Chars.isLetter(text.charAt(e))) {
                e++;
            }
            String day = WEEKDAY_TABLE.get(text, i, e);
            String offset = day == null ? RELATIVE_TABLE.get(text, i, e) : null;
            if (day != null && Character.isUpperCase(text.charAt(i))) {
                out.add(new Relative(DayOfWeek.of(Integer.parseInt(day)), 0, modifier(text, from, i), Span.of(i, e)));
            } else if (offset != null && !inName(text, from, i)) {
                out.add(new Relative(null, Integer.parseInt(offset), "", Span.of(i, e)));
            }
            i = e;
        }
    }

    private static String modifier(String text, int from, int i) {
        for (String m : new String[] {"last", "next", "this", "coming"}) {
            int s = i - m.length() - 1;
            if (s >= from
                    && text.charAt(i - 1) == ' '
                    && text.regionMatches(true, s, m, 0, m.length())
                    && (s == from || !Chars.isLetter(text.charAt(s - 1)))) {
                return m.equals("coming") ? "next" : m;
            }
        }
        return "";
    }

    /** "China Today", "USA Today": a capitalised "Today" after a capitalised word is part of a name. */
    private static boolean inName(String text, int from, int i) {
        if (!Character.isUpperCase(text.charAt(i)) || i - 2 < from || text.charAt(i - 1) != ' ') {
            return false;
        }
        int b = i - 1;
        while (b > from && Chars.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < i - 1 && Character.isUpperCase(text.charAt(b));
    }

    private static void named(Matcher m, String text, int from, List<Written> out) {
        String monthText = m.group("month");
        String month2 = group(m, "month2");
        if (Character.isLowerCase(monthText.charAt(0)) || (month2 != null && Character.isLowerCase(month2.charAt(0)))) {
            return; // "may", "march" as ordinary words
        }
        String end = group(m, "end");
        String to = group(m, "to");
        int start = m.start();
        String day = m.group("day");
        if (end != null && "and".equalsIgnoreCase(to)) {
            boolean between = BETWEEN.matcher(text)
                    .region(Math.max(from, start - 9), start)
                    .find();
            if (!between && Integer.parseInt(end) != Integer.parseInt(day) + 1) {
                // "on 6 and 8 September": two days; keep the one next to the month
                if (m.pattern() == DAY_FIRST) {
                    start = m.start("end");
                    day = end;
                }
                end = null;
                month2 = null;
            }
        }
        add(
                out,
                start,
                m.group("year"),
                monthNumber(monthText),
                day,
                end,
                month2 == null ? null : monthNumber(month2),
                m);
    }

    private static void add(
            List<Written> out,
            int start,
            String year,
            String month,
            String day,
            String end,
            String endMonth,
            Matcher m) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return;
        }
        int y = year == null ? 0 : Integer.parseInt(year);
        if (y != 0 && date(y, mo, d) == null) {
            return;
        }
        int ed = end == null ? 0 : Integer.parseInt(end);
        int em = ed == 0 ? 0 : endMonth == null ? mo : Integer.parseInt(endMonth);
        if (ed > 31 || (ed != 0 && em == mo && ed <= d)) {
            ed = 0;
            em = 0;
        }
        int s = start < 0 ? m.start() : start;
        int e = m.end();
        if (y == 0 && m.group().endsWith(".")) {
            e--; // "held on 20 March." ends the sentence; "Dec." before the day is kept
        }
        out.add(new Written(y, mo, d, em, ed, Span.of(s, e)));
    }

    private static String monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.get(key);
    }

    private static LocalDate date(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
