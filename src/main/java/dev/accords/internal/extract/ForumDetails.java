package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Places;
import dev.accords.internal.text.Chars;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Place;
import dev.accords.model.Qualifier;
import dev.accords.model.Quantity;
import dev.accords.model.Span;
import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sentences about an event say of it: its date (the date closest to its mention), its city
 * and venue ("held in Qingdao · SCODA Pearl International Expo Center", "in Government House", a city
 * in its name), theme, attendance ("over 400 attendees", "participated by over 40 persons") and hosts
 * ("jointly hosted by A and B").
 */
final class ForumDetails {
    /** The list {@link ForumExtractor} read: reading a lexicon file costs, cold, a fraction of a millisecond. */
    private static final Set<String> VENUE_HEADS = ForumExtractor.VENUE_HEADS;

    private static final WordAnchored PLACE_AFTER = WordAnchored.compile(
            "\\b(?:held|convened|opened|took place|kicked off|ended|closed|staged|hosted|opens|convenes|ends)\\s(?:in|at)\\s(?:the\\s)?"
                    + "(?<place>[\\p{Lu}][\\p{L}'-]*(?:\\s?·?\\s[\\p{Lu}][\\p{L}'-]*){0,8})");
    private static final WordAnchored IN_PLACE = WordAnchored.compile(
            "\\b(?:in|at)\\s(?:the\\s)?(?<place>[\\p{Lu}][\\p{L}'-]*(?:\\s?·?\\s[\\p{Lu}][\\p{L}'-]*){0,8})");
    /** The expressions {@link #place} reads a city and venue with, in order. */
    private static final List<WordAnchored> PLACE_EXPRESSIONS = List.of(PLACE_AFTER, IN_PLACE);

    private static final WordAnchored HEADQUARTERS =
            WordAnchored.compile("\\b(?:held|convened|took place)\\s(?:at|in)\\sthe\\s(?<venue>headquarters?\\sof\\s)");
    static final WordAnchored THEME = WordAnchored.compile(
            "(?i)\\b(?:themed|with the theme|under the theme(?: of)?|on the theme(?: of)?|the theme of|theme)\\s*:?\\s*(?:was\\s|is\\s)?\"(?<theme>[^\"]{3,200})\"");
    /**
     * The start-mask bit of the words that hold {@link #THEME}'s "theme": a sentence without one is not
     * searched. The expression lets "was" or "is" follow "theme" or "themed" without a space.
     */
    static final long THEME_WORD =
            StartMasks.registerWords(List.of("theme", "themed", "themewas", "themeis", "themedwas", "themedis"));

    private static final String ATTENDEES = "attendees|participants|representatives|delegates"
            + "|guests|persons|people|officials|experts|exhibitors|visitors|delegations|leaders|members|scholars"
            + "|entrepreneurs|companies|enterprises|businesses|investors|ministers";
    private static final String ATTENDANCE_QUALIFIERS =
            "over|more than|about|around|nearly|some|approximately" + "|at least|up to|almost|close to|an estimated";
    static final Pattern ATTENDANCE = Pattern.compile("(?i)(?<q>" + ATTENDANCE_QUALIFIERS + ")?\\s?"
            + "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,6})\\s(?:[\\p{L}-]+\\s){0,2}?(?:" + ATTENDEES + ")\\b");
    /** The qualifiers of {@link #ATTENDANCE}, lower case, as it reads them. */
    private static final String[] QUALIFIER_WORDS = ATTENDANCE_QUALIFIERS.split("\\|");
    /**
     * How far before its first digit an attendance match may start: the longest qualifier and a
     * space. The expression reads ASCII case only ({@code (?i)} without Unicode case), so a
     * qualifier is as long in the text as in the expression.
     */
    private static final int ATTENDANCE_REACH = longest(QUALIFIER_WORDS) + 1;
    /** The start-mask bit of the words an attendance ends with: a sentence without one is not searched. */
    private static final long ATTENDEE_WORD = StartMasks.registerWords(List.of(ATTENDEES.split("\\|")));

