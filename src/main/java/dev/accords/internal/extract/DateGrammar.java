package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds calendar dates written in English and ISO forms; a day without a year is left for the caller to resolve. */
public final class DateGrammar {
    private static final Map<String, String> MONTHS = Lexicon.map("months.tsv");
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?<month>", ")"));
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String END_DAY = "(?:\\s?-\\s?(?<end>[0-3]?\\d)(?:st|nd|rd|th)?)?";
    private static final String YEAR = "(?:,?\\s(?<year>(?:19|20)\\d\\d))?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(?<year>(?:19|20)\\d\\d)[-/.](?<month>[01]?\\d)[-/.](?<day>[0-3]?\\d)(?![\\d])");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s" + DAY + END_DAY + "\\b" + YEAR + "(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(?<![\\d.,])" + DAY + END_DAY + "(?:\\sof)?\\s" + MONTH + "\\b\\.?" + YEAR + "(?!\\d)");

    private DateGrammar() {}

    /**
     * A date as written.
     *
     * @param year the year, or 0 when not written
     * @param month 1-12
     * @param day 1-31
     * @param endDay last day of a range within the month, or 0
     * @param span where it is written
     */
    public record Written(int year, int month, int day, int endDay, Span span) {
        /** @return whether the year is written */
        public boolean hasYear() {
            return year != 0;
        }

        /**
         * @param y a year
         * @return the date in year {@code y}, or null if there is no such day
         */
        public LocalDate in(int y) {
            try {
                return LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /**
         * @param y a year
         * @return the end date of a range in year {@code y}, or null
         */
        public LocalDate endIn(int y) {
            if (endDay == 0 || endDay <= day) {
                return null;
            }
            try {
                return LocalDate.of(y, month, endDay);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /**
     * @param text normalised text
     * @param from first offset to search
     * @param to last offset, exclusive
     * @return the dates written in {@code text[from, to)}, in text order, without overlaps
     */
    public static List<Written> find(String text, int from, int to) {
        List<Written> out = new ArrayList<>();
        collect(ISO.matcher(text).region(from, to), out);
        collect(MONTH_FIRST.matcher(text).region(from, to), out);
        collect(DAY_FIRST.matcher(text).region(from, to), out);
        out.sort(Comparator.comparingInt(w -> w.span().start()));
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

    private static void collect(Matcher m, List<Written> out) {
        while (m.find()) {
            String monthText = m.group("month");
            if (Character.isLowerCase(monthText.charAt(0))) {
                continue; // "may", "march" as ordinary words
            }
            int month = Character.isDigit(monthText.charAt(0))
                    ? Integer.parseInt(monthText)
                    : Integer.parseInt(MONTHS.get(monthText.toLowerCase(Locale.ROOT)));
            int day = Integer.parseInt(m.group("day"));
            String year = m.group("year");
            String end = groupOrNull(m, "end");
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                continue;
            }
            out.add(new Written(
                    year == null ? 0 : Integer.parseInt(year),
                    month,
                    day,
                    end == null ? 0 : Integer.parseInt(end),
                    Span.of(m.start(), m.end())));
        }
    }

    private static String groupOrNull(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
