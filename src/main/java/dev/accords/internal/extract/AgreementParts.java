package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Places;
import dev.accords.internal.text.Chars;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.AgreementStatus;
import dev.accords.model.Amount;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Span;
import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a reported agreement — parties, value, count, fields, date, forum — and the merging of its mentions. */
final class AgreementParts {
    /** One mention of an agreement, before mentions of the same agreement are merged. */
    static final class Draft {
        AgreementKind kind;
        String title;
        AgreementStatus status = AgreementStatus.SIGNED;
        boolean definite;
        boolean plural;
        final Set<String> parties = new LinkedHashSet<>();
        Integer count;
        Amount value;
        final List<Span> spans = new ArrayList<>();
        int sentence;

        // date, forum and fields are read when the merge first asks for them: of the mentions of one
        // agreement, most merge into a first one that has them already, and theirs are never needed
        private LocalDate date;
        private boolean dateRead;
        private String forum;
        private boolean forumRead;
        private final List<String> fields = new ArrayList<>();
        private boolean fieldsRead;
        /** The parse and its sentences, to read those parts from; the offset of the phrase, or -1 for no date. */
        private ExtractionContext ctx;

        private List<Sentence> sentences;
        private int phraseStart = -1;

        /** Reads the date, forum and fields from the mention's sentences when first asked for. */
        void readLater(ExtractionContext ctx, List<Sentence> sentences, int phraseStart) {
            this.ctx = ctx;
            this.sentences = sentences;
            this.phraseStart = phraseStart;
        }

        /** @return the date of the signing, or null */
        LocalDate date() {
            if (!dateRead) {
                dateRead = true;
                date = phraseStart < 0 ? null : AgreementParts.date(ctx, sentences.get(sentence), phraseStart);
            }
            return date;
        }

        /** @return the event it was signed at, or null */
        String forum() {
            if (!forumRead) {
                forumRead = true;
                forum = ctx == null ? null : AgreementParts.forum(ctx, sentences, sentence);
            }
            return forum;
        }

        /** @return the fields of cooperation, which the merge may add to */
        List<String> fields() {
            if (!fieldsRead) {
                fieldsRead = true;
                if (ctx != null) {
                    fields.addAll(AgreementParts.fields(ctx, sentences, sentence));
                }
            }
            return fields;
        }
    }

    private static final Pattern COUNT_AFTER = Pattern.compile(
            "^\\s(?:on|for|covering|involving|with)\\s(?<n>\\d{1,5})\\s(?:[\\p{Ll}-]+\\s)?(?:projects|deals|contracts|agreements|items)\\b");
    static final Pattern VALUE_AFTER = Pattern.compile(
            "(?i)\\b(?:worth|valued at|totall?ing|amounting to|with a (?:combined|total)"
                    + " (?:investment|value) of|with an? (?:investment|value) of|an? (?:investment|value) of|for an investment of|investment of"
                    + "|loan of|credit of|financing of|to (?:co-)?invest|to finance|to provide|to lend|of)\\s(?:up to\\s|over\\s|about\\s|nearly\\s|some\\s|more than\\s)?$");
    private static final WordAnchored FIELDS = WordAnchored.compile(
            "(?i)\\b(?:in such fields as|in such areas as|in the fields? of|in the areas? of"
                    + "|in fields (?:including|such as)|in areas (?:including|such as)|areas such as|fields such as|spanned|spanning|spans|covered"
                    + "|covering|covers|to (?:formally )?collaborate on|to cooperate on|cooperation in|collaborate in|cooperate in)\\s"
                    + "(?:such (?:fields|areas) as\\s|the (?:fields?|areas?) of\\s|areas such as\\s|fields such as\\s)?");
    static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s(?:with|which|while|and\\s(?:will|would|the|to))\\b|\\.\\s|;|\\s-\\s|\\s(?:to|in order to|so as to)\\s");
    static final Pattern OBJECT_INTRO = Pattern.compile(
            "(?i)\\b(?:with|between|among|together|brings together|bringing together|involving|by)\\s(?:the\\s)?$");
    private static final Pattern ANAPHOR =
            Pattern.compile("(?i)^\\W*(?:the|these|they|under the|according to the|as part of the|it)\\b");

    private static final Pattern FUND_LINK = Pattern.compile("^\\s(?:for|on|of)\\s");
    private static final Pattern LOWER_WORD = Pattern.compile("\\G([\\p{Ll}-]+)(\\s|(?=[,.]))");
    private static final Pattern PROJECT_COUNT =
            Pattern.compile("\\bfor\\s(?<n>\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\sprojects\\b");
    static final Pattern COUNT_BEFORE =
            Pattern.compile("(?<n>\\d{1,5}|two|three|four|five|six|seven|eight|nine|ten)\\s(?:[\\p{L}-]+\\s)?$");
    private static final WordAnchored SIGN_VERB = WordAnchored.compile(
            "(?i)\\b(signed|signs|sign|signing|inked|sealed|entered into|concluded|established|struck"
                    + "|brings together|set up|launched|formali[sz]ed)\\b");
    static final Pattern WITH_PERSON = Pattern.compile("(?i)\\bwith\\s(?:[\\p{Lu}][\\p{L}.]*\\s){0,3}$");

