package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.isCapitalised;
import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.ForumKind;
import dev.accords.model.Organisation;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Events: named ones ("the 3rd International Medical Innovation and Cooperation Forum", "CII
 * Partnership Summit 2018", "the 22nd Meeting of Prime Ministers of Russia and China"), described
 * ones ("the symposium for overseas medical and healthcare industrial development"), and, in a text
 * that names no other event, the signing ceremony. Mentions such as "the forum" refer to the last
 * event of that kind. {@link ForumDetails} then reads each event's date, place, theme, attendance,
 * hosts and parent from the sentences that mention it.
 */
final class ForumExtractor implements Extractor {
    static final Map<String, String> KINDS = Lexicon.map("event-kinds.tsv");
    static final Map<String, String> ORDINALS = Lexicon.map("ordinals.tsv");
    static final Set<String> VENUE_HEADS = Lexicon.lowerSet("venue-heads.txt");
    /** "the symposium for overseas medical and healthcare industrial development". */
    /** Nouns that name an event and may be described ("the symposium for …") or referred to ("the forum"). */
    private static final List<String> EVENT_NOUNS = List.of(
            "forum",
            "symposium",
            "seminar",
            "summit",
            "conference",
            "expo",
            "fair",
            "exhibition",
            "meeting",
            "dialogue",
            "workshop");
    /** "the symposium for overseas medical and healthcare industrial development". */
    private static final WordAnchored DESCRIBED = WordAnchored.compile(
            "\\bthe\\s(?<name>(?<kind>"
                    + Patterns.alternation(EVENT_NOUNS)
                    + ")\\s(?:for|on)\\s(?:[\\p{Ll}-]+\\s?){2,10}?)(?=,|\\s(?:which|that|was|were|is|has|had|held|hosted|organi[sz]ed)\\b)");

    static final WordAnchored CEREMONY = WordAnchored.compile(
            "(?i)\\b(?:the|a|an)\\s(?<name>(?:(?:signing|opening|closing|inauguration|launch|unveiling)\\s)?ceremony)\\b");
    private static final WordAnchored HELD = WordAnchored.compile(
            "(?i)\\b(?:held|convened|took place|opened|kicked off|hosted|organi[sz]ed|staged|attended)\\b");
    /** The start-mask bit of "ceremony", which every {@link #CEREMONY} match ends with. */
    static final long CEREMONY_WORD = StartMasks.registerWords(List.of("ceremony"));

    static final Set<String> REFERENCE_WORDS = referenceWords();
    /** The start-mask bit of the event words of {@link #KINDS}. */
    private static final long KIND_WORD = StartMasks.registerWords(KINDS.keySet());
    /** The start-mask bit of {@link #REFERENCE_WORDS}. */
    static final long REFERENCE_WORD = StartMasks.registerWords(REFERENCE_WORDS);

    @Override
    public void extract(ExtractionContext ctx) {
        List<Sentence> sentences = ctx.text().sentences();
        ForumTable table = new ForumTable(ctx.text());
        OrgSpans orgSpans = new OrgSpans(ctx);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (PerText.restricted(ctx.text(), si)) {
                continue; // headlines and menus: capitals say little; the body names the event again
            }
            named(ctx, table, s, orgSpans);
            described(ctx, table, s);
        }
        if (table.isEmpty()) {
            ceremony(ctx, table, sentences);
        }
        table.mergeVariants();
        table.references(sentences);
        table.parents();
        boolean main = true;
        for (ForumTable.Entry e : table.entries()) {
            ctx.addForum(ForumDetails.of(ctx, e, main));
            main = false;
        }
    }

    /** Capitalised names ending in an event word, with ordinals, years and "of"-complements. */
    private static void named(ExtractionContext ctx, ForumTable table, Sentence s, OrgSpans orgSpans) {
        List<Token> tokens = s.tokens();
        long[] masks = StartMasks.of(ctx.text().text(), tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (!StartMasks.may(masks, i, KIND_WORD)) {
                continue;
            }
            Token t = tokens.get(i);
            String kind = KINDS.get(lower(t));
            if (kind == null) {
                continue;
            }
            if (!isCapitalised(t)) {
                // "the Asia Pacific Association for International Education (APAIE) conference", "the ASEAN summit"
                boolean afterName = i > 0
                        && (isCapitalised(tokens.get(i - 1))
                                || tokens.get(i - 1).text().equals(")"))
                        && !lower(t).equals("ceremony")
                        && !lower(t).equals("meeting")
                        && !lower(t).equals("visit");
                if (!afterName) {
                    continue;
                }
            }
            if (i + 1 < tokens.size() && VENUE_HEADS.contains(lower(tokens.get(i + 1)))) {
                continue; // "… International Expo Center" is a venue
            }
            int left = leftEdge(tokens, i);
            int right = rightEdge(tokens, i);
            if (left == i && right == i) {
                continue; // a bare "Forum"
            }
            Span span = Span.of(
                    tokens.get(left).span().start(), tokens.get(right).span().end());
            if (orgSpans.contains(span)) {
                continue; // "the Forum on China-Africa Cooperation (FOCAC)" is an organisation
            }
            ForumKind k = ForumKind.valueOf(kind.toUpperCase(Locale.ROOT));
            table.add(span, k, edition(tokens, left, right), s);
            i = right;
        }
    }

    /**
     * The spans of the text's organisations, gathered when first asked about: most sentences name no
     * event, and a text that names none needs no set of them.
     */
    private static final class OrgSpans {
        private final ExtractionContext ctx;
        private Set<Span> spans;

        OrgSpans(ExtractionContext ctx) {
            this.ctx = ctx;
        }

        boolean contains(Span span) {
            if (spans == null) {
                spans = new java.util.HashSet<>();
                for (Organisation o : ctx.organisations()) {
                    spans.addAll(o.spans());
                }
            }
            return spans.contains(span);
        }
    }

    /** "the symposium for overseas medical and healthcare industrial development, which was held …". */
    private static void described(ExtractionContext ctx, ForumTable table, Sentence s) {
        String text = ctx.text().text();
        int end = s.span().end();
        List<Token> tokens = s.tokens();
        if (HELD.find(text, tokens, s.span().start(), end) == null) {
            return;
        }
        for (Matcher m = DESCRIBED.find(text, tokens, s.span().start(), end);
                m != null;
                m = DESCRIBED.next(m, text, tokens, end)) {
            Span span = Span.of(m.start("name"), m.end("name"));
            String kind = KINDS.get(m.group("kind").toLowerCase(Locale.ROOT));
            table.add(trimmed(ctx, span), ForumKind.valueOf(kind.toUpperCase(Locale.ROOT)), null, s);
        }
    }

    private static Span trimmed(ExtractionContext ctx, Span span) {
        String t = ctx.text().text();
        int end = span.end();
        while (end > span.start() && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return Span.of(span.start(), end);
    }

    /** A text that names no event but reports a signing ceremony: that ceremony is its event. */
    private static void ceremony(ExtractionContext ctx, ForumTable table, List<Sentence> sentences) {
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (PerText.restricted(ctx.text(), si)) {
                continue;
            }
            if (!StartMasks.any(ctx.text().text(), s.tokens(), CEREMONY_WORD)) {
                continue; // CEREMONY is asked at every "the", "a" and "an"
            }
            Matcher m = CEREMONY.find(
                    ctx.text().text(), s.tokens(), s.span().start(), s.span().end());
            if (m != null) {
                table.add(Span.of(m.start("name"), m.end("name")), ForumKind.CEREMONY, null, s);
                return;
            }
        }
    }

    private static Set<String> referenceWords() {
        return Sets.union(EVENT_NOUNS, List.of("event", "ceremony", "congress", "convention"));
    }

    static int leftEdge(List<Token> tokens, int i) {
        int left = i;
        while (left - 1 >= 0) {
            Token prev = tokens.get(left - 1);
            if ((isCapitalised(prev) && !OrgLexicon.isOpener(prev)) || isOrdinalPart(tokens, left - 1)) {
                left--;
            } else if (OrgLexicon.isConnector(prev)
                    && left - 2 >= 0
                    && isCapitalised(tokens.get(left - 2))
                    && !OrgLexicon.isOpener(tokens.get(left - 2))) {
                left -= 2;
            } else if (prev.text().equals(")")
                    && left - 3 >= 0
                    && tokens.get(left - 3).text().equals("(")) {
                left -= 3; // "Sister City Cooperation (Huangshan) Forum"
            } else {
                break;
            }
        }
        // a leading "the" or opener never starts a name; a leading ordinal word does ("first")
        return left;
    }

    /** "… Forum on Biomedicine of the SCO … Forum", "Meeting of Prime Ministers of Russia and China", "Summit 2018". */
    static int rightEdge(List<Token> tokens, int i) {
        int right = i;
        while (right + 2 < tokens.size()
                && (lower(tokens.get(right + 1)).equals("of")
                        || lower(tokens.get(right + 1)).equals("on"))) {
            int j = right + 2;
            if (lower(tokens.get(j)).equals("the") && j + 1 < tokens.size()) {
                j++;
            }
            if (!isCapitalised(tokens.get(j))) {
                break;
            }
            while (j + 1 < tokens.size()
                    && (isCapitalised(tokens.get(j + 1))
                            || OrgLexicon.isConnector(tokens.get(j + 1))
                                    && !lower(tokens.get(j + 1)).equals("of")
                                    && j + 2 < tokens.size()
                                    && isCapitalised(tokens.get(j + 2)))) {
                j += isCapitalised(tokens.get(j + 1)) ? 1 : 2;
            }
            right = j;
        }
        if (right + 1 < tokens.size()
                && tokens.get(right + 1).type() == Token.Type.NUMBER
                && isYear(tokens.get(right + 1).text())) {
            right++;
        }
        return right;
    }

    private static boolean isOrdinalPart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return isDigits(t.text(), 1, 3) || isYear(t.text()); // matches("\\d{1,3}|(19|20)\\d\\d")
        }
        String w = lower(t);
        if (isOrdinalSuffix(w) && i > 0 && tokens.get(i - 1).type() == Token.Type.NUMBER) {
            return true;
        }
        return ORDINALS.containsKey(w);
    }

    /** The edition: "3rd", "third", "XIV" in the name. */
    static Integer edition(List<Token> tokens, int left, int right) {
        for (int i = left; i <= right; i++) {
            Token t = tokens.get(i);
            String w = lower(t);
            if (ORDINALS.containsKey(w)) {
                return Integer.parseInt(ORDINALS.get(w));
            }
            if (t.type() == Token.Type.NUMBER
                    && i + 1 <= right
                    && t.text().length() <= 3
                    && isOrdinalSuffix(lower(tokens.get(i + 1)))) {
                int n = Integer.parseInt(t.text());
                return n >= 1 ? n : null;
            }
            if (i < right && isRoman(t.text())) {
                int n = roman(t.text());
                if (n > 0) {
                    return n;
                }
            }
        }
        return null;
    }

    // the expressions these stand for were asked of every word of every event name, each with a matcher

    /** {@code matches("(19|20)\\d\\d")}: a year of the 20th or 21st century. */
    static boolean isYear(String s) {
        return s.length() == 4
                && (s.startsWith("19") || s.startsWith("20"))
                && isDigit(s.charAt(2))
                && isDigit(s.charAt(3));
    }

    /** {@code matches("\\d{min,max}")}: ASCII digits only, as {@code \d} is without Unicode classes. */
    static boolean isDigits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code matches("st|nd|rd|th")}. */
    static boolean isOrdinalSuffix(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    /** {@code matches("[IVXL]{2,6}")}. */
    static boolean isRoman(String s) {
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("IVXL".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    @Override
    public String name() {
        return "builtin.forums";
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        // replace, not replaceAll("[()]", " "): the same string without a matcher
        for (String w : Patterns.split(
                "\\s+", name.toLowerCase(Locale.ROOT).replace('(', ' ').replace(')', ' '))) {
            if (!w.isEmpty() && !w.equals("the")) {
                out.add(w);
            }
        }
        return out;
    }
}
