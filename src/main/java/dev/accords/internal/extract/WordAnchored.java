package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match starts at a word boundary with one of a few known words
 * ({@code (?i)\b(?:held|took place|organi[sz]ed)\s…}), searched only where such a word starts.
 *
 * <p>{@link Matcher#find()} tries the whole expression at every offset of a text, which for a
 * case-insensitive alternation costs far more than the match: most sentences contain none of the
 * words. This class reads the words an expression can start with from the expression itself, steps
 * over the text word by word, and asks the expression only at the words that may start a match. The
 * matches are the ones {@code find()} gives over the same region, in the same order, except that a
 * look-behind may see text before the region and a look-ahead text after it.
 *
 * <p>The expression must start with {@code \b}, optionally after {@code (?i)}, followed by one word or
 * a group of alternatives that each start with letters, and must not use {@code ^} or {@code $};
 * {@link #compile} refuses any other. Instances are immutable and safe to share between threads.
 */
final class WordAnchored {
    private final Pattern pattern;
    /** Whole first words: the letters of the word at a match start are exactly one of these. */
    private final WordTable<Boolean> words;
    /** The same, for tokens: their lower-case text keeps its hash. */
    private final java.util.Set<String> wordSet;
    /** First-word beginnings: the letters of the word at a match start begin with one of these. */
    private final String[] prefixes;
    /** This expression's bit in the tokens' {@link StartMasks}, or 0 when it has none. */
    private final long bit;
    /**
     * Per lower-case run of ASCII letters a match may start with, the expression with only the
     * alternatives that can match there (in their order), or null when the whole one is always asked.
     */
    private final WordTable<Pattern> byWord;
    /**
     * The literal heads of the alternatives, by their first character: see {@link WordAnchoredHeads}; null when
     * a head cannot be read for every alternative, and the expression is asked at every word that
     * may start a match.
     */
    private final WordAnchoredHeads heads;

    private WordAnchored(WordAnchored whole) {
        this.pattern = whole.pattern;
        this.words = whole.words;
        this.wordSet = whole.wordSet;
        this.prefixes = whole.prefixes;
        this.bit = whole.bit;
        this.byWord = null;
        this.heads = null;
    }

    /**
     * @return the same expression, asked whole at every word that may start a match, without a look
     *     at the literal heads first: what the expressions per word and the heads stand for, to
     *     compare them with in tests
     */
    WordAnchored whole() {
        return new WordAnchored(this);
    }

    /** @return whether the expression is asked per word with only the alternatives that may start there */
    boolean perWord() {
        return byWord != null;
    }

    /** @return whether a word is first checked against the literal heads of the alternatives */
    boolean hasHeads() {
        return heads != null;
    }

    /** @return the literal heads, or null (for tests) */
    WordAnchoredHeads headsForTests() {
        return heads;
    }

    private WordAnchored(
            Pattern pattern,
            Map<String, Boolean> words,
            List<String> prefixes,
            Map<String, Pattern> byWord,
            WordAnchoredHeads heads) {
        this.pattern = pattern;
        this.heads = heads;
        this.byWord = byWord == null || byWord.isEmpty() ? null : new WordTable<>(byWord);
        this.words = new WordTable<>(words);
        this.wordSet = java.util.Set.copyOf(words.keySet());
        this.prefixes = prefixes.toArray(new String[0]);
        this.bit = StartMasks.register(wordSet, List.copyOf(prefixes));
    }

    /**
     * @param regex an expression of the shape described above
     * @return the expression with the words its matches start with
     * @throws IllegalArgumentException if the expression does not have that shape
     */
    static WordAnchored compile(String regex) {
        return compile(regex, PER_WORD_ALTERNATIVES);
    }

    /**
     * The fewest alternatives for which an expression is asked per word: each word then costs a
     * look-up and, often, a matcher of its own, which only saves time when many alternatives are not
     * tried.
     */
    static final int PER_WORD_ALTERNATIVES = 12;

    /**
     * {@link #compile(String)}, asked per word from a given number of alternatives (for tests).
     *
     * @param regex an expression of the shape described above
     * @param perWordFrom the fewest alternatives for which it is asked per word
     * @return the expression with the words its matches start with
     */
    static WordAnchored compile(String regex, int perWordFrom) {
        Pattern pattern = Pattern.compile(regex);
        String rest = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        if (!rest.startsWith("\\b")) {
            throw new IllegalArgumentException("not anchored at a word boundary: " + regex);
        }
        if (rest.replace("[^", "[").contains("^") || rest.contains("$")) {
            throw new IllegalArgumentException("anchors the word scan cannot keep: " + regex);
        }
        rest = rest.substring(2);
        if (topLevel(rest).size() > 1) {
            throw new IllegalArgumentException("alternatives outside a group: " + regex);
        }
        List<String> alternatives = new ArrayList<>();
        String follow;
        if (rest.startsWith("(")) {
            int body = groupBody(rest);
            if (body < 0) {
                throw new IllegalArgumentException("a look-around or flags after the word boundary: " + regex);
            }
            int close = closing(rest, 0);
            if (close + 1 < rest.length() && "?*{".indexOf(rest.charAt(close + 1)) >= 0) {
                throw new IllegalArgumentException("the first group is optional: " + regex);
            }
            alternatives.addAll(topLevel(rest.substring(body, close)));
            follow = rest.substring(close + 1);
        } else {
            alternatives.add(rest);
            follow = "";
        }
        boolean groupEndsWord = follow.isEmpty() || endsWord(follow, 0);
        Map<String, Boolean> whole = new HashMap<>();
        List<String> prefixes = new ArrayList<>();
        // per alternative: its whole first word, or null when its letters are only a beginning
        List<String> firstWords = new ArrayList<>();
        List<String> beginnings = new ArrayList<>();
        for (String a : alternatives) {
            int end = 0;
            while (end < a.length() && isAsciiLetter(a.charAt(end))) {
                end++;
            }
            String letters = a.substring(0, end).toLowerCase(Locale.ROOT);
            boolean wholeWord;
            if (end == a.length()) {
                wholeWord = groupEndsWord;
            } else {
                char stop = a.charAt(end);
                wholeWord = endsWord(a, end);
                if ("?*{".indexOf(stop) >= 0) {
                    letters = letters.isEmpty() ? "" : letters.substring(0, letters.length() - 1); // "invests?"
                }
            }
            if (letters.isEmpty()) {
                throw new IllegalArgumentException(
                        "an alternative that does not start with letters: " + a + " in " + regex);
            }
            if (wholeWord) {
                whole.put(letters, Boolean.TRUE);
            } else {
                prefixes.add(letters);
            }
            firstWords.add(wholeWord ? letters : null);
            beginnings.add(letters);
        }
        Map<String, Pattern> byWord = null;
        if (alternatives.size() >= Math.max(2, perWordFrom)
                && rest.startsWith("(")
                && dispatchable(regex, alternatives)) {
            String head = regex.substring(0, regex.length() - rest.length()) + rest.substring(0, groupBody(rest));
            String tail = rest.substring(closing(rest, 0));
            byWord = new HashMap<>();
            for (String w : whole.keySet()) {
                StringBuilder sub = new StringBuilder();
                for (int k = 0; k < alternatives.size(); k++) {
                    boolean may =
                            firstWords.get(k) != null ? firstWords.get(k).equals(w) : w.startsWith(beginnings.get(k));
                    if (may) {
                        sub.append(sub.length() == 0 ? "" : "|").append(alternatives.get(k));
                    }
                }
                byWord.put(w, Pattern.compile(head + sub + tail));
            }
        }
        WordAnchoredHeads heads = null;
        if (WordAnchoredHeads.flagsReadable(regex)) {
            boolean ci = regex.startsWith("(?i)");
            List<String> literal = new ArrayList<>();
            for (String a : alternatives) {
                literal.add(WordAnchoredHeads.read(a, follow, ci));
            }
            heads = WordAnchoredHeads.of(literal, ci);
        }
        return new WordAnchored(pattern, whole, prefixes, byWord, heads);
    }

    /**
     * Whether the expression may be asked, at a word, with only the alternatives that can start
     * there: no alternative holds a capturing group (the groups after it would be numbered
     * otherwise) or sets a flag (which holds for the alternatives after it, and would not in an
     * expression without them), and no flag makes case-insensitive matching Unicode-aware (which
     * would let a character outside ASCII match an ASCII letter).
     */
    private static boolean dispatchable(String regex, List<String> alternatives) {
        if (!WordAnchoredHeads.flagsReadable(String.join("|", alternatives))) {
            return false;
        }
        for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
            if (i > 0 && regex.charAt(i - 1) == '\\') {
                continue;
            }
            for (int k = i + 2; k < regex.length() && isAsciiLetter(regex.charAt(k)); k++) {
                if (regex.charAt(k) == 'u' || regex.charAt(k) == 'U') {
                    return false;
                }
            }
        }
        for (String a : alternatives) {
            if (hasCapturingGroup(a)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an expression opens a capturing group, named or not, outside escapes and classes. */
    static boolean hasCapturingGroup(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (!regex.startsWith("?", i + 1)
                        || regex.startsWith("?<", i + 1)
                                && i + 3 < regex.length()
                                && isAsciiLetter(regex.charAt(i + 3))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An expression whose matches start with one of a lexicon's entries, asked only at the words the
     * entries start with (their letters up to the first non-letter: "mou", "co" for "co-operation
     * agreement"); for expressions built from a lexicon, whose first words {@link #compile} cannot
     * read.
     *
     * @param pattern the expression; a match must start at a word that starts an entry
     * @param entries the entries
     * @return the expression with those words
     * @throws IllegalArgumentException if an entry starts with no letter
     */
    static WordAnchored at(Pattern pattern, java.util.Collection<String> entries) {
        return new WordAnchored(pattern, entryWords(entries), List.of(), null, null);
    }

    /**
     * An expression {@code head + Patterns.alternation(entries) + tail}, as {@link #at(Pattern,
     * java.util.Collection)} gives it, that at each word is asked with only the entries that start
     * with that word: a match of the whole alternation at a word is a match of one of those, and the
     * first of them in its order, so the matches are the same, but the other entries are not tried.
     *
     * @param head what comes before the alternation; it must match no letter and set no flag that
     *     makes case-insensitive matching Unicode-aware
     * @param entries the entries, each starting with an ASCII letter
     * @param tail what comes after the alternation
     * @return the expression with the words its entries start with
     * @throws IllegalArgumentException if an entry starts with no letter
     */
    static WordAnchored at(String head, java.util.Collection<String> entries, String tail) {
        Pattern pattern = Pattern.compile(head + Patterns.alternation(entries) + tail);
        Map<String, Boolean> words = entryWords(entries);
        Map<String, Pattern> byWord = new HashMap<>();
        boolean ascii = dispatchable(head + tail, List.of());
        for (String e : entries) {
            ascii &= !e.isEmpty() && isAsciiLetter(e.charAt(0));
        }
        if (ascii) {
            Map<String, List<String>> groups = new HashMap<>();
            for (String e : entries) {
                groups.computeIfAbsent(asciiLetters(e), k -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                byWord.put(g.getKey(), Pattern.compile(head + Patterns.alternation(g.getValue()) + tail));
            }
        }
        WordAnchoredHeads heads = null;
        if (WordAnchoredHeads.flagsReadable(head + tail) && WordAnchoredHeads.consumesNothing(head)) {
            boolean ci = head.startsWith("(?i)");
            List<String> literal = new ArrayList<>();
            for (String e : entries) {
                literal.add(WordAnchoredHeads.ofEntry(e, ci));
            }
            heads = WordAnchoredHeads.of(literal, ci);
        }
        return new WordAnchored(pattern, words, List.of(), byWord, heads);
    }

    private static Map<String, Boolean> entryWords(java.util.Collection<String> entries) {
        Map<String, Boolean> words = new HashMap<>();
        for (String e : entries) {
            String w = Patterns.leadingLetters(e);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("a lexicon entry that starts with no letter: " + e);
            }
            words.put(w, Boolean.TRUE);
        }
        return words;
    }

    /** The lower-case run of ASCII letters a string starts with. */
    private static String asciiLetters(String s) {
        int end = 0;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The expression to ask at a word start: the one with the alternatives that may match at the run
     * of ASCII letters there, or the whole one. The run ends at the region's end, where a match
     * may end although the letters go on (a region with opaque bounds).
     */
    private Pattern patternAt(CharSequence text, int start, int to) {
        if (byWord == null) {
            return pattern;
        }
        int end = start;
        while (end < to && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        Pattern p = byWord.get(text, start, end);
        return p != null ? p : pattern;
    }

    /** @return the compiled expression */
    Pattern pattern() {
        return pattern;
    }

    /**
     * @param text a text
     * @param from the offset to search from
     * @param to the offset to search to: no match goes past it
     * @return a matcher at the first match in the region, or null when there is none
     */
    Matcher find(CharSequence text, int from, int to) {
        return find(text, from, to, from);
    }

    /**
     * The same as {@link #find(CharSequence, int, int)}, stepping over the tokens of the region
     * rather than its characters.
     *
     * @param text a text
     * @param tokens the tokens of a stretch of the text that holds the region (a sentence's)
     * @param from the offset to search from
     * @param to the offset to search to
     * @return a matcher at the first match in the region, or null when there is none
     */
    Matcher find(CharSequence text, List<dev.accords.text.Token> tokens, int from, int to) {
        return find(text, tokens, from, to, from);
    }

    /**
     * The match after another, as {@link #next(Matcher, CharSequence, int)}, over tokens.
     *
     * @param previous the last match
     * @param text the text it is in
     * @param tokens the tokens of a stretch of the text that holds the rest of the region
     * @param to the offset to search to
     * @return a matcher at the next match, or null
     */
    Matcher next(Matcher previous, CharSequence text, List<dev.accords.text.Token> tokens, int to) {
        return find(text, tokens, previous.end() > previous.start() ? previous.end() : previous.end() + 1, to, -1);
    }

    private Matcher find(CharSequence text, List<dev.accords.text.Token> tokens, int from, int to, int opaqueAt) {
        // tokens hold every letter of a text: a word token starts a run of letters, and one with
        // inner hyphens, apostrophes or dots, or cut by the region, is scanned by character
        Matcher m = null;
        long[] masks = bit == 0 ? null : StartMasks.of(text, tokens);
        int first = firstEndingAfter(tokens, from);
        // the tokens after the first and before the one that ends past the region lie wholly inside
        // it, and a token without the bit is skipped there: look at the mask alone, not the token
        int whole = masks == null ? first : firstEndingAfter(tokens, to);
        for (int i = first; i < tokens.size(); i++) {
            if (i > first && i < whole && (masks[i] & bit) == 0) {
                continue;
            }
            dev.accords.text.Token t = tokens.get(i);
            int start = t.span().start();
            if (start >= to) {
                break;
            }
            if (t.type() != dev.accords.text.Token.Type.WORD) {
                continue;
            }
            int end = t.span().end();
            boolean inside = start >= from && end <= to;
            if (inside && masks != null && (masks[i] & bit) == 0) {
                continue; // no match starts at this word
            }
            String lower = t.lowerCase();
            boolean letters =
                    masks != null ? masks[i] >= 0 : lower.length() == end - start && StartMasks.allLetters(lower);
            if (inside && letters) {
                // a set bit is startsWord's answer
                if ((masks != null || startsWord(lower)) && (heads == null || heads.mayStart(text, start, to))) {
                    m = matcherAt(m, text, start, to, opaqueAt);
                    if (m.lookingAt()) {
                        return m;
                    }
                }
            } else {
                Matcher found = find(text, Math.max(start, from), Math.min(end, to), to, opaqueAt);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A matcher of the expression to ask at a word start, over {@code [start, to)}: the one given if
     * it is of that expression, else a new one.
     */
    private Matcher matcherAt(Matcher m, CharSequence text, int start, int to, int opaqueAt) {
        Pattern p = patternAt(text, start, to);
        if (m == null || m.pattern() != p) {
            m = p.matcher(text).useAnchoringBounds(false);
        }
        // at the region's start the expression sees what find() would see; further on, the letters
        // before the word, for its \b
        return m.region(start, to).useTransparentBounds(start != opaqueAt);
    }

    private boolean startsWord(String lower) {
        if (wordSet.contains(lower)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token ending after an offset, by binary search. */
    private static int firstEndingAfter(List<dev.accords.text.Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Matcher find(CharSequence text, int from, int to, int opaqueAt) {
        return find(text, from, to, to, opaqueAt);
    }

    /** @param opaqueAt the offset, if any, at which the expression sees nothing before it, as at a region's start */
    /** @param scanTo where words are looked for; matches may go on to {@code to} */
    private Matcher find(CharSequence text, int from, int scanTo, int to, int opaqueAt) {
        Matcher m = null;
        int p = from;
        while (p < scanTo) {
            if (!Chars.isLetter(text.charAt(p)) || p != opaqueAt && p > 0 && Chars.isLetter(text.charAt(p - 1))) {
                p++;
                continue;
            }
            int e = p + 1;
            while (e < scanTo && Chars.isLetter(text.charAt(e))) {
                e++;
            }
            // the heads first: most runs of letters inside hyphenated words start no head
            if ((heads == null || heads.mayStart(text, p, to)) && starts(text, p, e)) {
                m = matcherAt(m, text, p, to, opaqueAt);
                if (m.lookingAt()) {
                    return m;
                }
            }
            p = e;
        }
        return null;
    }

    /**
     * @param text a text
     * @return a matcher at the first match in the whole text, or null
     */
    Matcher find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * The match after another, for {@code for (Matcher m = p.find(t, a, b); m != null; m = p.next(m, t,
     * b))}: matches in text order, not overlapping, as {@code while (m.find())} gives them.
     *
     * @param previous the last match
     * @param text the text it is in
     * @param to the offset to search to
     * @return a matcher at the next match, or null
     */
    Matcher next(Matcher previous, CharSequence text, int to) {
        return find(text, previous.end() > previous.start() ? previous.end() : previous.end() + 1, to, -1);
    }

    private boolean starts(CharSequence text, int start, int end) {
        if (words.get(text, start, end) != null) {
            return true;
        }
        for (String prefix : prefixes) {
            if (end - start >= prefix.length() && startsWithIgnoringCase(text, start, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(CharSequence text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * @return whether what stands at {@code i} of an expression ends the word before it: {@code \b}, or
     *     a space or {@code \s} that must be there
     */
    private static boolean endsWord(String regex, int i) {
        int after;
        if (regex.startsWith("\\b", i)) {
            return true;
        } else if (regex.startsWith("\\s", i)) {
            after = i + 2;
        } else if (regex.startsWith(" ", i)) {
            after = i + 1;
        } else {
            return false;
        }
        return after >= regex.length() || "?*{".indexOf(regex.charAt(after)) < 0;
    }

    /**
     * @return where the body of the group the expression starts with begins: after "(", "(?:" or
     *     "(?<name>"; -1 for a look-around or flags
     */
    private static int groupBody(String s) {
        if (!s.startsWith("(?")) {
            return 1;
        }
        if (s.startsWith("(?:")) {
            return 3;
        }
        if (s.startsWith("(?<") && s.length() > 3 && isAsciiLetter(s.charAt(3))) {
            return s.indexOf('>') + 1;
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, over escapes and classes. */
    private static int closing(String s, int open) {
        int close = walk(s, open, true, null);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced group: " + s);
        }
        return close;
    }

    /** The alternatives of a group's body, split at its top-level bars. */
    private static List<String> topLevel(String body) {
        List<Integer> bars = new ArrayList<>();
        walk(body, 0, false, bars);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int bar : bars) {
            out.add(body.substring(start, bar));
            start = bar + 1;
        }
        out.add(body.substring(start));
        return out;
    }

    /**
     * Walks an expression over its escapes and character classes.
     *
     * @param s the expression
     * @param from where to start
     * @param untilClosed whether to stop at the parenthesis that closes the group opened at {@code from}
     * @param bars where to put the offsets of the bars outside any group, or null
     * @return the offset it stopped at, or -1 when it did not stop
     */
    static int walk(String s, int from, boolean untilClosed, List<Integer> bars) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0 && untilClosed) {
                    return i;
                }
            } else if (c == '|' && depth == 0 && bars != null) {
                bars.add(i);
            }
        }
        return -1;
    }
}
