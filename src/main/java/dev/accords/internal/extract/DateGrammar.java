package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import dev.accords.model.Span;
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
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?i)(?<![\\d.,:])" + DAY + "(?:" + TO + END + ")?" + "(?:\\sof)?\\s" + MONTH + YEAR);
    /** "30 June - 2 July 2023". */
    private static final Pattern DAY_FIRST_ACROSS = Pattern.compile("(?i)(?<![\\d.,:])" + DAY + "(?:\\sof)?\\s" + MONTH
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

    /**
     * Whether a sentence may hold a date that {@link #find} or {@link #findRelative} finds: a number,
     * or a month, weekday or relative-day word. Most sentences hold neither, and this asks the
     * sentence's start masks instead of scanning its characters twice.
     *
     * @param text normalised text
     * @param tokens a sentence's tokens
     * @return false when both find nothing in the sentence
     */
    static boolean mayHoldDate(String text, List<dev.accords.text.Token> tokens) {
        long[] masks = StartMasks.of(text, tokens);
        for (int i = 0; i < masks.length; i++) {
            if (tokens.get(i).type() == dev.accords.text.Token.Type.NUMBER || StartMasks.may(masks, i, DATE_WORD)) {
                return true;
            }
        }
        return false;
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
        List<Written> out = new ArrayList<>();
        // matchers are made at the first date-like place: most sentences have none
        Lazy iso = new Lazy(ISO, text);
        Lazy numeric = new Lazy(NUMERIC, text);
        Lazy monthFirst = new Lazy(MONTH_FIRST, text);
        Lazy dayFirst = new Lazy(DAY_FIRST, text);
        Lazy across = new Lazy(DAY_FIRST_ACROSS, text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == from || !Character.isDigit(text.charAt(i - 1))) {
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
                    if (digits <= 2 && dayFirst.at(i, to)) {
                        named(dayFirst.matcher, text, from, out);
                    }
                    if (digits <= 2 && across.at(i, to)) {
                        named(across.matcher, text, from, out);
                    }
                }
                i++;
            } else if (Chars.isLetter(c)) {
                int e = i;
                while (e < to && Chars.isLetter(text.charAt(e))) {
                    e++;
                }
                if (Character.isUpperCase(c) && MONTH_TABLE.get(text, i, e) != null && monthFirst.at(i, to)) {
                    named(monthFirst.matcher, text, from, out);
                }
                i = e;
            } else {
                i++;
            }
        }
        out.sort(Comparator.comparingInt((Written w) -> w.span().start())
                .thenComparing(Comparator.comparingInt((Written w) -> w.span().length())
                        .reversed()));
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
        int i = from;
        while (i < to) {
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
        return out;
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
