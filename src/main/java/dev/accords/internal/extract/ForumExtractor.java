package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Forum;
import dev.accords.model.ForumKind;
import dev.accords.model.Place;
import dev.accords.model.Qualifier;
import dev.accords.model.Quantity;
import dev.accords.model.Span;
import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named events: capitalised names ending in an event word ("… Cooperation Forum", "CII Partnership
 * Summit 2018", "22nd Meeting of Prime Ministers of Russia and China"), with edition, date, city,
 * theme and attendance from the sentences around them.
 */
final class ForumExtractor implements Extractor {
    private static final Map<String, String> KINDS = Lexicon.map("event-kinds.tsv");
    private static final Map<String, String> ORDINALS = Lexicon.map("ordinals.tsv");
    private static final Set<String> CONNECTORS = Lexicon.lowerSet("organisation-connectors.txt");
    private static final Set<String> OPENERS = Lexicon.lowerSet("sentence-openers.txt");
    private static final Pattern HELD_IN = Pattern.compile(
            "\\b(?:held|convened|opened|took place|kicked off|ended|closed|hosted)\\s(?:in|at)\\s(?:the\\s)?"
                    + "(?<place>[\\p{Lu}][\\p{L}'-]+(?:\\s[\\p{Lu}][\\p{L}'-]+){0,2})");
    private static final Pattern THEME = Pattern.compile(
            "(?i)\\b(?:themed|theme of|theme|with the theme|under the theme|on the theme of|on the theme)\\s*:?\\s*\"(?<theme>[^\"]{3,200})\"");
    private static final Pattern ATTENDANCE =
            Pattern.compile("(?i)(?<q>over|more than|about|around|nearly|some|approximately|at least|up to|almost)?\\s?"
                    + "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)\\s(?:[\\p{L}-]+\\s)?(?:attendees|participants|representatives|delegates"
                    + "|guests|persons|people|officials|experts|exhibitors|visitors|delegations|leaders|members)\\b");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        Map<String, Forum.Builder> forums = new LinkedHashMap<>();
        Map<String, Sentence> firstSentence = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String kind = KINDS.get(t.text().toLowerCase(Locale.ROOT));
                if (kind == null || !t.isCapitalised()) {
                    continue;
                }
                int left = leftEdge(tokens, i);
                int right = i;
                // "… Forum on Biomedicine of the SCO … Forum", "Meeting of Prime Ministers of Russia and China"
                while (right + 2 < tokens.size()
                        && (tokens.get(right + 1).text().equals("of")
                                || tokens.get(right + 1).text().equals("on"))) {
                    int j = right + 2;
                    if (tokens.get(j).text().equals("the") && j + 1 < tokens.size()) {
                        j++;
                    }
                    if (!isCapitalised(tokens.get(j))) {
                        break;
                    }
                    while (j + 1 < tokens.size()
                            && (isCapitalised(tokens.get(j + 1))
                                    || (isConnector(tokens.get(j + 1))
                                            && j + 2 < tokens.size()
                                            && isCapitalised(tokens.get(j + 2))))) {
                        j += isCapitalised(tokens.get(j + 1)) ? 1 : 2;
                    }
                    right = j;
                }
                // a year after the name: "Summit 2018"
                if (right + 1 < tokens.size()
                        && tokens.get(right + 1).type() == Token.Type.NUMBER
                        && tokens.get(right + 1).text().matches("(19|20)\\d\\d")) {
                    right++;
                }
                if (left == i && right == i) {
                    continue; // a bare "Forum"
                }
                Span span = Span.of(
                        tokens.get(left).span().start(),
                        tokens.get(right).span().end());
                String name = ctx.text().originalOf(span);
                Forum.Builder b = forums.computeIfAbsent(
                        name, n -> Forum.builder().name(n).kind(ForumKind.valueOf(kind.toUpperCase(Locale.ROOT))));
                b.addSpan(span);
                firstSentence.putIfAbsent(name, s);
                Integer edition = edition(tokens, left, right);
                if (edition != null) {
                    b.edition(edition);
                }
                i = right;
            }
        }
        for (Map.Entry<String, Forum.Builder> e : forums.entrySet()) {
            Forum.Builder b = e.getValue();
            describe(
                    ctx,
                    text,
                    b,
                    firstSentence.get(e.getKey()),
                    b.build().spans().get(0));
        }
        forums.values().forEach(b -> ctx.addForum(b.build()));
    }

    private static void describe(ExtractionContext ctx, String text, Forum.Builder b, Sentence s, Span name) {
        Span sentence = s.span();
        DateMention closest = null;
        for (DateMention d : ctx.dates()) {
            if (sentence.contains(d.span())
                    && (closest == null || distance(d.span(), name) < distance(closest.span(), name))) {
                closest = d;
            }
        }
        if (closest != null) {
            b.date(closest.date());
            closest.endDate().ifPresent(b::endDate);
        }
        Matcher held = HELD_IN.matcher(text).region(sentence.start(), sentence.end());
        if (held.find()) {
            b.place(Place.builder()
                    .city(ctx.text().original().substring(held.start("place"), held.end("place")))
                    .build());
        }
        Matcher theme = THEME.matcher(text);
        if (theme.find()) {
            b.theme(ctx.text()
                    .original()
                    .substring(theme.start("theme"), theme.end("theme"))
                    .strip());
        }
        Matcher att = ATTENDANCE.matcher(text);
        if (att.find()) {
            String q = att.group("q");
            Qualifier qualifier = q == null
                    ? Qualifier.EXACT
                    : switch (q.toLowerCase(Locale.ROOT)) {
                        case "over", "more than", "at least" -> Qualifier.AT_LEAST;
                        case "up to" -> Qualifier.AT_MOST;
                        default -> Qualifier.APPROXIMATE;
                    };
            b.attendance(Quantity.builder()
                    .value(Long.parseLong(att.group("n").replace(",", "")))
                    .qualifier(qualifier)
                    .addSpan(Span.of(att.start(), att.end()))
                    .build());
        }
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    private static int leftEdge(List<Token> tokens, int i) {
        int left = i;
        while (left - 1 >= 0) {
            Token prev = tokens.get(left - 1);
            if ((isCapitalised(prev) && !OPENERS.contains(prev.text().toLowerCase(Locale.ROOT)))
                    || isOrdinalPart(tokens, left - 1)) {
                left--;
            } else if (isConnector(prev) && left - 2 >= 0 && isCapitalised(tokens.get(left - 2))) {
                left -= 2;
            } else if (prev.text().equals("(") || prev.text().equals(")")) {
                // "Cooperation (Huangshan) Forum"
                if (prev.text().equals(")")
                        && left - 3 >= 0
                        && tokens.get(left - 3).text().equals("(")) {
                    left -= 3;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return left;
    }

    private static boolean isOrdinalPart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return t.text().matches("\\d{1,3}|(19|20)\\d\\d");
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        if ((w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th"))
                && i > 0
                && tokens.get(i - 1).type() == Token.Type.NUMBER) {
            return true;
        }
        return ORDINALS.containsKey(w);
    }

    private static Integer edition(List<Token> tokens, int left, int right) {
        for (int i = left; i <= right; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ORDINALS.containsKey(w)) {
                return Integer.parseInt(ORDINALS.get(w));
            }
            if (t.type() == Token.Type.NUMBER
                    && i + 1 <= right
                    && t.text().length() <= 3
                    && tokens.get(i + 1).text().matches("(?i)st|nd|rd|th")) {
                int n = Integer.parseInt(t.text());
                return n >= 1 ? n : null;
            }
        }
        return null;
    }

    private static boolean isCapitalised(Token t) {
        return t.type() == Token.Type.WORD && t.isCapitalised();
    }

    private static boolean isConnector(Token t) {
        return (t.type() == Token.Type.WORD && CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)))
                || t.text().equals("&");
    }

    @Override
    public String name() {
        return "builtin.forums";
    }
}