    static final Pattern HOSTED_BY = Pattern.compile(
            "(?i)\\b(?:jointly\\s|co-?)?(?:hosted|organi[sz]ed|sponsored|convened|co-hosted|co-organi[sz]ed|held)\\s(?:jointly\\s)?by\\s");
    /**
     * The start-mask bit of the verbs of {@link #HOSTED_BY}, bare or with "co" ("cohosted"): every
     * match holds one of them as a word of letters alone, or a word with other characters
     * ("co-hosted"), which has every bit. A match starts at most {@code "jointly "} before it.
     */
    private static final long HOST_VERB = StartMasks.registerWords(hostVerbs());

    static final Pattern CLAUSE_END = Pattern.compile(
            "\\)?,\\s(?:was|were|is|are|which|and\\s(?:was|were))\\b|\\s(?:was|were)\\s(?:held|convened)");

    /** Where a match of {@link #CLAUSE_END} can start: it is asked only there. */
    static final StartChars CLAUSE_END_STARTS = new StartChars(")," + StartChars.SPACE, false, false);

    private ForumDetails() {}

    /**
     * @param ctx the parse
     * @param e the event
     * @param main whether it is the text's main event (named first), which takes a theme stated anywhere
     * @return the forum
     */
    static Forum of(ExtractionContext ctx, ForumTable.Entry e, boolean main) {
        Forum.Builder b = Forum.builder().name(e.name).kind(e.kind);
        if (e.edition != null && e.edition >= 1) {
            b.edition(e.edition);
        }
        // loops, not streams and method references: this code runs cold in the first parse, where
        // each lambda costs a bootstrap (#7)
        List<Span> spans = new ArrayList<>(e.spans);
        java.util.Collections.sort(spans);
        List<Span> references = new ArrayList<>();
        for (Span r : e.references) {
            if (!e.spans.contains(r)) {
                references.add(r);
            }
        }
        java.util.Collections.sort(references);
        for (Span s : spans) {
            b.addSpan(s);
        }
        for (Span r : references) {
            b.addSpan(r);
        }
        date(ctx, e, b);
        Optional<Place> place = place(ctx, e);
        if (place.isPresent()) {
            b.place(place.get());
        }
        Optional<String> theme = theme(ctx, e.sentences);
        if (theme.isEmpty() && main) {
            theme = theme(ctx, ctx.text().sentences());
        }
        if (theme.isPresent()) {
            b.theme(theme.get());
        }
        Optional<Quantity> attendance = attendance(ctx, e);
        if (attendance.isPresent()) {
            b.attendance(attendance.get());
        }
        b.hosts(hosts(ctx, e));
        b.parent(Optional.ofNullable(e.parent));
        return b.build();
    }

    /** The date closest to a mention, in the sentences that name the event, else in those that refer to it. */
    private static void date(ExtractionContext ctx, ForumTable.Entry e, Forum.Builder b) {
        for (Set<Sentence> group : List.of(e.named, e.sentences)) {
            DateMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Sentence s : group) {
                for (DateMention d : ctx.dates()) {
                    if (!s.span().contains(d.span())) {
                        continue;
                    }
                    int distance = Integer.MAX_VALUE;
                    for (Span m : e.spans) {
                        distance = Math.min(distance, Math.abs(d.span().start() - m.start()));
                    }
                    if (distance == Integer.MAX_VALUE) {
                        distance = Math.abs(d.span().start() - s.span().start()) + 100_000;
                    }
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                b.date(best.date());
                Optional<java.time.LocalDate> end = best.endDate();
                if (end.isPresent()) {
                    b.endDate(end.get());
                }
                return;
            }
        }
    }

