package dev.accords.internal.extract;

import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates the text reports (the dateline itself is the publication date, not one of them). A date without a year takes the publication year, or the year before when that
 * would put a past event after the publication; with no publication date it is left out.
 */
final class DateExtractor implements Extractor {
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|to be held|upcoming|next|scheduled)\\b");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        Optional<LocalDate> published = ctx.published();
        DateGrammar.Written dateline = DocumentExtractor.datelineDate(text);
        for (Sentence s : ctx.text().sentences()) {
            for (DateGrammar.Written w :
                    DateGrammar.find(text, s.span().start(), s.span().end())) {
                if (dateline != null && w.span().equals(dateline.span())) {
                    continue; // the release date of the text, not a date it reports
                }
                LocalDate date;
                LocalDate end;
                if (w.hasYear()) {
                    date = w.in(w.year());
                    end = w.endIn(w.year());
                } else if (published.isPresent()) {
                    int year = published.get().getYear();
                    date = w.in(year);
                    if (date != null
                            && date.isAfter(published.get())
                            && !FUTURE.matcher(s.text()).find()) {
                        year--;
                        date = w.in(year);
                    }
                    end = w.endIn(year);
                } else {
                    continue;
                }
                if (date != null) {
                    ctx.addDate(new DateMention(date, Optional.ofNullable(end), w.span(), w.hasYear()));
                }
            }
        }
    }

    @Override
    public String name() {
        return "builtin.dates";
    }
}
