package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
            "(?i)(?:\\b(release time|release date|released on|released|last updated|updated on|updated|date published"
                    + "|published on|published|posted on|posted|publication date|date of publication|issued on|issued"
                    + "|dated|date)|(?:发布|發布|發佈|更新)?(?:时间|時間|日期))\\s*[:：]?\\s*$");
    /** "Source: Xinhua | 2023-12-04", "By Jane Doe | March 3, 2024": metadata fields split by bars. */
    private static final Pattern FIELD_BAR = Pattern.compile("(?i)^(source|by|author|editor)\\b[^|\n]{0,80}\\|\\s*$");
    /** An upper-case place ("BEIJING," / "NEW DELHI, India,") right before a date at a paragraph start. */
    private static final Pattern PLACE_PREFIX =
            Pattern.compile("^[\\p{Lu}][\\p{Lu} .'-]{1,40}(,\\s*[\\p{L} .'-]{2,30})?,\\s*$");
    /** A place in ordinary case ("Nairobi, Kenya,") before a date, trusted when a wire dash or slash follows. */
    private static final Pattern MIXED_PLACE_PREFIX = Pattern.compile(
            "^[\\p{Lu}][\\p{L}.'-]*(?: [\\p{L}.'-]+){0,3}(,\\s*[\\p{Lu}][\\p{L}.'-]*(?: [\\p{L}.'-]+){0,3})?,\\s*$");

    private static final Pattern WIRE_AFTER = Pattern.compile("^\\s*(-|/|\\()");
    /** A weekday or a clock time between the label or place and the date ("Monday, ", "09:32, "). */
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?i)(\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?"
                    + "|\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?)\\s*,?\\s*$");
    /** An upper-case dateline without a date: "SYDNEY (Reuters) -", "HONG KONG, China -", "TORONTO, ON /CNW/". */
    private static final Pattern CAPS_DATELINE = Pattern.compile(
            "^\\s*(?<place>[\\p{Lu}][\\p{Lu}.'-]+(?: [\\p{Lu}.'-]+){0,3}(?:,\\s*[\\p{L}.'-]+(?: [\\p{L}.'-]+){0,2})?)"
                    + "\\s*(?:,|\\(|--?\\s|/|:)");

    private static final Set<String> FUNCTION_WORDS = OrgLexicon.FUNCTION_WORDS;
    /** The {@link StartMasks} bit of the function words, read by {@link #looksEnglish}. */
    private static final long FUNCTION_WORD = StartMasks.registerWordTokens(FUNCTION_WORDS);

    @Override
    public void extract(ExtractionContext ctx) {
        if (ctx.published().isEmpty()) {
            LocalDate d = day(datelineDate(ctx.text()));
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

    /**
     * @param text normalised text (of an article, or of the top of a web page below its headline)
     * @return the date of its dateline or labelled publication line near the top, or null
     */
    static LocalDate dateline(String text) {
        return day(datelineDate(text));
    }

    /**
     * @param dateline a dateline date, or null
     * @return the day it names in its own year, or null
     */
    static LocalDate day(DateGrammar.Written dateline) {
        return dateline == null ? null : dateline.in(dateline.year());
    }

    /**
     * @param text normalised text
     * @return the date of the dateline or labelled publication line, or null
     */
    static DateGrammar.Written datelineDate(String text) {
        return datelineDate(text, null);
    }

    /**
     * @param source a prepared text
     * @return {@link #datelineDate(String)} of its text, found by reading its tokens
     */
    static DateGrammar.Written datelineDate(SourceText source) {
        return datelineDate(source.text(), source.sentences());
    }

    private static DateGrammar.Written datelineDate(String text, List<Sentence> sentences) {
        // asked by the document and date extractors and the currency context of the same text
        Dateline last = LAST_DATELINE.get();
        if (last != null && last.text().get() == text) {
            return last.date();
        }
        DateGrammar.Written w = findDatelineDate(text, sentences);
        LAST_DATELINE.set(new Dateline(new WeakReference<>(text), w));
        return w;
    }

    /** The last text's dateline date on this thread; the text held weakly. */
    private record Dateline(WeakReference<String> text, DateGrammar.Written date) {}

    private static final ThreadLocal<Dateline> LAST_DATELINE = new ThreadLocal<>();

    /** @param sentences the text's sentences, or null to read its characters */
    private static DateGrammar.Written findDatelineDate(String text, List<Sentence> sentences) {
        int head = Math.min(text.length(), HEAD);
        List<DateGrammar.Written> dates =
                sentences == null ? DateGrammar.find(text, 0, head) : DateGrammar.find(text, 0, head, sentences);
        for (DateGrammar.Written w : dates) {
            if (!w.hasYear() || w.in(w.year()) == null || w.endDay() != 0) {
                continue;
            }
            if (datelinePrefix(text, w) != null) {
                return w;
            }
        }
        return null;
    }

    /**
     * @param text normalised text
     * @param w a date near the top of the text
     * @return what stands before the date on its line when that makes it the dateline (a place, a
     *     label, nothing), else null
     */
    private static String datelinePrefix(String text, DateGrammar.Written w) {
        int lineStart = text.lastIndexOf('\n', w.span().start() - 1) + 1;
        String before = text.substring(lineStart, w.span().start());
        Matcher extra = BEFORE_DATE.matcher(before);
        if (extra.find()) {
            before = before.substring(0, extra.start());
        }
        if (before.isBlank()
                || LABEL.matcher(before).find()
                || FIELD_BAR.matcher(before).find()
                || PLACE_PREFIX.matcher(before).matches()) {
            return before;
        }
        if (MIXED_PLACE_PREFIX.matcher(before).matches()
                && !FUNCTION_WORDS.contains(firstWord(before))
                && WIRE_AFTER
                        .matcher(text)
                        .region(w.span().end(), Math.min(text.length(), w.span().end() + 4))
                        .lookingAt()) {
            return before;
        }
        return null;
    }

    /**
     * @param text normalised text
     * @return the place of the dateline ("SYDNEY", "NAIROBI, Kenya"), or null when the text has none
     */
    static String datelinePlace(String text) {
        DateGrammar.Written w = datelineDate(text);
        if (w != null) {
            String before = datelinePrefix(text, w);
            if (before != null
                    && (PLACE_PREFIX.matcher(before).matches()
                            || MIXED_PLACE_PREFIX.matcher(before).matches())) {
                return Patterns.replaceAll(before.strip(), ",$", "").strip();
            }
        }
        int head = Math.min(text.length(), HEAD);
        int i = 0;
        while (i < head) {
            int end = text.indexOf('\n', i);
            if (end < 0 || end > head) {
                end = head;
            }
            Matcher m = CAPS_DATELINE.matcher(text).region(i, end);
            if (m.lookingAt()
                    && end - m.end() > 20
                    && Patterns.replaceAll(m.group("place"), "[^\\p{L}]", "").length() >= 3) {
                return m.group("place").strip();
            }
            i = end + 1;
        }
        return null;
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int e = 0;
        while (e < t.length() && Chars.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(0, e).toLowerCase(Locale.ROOT);
    }

    private static boolean looksEnglish(ExtractionContext ctx) {
        return looksEnglish(ctx.text().text(), ctx.text().sentences());
    }

    /**
     * Whether at least 12 % of the words (of the sentences up to the one in which the 2,000th word
     * stands) are English function words. The words are counted first, without a look-up, and the
     * function words only until there are enough: in English text that is after a third of them. A
     * word is a function word by its {@link StartMasks} bit, worked out once per sentence for all
     * extractors, which the date extractor asks for next.
     *
     * @param text the text of the sentences
     * @param sentences its sentences
     */
    static boolean looksEnglish(String text, List<Sentence> sentences) {
        int words = 0;
        int counted = sentences.size();
        for (int i = 0; i < sentences.size(); i++) {
            for (Token t : sentences.get(i).tokens()) {
                if (t.type() == Token.Type.WORD) {
                    words++;
                }
            }
            if (words > 2000) {
                counted = i + 1;
                break;
            }
        }
        if (words < 5) {
            return false;
        }
        long enough = words * 12L;
        long function = 0;
        for (int i = 0; i < counted; i++) {
            List<Token> tokens = sentences.get(i).tokens();
            long[] masks = StartMasks.of(text, tokens);
            for (int k = 0; k < masks.length; k++) {
                Token t = tokens.get(k);
                if (t.type() == Token.Type.WORD
                        && StartMasks.contains(masks, k, FUNCTION_WORD, FUNCTION_WORDS, t.lowerCase())) {
                    function++;
                    if (function * 100 >= enough) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
