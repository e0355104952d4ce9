package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.isAcronym;
import static dev.accords.internal.extract.OrgLexicon.isCapitalised;
import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.internal.lexicon.Places;
import dev.accords.internal.text.Chars;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations: names found by {@link OrgGrammar}, companies introduced with their country ("EVA
 * Pharma (Egypt)") or as a subsidiary ("Bee Tech (a … subsidiary of SCOR)"), hospitals with a
 * lower-case head, known international organisations and news agencies, and acronyms used on their
 * own. Bracketed short names become aliases; {@link OrgResolver} then merges the mentions of one
 * organisation, finds its other names and its parent, and records every mention as evidence.
 */
final class OrganisationExtractor implements Extractor {
    /** A bracketed short name right after a name: "(CAMCE)", "(hereinafter referred to as "Sinosure")". */
    static final Pattern ALIAS = Pattern.compile(
            "^\\s?\\((?:(?<defined>hereinafter(?: referred to as| called)?"
                    + "|hereafter(?: referred to as)?|also known as|the|or)\\s+)?\"?(?<alias>[\\p{Lu}][\\p{L}\\d&.'-]*(?:\\s[\\p{L}\\d&.'-]+){0,5}?)\"?\\)");
    /** "(a wholly-owned … subsidiary of", ", a member enterprise of" after a name. */
    static final Pattern SUBSIDIARY =
            Pattern.compile("^\\s?[,(]\\s?(?:which is\\s)?(?:a|an|the)\\s(?:[\\p{L}-]+\\s){0,4}?"
                    + "(?:subsidiary|affiliate|arm|unit|branch|division|member enterprise|member company|member|company|firm|"
                    + "enterprise|institution|body|agency)\\s(?:of|under|within)\\s(?:the\\s)?");

    /** The words {@link #OWNER} ends with. */
    private static final List<String> OWNED_WORDS = List.of("subsidiary", "subsidiaries", "unit", "arm", "affiliate");
    /** "Sinopec's subsidiary" or "the Group's wholly-owned unit" right before a name. */
    private static final Pattern OWNER =
            Pattern.compile("(?<parent>[\\p{Lu}][\\p{L}&.-]*(?:\\s[\\p{Lu}][\\p{L}&.-]*){0,5})'s\\s"
                    + "(?:wholly[- ]owned\\s)?(?:[\\p{Ll}-]+\\s)?(?:" + String.join("|", OWNED_WORDS) + ")\\s$");

    /** The words {@link #LOWER_HOSPITAL} ends with, each as its tokens. */
    private static final List<List<String>> HOSPITAL_HEADS =
            List.of(List.of("hospital"), List.of("clinic"), List.of("medical", "centre"), List.of("medical", "center"));

    /** The start-mask bit of the first words of {@link #HOSPITAL_HEADS}, which rules out most words at once. */
    private static final long HOSPITAL_HEAD_START = headStarts();

    /** "Sint-Lucas general hospital": capitalised words, up to two modifiers, a lower-case head word. */
    static final Pattern LOWER_HOSPITAL = Pattern.compile("\\b(?<name>(?:[\\p{Lu}][\\p{L}-]*[\\p{L}]\\s){1,4}"
            + "(?:(?:general|regional|district|county|teaching|university|specialist|specialty|referral|military|private"
            + "|public|central|provincial|municipal|national|international|memorial|community|children's|women's"
            + "|eye|cancer|heart|maternity)\\s){0,2}(?:" + hospitalHeads() + "))\\b");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        List<Sentence> sentences = ctx.text().sentences();
        boolean[] restricted = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            restricted[i] = PerText.restricted(ctx.text(), i);
        }
        OrgResolver table = new OrgResolver(ctx.text());
        Map<String, List<Span>> acronyms = acronymCensus(ctx.text(), sentences, restricted);
        Set<String> known = new HashSet<>();
        for (Map.Entry<String, List<Span>> e : acronyms.entrySet()) {
            if (e.getValue().size() >= 2) {
                known.add(e.getKey().toLowerCase(Locale.ROOT));
            }
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Token> tokens = s.tokens();
            if (!restricted[si]) {
                knownOrganisations(table, text, tokens);
            }
            for (OrgGrammar.Name n : OrgGrammar.names(text, tokens, known, restricted[si])) {
                List<Token> nameTokens = tokens.subList(n.first(), n.last() + 1);
                List<Token> kept = keep(nameTokens);
                if (kept == null) {
                    continue;
                }
                Span span = Span.of(
                        kept.get(0).span().start(),
                        kept.get(kept.size() - 1).span().end());
                OrgResolver.Entry covering = table.entryCovering(span);
                if (covering != null
                        && !covering.name().equals(table.textOf(span).strip())) {
                    continue; // inside a known name: "The Vaccine Alliance" of "Gavi, The Vaccine Alliance"
                }
                int unitEnd = unitOf(kept);
                if (unitEnd > 0) {
                    // "First Strategic Client Service Department of China Export & Credit Insurance
                    // Corporation": a unit and the organisation it belongs to
                    int orgStart = unitEnd + 2;
                    if (lower(kept.get(orgStart)).equals("the")) {
                        orgStart++;
                    }
                    List<Token> parentTokens = kept.subList(orgStart, kept.size());
                    Span unitSpan = Span.of(
                            kept.get(0).span().start(), kept.get(unitEnd).span().end());
                    Span parentSpan = Span.of(parentTokens.get(0).span().start(), span.end());
                    OrgResolver.Entry parent = table.add(parentSpan, OrgKinds.of(parentTokens));
                    OrgResolver.Entry unit = table.add(unitSpan, OrgKinds.of(parentTokens));
                    unit.parentName(parent.name());
                    known.add(parent.name().toLowerCase(Locale.ROOT));
                    known.add(unit.name().toLowerCase(Locale.ROOT));
                    afterName(ctx, table, parent, span, s, known);
                    continue;
                }
                OrgResolver.Entry entry = table.add(span, OrgKinds.of(kept));
                known.add(entry.name().toLowerCase(Locale.ROOT));
                afterName(ctx, table, entry, span, s, known);
            }
            if (!restricted[si]) {
                introducedCompanies(ctx, table, s, known);
                definedByInitials(ctx, table, s, known);
                lowerCaseHospitals(ctx, table, s);
            }
        }
        table.resolveNames();
        addAcronyms(table, acronyms);
        table.resolve();
        table.entries().forEach(e -> ctx.addOrganisation(e.build()));
    }

    /**
     * The tokens of a name that is an organisation, or null for generic units ("the Party
     * Committee"), venues ("… Expo Center"), places and defined terms ("the Target Hospital"). A
     * generic unit with an "of"-complement gives the complement: "General Office of the People's
     * Government of Hunan" → "People's Government of Hunan".
     */
    static List<Token> keep(List<Token> name) {
        int of = -1;
        for (int i = 1; i < name.size(); i++) {
            if (lower(name.get(i)).equals("of")) {
                of = i;
                break;
            }
        }
        List<Token> main = of > 0 ? name.subList(0, of) : name;
        if (isGeneric(main)) {
            if (of < 0) {
                return null; // "the Party Committee"
            }
            int start = of + 1;
            if (start < name.size() && lower(name.get(start)).equals("the")) {
                start++;
            }
            List<Token> complement = name.subList(start, name.size());
            boolean hasHead = complement.stream().anyMatch(OrgLexicon::isHead);
            if (hasHead && complement.size() > 1) {
                return keep(complement); // "General Office of the People's Government of Hunan"
            }
            if (main.size() > 2) {
                return null; // "Third Business Division of Sinosure": a unit named in a title
            }
            // "National Bureau of Statistics": the whole name
        }
        Token last = main.get(main.size() - 1);
        String l = lower(last);
        if ((l.equals("center") || l.equals("centre") || l.equals("hall"))
                && main.size() >= 2
                && OrgLexicon.VENUE_WORDS.contains(lower(main.get(main.size() - 2)))) {
            return null;
        }
        if (main.size() <= 2 && OrgLexicon.DEFINED_TERMS.contains(lower(main.get(0)))) {
            return null;
        }
        if (OrgGrammar.isPlace(name, 0, name.size() - 1)) {
            return null; // "Russian Federation"
        }
        return name;
    }

    /**
     * For "Unit of Organisation" — a unit head ("Department", "Office", "School") with a name of its
     * own, then "of" and an organisation with a head word of its own — the index of the unit's last
     * token; else -1. "Ministry of Health" and "Bank of China" are single names.
     */
    static int unitOf(List<Token> name) {
        for (int i = 1; i + 2 < name.size(); i++) {
            if (!lower(name.get(i)).equals("of")) {
                continue;
            }
            Token head = name.get(i - 1);
            if (!OrgLexicon.UNIT_HEADS.contains(lower(head)) || i - 1 == 0 || isGeneric(name.subList(0, i))) {
                return -1;
            }
            List<Token> rest = name.subList(lower(name.get(i + 1)).equals("the") ? i + 2 : i + 1, name.size());
            boolean ownHead =
                    rest.size() >= 2 && rest.stream().anyMatch(t -> OrgLexicon.isHead(t) || OrgLexicon.isLegal(t));
            return ownHead ? i - 1 : -1;
        }
        return -1;
    }

    /** Only generic modifiers and head words, at least one modifier: "Standing Committee", "General Office". */
    private static boolean isGeneric(List<Token> words) {
        boolean modifier = false;
        for (Token t : words) {
            String l = lower(t);
            if (OrgLexicon.GENERIC.contains(l)) {
                modifier = true;
            } else if (!OrgLexicon.HEADS.containsKey(l) && !OrgLexicon.isConnector(t)) {
                return false;
            }
        }
        return modifier;
    }

    /** What may follow a name: a bracketed alias, a subsidiary clause naming its parent. */
    private static void afterName(
            ExtractionContext ctx,
            OrgResolver table,
            OrgResolver.Entry entry,
            Span span,
            Sentence s,
            Set<String> known) {
        String text = ctx.text().text();
        int after = span.end();
        int end = s.span().end();
        Matcher am = markAfterSpace(text, after, end, "(") ? ALIAS.matcher(text).region(after, end) : null;
        if (am != null && am.lookingAt()) {
            String alias = ctx.text()
                    .original()
                    .substring(am.start("alias"), am.end("alias"))
                    .strip();
            if (isAlias(alias, entry.name(), am.group("defined") != null)) {
                entry.addAlias(alias);
                known.add(alias.toLowerCase(Locale.ROOT));
                after = am.end(); // "X (CAMCE), a subsidiary of …"
            }
        }
        if (markAfterSpace(text, after, end, ",(")) {
            Matcher sub = SUBSIDIARY.matcher(text).region(after, end);
            if (sub.lookingAt()) {
                entry.parentAt(sub.end());
            }
        }
        Matcher owner = ownedBy(text, span.start())
                ? OWNER.matcher(text).region(Math.max(s.span().start(), span.start() - 120), span.start())
                : null;
        if (owner != null && owner.find()) {
            entry.parentName(ctx.text().original().substring(owner.start("parent"), owner.end("parent")));
        }
    }

    /**
     * Whether one of {@code marks} stands at {@code at}, or after one white-space character there,
     * before {@code end}: what {@link #ALIAS} and {@link #SUBSIDIARY} start with ({@code ^\s?\(},
     * {@code ^\s?[,(]}), so that they are asked only where they may match.
     */
    static boolean markAfterSpace(String text, int at, int end, String marks) {
        if (at < end && Chars.isRegexSpace(text.charAt(at))) {
            at++;
        }
        return at < end && marks.indexOf(text.charAt(at)) >= 0;
    }

    /** Whether the word before an offset, and a space, is one {@link #OWNER} ends with ("unit", "subsidiary"). */
    private static boolean ownedBy(String text, int at) {
        int end = at - 1;
        if (end < 1 || !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int start = end;
        while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return OWNED_WORDS.contains(text.substring(start, end));
    }

    /**
     * Whether a bracketed word is another name of the organisation: a defined short name, an acronym,
     * or words of the name — not a country ("EVA Pharma (Egypt)"), a year or "the Company".
     */
    static boolean isAlias(String alias, String name, boolean defined) {
        String l = alias.toLowerCase(Locale.ROOT);
        if (Places.isPlace(alias)
                || l.equals("the company")
                || l.equals("company")
                || l.equals("group")
                || l.equals("the group")
                || alias.length() > 60) {
            return false;
        }
        if (defined) {
            return true;
        }
        for (String w : Patterns.split("\\s+", alias)) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (OrgLexicon.HEADS.containsKey(lw) || lw.length() > 6 && lw.endsWith("bank")) {
                return true; // another name of the same body: "(Office for Deepening Reform)", "(China EximBank)"
            }
        }
        if (alias.indexOf(' ') < 0
                && alias.chars().filter(Character::isUpperCase).count() >= 2) {
            return true; // an acronym: "CAMCE", "EESL", "CGPV", "EximBank"
        }
        if (alias.indexOf(' ') < 0 && alias.length() <= 20 && Character.isUpperCase(alias.charAt(0))) {
            return true; // a short name: "(Ma'aden)", "(Pemex)"
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String w : Patterns.split("\\s+", l)) {
            if (!lowerName.contains(w)) {
                return false;
            }
        }
        return true; // a short form: "(China IPPR)"
    }

    /**
     * Companies introduced with their country or as a subsidiary: "EVA Pharma (Egypt)", "Bee Tech (a
     * wholly-owned … subsidiary of SCOR)". The capitalised run needs no head word here.
     */
    private static void introducedCompanies(ExtractionContext ctx, OrgResolver table, Sentence s, Set<String> known) {
        List<Token> tokens = s.tokens();
        if (!hasOpeningBracket(tokens)) {
            return; // both introductions open a bracket after the name
        }
        String text = ctx.text().text();
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(tokens.get(i)) || OrgLexicon.isOpener(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && end - i < 3 && isCapitalised(tokens.get(end + 1))) {
                end++;
            }
            if (end + 1 >= tokens.size() || !tokens.get(end + 1).text().equals("(")) {
                i = end + 1; // both introductions open a bracket after the name
                continue;
            }
            Span span =
                    Span.of(tokens.get(i).span().start(), tokens.get(end).span().end());
            String name = span.of(ctx.text().original());
            boolean country = end + 3 < tokens.size() + 1 && countryInBrackets(tokens, end + 1);
            Matcher sub = SUBSIDIARY.matcher(text).region(span.end(), s.span().end());
            boolean subsidiary = sub.lookingAt() && tokens.get(end + 1).text().equals("(");
            if ((country || subsidiary)
                    && !Places.isPlace(name)
                    && OrgLexicon.titleAt(tokens, i) == 0
                    && table.entryCovering(span) == null) {
                OrgResolver.Entry e = table.add(span, OrgKinds.of(tokens.subList(i, end + 1)));
                known.add(name.toLowerCase(Locale.ROOT));
                if (subsidiary) {
                    e.parentAt(sub.end());
                }
            }
            i = end + 1;
        }
    }

    /** Whether a sentence has a "(" token. */
    static boolean hasOpeningBracket(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.length() == 1 && t.charAt(0) == '(') {
                return true;
            }
        }
        return false;
    }

    /**
     * A name followed by its initials or its short name in brackets is an organisation even without
     * a head word: "Forum on China-Africa Cooperation (FOCAC)", "Petróleos Mexicanos (Pemex)" when
     * "Pemex" is used again — unless it names an event ("… Import Expo (CIIE)") or a place.
     */
    private static void definedByInitials(ExtractionContext ctx, OrgResolver table, Sentence s, Set<String> known) {
        List<Token> tokens = s.tokens();
        for (int open = 1; open + 2 < tokens.size(); open++) {
            Token shortName = tokens.get(open + 1);
            if (!tokens.get(open).text().equals("(")
                    || !tokens.get(open + 2).text().equals(")")) {
                continue;
            }
            boolean acronym = isAcronym(shortName);
            if (!acronym && !(isCapitalised(shortName) && usedAgain(ctx.text().text(), shortName))
                    || !isCapitalised(tokens.get(open - 1))
                    || AGREEMENT_WORDS.contains(lower(shortName))) {
                continue; // not "(SOEs)" after lower-case words, not "(MoU)"
            }
            int runStart = open - 1;
            while (runStart - 1 >= 0
                    && (isCapitalised(tokens.get(runStart - 1))
                            || OrgLexicon.isConnector(tokens.get(runStart - 1))
                                    && runStart - 2 >= 0
                                    && isCapitalised(tokens.get(runStart - 2)))) {
                runStart--;
            }
            while (runStart < open
                    && (!isCapitalised(tokens.get(runStart)) || OrgLexicon.isOpener(tokens.get(runStart)))) {
                runStart++;
            }
            int start = -1;
            if (acronym) {
                for (int k = open - 1; k >= runStart; k--) {
                    String name = table.textOf(Span.of(
                            tokens.get(k).span().start(),
                            tokens.get(open - 1).span().end()));
                    if (shortName.text().equals(OrgResolver.initials(name))
                            || shortName.text().equals(OrgResolver.initialsWithConnectors(name))) {
                        start = k;
                        break;
                    }
                }
            } else if (open - runStart >= 2) {
                start = runStart;
            }
            if (start < 0 || EVENT_WORDS.contains(lower(tokens.get(open - 1)))) {
                continue;
            }
            Span span = Span.of(
                    tokens.get(start).span().start(),
                    tokens.get(open - 1).span().end());
            String name = table.textOf(span);
            if (AGREEMENT_WORDS.contains(Patterns.replaceAll(name.toLowerCase(Locale.ROOT), "\\s+", " "))) {
                continue; // "Memorandum of Understanding (MoU)"
            }
            if (table.entryCovering(span) == null && !Places.isPlace(name)) {
                OrgResolver.Entry e = table.add(span, OrgKinds.of(tokens.subList(start, open)));
                e.addAlias(shortName.text());
                known.add(name.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether {@code word} stands in the text again, outside its brackets. */
    private static boolean usedAgain(String text, Token word) {
        String w = word.text();
        int from = 0;
        while ((from = text.indexOf(w, from)) >= 0) {
            int end = from + w.length();
            boolean bounded = (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (bounded && from != word.span().start()) {
                return true;
            }
            from = end;
        }
        return false;
    }

    private static final Set<String> AGREEMENT_WORDS = AgreementExtractor.KINDS.keySet();

    private static final Set<String> EVENT_WORDS = ForumExtractor.KINDS.keySet();

    /** "(Egypt)", "(South Africa)" at token {@code open}. */
    private static boolean countryInBrackets(List<Token> tokens, int open) {
        if (open >= tokens.size() || !tokens.get(open).text().equals("(")) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int k = open + 1; k < tokens.size() && k <= open + 4; k++) {
            if (tokens.get(k).text().equals(")")) {
                return b.length() > 0
                        && Places.mayBePlace(b, 0, b.length())
                        && Places.find(b.toString())
                                .map(p -> p.kind() == Places.Kind.COUNTRY)
                                .orElse(false);
            }
            b.append(b.length() == 0 ? "" : " ").append(tokens.get(k).text());
        }
        return false;
    }

    private static long headStarts() {
        return StartMasks.registerWords(headFirstWords());
    }

    /** @return the first words of {@link #HOSPITAL_HEADS}, each once */
    private static List<String> headFirstWords() {
        List<String> first = new ArrayList<>();
        for (List<String> head : HOSPITAL_HEADS) {
            if (!first.contains(head.get(0))) {
                first.add(head.get(0));
            }
        }
        return List.copyOf(first);
    }

    /** @return the length of the longest of {@link #HOSPITAL_HEADS}, its words joined by a space */
    private static int longestHead() {
        int max = 0;
        for (List<String> head : HOSPITAL_HEADS) {
            max = Math.max(max, String.join(" ", head).length());
        }
        return max;
    }

    /** @return {@link #HOSPITAL_HEADS} as an alternation of their words */
    private static String hospitalHeads() {
        StringBuilder b = new StringBuilder();
        for (List<String> head : HOSPITAL_HEADS) {
            b.append(b.length() == 0 ? "" : "|").append(String.join(" ", head));
        }
        return b.toString();
    }

    /** Whether the tokens hold one of {@link #HOSPITAL_HEADS}, as written (the pattern is case-sensitive). */
    private static boolean hasHospitalHead(String text, List<Token> tokens) {
        long[] masks = StartMasks.of(text, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (!StartMasks.may(masks, i, HOSPITAL_HEAD_START)) {
                continue;
            }
            for (List<String> head : HOSPITAL_HEADS) {
                int k = 0;
                while (k < head.size()
                        && i + k < tokens.size()
                        && tokens.get(i + k).text().equals(head.get(k))) {
                    k++;
                }
                if (k == head.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the Sint-Lucas general hospital": a capitalised name with a lower-case hospital head. */
    private static void lowerCaseHospitals(ExtractionContext ctx, OrgResolver table, Sentence s) {
        if (!hasHospitalHead(ctx.text().text(), s.tokens())) {
            return; // the pattern backtracks over every capitalised run: ask it only where it can match
        }
        Matcher m = lowerHospitalMatcher(
                ctx.text().text(), s.span().start(), s.span().end());
        while (m != null && m.find()) {
            Span span = Span.of(m.start("name"), m.end("name"));
            String first = Patterns.split("\\s", span.of(ctx.text().text()))[0];
            String firstLower = first.toLowerCase(Locale.ROOT);
            if (table.entryCovering(span) == null
                    && !OrgLexicon.OPENERS.contains(firstLower)
                    && !OrgLexicon.DEFINED_TERMS.contains(firstLower)
                    && !Places.isPlace(first)
                    && !OrgLexicon.TITLE_WORDS.contains(firstLower)) {
                table.add(span, OrganisationKind.HEALTHCARE);
            }
        }
    }

    /** The first words of {@link #HOSPITAL_HEADS}, one of which a {@link #LOWER_HOSPITAL} match holds as written. */
    private static final List<String> HOSPITAL_HEAD_STARTS = headFirstWords();

    /** The length of the longest of {@link #HOSPITAL_HEADS} as written ("medical centre"). */
    private static final int HOSPITAL_HEAD_MAX = longestHead();

    /**
     * A matcher of {@link #LOWER_HOSPITAL} over the part of {@code [start, end)} where its matches
     * can stand, which finds the same matches as one over the whole range: the range from the
     * punctuation before the first place a head word can stand to the punctuation after the last.
     * A match holds only letters, hyphens, apostrophes and white space, so it does not cross such
     * a mark, and {@code \b} counts the mark as the region's edge counts what lies outside it.
     *
     * @return the matcher, or null when no head word stands in the range
     */
    static Matcher lowerHospitalMatcher(String text, int start, int end) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String head : HOSPITAL_HEAD_STARTS) {
            int at = text.indexOf(head, start);
            if (at >= 0 && at + head.length() <= end) {
                first = Math.min(first, at);
                last = Math.max(last, text.lastIndexOf(head, end - head.length()));
            }
        }
        if (last < 0) {
            return null;
        }
        int from = first;
        while (from > start && !outsideHospitalName(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(end, last + HOSPITAL_HEAD_MAX);
        while (to < end && !outsideHospitalName(text.charAt(to))) {
            to++;
        }
        return LOWER_HOSPITAL.matcher(text).region(from, to);
    }

    /**
     * Whether a character is ASCII punctuation or a symbol that no {@link #LOWER_HOSPITAL} match
     * holds and that {@code \b} counts as no word character: not a letter, digit, white space,
     * hyphen, apostrophe or underscore.
     */
    private static boolean outsideHospitalName(char c) {
        return c < 128
                && !Chars.isLetter(c)
                && !(c >= '0' && c <= '9')
                && !Chars.isRegexSpace(c)
                && c != '-'
                && c != '\''
                && c != '_';
    }

    /** The letters each known name starts with, as its first token starts with them. */
    private static final Patterns.Leading KNOWN_FIRST = Patterns.Leading.of(OrgLexicon.KNOWN_CASED);

    /**
     * The same letters as a start-mask word set, which rules out at once the words that start no
     * known name; a word of letters alone starts one exactly when it is in the set.
     */
    private static final long KNOWN_FIRST_WORD = StartMasks.registerWords(KNOWN_FIRST.words());

    /** International organisations and news agencies known by name: "ASEAN", "Gavi", "PRNewswire". */
    private static void knownOrganisations(OrgResolver table, String text, List<Token> tokens) {
        long[] masks = StartMasks.of(text, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == Token.Type.WORD && !StartMasks.may(masks, i, KNOWN_FIRST_WORD)) {
                continue; // a word no known name starts with; other tokens are asked by their letters
            }
            long lengths = KNOWN_FIRST.lengths(tokens.get(i));
            if (lengths == 0) {
                continue; // no known name starts with this word
            }
            int start = tokens.get(i).span().start();
            for (int len = Math.min(6, tokens.size() - i); len >= 1; len--) {
                int end = tokens.get(i + len - 1).span().end();
                if ((lengths & Patterns.Leading.lengthBit(end - start)) == 0) {
                    continue; // no known name of this length starts with this word
                }
                Span span = Span.of(start, end);
                String name = table.textOf(span);
                if (OrgLexicon.KNOWN_CASED.contains(name)) {
                    if (table.entryCovering(span) == null) {
                        table.addKnown(span, OrgLexicon.kind(OrgLexicon.KNOWN.get(name.toLowerCase(Locale.ROOT))));
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /** Upper-case acronyms outside title-case and upper-case lines, with their spans. */
    private static Map<String, List<Span>> acronymCensus(
            SourceText text, List<Sentence> sentences, boolean[] restricted) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (restricted[i] || !PerText.hasUpperCaseWord(text, i)) {
                continue; // an acronym is a word of three or more characters without a lower-case letter
            }
            for (Token t : sentences.get(i).tokens()) {
                if (isAcronym(t) && t.text().length() >= 3) {
                    out.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.span());
                }
            }
        }
        return out;
    }

    /**
     * Acronyms used on their own twice or more, or once in a list with other organisations; not
     * places ("in SCODA"), not inside a longer name.
     */
    private static void addAcronyms(OrgResolver table, Map<String, List<Span>> acronyms) {
        // acronyms are single words: adding them adds no word of a longer name, so one set serves all;
        // it is gathered when the first acronym that is not a place needs it
        Set<String> nameWords = null;
        for (Map.Entry<String, List<Span>> e : acronyms.entrySet()) {
            String acronym = e.getKey();
            if (Places.isPlace(acronym)) {
                continue;
            }
            if (nameWords == null) {
                nameWords = table.nameWords();
            }
            if (nameWords.contains(acronym)) {
                continue;
            }
            List<Span> standalone = new ArrayList<>();
            for (Span s : e.getValue()) {
                if (table.entryCovering(s) == null) {
                    standalone.add(s);
                }
            }
            if (standalone.isEmpty() || table.usedAsPlace(standalone)) {
                continue;
            }
            if (standalone.size() >= 2 || table.listedWithOrganisations(standalone.get(0))) {
                String kind = OrgLexicon.KNOWN.get(acronym.toLowerCase(Locale.ROOT));
                OrgResolver.Entry entry = kind == null
                        ? table.add(standalone.get(0), OrganisationKind.COMPANY)
                        : table.addKnown(standalone.get(0), OrgLexicon.kind(kind));
                standalone.subList(1, standalone.size()).forEach(entry::addSpan);
            }
        }
    }

    /**
     * {@link #lineShape} bit: the sentence is a title-case or upper-case line (a headline, a menu), four
     * or more words and no lower-case word other than function words (or eight in ten words in upper
     * case), so capitals do not mark names: a restricted sentence.
     */
    static final int RESTRICTED = 1;

    /**
     * {@link #lineShape} bit: the sentence has a word of three or more characters and no lower-case
     * letter, as every acronym the census counts is.
     */
    static final int UPPER_CASE_WORD = 2;

    /**
     * @param text the text the tokens are in
     * @param tokens a sentence's tokens
     * @return {@link #RESTRICTED} and {@link #UPPER_CASE_WORD} as they hold for the sentence, from one
     *     pass over its tokens
     */
    static int lineShape(CharSequence text, List<Token> tokens) {
        long[] masks = StartMasks.of(text, tokens);
        int shape = 0;
        int words = 0;
        int lowerContent = 0;
        int allCaps = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!OrgLexicon.isWord(t)) {
                continue;
            }
            words++;
            if (!t.isCapitalised() && !StartMasks.contains(masks, i, LOWER_IN_TITLES_BIT, LOWER_IN_TITLES, lower(t))) {
                lowerContent++;
            }
            if (t.text().length() > 1 && isUpperCase(t.text())) {
                allCaps++;
                if (t.text().length() >= 3) {
                    shape |= UPPER_CASE_WORD;
                }
            }
        }
        return words >= 4 && (lowerContent == 0 || allCaps * 10 >= words * 8) ? shape | RESTRICTED : shape;
    }

    /** Whether a word has no lower-case letter ("WHO", "U.S."): {@code s.equals(s.toUpperCase())} without the copy. */
    static boolean isUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Words that title case leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Sets.of(
            "s",
            "through",
            "across",
            "toward",
            "towards",
            "into",
            "onto",
            "over",
            "under",
            "between",
            "among",
            "amid",
            "via",
            "within",
            "without",
            "after",
            "before",
            "during",
            "including",
            "against",
            "beyond",
            "upon",
            "about",
            "than",
            "or",
            "nor",
            "but",
            "so",
            "yet",
            "up",
            "out",
            "off",
            "per",
            "vs",
            "along",
            "around");

    /** Words a title-case line may hold in lower case: function words and {@link #SMALL_WORDS}. */
    private static final Set<String> LOWER_IN_TITLES = Sets.union(OrgLexicon.FUNCTION_WORDS, SMALL_WORDS);

    private static final long LOWER_IN_TITLES_BIT = StartMasks.registerWords(LOWER_IN_TITLES);

    @Override
    public String name() {
        return "builtin.organisations";
    }
}