    // where matches of the expressions above can start: each is asked only there, not at every character
    static final StartChars VALUE_AFTER_STARTS = new StartChars(StartChars.bothCases("wvtaficlo"), false, true);
    static final StartChars CLAUSE_END_STARTS = new StartChars(",.;" + StartChars.SPACE, false, false);
    static final StartChars OBJECT_INTRO_STARTS = new StartChars(StartChars.bothCases("wbati"), false, true);
    static final StartChars COUNT_BEFORE_STARTS = new StartChars("0123456789tfsen", false, false);
    static final StartChars WITH_PERSON_STARTS = new StartChars("wW", false, true);

    private static final Pattern ABOUT_AGREEMENT = Pattern.compile(
            "(?i)\\W*(?:the|this)\\s(?:new\\s)?(?:agreement|deal|mou|memorandum|contract|partnership|accord)\\s"
                    + "(?:is|was|will|includes|covers|provides|centres|centers|involves|comprises|has)\\b");

    /**
     * The facts found before the agreements, indexed by position, each index built once per parse
     * when first asked for: a text with no signing needs none of them, and one whose agreements name
     * no person needs no index of people.
     */
    static final class Facts {
        private final ExtractionContext ctx;
        private SpanIndex<Organisation> orgs;
        private SpanIndex<Forum> forums;
        private SpanIndex<dev.accords.model.Person> people;
        private List<Amount> amounts;

        private Facts(ExtractionContext ctx) {
            this.ctx = ctx;
        }

        /**
         * @param ctx the parse
         * @return its facts, to be indexed when asked for
         */
        static Facts of(ExtractionContext ctx) {
            return new Facts(ctx);
        }

        /** @return the organisations by position */
        SpanIndex<Organisation> orgs() {
            if (orgs == null) {
                orgs = new SpanIndex<>(ctx.organisations(), Organisation::spans);
            }
            return orgs;
        }

        /** @return the forums by position */
        SpanIndex<Forum> forums() {
            if (forums == null) {
                forums = new SpanIndex<>(ctx.forums(), Forum::spans);
            }
            return forums;
        }

        /** @return the people by position */
        SpanIndex<dev.accords.model.Person> people() {
            if (people == null) {
                people = new SpanIndex<>(ctx.people(), dev.accords.model.Person::spans);
            }
            return people;
        }

        /** @return the amounts, copied from the context once rather than at every question */
        List<Amount> amounts() {
            if (amounts == null) {
                amounts = ctx.amounts();
            }
            return amounts;
        }
    }

    /**
     * The index of the parse being read: set by {@link AgreementExtractor} around its work, so the
     * per-sentence questions need not pass over every mention of the text (linear, not quadratic).
     */
    static final ThreadLocal<Facts> FACTS = new ThreadLocal<>();

    private static Facts facts(ExtractionContext ctx) {
        Facts f = FACTS.get();
        return f != null ? f : Facts.of(ctx);
    }

    private AgreementParts() {}

    static Draft draft(ExtractionContext ctx, List<Sentence> sentences, int si, Matcher m, AgreementKind kind) {
        Sentence s = sentences.get(si);
        String text = ctx.text().text();
        Draft d = new Draft();
        d.sentence = si;
        d.kind = kind;
        int titleEnd = m.end("phrase");
        if (kind == AgreementKind.FUND) {
            titleEnd = fundComplementEnd(text, titleEnd, s.span().end());
        }
        d.title = ctx.text().original().substring(m.start("phrase"), titleEnd).strip();
        d.plural = d.title.toLowerCase(Locale.ROOT).endsWith("s")
                && !d.title.toLowerCase(Locale.ROOT).endsWith("ss");
        d.spans.add(Span.of(m.start("phrase"), titleEnd));
        d.count = count(text, s, m.start("phrase"), titleEnd);
        d.value = value(ctx, sentences, si, m.start("phrase"), titleEnd);
        d.parties.addAll(parties(ctx, s, m.start("phrase")));
        d.readLater(ctx, sentences, m.start("phrase"));
        return d;
    }

    private static final Set<String> CLAUSE_WORDS =
            Sets.of("was", "were", "is", "are", "has", "have", "will", "would", "to", "with", "which", "that", "and");

    /** "special fund for medical technology development": the lower-case complement up to the verb. */
    private static int fundComplementEnd(String text, int from, int limit) {
        Matcher m = FUND_LINK.matcher(text).region(from, limit);
        if (!m.lookingAt()) {
            return from;
        }
        int end = from;
        int pos = m.end();
        int words = 0;
        Matcher w = LOWER_WORD.matcher(text).region(pos, limit);
        while (words < 6 && w.find() && !CLAUSE_WORDS.contains(w.group(1))) {
            end = w.start(1) + w.group(1).length();
            words++;
        }
        return words == 0 ? from : end;
    }

