package dev.accords.internal.text;

import dev.accords.text.Article;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes an {@link Article} of plain text: the text unchanged, and the headline if the top lines hold one. */
public final class TextArticles {
    /** The beginnings of the lines that carry metadata or page furniture, in lower case. */
    private static final String[] NOT_A_HEADLINE_STARTS = {
        "release time",
        "updated",
        "last updated",
        "last modified",
        "published",
        "posted",
        "date",
        "source",
        "by ",
        "photo",
        "click",
        "share"
    };
    /** The same, for beginnings that must be whole words. */
    private static final String[] NOT_A_HEADLINE_START_WORDS = {"home", "menu"};
    /** Whole words anywhere in such lines, in lower case. */
    private static final String[] NOT_A_HEADLINE_PHRASES = {
        "reading times", "text size", "/prnewswire/", "all rights reserved", "copyright"
    };

    /**
     * Lines that carry metadata or page furniture, not a headline: those beginnings and phrases (their
     * ASCII letters in any case), or a first character that is punctuation or a symbol.
     */
    static final Pattern NOT_A_HEADLINE = Pattern.compile("(?i)^(" + String.join("|", NOT_A_HEADLINE_STARTS)
            + "|" + String.join("\\b|", NOT_A_HEADLINE_START_WORDS) + "\\b).*"
            + "|.*\\b(" + String.join("|", NOT_A_HEADLINE_PHRASES) + ")\\b.*"
            + "|^[\\p{Punct}\\p{S}].*");

    private static final int MAX_LINES = 6;

    private TextArticles() {}

    /**
     * @param text plain text
     * @return the article: the text as given, with its headline where the top lines show one
     */
    public static Article read(String text) {
        return Article.builder(text).title(headline(text)).build();
    }

    /** {@code line.split("\\s+").length} for a stripped line, without the regex. */
    static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = Chars.isRegexSpace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Whether {@link #NOT_A_HEADLINE} may match a line that starts with a letter or digit: false
     * when, in lower case, it neither starts with one of its beginnings nor holds one of its phrases.
     * The expression ignores the case of ASCII letters only, and its words are ASCII, so a line it
     * matches has them in lower case; the third branch needs a first character that is punctuation
     * or a symbol.
     */
    static boolean mayBeNotAHeadline(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (startsWithAny(lower, NOT_A_HEADLINE_STARTS) || startsWithAny(lower, NOT_A_HEADLINE_START_WORDS)) {
            return true;
        }
        for (String phrase : NOT_A_HEADLINE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of the top lines that reads like a headline: 4 to 30 words, no sentence-final full
     * stop or colon, not metadata; the search stops at the first body paragraph.
     */
    static String headline(String text) {
        // only the first lines are read: they are normalised one by one, not the whole text
        int seen = 0;
        int i = 0;
        int n = text.length();
        while (i < n && seen < MAX_LINES) {
            int end = i;
            while (end < n && Normaliser.map(text.charAt(end)) != '\n') {
                end++;
            }
            String raw = text.substring(i, end);
            String line = Normaliser.normalise(raw).strip();
            String original = raw.strip();
            i = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            int words = words(line);
            char last = line.charAt(line.length() - 1);
            boolean sentenceEnd = last == '.' || last == ':' || last == ';' || last == ',';
            if (words > 30 || (sentenceEnd && words > 12)) {
                return null; // the body has started
            }
            if (words >= 4
                    && !sentenceEnd
                    && line.length() <= 250
                    && Character.isLetterOrDigit(line.codePointAt(0))
                    && !(mayBeNotAHeadline(line) && NOT_A_HEADLINE.matcher(line).matches())) {
                return original;
            }
        }
        return null;
    }
}
