package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The literal heads of a {@link WordAnchored} expression's alternatives: the letters, spaces and
 * {@code \s} each alternative starts with ("to invest", "on the theme", "cooperation\s+agreement"),
 * looked at before the expression is asked at a word. A word at which no head stands cannot start
 * a match, and most words that may start one by their first word do not ("to" without "invest"
 * after it): a look at a few characters rules them out without a matcher and a regex try.
 *
 * <p>A head is read up to the first thing that is not a literal letter or space: a group, a class, a
 * quantifier (the element before it is left out too), an escape other than {@code \s}. Every match
 * of an alternative at a word then starts with its head, so the look is only ever a necessary
 * condition: the matches are the same. Letters compare in both ASCII cases when the expression
 * starts with {@code (?i)}, as {@link java.util.regex.Pattern} compares them without {@code
 * UNICODE_CASE}; any other character exactly. Immutable.
 */
final class WordAnchoredHeads {
    /** In a head: one {@code \s} character. */
    static final char ONE_SPACE = '\uFFFF';
    /** In a head: one or more {@code \s} characters, followed by no white space in the head. */
    static final char SPACES = '\uFFFE';

    /** Per first character (lower case for letters when case is ignored; 128 for any outside ASCII). */
    private final char[][][] byFirst = new char[129][][];

    private final boolean ignoreCase;

    private WordAnchoredHeads(List<String> heads, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        List<List<char[]>> groups = new ArrayList<>();
        for (int i = 0; i < byFirst.length; i++) {
            groups.add(new ArrayList<>());
        }
        for (String h : heads) {
            groups.get(bucket(h.charAt(0))).add(h.toCharArray());
        }
        for (int i = 0; i < byFirst.length; i++) {
            byFirst[i] = groups.get(i).isEmpty() ? null : groups.get(i).toArray(new char[0][]);
        }
    }

    /**
     * @param heads the head of every alternative
     * @param ignoreCase whether the expression starts with {@code (?i)}
     * @return the heads, or null when one is empty or starts with white space (an alternative that
     *     may match anywhere a word starts)
     */
    static WordAnchoredHeads of(List<String> heads, boolean ignoreCase) {
        for (String h : heads) {
            if (h.isEmpty() || h.charAt(0) == ONE_SPACE || h.charAt(0) == SPACES) {
                return null;
            }
        }
        return new WordAnchoredHeads(heads, ignoreCase);
    }

    private int bucket(char c) {
        if (c >= 128) {
            return 128;
        }
        return ignoreCase && isAsciiLetter(c) ? c | 0x20 : c;
    }

