package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.isAcronym;
import static dev.accords.internal.extract.OrgLexicon.isCapitalised;
import static dev.accords.internal.extract.OrgLexicon.isWord;
import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar of organisation names over the tokens of one sentence: a run of capitalised words
 * (with inner connectors, bracketed words, legal suffixes and "of"-complements) ending in a head
 * word ("… Engineering Co., Ltd.", "Ministry of Health"), split where "and" joins two names.
 */
final class OrgGrammar {
    /**
     * A name found: tokens {@code [first, last]}.
     *
     * @param first first token index
     * @param last last token index, inclusive
     */
    record Name(int first, int last) {}

    /** Words that join a head word to what it is of: "Bank of China", "Banco do Brasil". */
    private static final Set<String> COMPLEMENT_LINKS =
            Sets.of("of", "for", "on", "de", "do", "da", "del", "des", "du", "di", "für");

    /** Head words that open a name in Spanish, Portuguese, French: "Banco Nacional de …". */
    private static final Set<String> HEAD_FIRST = Sets.of(
            "banco",
            "banque",
            "universidad",
            "universidade",
            "université",
            "universite",
            "instituto",
            "institut",
            "ministerio",
            "ministério",
            "ministère",
            "secretaría",
            "gobierno",
            "governo",
            "grupo",
            "groupe",
            "compañía",
            "companhia",
            "empresa",
            "empresas",
            "sociedad",
            "fundación",
            "fundação",
            "fondation");

    /** {@link OrgLexicon#HEADS} as a start-mask word set. */
    private static final long HEAD = StartMasks.registerWordTokens(OrgLexicon.HEADS.keySet());

    private static final long LEGAL = StartMasks.registerWordTokens(OrgLexicon.LEGAL);

    /** The connectors; "&" is not a word token and is asked about by its text. */
    private static final long CONNECTOR = StartMasks.registerWordTokens(OrgLexicon.CONNECTORS);

    /** Sentence openers and honorifics, which {@link OrgLexicon#isOpener} asks about together. */
    private static final Set<String> OPENERS = Sets.union(OrgLexicon.OPENERS, OrgLexicon.HONORIFICS);

    private static final long OPENER = StartMasks.registerWordTokens(OPENERS);

    /** The first words of titles. */
    private static final long TITLE_START = StartMasks.registerWordTokens(OrgLexicon.TITLES_BY_FIRST.keySet());

    private OrgGrammar() {}

    // The lexicon questions of OrgLexicon asked of token k of a sentence whose start masks are given,
    // so that the masks answer for words of letters alone instead of a look-up in each table.

    /** {@link OrgLexicon#isHead} of token {@code k}. */
    static boolean head(List<Token> tokens, long[] masks, int k) {
        Token t = tokens.get(k);
        return isCapitalised(t) && StartMasks.contains(masks, k, HEAD, OrgLexicon.HEADS.keySet(), lower(t));
    }

    /** {@link OrgLexicon#isLegal} of token {@code k}. */
    static boolean legal(List<Token> tokens, long[] masks, int k) {
        Token t = tokens.get(k);
        return isCapitalised(t) && StartMasks.contains(masks, k, LEGAL, OrgLexicon.LEGAL, lower(t));
    }

    /** {@link OrgLexicon#isConnector} of token {@code k}. */
    static boolean connector(List<Token> tokens, long[] masks, int k) {
        Token t = tokens.get(k);
        return isWord(t) && StartMasks.contains(masks, k, CONNECTOR, OrgLexicon.CONNECTORS, lower(t))
                || t.text().equals("&");
    }

    /** {@link OrgLexicon#isOpener} of token {@code k}. */
    static boolean opener(List<Token> tokens, long[] masks, int k) {
        Token t = tokens.get(k);
        return isWord(t) && StartMasks.contains(masks, k, OPENER, OPENERS, lower(t));
    }

    /** {@link OrgLexicon#titleAt} token {@code k}: 0 at once for a word no title starts with. */
    static int title(List<Token> tokens, long[] masks, int k) {
        if (k < tokens.size() && isWord(tokens.get(k)) && !StartMasks.may(masks, k, TITLE_START)) {
            return 0; // no title starts with this word
        }
        return OrgLexicon.titleAt(tokens, k);
    }