    private static Optional<Place> place(ExtractionContext ctx, ForumTable.Entry e) {
        String city = null;
        String venue = null;
        String text = ctx.text().text();
        // a city in the name: "Beijing Summit", "(Huangshan) Forum"
        for (String w : Patterns.split("\\s+", e.name.replace('(', ' ').replace(')', ' '))) {
            if (is(w, Places.Kind.CITY)) {
                city = w;
                break;
            }
        }
        for (Sentence s : e.sentences) {
            int sEnd = s.span().end();
            Matcher hq =
                    venue == null ? HEADQUARTERS.find(text, s.tokens(), s.span().start(), sEnd) : null;
            if (hq != null) {
                venue = headquarters(ctx, hq.start("venue"), s);
            }
            for (WordAnchored p : PLACE_EXPRESSIONS) {
                for (Matcher m = p.find(text, s.tokens(), s.span().start(), sEnd);
                        m != null;
                        m = p.next(m, text, s.tokens(), sEnd)) {
                    String place = ctx.text().original().substring(m.start("place"), m.end("place"));
                    // without a "·" the split gives the place itself: no matcher for it
                    String[] parts = place.indexOf('·') < 0 ? new String[] {place} : Patterns.split("\\s*·\\s*", place);
                    String last = lastWord(place).toLowerCase(Locale.ROOT);
                    if (venue == null && VENUE_HEADS.contains(last) && p == PLACE_AFTER
                            || venue == null && VENUE_HEADS.contains(last) && !isOrganisation(ctx, m.start("place"))) {
                        venue = place;
                    }
                    for (String part : parts) {
                        String candidate = firstPlaceWords(part);
                        if (city == null && candidate != null) {
                            city = candidate;
                        }
                    }
                }
                if (city != null && venue != null) {
                    break;
                }
            }
            if (city != null && venue != null) {
                break;
            }
        }
        if (city == null && venue == null) {
            return Optional.empty();
        }
        String country = city == null ? null : country(city);
        String region = city == null ? null : regionAfter(ctx, e, city);
        return Optional.of(Place.builder()
                .city(city)
                .venue(venue)
                .region(region)
                .country(country)
                .build());
    }

    /** "Fangchenggang, Guangxi Zhuang Autonomous Region, China": the region written after the city. */
    private static String regionAfter(ExtractionContext ctx, ForumTable.Entry e, String city) {
        String text = ctx.text().original();
        for (Sentence s : e.sentences) {
            int at = s.text().indexOf(city + ", ");
            if (at < 0) {
                continue;
            }
            int from = s.span().start() + at + city.length() + 2;
            int end = from;
            while (end < s.span().end() && text.charAt(end) != ',' && text.charAt(end) != '.') {
                end++;
            }
            String candidate = text.substring(from, end).strip();
            if (is(candidate, Places.Kind.REGION)) {
                return candidate;
            }
        }
        return null;
    }

    /** "the headquarter of China IPPR International Engineering Co., Ltd.": up to the end of the organisation. */
    private static String headquarters(ExtractionContext ctx, int start, Sentence s) {
        int end = -1;
        int orgStart = ctx.text().text().indexOf(" of ", start) + 4;
        for (Organisation o : ctx.organisations()) {
            for (Span sp : o.spans()) {
                if (sp.start() == orgStart) {
                    end = Math.max(end, sp.end());
                }
            }
        }
        return end > 0 ? ctx.text().original().substring(start, end) : null;
    }

