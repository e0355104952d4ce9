package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Token;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The publication date from datelines and labelled lines at the top of a text ("Release
 * time:2023-12-28", "BEIJING, Dec. 4, 2023 /PRNewswire/", "Updated: August 18, 2023"), and the
 * language when the article does not state it.
 */
final class DocumentExtractor implements Extractor {
    /** How far into the text a dateline may stand. */
    private static final int HEAD = 1500;

    private static final Pattern LABEL = Pattern.compile(
            "(?i)(release time|released on|released|updated on|updated|published on|published|posted on|posted"
                    + "|publication date|issued on|date)\\s*[:：]?\\s*$");
    /** An upper-case place ("BEIJING," / "NEW DELHI, India,") right before a date at a paragraph start. */
    private static final Pattern PLACE_PREFIX =
            Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]{1,40}(,\\s*[\\p{L} .'-]{2,30})?,\\s*$");

    private static final Set<String> FUNCTION_WORDS = Lexicon.lowerSet("english-function-words.txt");

    @Override
    public void extract(ExtractionContext ctx) {
        if (ctx.published().isEmpty()) {
            LocalDate d = dateline(ctx.text().text());
            if (d != null) {
                ctx.published(d);
            }
        }
        if (ctx.language().isEmpty() && looksEnglish(ctx)) {
            ctx.language("en");
        }
    }

    @Override
    public String name() {
        return "builtin.document";
    }

    static LocalDate dateline(String text) {
        DateGrammar.Written w = datelineDate(text);
        return w == null ? null : w.in(w.year());
    }

    /**
     * @param text normalised text
     * @return the date of the dateline or labelled publication line, or null
     */
    static DateGrammar.Written datelineDate(String text) {
        int head = Math.min(text.length(), HEAD);
        for (DateGrammar.Written w : DateGrammar.find(text, 0, head)) {
            if (!w.hasYear() || w.in(w.year()) == null) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', w.span().start() - 1) + 1;
            String before = text.substring(lineStart, w.span().start());
            if (before.isBlank()
                    || LABEL.matcher(before).find()
                    || PLACE_PREFIX.matcher(before).matches()) {
                return w;
            }
        }
        return null;
    }

    private static boolean looksEnglish(ExtractionContext ctx) {
        int words = 0;
        int function = 0;
        for (var s : ctx.text().sentences()) {
            for (Token t : s.tokens()) {
                if (t.type() == Token.Type.WORD) {
                    words++;
                    if (FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                        function++;
                    }
                }
            }
            if (words > 2000) {
                break;
            }
        }
        return words >= 5 && function * 100 >= words * 12;
    }
}
