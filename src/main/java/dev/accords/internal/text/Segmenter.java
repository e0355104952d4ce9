package dev.accords.internal.text;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits normalised text into paragraphs, sentences and tokens in one linear pass each. */
public final class Segmenter {
    private static final Set<String> ABBREVIATIONS = Lexicon.lowerSet("abbreviations.txt");

    /** One-character strings of ASCII, made once: a text has a punctuation mark every few words. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Segmenter() {}

    /**
     * @param text normalised text
     * @return the non-blank lines, trimmed, in order
     */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int s = Chars.stripStart(text, i, end);
            int e = Chars.stripEnd(text, s, end);
            if (e > s) {
                out.add(Span.of(s, e));
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * @param text normalised text
     * @param paragraphs its paragraphs
     * @return the sentences of all paragraphs, in order
     */
    public static List<Sentence> sentences(String text, List<Span> paragraphs) {
        // the tokens of every paragraph go into one list, and each sentence is a view of a stretch of
        // it: one array for the text, which the per-text token index joins again without a copy
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        // where each sentence's tokens start and end, in pairs
        int[] bounds = new int[16];
        int n = 0;
        for (Span p : paragraphs) {
            int paragraph = tokens.size();
            tokens(text, p.start(), p.end(), tokens);
            int first = paragraph;
            for (int t = paragraph; t < tokens.size(); t++) {
                if (endsSentence(tokens, paragraph, t)) {
                    int last = t;
                    // take closing quotes and brackets along
                    while (last + 1 < tokens.size()
                            && isCloser(tokens.get(last + 1).text())) {
                        last++;
                    }
                    bounds = add(bounds, n, first, last + 1);
                    n += 2;
                    first = last + 1;
                    t = last;
                }
            }
            if (first < tokens.size()) {
                bounds = add(bounds, n, first, tokens.size());
                n += 2;
            }
        }
        TokenList all = TokenList.over(tokens.toArray(new Token[0]), tokens.size());
        List<Sentence> out = new ArrayList<>(n / 2);
        for (int i = 0; i < n; i += 2) {
            out.add(sentence(text, all.subList(bounds[i], bounds[i + 1])));
        }
        return out;
    }

    /** Puts a pair of bounds at {@code n}, growing the array when it is full. */
    private static int[] add(int[] bounds, int n, int from, int to) {
        int[] b = n + 2 <= bounds.length ? bounds : java.util.Arrays.copyOf(bounds, bounds.length * 2);
        b[n] = from;
        b[n + 1] = to;
        return b;
    }

    private static Sentence sentence(String text, List<Token> tokens) {
        Span span = Span.of(
                tokens.get(0).span().start(),
                tokens.get(tokens.size() - 1).span().end());
        return new Sentence(span, span.of(text), tokens);
    }

    /** The character of a one-character token, or 0: the tests below ask it of every token. */
    private static char single(String s) {
        return s.length() == 1 ? s.charAt(0) : 0;
    }

    private static boolean isCloser(String s) {
        char c = single(s);
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }

    /** Whether token {@code t} of a paragraph, whose tokens start at {@code paragraph}, ends a sentence. */
    private static boolean endsSentence(List<Token> tokens, int paragraph, int t) {
        String s = tokens.get(t).text();
        char end = single(s);
        if (!(end == '.' || end == '!' || end == '?')) {
            return false;
        }
        int next = t + 1;
        while (next < tokens.size() && isCloser(tokens.get(next).text())) {
            next++;
        }
        if (next >= tokens.size()) {
            return false; // the paragraph end closes the sentence anyway
        }
        Token following = tokens.get(next);
        boolean gap = following.span().start() > tokens.get(next - 1).span().end();
        if (!gap) {
            return false;
        }
        String f = following.text();
        char open = single(f);
        boolean opener = Character.isUpperCase(f.codePointAt(0))
                || Character.isDigit(f.codePointAt(0))
                || open == '"'
                || open == '\''
                || open == '(';
        if (!opener) {
            return false;
        }
        if (end == '.' && t > paragraph) {
            Token prev = tokens.get(t - 1);
            if (prev.span().end() == tokens.get(t).span().start() && prev.type() == Token.Type.WORD) {
                String w = prev.lowerCase();
                if (ABBREVIATIONS.contains(w)) {
                    return false;
                }
                if (w.length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
                    return false; // an initial: "J. Smith"
                }
            }
        }
        return true;
    }

    /**
     * Tokenises {@code text[start, end)}.
     *
     * @param text normalised text
     * @param start first offset
     * @param end last offset, exclusive
     * @return the tokens, an unmodifiable {@link TokenList}
     */
    public static List<Token> tokens(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        tokens(text, start, end, out);
        return TokenList.copyOf(out);
    }

    /** Adds the tokens of {@code text[start, end)} to {@code out}. */
    private static void tokens(String text, int start, int end, List<Token> out) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Chars.isSpace(cp)) {
                i += len;
            } else if (Chars.isLetter(cp)) {
                long scanned = scanWord(text, i, end);
                int j = (int) scanned;
                String word = text.substring(i, j);
                // a word of lower-case ASCII letters (most words) is its own lower case
                String lower = scanned >>> 32 == 0 ? word : word.toLowerCase(Locale.ROOT);
                out.add(new Token(Span.of(i, j), word, Token.Type.WORD, lower));
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = scanNumber(text, i, end);
                String number = text.substring(i, j);
                out.add(new Token(Span.of(i, j), number, Token.Type.NUMBER, number)); // digits and separators
                i = j;
            } else {
                int type = Character.getType(cp);
                boolean symbol = type == Character.CURRENCY_SYMBOL
                        || type == Character.MATH_SYMBOL
                        || type == Character.MODIFIER_SYMBOL
                        || type == Character.OTHER_SYMBOL
                        || cp == '%';
                String mark = cp < ASCII.length ? ASCII[cp] : text.substring(i, i + len);
                out.add(new Token(
                        Span.of(i, i + len),
                        mark,
                        symbol ? Token.Type.SYMBOL : Token.Type.PUNCTUATION,
                        cp < ASCII.length ? mark : mark.toLowerCase(Locale.ROOT))); // no ASCII mark has a case
                i += len;
            }
        }
    }

    /**
     * @return the end of the word at {@code i}, in the low 32 bits; the high bits are not 0 when the
     *     word has an upper-case ASCII letter or a character outside ASCII, which lower-casing may
     *     change (the other characters a word may have, {@code ' - & .}, it does not)
     */
    private static long scanWord(String text, int i, int end) {
        int j = i;
        int segment = i; // start of the letters since the last inner dot
        boolean dotted = false;
        boolean mayChange = false;
        while (j < end) {
            char c = text.charAt(j);
            if (c < 128 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                mayChange |= c <= 'Z'; // most letters: ASCII, without the code point
                j++;
                continue;
            }
            int cp = text.codePointAt(j);
            if (Chars.isLetter(cp) || cp >= 128 && Character.getType(cp) == Character.NON_SPACING_MARK) {
                mayChange |= cp >= 128 || cp <= 'Z';
                j += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '-' || cp == '&')
                    && j + 1 < end
                    && Character.isLetter(text.charAt(j + 1))
                    && !(cp == '\'' && isPossessiveS(text, j, end))) {
                j += 1;
            } else if (cp == '.'
                    && j - segment == 1
                    && j + 1 < end
                    && Character.isLetter(text.charAt(j + 1))
                    && (j + 2 >= end || !Character.isLetter(text.charAt(j + 2)))) {
                j += 1; // dotted abbreviation: U.S, e.g
                segment = j;
                dotted = true;
            } else {
                break;
            }
        }
        if (dotted && j < end && text.charAt(j) == '.' && j - segment == 1) {
            j++; // keep the final dot of "U.S."
        }
        return mayChange ? 1L << 32 | j : j;
    }

    private static boolean isPossessiveS(String text, int j, int end) {
        return (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                && (j + 2 >= end || !Character.isLetter(text.charAt(j + 2)));
    }

    /**
     * By code point, as {@link #tokens} tests the first digit: a digit outside the Basic Multilingual
     * Plane ("𝟏") read by {@code char} was no digit, the number was empty and the tokeniser never
     * moved on.
     */
    private static int scanNumber(String text, int i, int end) {
        int j = i;
        while (j < end) {
            int cp = text.codePointAt(j);
            if (Character.isDigit(cp)) {
                j += Character.charCount(cp);
            } else if ((cp == ',' || cp == '.') && j + 1 < end && Character.isDigit(text.codePointAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