    private static boolean isOrganisation(ExtractionContext ctx, int start) {
        for (Organisation o : ctx.organisations()) {
            for (Span sp : o.spans()) {
                if (sp.start() == start) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest run of leading words that is a known city: "Fangchenggang", "Hong Kong". */
    private static String firstPlaceWords(String part) {
        String[] words = Patterns.split("\\s+", part.strip());
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (is(candidate, Places.Kind.CITY)) {
                return candidate;
            }
        }
        return null;
    }

    /** @return whether the name is a known place of that kind */
    private static boolean is(String name, Places.Kind kind) {
        Optional<Places.Place> p = Places.find(name);
        return p.isPresent() && p.get().kind() == kind;
    }

    /** @return the country of a known place, or null when unknown or not stated */
    private static String country(String name) {
        Optional<Places.Place> p = Places.find(name);
        return p.isPresent() && !p.get().country().isEmpty() ? p.get().country() : null;
    }

    private static String lastWord(String s) {
        String[] w = Patterns.split("\\s+", s.strip());
        return w[w.length - 1];
    }

    private static Optional<String> theme(ExtractionContext ctx, java.util.Collection<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!StartMasks.any(ctx.text().text(), s.tokens(), THEME_WORD)) {
                continue; // THEME is asked at every "the", "on" and "with"
            }
            Matcher m = THEME.find(
                    ctx.text().text(), s.tokens(), s.span().start(), s.span().end());
            if (m != null) {
                return Optional.of(ctx.text()
                        .original()
                        .substring(m.start("theme"), m.end("theme"))
                        .strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<Quantity> attendance(ExtractionContext ctx, ForumTable.Entry e) {
        for (Sentence s : e.sentences) {
            if (!StartMasks.any(ctx.text().text(), s.tokens(), ATTENDEE_WORD)) {
                continue;
            }
            Matcher m = ATTENDANCE.matcher(ctx.text().text());
            for (int from = s.span().start();
                    nextAttendance(m, ctx.text().text(), from, s.span().end());
                    from = m.end()) {
                String n = m.group("n");
                if (ForumExtractor.isYear(n)) {
                    continue; // a year
                }
                String q = m.group("q");
                Qualifier qualifier = Qualifier.EXACT;
                if (q != null) {
                    String v = AmountGrammar.QUALIFIERS.get(q.toLowerCase(Locale.ROOT));
                    qualifier = v == null ? Qualifier.APPROXIMATE : Qualifier.valueOf(v.toUpperCase(Locale.ROOT));
                }
                long value;
                try {
                    value = Long.parseLong(n.replace(",", ""));
                } catch (NumberFormatException tooLarge) {
                    continue; // "1,000,000,000,000,000,000,000 delegates": not a real count
                }
                return Optional.of(Quantity.builder()
                        .value(value)
                        .qualifier(qualifier)
                        .addSpan(Span.of(m.start(), m.end()))
                        .build());
            }
        }
        return Optional.empty();
    }

    /**
     * The next match of {@link #ATTENDANCE} in {@code [from, to)}, the one {@code find()} over that
     * region gives, asked only near digits. {@code find()} tried the expression, whose first part is
     * optional, at every character of a sentence; a match holds a digit at most {@link
     * #ATTENDANCE_REACH} characters after its start, and the expression looks neither before its
     * start nor past the region's end differently when the region starts later.
     *
     * @param m a matcher of {@link #ATTENDANCE} over the text
     * @return whether there is one; {@code m} is then at it
     */
    static boolean nextAttendance(Matcher m, CharSequence text, int from, int to) {
        int p = from;
        while (p < to) {
            int d = p;
            while (d < to && (text.charAt(d) < '0' || text.charAt(d) > '9')) {
                d++;
            }
            if (d == to) {
                return false;
            }
            for (int q = Math.max(p, d - ATTENDANCE_REACH); q <= d; q++) {
                if ((q == d || qualifiedAt(text, q, d)) && m.region(q, to).lookingAt()) {
                    return true;
                }
            }
            p = d + 1;
        }
        return false;
    }

    /**
     * Whether what stands in {@code [q, d)} before the first digit {@code d} may be the start of an
     * attendance: a {@code \s}, or a qualifier, alone or with a {@code \s} after it. Every match
     * that starts at {@code q} reads one of those before its number, which starts at {@code d}: the
     * first digit after {@code q}. The qualifier is compared in both ASCII cases, as the expression
     * compares it; before, the expression was tried at each of the characters before a digit.
     */
    private static boolean qualifiedAt(CharSequence text, int q, int d) {
        boolean spaceBefore = Chars.isRegexSpace(text.charAt(d - 1));
        if (q == d - 1 && spaceBefore) {
            return true;
        }
        for (String w : QUALIFIER_WORDS) {
            int end = q + w.length();
            if ((end == d || end == d - 1 && spaceBefore) && Chars.isAsciiWordAt(text, q, w)) {
                return true;
            }
        }
        return false;
    }

    private static int longest(String[] words) {
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
        }
        return max;
    }

    /**
     * The organisations after "hosted by", "organised by", "co-hosted by", up to the end of the
     * clause; an organisation whose unit is also named is left out (the unit hosted).
     */
    private static List<String> hosts(ExtractionContext ctx, ForumTable.Entry e) {
        String text = ctx.text().text();
        Set<Organisation> found = new LinkedHashSet<>();
        for (Sentence s : e.named) {
            Matcher m = hostedBy(text, s.tokens(), s.span().start(), s.span().end());
            if (m == null || m.group().toLowerCase(Locale.ROOT).startsWith("held")) {
                continue;
            }
            int end = clauseEnd(text, m.end(), s.span().end());
            for (Organisation o : ctx.organisations()) {
                for (Span sp : o.spans()) {
                    if (sp.start() >= m.end() && sp.end() <= end) {
                        found.add(o);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Organisation o : found) {
            boolean parentOfAnother = false;
            for (Organisation x : found) {
                Optional<String> parent = x.parent();
                if (parent.isPresent() && parent.get().equals(o.name())) {
                    parentOfAnother = true;
                    break;
                }
            }
            if (!parentOfAnother) {
                out.add(o.name());
            }
        }
        return out;
    }

    /**
     * The first match of {@link #HOSTED_BY} in a sentence, as {@code find()} over it gives it, asked
     * only from a little before each word that may be its verb: {@code find()} tried the expression,
     * whose first part is optional, at every character of every sentence that names an event.
     *
     * <p>Every match holds its verb in a word with the {@link #HOST_VERB} bit: at its start, or
     * anywhere in a word with other characters than letters (which has every bit); and it starts at
     * most {@code "jointly "} before that word. The offsets from there are tried in order, each once,
     * so the first that matches is the first match.
     *
     * @param tokens the sentence's tokens
     * @return a matcher at the match, or null
     */
    static Matcher hostedBy(CharSequence text, List<dev.accords.text.Token> tokens, int from, int to) {
        long[] masks = StartMasks.of(text, tokens);
        Matcher m = null;
        int tried = from; // the offsets before it were tried
        for (int i = 0; i < masks.length; i++) {
            if (!StartMasks.may(masks, i, HOST_VERB) || tokens.get(i).span().end() <= from) {
                continue;
            }
            int verb = tokens.get(i).span().start();
            if (verb >= to) {
                break;
            }
            // a word with other characters ("U.S.-hosted") or cut by the region may hold the verb inside
            int last =
                    masks[i] < 0 || verb < from ? Math.min(tokens.get(i).span().end(), to) : verb;
            for (int q = Math.max(tried, verb - "jointly ".length()); q <= last; q++) {
                if (m == null) {
                    m = HOSTED_BY.matcher(text);
                }
                // past the sentence's start the expression's \b sees the character before, as it did
                if (m.region(q, to).useTransparentBounds(q != from).lookingAt()) {
                    return m;
                }
            }
            tried = Math.max(tried, last + 1);
        }
        return null;
    }

    private static List<String> hostVerbs() {
        List<String> out = new ArrayList<>();
        for (String v : List.of("hosted", "organised", "organized", "sponsored", "convened", "held")) {
            out.add(v);
            out.add("co" + v);
        }
        return out;
    }

    /** The end of the clause that starts at {@code from}: ", was …", ", which …", or the sentence end. */
    private static int clauseEnd(String text, int from, int sentenceEnd) {
        Matcher m = CLAUSE_END_STARTS.find(CLAUSE_END, text, from, sentenceEnd);
        return m != null ? m.start() : sentenceEnd;
    }
}