    /** "RIL signed for projects worth 550 billion INR", "JBM Group will invest 26.5 billion INR". */
    static Draft investment(ExtractionContext ctx, List<Sentence> sentences, int si, Matcher inv) {
        Sentence s = sentences.get(si);
        Amount value = null;
        int best = Integer.MAX_VALUE;
        String text = ctx.text().text();
        for (Amount a : facts(ctx).amounts()) {
            for (Span sp : a.spans()) {
                if (!s.span().contains(sp) || inBrackets(text, sp)) {
                    continue; // "($8.47 billion)" is a conversion
                }
                int distance = sp.start() >= inv.end() ? sp.start() - inv.end() : 1000 + inv.start() - sp.end();
                if (distance < best) {
                    best = distance;
                    value = a;
                }
            }
        }
        List<String> subjects = orgsBetween(ctx, s, s.span().start(), inv.start(), true);
        if (value == null || subjects.isEmpty()) {
            return null;
        }
        Draft d = new Draft();
        d.sentence = si;
        d.kind = AgreementKind.INVESTMENT;
        d.title = "investment";
        d.value = value;
        d.parties.add(subjects.get(subjects.size() - 1));
        d.spans.add(Span.of(inv.start(), inv.end()));
        Matcher c = PROJECT_COUNT
                .matcher(ctx.text().text())
                .region(inv.end(), s.span().end());
        if (c.find()) {
            d.count = number(c.group("n"));
            d.title = "projects";
        }
        d.readLater(ctx, sentences, -1); // no date: "investment" is not a signing
        return d;
    }