    /**
     * Whether the heads can be read as literal text: the expression sets no flag but a leading
     * {@code (?i)} (a flag such as {@code x}, {@code u} or {@code U}, or one set inside an
     * alternative, changes what a letter or space matches).
     */
    static boolean flagsReadable(String regex) {
        String rest = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        for (int i = rest.indexOf("(?"); i >= 0; i = rest.indexOf("(?", i + 1)) {
            int slashes = 0;
            while (slashes < i && rest.charAt(i - 1 - slashes) == '\\') {
                slashes++;
            }
            if (slashes % 2 == 1) {
                continue; // "\(?": an escaped bracket, optional
            }
            char c = i + 2 < rest.length() ? rest.charAt(i + 2) : ':';
            if (c != ':' && c != '=' && c != '!' && c != '<' && c != '>') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the head of a lexicon expression ({@link WordAnchored#at(String, java.util.Collection,
     * String)}) matches no character: flags, look-arounds and group openings alone, so that its
     * entries start where its matches start.
     */
    static boolean consumesNothing(String head) {
        int i = head.startsWith("(?i)") ? 4 : 0;
        while (i < head.length()) {
            if (head.startsWith("(?<=", i)
                    || head.startsWith("(?<!", i)
                    || head.startsWith("(?=", i)
                    || head.startsWith("(?!", i)) {
                int close = WordAnchored.walk(head, i, true, null); // the parenthesis closing this one
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (head.startsWith("(?:", i)) {
                i += 3;
            } else if (head.startsWith("(?<", i) && i + 3 < head.length() && isAsciiLetter(head.charAt(i + 3))) {
                int gt = head.indexOf('>', i);
                if (gt < 0) {
                    return false;
                }
                i = gt + 1;
            } else if (head.startsWith("(", i) && !head.startsWith("(?", i)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The head of an alternative of an expression: its leading letters, spaces and {@code \s}, up to
     * anything else or an element a quantifier follows; when the alternative is literal to its end,
     * the head goes on into what follows the group of alternatives.
     *
     * @param alternative an alternative
     * @param follow what follows the group of alternatives, or "" when there is none
     * @param ignoreCase whether the expression starts with {@code (?i)}
     * @return the head, letters in lower case when case is ignored
     */
    static String read(String alternative, String follow, boolean ignoreCase) {
        StringBuilder head = new StringBuilder();
        if (read(alternative, ignoreCase, head) == alternative.length()) {
            read(follow, ignoreCase, head);
        }
        return head.toString();
    }

    /** Appends the head of {@code s} to {@code head}; @return where it stopped */
    private static int read(String s, boolean ignoreCase, StringBuilder head) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char element;
            int next;
            if (isAsciiLetter(c)) {
                element = ignoreCase ? (char) (c | 0x20) : c;
                next = i + 1;
            } else if (c == ' ') {
                element = ' ';
                next = i + 1;
            } else if (s.startsWith("\\s", i)) {
                element = ONE_SPACE;
                next = i + 2;
            } else {
                break;
            }
            if (next < s.length() && "?*+{".indexOf(s.charAt(next)) >= 0) {
                break; // optional or repeated: what the match holds there is not known
            }
            head.append(element);
            i = next;
        }
        return i;
    }

    /**
     * The head of a lexicon entry, as {@link Patterns#alternation} writes it: its characters, each run
     * of spaces one or more {@code \s}; up to other white space.
     *
     * @param entry the entry
     * @param ignoreCase whether the expression starts with {@code (?i)}
     * @return the head
     */
    static String ofEntry(String entry, boolean ignoreCase) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == ' ') {
                if (head.length() == 0 || head.charAt(head.length() - 1) != SPACES) {
                    head.append(SPACES);
                }
            } else if (Chars.isRegexSpace(c) || Character.isWhitespace(c) || c == ONE_SPACE || c == SPACES) {
                break;
            } else {
                head.append(ignoreCase && isAsciiLetter(c) ? (char) (c | 0x20) : c);
            }
        }
        return head.toString();
    }

    /**
     * @param text a text
     * @param start where a word starts
     * @param to the end of the region: no match goes past it
     * @return false when no alternative's head stands at {@code start}, so no match starts there
     */
    boolean mayStart(CharSequence text, int start, int to) {
        char[][] candidates = byFirst[bucket(text.charAt(start))];
        if (candidates == null) {
            return false;
        }
        for (char[] h : candidates) {
            if (standsAt(h, text, start, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean standsAt(char[] head, CharSequence text, int start, int to) {
        int p = start;
        for (char e : head) {
            if (p >= to) {
                return false;
            }
            char c = text.charAt(p++);
            if (e == ONE_SPACE || e == SPACES) {
                if (!Chars.isRegexSpace(c)) {
                    return false;
                }
                while (e == SPACES && p < to && Chars.isRegexSpace(text.charAt(p))) {
                    p++;
                }
            } else if (c != e && !(ignoreCase && e >= 'a' && e <= 'z' && (c | 0x20) == e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (char[][] group : byFirst) {
            if (group != null) {
                for (char[] h : group) {
                    out.add(new String(h).replace(ONE_SPACE, '_').replace(SPACES, '+'));
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
