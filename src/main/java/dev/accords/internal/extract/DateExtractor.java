package dev.accords.internal.extract;

import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Dates the text reports (the dateline itself is the publication date, not one of them).
 *
 * <ul>
 *   <li>A date with a year is taken as written.
 *   <li>A day without a year takes the publication year, moved by the tense of the sentence ({@link
 *       Tense}): in the past tense a day after the publication date is last year's ("was held on 26
 *       November" in a text of 4 December 2023 is 2023-11-26; of 10 January 2024 it is 2023-11-26);
 *       in the future tense a day before it is next year's. Without a tense marker it is the
 *       occurrence nearest to the publication date ("26-28 December" in a text of 5 January 2024 is
 *       2023-12-26).
 *   <li>A weekday ("on Monday") is resolved against the publication date when the tense tells the
 *       direction: in the past, the latest such day strictly before the publication date (the
 *       publication date itself when the sentence says "today" and it is that weekday); in the
 *       future, the next one after it. "last Monday" and "next Monday" say it themselves.
 *   <li>"today", "yesterday" and "tomorrow" are resolved against a dateline in the text only.
 * </ul>
 *
 * What cannot be resolved is left out, never guessed.
 */
final class DateExtractor implements Extractor {
    /** How close (in characters) a weekday may stand to a written date that it merely names ("Monday, 4 December"). */
    private static final int NEXT_TO = 4;
    /**
     * Mentions in text order. A class, not {@code Comparator.comparing(DateMention::span)}: this code
     * runs cold in the first parse, where each lambda costs a bootstrap (#7).
     */
    private static final Comparator<DateMention> BY_SPAN = new BySpan();

    private static final class BySpan implements Comparator<DateMention> {
        @Override
        public int compare(DateMention a, DateMention b) {
            return a.span().compareTo(b.span());
        }
    }

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        Optional<LocalDate> published = ctx.published();
        DateGrammar.Written dateline = DocumentExtractor.datelineDate(ctx.text());
        LocalDate datelineDay = DocumentExtractor.day(dateline);
        for (Sentence s : ctx.text().sentences()) {
            int hints = DateGrammar.hints(text, s.tokens());
            if (hints == 0) {
                continue; // no number and no date word: nothing to find
            }
            int from = s.span().start();
            int to = s.span().end();
            List<DateMention> found = new ArrayList<>();
            List<DateGrammar.Written> written =
                    (hints & DateGrammar.NUMBER) != 0 ? DateGrammar.find(text, s) : List.of();
            for (DateGrammar.Written w : written) {
                if (dateline != null && w.span().equals(dateline.span())) {
                    continue; // the release date of the text, not a date it reports
                }
                DateMention d = calendar(text, from, to, w, published);
                if (d != null) {
                    found.add(d);
                }
            }
            List<DateGrammar.Relative> relative =
                    (hints & DateGrammar.DATE_WORDS) != 0 ? DateGrammar.findRelative(text, s) : List.of();
            boolean today = false;
            for (DateGrammar.Relative r : relative) {
                if (r.weekday() == null && r.offset() == 0) {
                    today = true;
                    break;
                }
            }
            int near = 0;
            for (DateGrammar.Relative r : relative) {
                while (near < written.size()
                        && written.get(near).span().end() + NEXT_TO < r.span().start()) {
                    near++;
                }
                if (near < written.size() && nextTo(r, written.get(near))) {
                    continue; // "Monday, 4 December 2023": the date says it
                }
                LocalDate date = r.weekday() == null
                        ? relativeDay(r, datelineDay)
                        : weekday(text, from, to, r, published, today);
                if (date != null) {
                    found.add(new DateMention(date, Optional.empty(), r.span(), false));
                }
            }
            found.sort(BY_SPAN);
            for (DateMention d : found) {
                ctx.addDate(d);
            }
        }
    }

    private static DateMention calendar(
            String text, int from, int to, DateGrammar.Written w, Optional<LocalDate> published) {
        int year;
        if (w.hasYear()) {
            year = w.year();
        } else if (published.isPresent()) {
            LocalDate pub = published.get();
            year = pub.getYear();
            LocalDate date = w.in(year);
            if (date == null) {
                return null;
            }
            Tense.Kind tense = Tense.at(text, from, to, w.span().start());
            if (tense == Tense.Kind.PAST && date.isAfter(pub)) {
                year--;
            } else if (tense == Tense.Kind.FUTURE && date.isBefore(pub)) {
                year++;
            } else if (tense == Tense.Kind.UNKNOWN) {
                year = nearest(w, pub);
            }
        } else {
            return null;
        }
        LocalDate date = w.in(year);
        if (date == null) {
            return null;
        }
        return new DateMention(date, Optional.ofNullable(w.endIn(year)), w.span(), w.hasYear());
    }

    /** The year that puts a day without a year nearest to the publication date. */
    private static int nearest(DateGrammar.Written w, LocalDate pub) {
        int best = pub.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            LocalDate d = w.in(y);
            if (d != null) {
                long distance = Math.abs(d.toEpochDay() - pub.toEpochDay());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = y;
                }
            }
        }
        return best;
    }

    private static LocalDate relativeDay(DateGrammar.Relative r, LocalDate datelineDay) {
        return datelineDay == null ? null : datelineDay.plusDays(r.offset());
    }

    private static LocalDate weekday(
            String text, int from, int to, DateGrammar.Relative r, Optional<LocalDate> published, boolean today) {
        if (published.isEmpty()) {
            return null;
        }
        LocalDate pub = published.get();
        Tense.Kind tense = switch (r.modifier()) {
            case "last" -> Tense.Kind.PAST;
            case "next" -> Tense.Kind.FUTURE;
            default -> Tense.at(text, from, to, r.span().start());
        };
        if (today
                && pub.getDayOfWeek() == r.weekday()
                && !r.modifier().equals("last")
                && !r.modifier().equals("next")) {
            return pub;
        }
        if (tense == Tense.Kind.UNKNOWN) {
            return null;
        }
        int step = tense == Tense.Kind.PAST ? -1 : 1;
        LocalDate d = pub.plusDays(step);
        while (d.getDayOfWeek() != r.weekday()) {
            d = d.plusDays(step);
        }
        return d;
    }

    private static boolean nextTo(DateGrammar.Relative r, DateGrammar.Written w) {
        int after = w.span().start() - r.span().end();
        int before = r.span().start() - w.span().end();
        return (after >= 0 && after <= NEXT_TO) || (before >= 0 && before <= NEXT_TO);
    }

    @Override
    public String name() {
        return "builtin.dates";
    }
}