    private static Integer number(String n) {
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.valueOf(n);
        };
    }

    /** "25 project contracts", "734 memorandum of understanding", "agreements on 11 projects". */
    private static Integer count(String text, Sentence s, int start, int end) {
        Matcher before = countBefore(text, Math.max(s.span().start(), start - 30), start);
        if (before != null) {
            int n = number(before.group("n"));
            return n >= 1 && !ForumExtractor.isYear(before.group("n")) ? n : null;
        }
        Matcher after = COUNT_AFTER.matcher(text).region(end, s.span().end());
        if (after.lookingAt()) {
            return Integer.valueOf(after.group("n"));
        }
        return null;
    }

    /**
     * The first match of {@link #COUNT_BEFORE} in {@code [from, to)}, as {@code find()} gives it, asked
     * only where it may start: a match holds two {@code \s} characters at most ("25 project "), and
     * {@code $} may match before a line terminator at the end, "\r\n" at most; so no match starts at or
     * before the fifth {@code \s} character back from the end, and the expression, which looks
     * neither behind nor at a boundary, is not tried there. Before, it was tried at each digit and
     * letter of "tfsen" over 30 characters.
     *
     * @return a matcher at the match, or null
     */
    static Matcher countBefore(String text, int from, int to) {
        int spaces = 0;
        int start = from;
        for (int i = to - 1; i >= from; i--) {
            if (Chars.isRegexSpace(text.charAt(i)) && ++spaces == 5) {
                start = i + 1;
                break;
            }
        }
        return COUNT_BEFORE_STARTS.find(COUNT_BEFORE, text, start, to);
    }

    /**
     * The amount tied to the agreement: "worth X", "with a combined investment of X", "loan of X",
     * "X-worth deals", in its sentence or in the next one when that one goes on about it ("The
     * projects …", "The loan of EUR 50 million …").
     */
    private static Amount value(ExtractionContext ctx, List<Sentence> sentences, int si, int start, int end) {
        String text = ctx.text().text();
        for (int k = si; k <= si + 1 && k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (k > si && !ANAPHOR.matcher(s.text()).lookingAt()) { // it starts with ^: only there
                break;
            }
            for (Amount a : facts(ctx).amounts()) {
                for (Span sp : a.spans()) {
                    if (!s.span().contains(sp)) {
                        continue;
                    }
                    boolean tied = VALUE_AFTER_STARTS.find(
                                            VALUE_AFTER, text, Math.max(s.span().start(), sp.start() - 50), sp.start())
                                    != null
                            && (k > si
                                    || sp.start() > start
                                    || sp.start() >= s.span().start());
                    boolean before = k == si && sp.end() <= start && start - sp.end() <= 12; // "$20.8bn-worth deals"
                    // "The agreement is centred on a $4.5M joint PhD program": the sentence is about it
                    boolean about = k > si && ABOUT_AGREEMENT.matcher(s.text()).lookingAt();
                    if (tied && (k > si || Math.abs(sp.start() - end) < 250) || before || about) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** Parties: "X and Y signed", "X signed … with Y", "signed between X and Y", "signed by A, B and C"; else places. */
    private static List<String> parties(ExtractionContext ctx, Sentence s, int phraseStart) {
        String text = ctx.text().text();
        int v = -1;
        int vEnd = -1;
        int sEnd = s.span().end();
        for (Matcher verb = SIGN_VERB.find(text, s.tokens(), s.span().start(), sEnd);
                verb != null;
                verb = SIGN_VERB.next(verb, text, s.tokens(), sEnd)) {
            if (v < 0 || Math.abs(verb.start() - phraseStart) < Math.abs(v - phraseStart)) {
                v = verb.start();
                vEnd = verb.end();
            }
        }
        List<String> out = new ArrayList<>();
        if (v < 0) {
            out.addAll(
                    orgsBetween(ctx, s, phraseStart, s.span().end(), false)); // "In a second agreement, A and B will …"
        } else {
            boolean passive = text.startsWith(" by", vEnd)
                    || text.substring(vEnd, Math.min(text.length(), vEnd + 40)).contains(" by ");
            if (!passive) {
                out.addAll(orgsBetween(ctx, s, s.span().start(), v, true));
            }
            out.addAll(objects(ctx, s, vEnd));
            out.addAll(signatories(ctx, s, vEnd));
        }
        if (out.isEmpty()) {
            out.addAll(places(ctx, s, v < 0 ? phraseStart : v));
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /** Organisations mentioned in {@code [from, to)}, outside brackets, not after "of" (a title's organisation). */
    static List<String> orgsBetween(ExtractionContext ctx, Sentence s, int from, int to, boolean subject) {
        String text = ctx.text().text();
        List<String> out = new ArrayList<>();
        int lo = Math.max(from, s.span().start());
        int hi = Math.min(to, s.span().end());
        for (SpanIndex.Mention<Organisation> m : facts(ctx).orgs().within(lo, Math.max(lo, hi))) {
            Span sp = m.span();
            if (!inBrackets(text, sp) && !afterOf(text, sp) && !isAgency(m.fact())) {
                out.add(m.fact().name());
            }
        }
        return out;
    }

    private static boolean isAgency(Organisation o) {
        String kind = OrgLexicon.KNOWN.get(o.name().toLowerCase(Locale.ROOT));
        return "company".equals(kind); // news agencies and wires from the known list
    }

    /** Organisations after "with", "between", "by", "brings together" — and those joined to them. */
    private static List<String> objects(ExtractionContext ctx, Sentence s, int from) {
        String text = ctx.text().text();
        List<String> out = new ArrayList<>();
        for (SpanIndex.Mention<Organisation> m :
                facts(ctx).orgs().within(from, s.span().end())) {
            Span sp = m.span();
            if (inBrackets(text, sp) || afterOf(text, sp)) {
                continue;
            }
            // the 40 characters before, as a region of the text: \b and $ see its ends as a copy's
            if (OBJECT_INTRO_STARTS.find(OBJECT_INTRO, text, Math.max(from, sp.start() - 40), sp.start()) != null
                    || joined(text, sp.start(), from)) {
                out.add(m.fact().name());
            }
        }
        return out;
    }

    /** The organisations of people who sign: "signed … with Professor Bai Chunli, president of X" → X. */
    private static List<String> signatories(ExtractionContext ctx, Sentence s, int from) {
        String text = ctx.text().text();
        List<String> out = new ArrayList<>();
        for (SpanIndex.Mention<dev.accords.model.Person> m :
                facts(ctx).people().within(from, s.span().end())) {
            if (WITH_PERSON_STARTS.find(
                            WITH_PERSON,
                            text,
                            Math.max(from, m.span().start() - 40),
                            m.span().start())
                    != null) {
                m.fact().roles().stream()
                        .flatMap(r -> r.organisation().stream())
                        .findFirst()
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a mention starting at {@code at} follows ", " or " and " that continue a list introduced
     * by "with"/"between"/":" in the 300 characters before it (from {@code from} on). The region is
     * read in place, as {@link #joinedByCopy} read a stripped copy of it.
     */
    static boolean joined(String text, int at, int from) {
        int lo = Math.max(from, at - 300); // bounded: linear in the text
        if (lo < 0 || lo > at || at > text.length()) {
            return joinedByCopy(text, at, from); // fails as the copy fails
        }
        if (!introduced(text, lo, at)) {
            return false;
        }
        int start = Chars.stripStart(text, lo, at);
        int end = Chars.stripEnd(text, start, at);
        if (end > start && isLineTerminator(text.charAt(end - 1))) {
            return joinedByCopy(text, at, from); // "$" may stand before it
        }
        return separated(text, start, end) || separated(text, start, describedCut(text, start, end));
    }

    /** {@code [lo, hi)} contains " with ", " between ", ":", " by " or " together ". */
    private static boolean introduced(String text, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == ' '
                    && (within(text, i + 1, hi, "with ")
                            || within(text, i + 1, hi, "between ")
                            || within(text, i + 1, hi, "by ")
                            || within(text, i + 1, hi, "together "))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} stands at {@code at} and ends by {@code hi}. */
    private static boolean within(String text, int at, int hi, String w) {
        return at + w.length() <= hi && text.startsWith(w, at);
    }

    /** {@link #separated(String)} over {@code text[lo, hi)}. */
    private static boolean separated(String text, int lo, int hi) {
        return hi - 1 >= lo && within(text, hi - 1, hi, ",")
                || hi - 4 >= lo && within(text, hi - 4, hi, " and")
                || hi - 1 >= lo && within(text, hi - 1, hi, ":")
                || hi - 5 >= lo && within(text, hi - 5, hi, ", and");
    }

    /** The former {@link #joined}, on a copy of the text before the mention: the reference for tests. */
    static boolean joinedByCopy(String text, int at, int from) {
        String before = text.substring(Math.max(from, at - 300), at); // bounded: linear in the text
        if (!(before.contains(" with ")
                || before.contains(" between ")
                || before.contains(":")
                || before.contains(" by ")
                || before.contains(" together "))) {
            return false;
        }
        // "and European biotech firms DNA Script": a few describing words between the list and the name
        String trimmed = before.strip();
        return separated(trimmed) || separated(withoutDescribingWords(trimmed));
    }

    /** The expression {@link #withoutDescribingWords} stands for, which it asks only at a line terminator. */
    static final String DESCRIBING_WORDS = "(?:\\s+(?:[\\p{Ll}-]+|[\\p{Lu}][\\p{Ll}]+)){1,3}$";

    /**
     * {@code replaceFirst(DESCRIBING_WORDS, "")}: the text without the last one to three words that
     * are lower case (hyphens allowed) or capitalised, each after white space. The expression was
     * tried at every character of up to 300; here the words are read back from the end.
     */
    static String withoutDescribingWords(String s) {
        int n = s.length();
        if (n > 0 && isLineTerminator(s.charAt(n - 1))) {
            return Patterns.replaceFirst(s, DESCRIBING_WORDS, ""); // "$" may stand before it
        }
        int cut = describedCut(s, 0, n);
        return cut == n ? s : s.substring(0, cut);
    }

    /**
     * Where {@link #withoutDescribingWords} cuts {@code s[lo, hi)}, read in place: the end of what is
     * left, {@code hi} when nothing is cut. The region must not end in a line terminator.
     */
    private static int describedCut(String s, int lo, int hi) {
        int cut = -1;
        int end = hi;
        for (int k = 0; k < 3; k++) {
            int b = end;
            while (b > lo && !Chars.isRegexSpace(s.charAt(b - 1))) {
                b--;
            }
            if (b == end || b == lo || !describingWord(s, b, end)) {
                break;
            }
            int w = b;
            while (w > lo && Chars.isRegexSpace(s.charAt(w - 1))) {
                w--;
            }
            cut = w; // the leftmost start: all the white space before the word
            end = w;
        }
        return cut < 0 ? hi : cut;
    }

    /** {@code [\p{Ll}-]+|[\p{Lu}][\p{Ll}]+} over {@code s[start, end)}, which is not empty. */
    private static boolean describingWord(String s, int start, int end) {
        boolean lower = true;
        boolean capitalised = Character.getType(codePointAt(s, start, end)) == Character.UPPERCASE_LETTER;
        int first = Character.charCount(codePointAt(s, start, end));
        for (int i = start; i < end && (lower || capitalised); ) {
            int cp = codePointAt(s, i, end);
            boolean ll = Character.getType(cp) == Character.LOWERCASE_LETTER;
            lower &= ll || cp == '-';
            capitalised &= i == start || ll;
            i += Character.charCount(cp);
        }
        return lower || capitalised && end - start > first;
    }

    /** {@code s.codePointAt(i)} as if {@code s} ended at {@code limit}: a pair is not read across it. */
    private static int codePointAt(String s, int i, int limit) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit) {
            char d = s.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    /** A character before which {@code $} matches when it ends the input. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean separated(String s) {
        return s.endsWith(",") || s.endsWith(" and") || s.endsWith(":") || s.endsWith(", and");
    }

    /** Whether a bracket opened less than 120 characters before the mention is still open there. */
    private static boolean inBrackets(String text, Span sp) {
        // only the 120 characters before are looked at: a search to the start of the text for each
        // mention would make the time grow with the square of the text
        for (int k = Math.min(sp.start(), text.length() - 1); k >= 0 && sp.start() - k < 120; k--) {
            char c = text.charAt(k);
            if (c == '(') {
                return true;
            }
            if (c == ')') {
                return false;
            }
        }
        return false;
    }

    /** "President of X", "in the presence of X": an organisation after "of" is not a party. */
    private static boolean afterOf(String text, Span sp) {
        String before = text.substring(Math.max(0, sp.start() - 8), sp.start()).toLowerCase(Locale.ROOT);
        return before.endsWith(" of ") || before.endsWith(" of the ");
    }

    /**
     * Whether the text from an offset up to the verb holds only names, spaces, commas and "and" — what
     * stands between a place and the verb it is the subject of. A regular expression over that text
     * overflowed the stack on long sentences and, asked for each place, took time growing with the
     * square of the sentence; here each offset is stepped over once, the answers remembered.
     */
    private static final class SubjectGap {
        private final String text;
        private final int end;
        private final Map<Integer, Boolean> known = new HashMap<>();

        SubjectGap(String text, int end) {
            this.text = text;
            this.end = end;
        }

        boolean reaches(int from) {
            List<Integer> path = new ArrayList<>();
            int x = from;
            Boolean result;
            while (true) {
                if (x == end) {
                    result = true;
                    break;
                }
                if (x < 0 || x > end) {
                    result = false;
                    break;
                }
                result = known.get(x);
                if (result != null) {
                    break;
                }
                path.add(x);
                x = next(x);
            }
            for (int p : path) {
                known.put(p, result);
            }
            return result;
        }

        /** The end of the space, comma, "and" or capitalised word at {@code x}, or -1. */
        private int next(int x) {
            char c = text.charAt(x);
            if (Chars.isRegexSpace(c) || c == ',') {
                return x + 1;
            }
            if (x + 3 <= end && text.startsWith("and", x)) {
                return x + 3;
            }
            int cp = text.codePointAt(x);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                return -1;
            }
            int k = x + Character.charCount(cp);
            while (k < end && Character.isLetter(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            return k;
        }
    }

    /** Places acting as parties: "China, Africa sign …", "between a Chinese province … and a foreign country, including …". */
    private static List<String> places(ExtractionContext ctx, Sentence s, int verbOrPhrase) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        SubjectGap gap = new SubjectGap(ctx.text().text(), verbOrPhrase);
        String original = ctx.text().original();
        int betweenAt = betweenAt(s.text());
        int betweenOffset = betweenAt < 0 ? Integer.MAX_VALUE : s.span().start() + betweenAt;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!OrgLexicon.isCapitalised(t)) {
                continue;
            }
            for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
                int start = t.span().start();
                int end = tokens.get(i + n - 1).span().end();
                // most windows are ruled out without a copy of their text
                String name = Places.mayBePlace(original, start, end) ? original.substring(start, end) : null;
                var place = name == null ? Optional.<Places.Place>empty() : Places.find(name);
                boolean between = start > betweenOffset;
                boolean currency =
                        i + n < tokens.size() && tokens.get(i + n).text().equals("$");
                // a place right before the verb is its subject: "China, Africa sign …"
                if (place.isPresent() && (between || end <= verbOrPhrase && gap.reaches(end)) && !currency) {
                    if (place.get().kind() != Places.Kind.CITY || between) {
                        out.add(name);
                    }
                    i += n - 1;
                    break;
                }
                boolean partners = i + n + 1 < tokens.size()
                        && isPartnersWord(tokens.get(i + n).text());
                // the demonym is looked up last: only a word between "between" and "partners" needs it
                String demonym = null;
                if (n == 1 && between && partners) {
                    if (name == null) {
                        name = original.substring(start, end);
                    }
                    demonym = Places.demonym(name).orElse(null);
                }
                if (demonym != null) {
                    String region = name.endsWith("n")
                                    && Places.find(name.substring(0, name.length() - 1))
                                            .isPresent()
                            ? name.substring(0, name.length() - 1)
                            : demonym;
                    out.add(region); // "their African partners" → Africa
                    break;
                }
            }
        }
        return out;
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT).indexOf("between")} without the copy while the text is
     * ASCII: there lower-casing keeps every offset. At the first other character before a match the
     * copy is made, as lower-casing may change lengths from there on.
     */
    static int betweenAt(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return betweenAtByCopy(text);
            }
            if (i + 7 <= n && Chars.isAsciiWordAt(text, i, "between")) {
                return i;
            }
        }
        return -1;
    }

    /** The former search for "between" in a lower-cased copy: the reference for tests. */
    static int betweenAtByCopy(String text) {
        return text.toLowerCase(Locale.ROOT).indexOf("between");
    }

    /** {@code matches("partners|counterparts|side|sides")}, without a matcher for every place tried. */
    private static boolean isPartnersWord(String w) {
        return w.equals("partners") || w.equals("counterparts") || w.equals("side") || w.equals("sides");
    }

    private static LocalDate date(ExtractionContext ctx, Sentence s, int phraseStart) {
        DateMention best = null;
        for (DateMention d : ctx.dates()) {
            if (s.span().contains(d.span())
                    && (best == null
                            || Math.abs(d.span().start() - phraseStart)
                                    < Math.abs(best.span().start() - phraseStart))) {
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    /** The event named or referred to in the sentence, or in the sentence before when that one is about a signing. */
    private static String forum(ExtractionContext ctx, List<Sentence> sentences, int si) {
        for (int k = si; k >= 0 && k >= si - 1; k--) {
            Sentence s = sentences.get(k);
            if (k < si && !aboutSigning(s.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            List<SpanIndex.Mention<Forum>> here =
                    facts(ctx).forums().within(s.span().start(), s.span().end());
            if (!here.isEmpty()) {
                return here.get(0).fact().name();
            }
        }
        return null;
    }

    /** The expression {@link #aboutSigning} stands for, which it asks only next to a character outside ASCII. */
    static final String SIGNING_SENTENCE = "(?s).*\\b(sign\\w*|ceremony)\\b.*";

    /**
     * Whether a lower-case text has a word that starts with "sign" or is "ceremony": {@code
     * matches(SIGNING_SENTENCE)}, which tried {@code \b} at every character, by {@code indexOf}.
     */
    static boolean aboutSigning(String lower) {
        for (String word : List.of("sign", "ceremony")) {
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                int j = i + word.length();
                while (word.equals("sign") && j < lower.length() && Chars.isRegexWordChar(lower.charAt(j))) {
                    j++; // \w* takes them all: \b can only follow the last
                }
                char before = i > 0 ? lower.charAt(i - 1) : ' ';
                char after = j < lower.length() ? lower.charAt(j) : ' ';
                if (before >= 128 || after >= 128) {
                    // \b counts letters, digits and marks of any script
                    return Patterns.matches(SIGNING_SENTENCE, lower);
                }
                if (!Chars.isRegexWordChar(before) && !Chars.isRegexWordChar(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "in such fields as A, B and C", "spanned A, B and C", in the sentence or the two after it that go on about it. */
    private static List<String> fields(ExtractionContext ctx, List<Sentence> sentences, int si) {
        String text = ctx.text().text();
        for (int k = si; k <= si + 2 && k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (k > si
                    && !ANAPHOR.matcher(s.text()).lookingAt()
                    && !s.text().toLowerCase(Locale.ROOT).contains(" the agreement")) {
                continue;
            }
            Matcher m = FIELDS.find(text, s.tokens(), s.span().start(), s.span().end());
            if (m != null) {
                Matcher end = CLAUSE_END_STARTS.find(
                        CLAUSE_END, text, m.end(), s.span().end());
                int stop = end != null ? end.start() : s.span().end();
                List<String> list = split(ctx.text().original().substring(m.end(), stop));
                if (!list.isEmpty()) {
                    return list;
                }
            }
        }
        return List.of();
    }

    /**
     * Splits "A, B and C" into items: at commas, at the last "and" of a comma list, and at an "and"
     * with two or more words on each side ("innovative medical devices and advanced therapies", but
     * not "health and wellness care").
     */
    static List<String> split(String list) {
        String l = withoutEndMarks(list.strip()).strip();
        if (l.isEmpty() || l.length() > 300) {
            return List.of();
        }
        String[] parts = Patterns.split(Patterns.LIST_ITEMS, l);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = withoutFirstWord(withoutFirstWord(parts[i].strip(), "and", "or"), "the", "its");
            if (p.isEmpty()) {
                continue;
            }
            int and = p.lastIndexOf(" and ");
            boolean last = i == parts.length - 1 && parts.length > 1;
            if (and > 0) {
                String left = p.substring(0, and).strip();
                String right = p.substring(and + 5).strip();
                boolean split =
                        last || Patterns.split("\\s+", left).length >= 2 && Patterns.split("\\s+", right).length >= 2;
                if (split) {
                    out.add(left);
                    out.add(right);
                    continue;
                }
            }
            out.add(p);
        }
        // the list ends before an item that reads as a clause ("and empower the high-quality development …")
        for (int i = 0; i < out.size(); i++) {
            if (readsAsClause(out.get(i)) || Patterns.split("\\s+", out.get(i)).length > 6) {
                return out.subList(0, i);
            }
        }
        return out;
    }

    /** {@code replaceAll("[.\"']+$", "")}: without the full stops and quotes at the end. */
    static String withoutEndMarks(String s) {
        int n = s.length();
        if (n > 0 && isLineTerminator(s.charAt(n - 1))) {
            return Patterns.replaceAll(s, "[.\"']+$", ""); // "$" may stand before it
        }
        int e = n;
        while (e > 0 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '"' || s.charAt(e - 1) == '\'')) {
            e--;
        }
        return e == n ? s : s.substring(0, e);
    }

    /** {@code replaceFirst("^(?:a|b)\s+", "")}: without a first word a or b and the white space after it. */
    static String withoutFirstWord(String s, String a, String b) {
        String w = s.startsWith(a) ? a : s.startsWith(b) ? b : null;
        if (w == null || w.length() >= s.length() || !Chars.isRegexSpace(s.charAt(w.length()))) {
            return s;
        }
        int k = w.length();
        while (k < s.length() && Chars.isRegexSpace(s.charAt(k))) {
            k++;
        }
        return s.substring(k);
    }

    /** The expression {@link #readsAsClause} stands for, which it asks only next to a character outside ASCII. */
    static final String CLAUSE_ITEM = ".*\\b(?:the|of the|its|their)\\b.*";

    /**
     * {@code matches(CLAUSE_ITEM)}: whether an item has "the", "its" or "their" as a word ("of the" has
     * "the"), and no line terminator, which {@code .} does not match.
     */
    static boolean readsAsClause(String item) {
        for (int i = 0; i < item.length(); i++) {
            if (isLineTerminator(item.charAt(i))) {
                return false;
            }
        }
        for (String word : List.of("the", "its", "their")) {
            for (int i = item.indexOf(word); i >= 0; i = item.indexOf(word, i + 1)) {
                int j = i + word.length();
                char before = i > 0 ? item.charAt(i - 1) : ' ';
                char after = j < item.length() ? item.charAt(j) : ' ';
                if (before >= 128 || after >= 128) {
                    return Patterns.matches(CLAUSE_ITEM, item); // \b counts letters, digits and marks of any script
                }
                if (!Chars.isRegexWordChar(before) && !Chars.isRegexWordChar(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mentions of one agreement become one: references merge into what they refer to, repeats into their first mention. */
    static List<Agreement> merge(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        Draft last = null;
        for (Draft d : drafts) {
            if (d.definite && d.plural && d.count == null) {
                continue; // "these agreements": several, already reported
            }
            Draft into = null;
            for (Draft k : kept) {
                if (sameAgreement(d, k, last)) {
                    into = k;
                    break;
                }
            }
            if (into == null) {
                kept.add(d);
                last = d;
            } else {
                absorb(into, d);
                last = into;
            }
        }
        // a fund set up without parties of its own is set up by the parties of the deal before it
        for (int i = 1; i < kept.size(); i++) {
            Draft d = kept.get(i);
            if (d.kind == AgreementKind.FUND && d.parties.isEmpty()) {
                d.parties.addAll(kept.get(i - 1).parties);
            }
        }
        List<Agreement> out = new ArrayList<>();
        for (Draft d : kept) {
            out.add(build(d));
        }
        return out;
    }

    private static boolean sameAgreement(Draft d, Draft k, Draft last) {
        if (d.count != null && k.count != null && !d.count.equals(k.count)) {
            return false;
        }
        if (d.value != null && k.value != null && d.value.value().compareTo(k.value.value()) != 0) {
            return false;
        }
        boolean generic = d.kind == AgreementKind.OTHER || k.kind == AgreementKind.OTHER;
        if (k.kind == AgreementKind.OTHER
                && d.kind != AgreementKind.OTHER
                && d.kind != AgreementKind.FUND
                && d.sentence - k.sentence <= 2
                && k.count == null
                && d.count == null) {
            return true; // "sealed a deal with …" then "signed a memorandum of understanding with …"
        }
        boolean kindOk = d.kind == k.kind || generic;
        if (d.definite) {
            return kindOk && (k == last || d.kind == k.kind) && (d.count == null || d.count.equals(k.count));
        }
        // asked of every earlier agreement: no set is built for it
        boolean overlap = !java.util.Collections.disjoint(d.parties, k.parties);
        boolean valueMatch = d.value != null && k.value != null;
        boolean countMatch = d.count != null && d.count.equals(k.count);
        if (d.kind == k.kind && (overlap || valueMatch || countMatch)) {
            return true; // the same MoU mentioned again
        }
        return generic && (valueMatch || overlap && (d.parties.size() <= k.parties.size()))
                || generic
                        && d.kind == AgreementKind.OTHER
                        && d.parties.isEmpty()
                        && d.value == null
                        && d.count == null;
    }

    private static void absorb(Draft into, Draft d) {
        if (into.kind == AgreementKind.OTHER && d.kind != AgreementKind.OTHER) {
            into.kind = d.kind;
            into.title = d.title;
        }
        into.parties.addAll(d.parties);
        if (into.count == null) {
            into.count = d.count;
        }
        if (into.value == null) {
            into.value = d.value;
        }
        if (into.date() == null) {
            into.date = d.date();
        }
        if (into.forum() == null) {
            into.forum = d.forum();
        }
        if (into.fields().isEmpty()) {
            into.fields.addAll(d.fields());
        }
        if (d.status == AgreementStatus.SIGNED) {
            into.status = AgreementStatus.SIGNED;
        }
        into.spans.addAll(d.spans);
    }

    private static Agreement build(Draft d) {
        Agreement.Builder b = Agreement.builder()
                .kind(d.kind)
                .title(d.title)
                .status(d.status)
                .parties(new ArrayList<>(d.parties))
                .date(java.util.Optional.ofNullable(d.date()))
                .fields(new ArrayList<>(new LinkedHashSet<>(d.fields())))
                .forum(java.util.Optional.ofNullable(d.forum()));
        if (d.count != null && d.count >= 1) {
            b.count(d.count);
        }
        if (d.value != null) {
            b.value(d.value);
        }
        for (Span sp : SpanIndex.sortedDistinct(d.spans)) {
            b.addSpan(sp);
        }
        return b.build();
    }
}