    /**
     * @param tokens the sentence tokens
     * @param known lower-cased names, aliases and acronyms known so far (for splitting at "and")
     * @param restricted whether the sentence is a title-case or upper-case line, where capitals say
     *     little: only names with a legal suffix are taken
     * @return the names, in order, not overlapping
     */
    static List<Name> names(CharSequence text, List<Token> tokens, Set<String> known, boolean restricted) {
        long[] masks = StartMasks.of(text, tokens);
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRun(tokens, i)) {
                i++;
                continue;
            }
            int end = runEnd(tokens, masks, i);
            if (hasInnerAnd(tokens, i, end)) {
                for (int[] segment : segments(tokens, masks, i, end, known)) {
                    addName(out, tokens, masks, segment[0], segment[1], restricted);
                }
            } else {
                addName(out, tokens, masks, i, end, restricted); // one segment: nothing to split at
            }
            i = end + 1;
        }
        return out;
    }

    /** Adds the name in tokens {@code [from, to]}, if there is one and a restricted line may hold it. */
    private static void addName(
            List<Name> out, List<Token> tokens, long[] masks, int from, int to, boolean restricted) {
        Name n = nameIn(tokens, masks, from, to);
        if (n != null && (!restricted || hasLegalSuffix(tokens, masks, n))) {
            out.add(n);
        }
    }

    /**
     * Whether a token strictly inside {@code (from, to)} is "and" or "&", where {@link #segments} may
     * split a run; without one, the run is its only segment.
     */
    static boolean hasInnerAnd(List<Token> tokens, int from, int to) {
        for (int c = from + 1; c < to; c++) {
            if (isAnd(tokens.get(c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is "and" (in any case) or "&", which join the parts of a list or two names. */
    private static boolean isAnd(Token t) {
        String w = lower(t);
        return w.equals("and") || w.equals("&");
    }

    static boolean startsRun(List<Token> tokens, int i) {
        return isCapitalised(tokens.get(i)) || isOrdinal(tokens, i);
    }

    /** "14th", "3rd" as a number token followed by its suffix. */
    static boolean isOrdinal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.type() == Token.Type.NUMBER
                && t.text().length() <= 3
                && i + 1 < tokens.size()
                && adjacent(t, tokens.get(i + 1))
                && Patterns.matches("st|nd|rd|th", lower(tokens.get(i + 1)));
    }

    private static boolean capLike(List<Token> tokens, int k) {
        return k < tokens.size() && (isCapitalised(tokens.get(k)) || isOrdinal(tokens, k));
    }

    private static boolean adjacent(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    /** The last token of the capitalised run starting at {@code i}. */
    static int runEnd(List<Token> tokens, long[] masks, int i) {
        int k = i;
        if (isOrdinal(tokens, k)) {
            k++;
        }
        while (k + 1 < tokens.size()) {
            Token next = tokens.get(k + 1);
            String n = next.text();
            if (isCapitalised(next)) {
                k++;
            } else if (isOrdinal(tokens, k + 1) && capLike(tokens, k + 3)) {
                k += 2;
            } else if (connector(tokens, masks, k + 1) && capLike(tokens, k + 2)) {
                k += 2;
            } else if ((n.equals("of") || n.equals("for") || n.equals("on"))
                    && k + 3 < tokens.size()
                    && lower(tokens.get(k + 2)).equals("the")
                    && capLike(tokens, k + 3)) {
                k += 3; // "State Council of the People's Republic"
            } else if (n.equals(".")
                    && adjacent(tokens.get(k), next)
                    && OrgLexicon.ABBREVIATED.contains(lower(tokens.get(k)))
                    && k + 2 < tokens.size()
                    && (capLike(tokens, k + 2)
                            || tokens.get(k + 2).text().equals(",")
                            || tokens.get(k + 2).text().equals("("))) {
                k++; // "Co." inside a name; a sentence-final full stop is not taken
            } else if (n.equals(".")
                    && adjacent(tokens.get(k), next)
                    && OrgLexicon.ABBREVIATED.contains(lower(tokens.get(k)))
                    && k + 2 < tokens.size()
                    && !tokens.get(k + 2).isCapitalised()
                    && tokens.get(k + 2).span().start() > next.span().end()) {
                k++; // "Co., Ltd. said": the dot belongs to the suffix
            } else if (n.equals(",") && k + 2 < tokens.size() && legal(tokens, masks, k + 2)) {
                k += 2; // ", Ltd"
            } else if (n.equals("(") && bracketEnd(tokens, k + 1) > 0) {
                k = bracketEnd(tokens, k + 1);
            } else if (n.equals(",") && capLike(tokens, k + 2) && listInName(tokens, masks, k + 2)) {
                k += 2; // "Good-Neighborliness, Friendship and Cooperation Commission"
            } else if (n.equals("-") && capLike(tokens, k + 2)) {
                k += 2; // "Export - Import Bank"
            } else if (n.equals("'")
                    && k + 3 < tokens.size()
                    && lower(tokens.get(k + 2)).equals("s")
                    && capLike(tokens, k + 3)
                    && OrgLexicon.POSSESSIVE_IN_NAMES.contains(lower(tokens.get(k)))) {
                k += 2; // "People's Government"
            } else {
                break;
            }
            if (isOrdinal(tokens, k)) {
                k++; // "of the 14th": take the "th" along
            }
        }
        return k;
    }

    /**
     * Whether the capitalised words from {@code k} go on to "and" and end in a head word before any
     * other punctuation: the rest of a list inside one name ("Ministry of Industry, Trade and Tourism").
     */
    private static boolean listInName(List<Token> tokens, long[] masks, int k) {
        boolean and = false;
        for (int j = k; j < tokens.size() && j < k + 8; j++) {
            Token t = tokens.get(j);
            if (isAnd(t)) {
                and = true;
            } else if (!isCapitalised(t)) {
                return false;
            } else if (and && head(tokens, masks, j)) {
                return j + 1 >= tokens.size() || !isCapitalised(tokens.get(j + 1)) || head(tokens, masks, j + 1);
            }
        }
        return false;
    }

    /**
     * "(Group)" or "(Beijing)" inside a name, followed by a capitalised word or a legal suffix: the
     * index of ")" — or -1.
     */
    private static int bracketEnd(List<Token> tokens, int open) {
        int k = open + 1;
        while (k < tokens.size() && k <= open + 3 && isCapitalised(tokens.get(k))) {
            k++;
        }
        if (k == open + 1 || k >= tokens.size() || !tokens.get(k).text().equals(")")) {
            return -1;
        }
        return capLike(tokens, k + 1) ? k : -1;
    }

    /** Splits a run where "and" (or "&") joins two names. */
    static List<int[]> segments(List<Token> tokens, long[] masks, int from, int to, Set<String> known) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int c = from + 1; c < to; c++) {
            if (!isAnd(tokens.get(c))) {
                continue;
            }
            if (splitsAt(tokens, masks, start, c, to, known)) {
                out.add(new int[] {start, c - 1});
                start = c + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    private static boolean splitsAt(List<Token> tokens, long[] masks, int start, int c, int to, Set<String> known) {
        Token right = tokens.get(c + 1);
        if (lower(right).equals("the") || title(tokens, masks, c + 1) > 0 || opener(tokens, masks, c + 1)) {
            return true; // "… and The University of …", "… and Chairman Wang Bo"
        }
        while (start < c && lower(tokens.get(start)).equals("the")) {
            start++;
        }
        int title = title(tokens, masks, start);
        boolean titleOfSomething = title > 0
                && start + title < c
                && (lower(tokens.get(start + title)).equals("of")
                        || lower(tokens.get(start + title)).equals("at"));
        if (title > 0 && !titleOfSomething || OrgLexicon.HONORIFICS.contains(lower(tokens.get(start)))) {
            return true; // "Chief Minister Naveen Patnaik and Tata Trusts …", not "Vice President of A, B and C
            // Commission"
        }
        StringBuilder left = new StringBuilder();
        for (int k = start; k < c; k++) {
            left.append(k == start ? "" : " ").append(tokens.get(k).text());
        }
        if (known.contains(left.toString().toLowerCase(java.util.Locale.ROOT))) {
            return true; // "VEB and China Exim Bank"
        }
        if (c - start == 1 && isAcronym(tokens.get(start))) {
            return true; // "CASC and China Chengtong …"
        }
        Token last = tokens.get(c - 1);
        if (legal(tokens, masks, c - 1) || last.text().equals(".") && c - 2 >= start && legal(tokens, masks, c - 2)) {
            return true; // "… Co Ltd and Fosun Kite …"
        }
        if (OrgLexicon.STRONG_HEADS.contains(lower(last)) && containsHead(tokens, masks, c + 1, to)) {
            return true; // "… University and Tsinghua University"
        }
        // "Ministry of Energy and Abu Dhabi National Oil Company": a strong head on the left, and a name
        // closed by a strong head or legal suffix on the right — not "Ministry of Industry and
        // Information Technology"
        boolean strongLeft = false;
        for (int k = start; k < c; k++) {
            strongLeft |= OrgLexicon.STRONG_HEADS.contains(lower(tokens.get(k)));
        }
        int rightEnd = c + 1;
        while (rightEnd + 1 <= to && !lower(tokens.get(rightEnd + 1)).equals("and")) {
            rightEnd++;
        }
        Token rightLast = tokens.get(rightEnd);
        return strongLeft && (OrgLexicon.STRONG_HEADS.contains(lower(rightLast)) || legal(tokens, masks, rightEnd));
    }

    private static boolean containsHead(List<Token> tokens, long[] masks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (head(tokens, masks, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name inside one segment: leading openers, titles and "Title of (the)" dropped; ends at the
     * last head word that does not start a title, with its legal suffixes and "of"-complement.
     */
    private static Name nameIn(List<Token> tokens, long[] masks, int from, int to) {
        int start = from;
        while (start <= to) {
            int title = title(tokens, masks, start);
            if (title > 0) {
                start += title;
                if (start <= to
                        && (lower(tokens.get(start)).equals("of")
                                || lower(tokens.get(start)).equals("at"))) {
                    start++;
                    if (start <= to && lower(tokens.get(start)).equals("the")) {
                        start++;
                    }
                }
            } else if (opener(tokens, masks, start)
                    || connector(tokens, masks, start)
                    || !isWord(tokens.get(start)) && !isOrdinal(tokens, start)) {
                start++;
            } else {
                break;
            }
        }
        // "Qingdao Project of Beijing Liando Investment (Group) Co., Ltd.": no head before "of", so the
        // name is what follows it
        int firstOf = -1;
        boolean headBefore = false;
        for (int k = start; k <= to && firstOf < 0; k++) {
            if (lower(tokens.get(k)).equals("of")) {
                firstOf = k;
            } else if (head(tokens, masks, k) || OrgLexicon.isBankWord(tokens.get(k))) {
                headBefore = true;
            }
        }
        if (firstOf > start && !headBefore) {
            start = firstOf + 1;
            while (start <= to && lower(tokens.get(start)).equals("the")) {
                start++;
            }
        }
        int lastHead = -1;
        for (int k = start; k <= to; k++) {
            if ((head(tokens, masks, k) || legal(tokens, masks, k) || OrgLexicon.isBankWord(tokens.get(k)))
                    && title(tokens, masks, k) == 0) {
                lastHead = k;
            }
        }
        if (lastHead < 0) {
            return null;
        }
        int end = lastHead;
        // legal suffixes, brackets and dots after the last head
        while (end + 1 <= to
                && (legal(tokens, masks, end + 1)
                        || !isWord(tokens.get(end + 1)) && !connector(tokens, masks, end + 1))) {
            end++;
        }
        // "of"-complement: "Ministry of Health", "Bank of China", "Universidad de Chile"; a head that
        // stands first in its language takes the rest of the run: "Universidad Católica de Chile"
        if (end + 1 <= to && COMPLEMENT_LINKS.contains(lower(tokens.get(end + 1)))
                || HEAD_FIRST.contains(lower(tokens.get(end)))) {
            end = to;
        }
        // "Government of Senegal for the Port of Ndayane": a second complement after a place is not the name's
        for (int k = lastHead + 1; k + 1 <= end; k++) {
            if (lower(tokens.get(k)).equals("of")) {
                int p = lower(tokens.get(k + 1)).equals("the") ? k + 2 : k + 1;
                for (int n = 3; n >= 1; n--) {
                    if (p + n - 1 <= end
                            && p + n <= to
                            && isPlace(tokens, p, p + n - 1)
                            && (lower(tokens.get(p + n)).equals("for")
                                    || lower(tokens.get(p + n)).equals("on"))) {
                        end = p + n - 1;
                        break;
                    }
                }
                break;
            }
        }
        while (end > start
                && !isWord(tokens.get(end))
                && !tokens.get(end).text().equals(".")
                && !tokens.get(end).text().equals(")")) {
            end--;
        }
        if (end == start && !OrgLexicon.isBankWord(tokens.get(start))) {
            return null; // a lone head word: "Group", "Bank"
        }
        if (start + 1 < end
                && head(tokens, masks, start + 1)
                && dev.accords.internal.lexicon.Places.demonym(tokens.get(start).text())
                        .isPresent()) {
            start++; // "the Chilean Ministry of Mining": the adjective is not part of the name
        }
        return new Name(start, end);
    }

    /**
     * Whether the tokens {@code from} to {@code to} (inclusive), joined with single spaces, are a
     * place: the joined string is built only when the hash table of place names may know it.
     */
    static boolean isPlace(List<Token> tokens, int from, int to) {
        OrgJoined j = new OrgJoined(tokens, from, to);
        return dev.accords.internal.lexicon.Places.mayBePlace(j, 0, j.length())
                && dev.accords.internal.lexicon.Places.isPlace(j.toString());
    }

    private static boolean hasLegalSuffix(List<Token> tokens, long[] masks, Name n) {
        for (int k = n.first(); k <= n.last(); k++) {
            if (legal(tokens, masks, k)) {
                return true;
            }
        }
        return false;
    }
}
