package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.isCapitalised;
import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.lexicon.Places;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.model.Role;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People and the positions the text gives them, in the phrasings of announcements: "CAMCE General
 * Manager and China IPPR Chairman Li Haixin", "Zheng Zhongping, General Manager of the Sinosure
 * First Strategic Clients Department", "said Lei Fanpei, chairman of CASC", "The Vice-Chancellor of
 * the University of Birmingham, Professor Sir David Eastwood". A title's organisation is an
 * organisation found in the text; a place or a unit after "of" stays in the title ("Mayor of
 * Jiaozhou"). Later mentions of the full name are evidence of the same person.
 */
final class PersonExtractor implements Extractor {
    private static final Set<String> MODIFIERS = Lexicon.lowerSet("title-modifiers.txt");
    /** The tokens that may start a title: a modifier or a title's first word. */
    private static final long TITLE_START = titleStart();

    private static final Set<String> PARTICLES = Sets.of(
            "van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "ibn", "dos",
            "das", "del", "ter", "ten", "zu");
    static final Set<String> NOT_NAME = notNameWords();
    /** The {@link StartMasks} bit of {@link #NOT_NAME}, read by {@link NameWords}. */
    private static final long NOT_NAME_WORD = StartMasks.registerWordTokens(NOT_NAME);

    @Override
    public void extract(ExtractionContext ctx) {
        Orgs orgs = new Orgs(ctx.organisations());
        Map<String, Found> people = new LinkedHashMap<>();
        NameWords nameWords = new NameWords();
        for (Sentence s : ctx.text().sentences()) {
            List<Token> t = s.tokens();
            long[] masks = StartMasks.of(ctx.text().text(), t);
            // each token asked once, not once per start, and only near a comma or a title
            nameWords.sentence(t, masks);
            for (int i = 0; i < t.size(); i++) {
                if (!StartMasks.may(masks, i, TITLE_START)) {
                    continue; // no title starts here
                }
                int title = orgs.covers(t.get(i)) ? 0 : titleLength(t, i);
                if (title > 0) {
                    i = titleFirst(ctx, orgs, people, t, i, title, nameWords);
                }
            }
            int comma = -1; // the first comma at or after i + 2
            for (int i = 0; i < t.size(); i++) {
                if (comma < i + 2) {
                    comma = nextComma(t, i + 2);
                    if (comma < 0) {
                        break;
                    }
                }
                if (comma - i > MAX_NAME_TOKENS) {
                    continue; // no name that a comma follows starts here
                }
                int name = nameBeforeComma(t, i, nameWords);
                if (name > 0) {
                    nameFirst(ctx, orgs, people, t, i, name, nameWords);
                }
            }
        }
        addMentions(ctx, people);
        for (Found f : people.values()) {
            ctx.addPerson(f.build());
        }
    }

    /**
     * "[Org] Title [and [Org] Title] Name" and "Title of X, Name". Returns the index to continue
     * from.
     */
    private static int titleFirst(
            ExtractionContext ctx,
            Orgs orgs,
            Map<String, Found> people,
            List<Token> t,
            int i,
            int length,
            NameWords nameWords) {
        List<Role> roles = new ArrayList<>();
        int k = i;
        int len = length;
        while (true) {
            String org = orgs.endingBefore(t, k);
            TitleRead read = readTitle(ctx, orgs, t, k, len, org);
            String title = read.title();
            org = read.org();
            k = read.next();
            Attachment att = read.attachment();
            if (org == null && !roles.isEmpty() && att == null) {
                org = roles.get(0).organisation().orElse(null); // "CMEC Group Party Secretary and Chairman"
            }
            roles.add(Role.of(title, org));
            if (att != null && att.org == null && nameLength(t, k, nameWords) == 0) {
                int[] name = nameInSuffix(ctx, t, k, roles, nameWords);
                if (name != null) {
                    // "Minister of Transport Kamel al-Wazir": the run after "of" took the name along
                    add(ctx, people, t, name[0], name[1], roles);
                    return name[0] + name[1] - 1;
                }
            }
            if (k + 1 < t.size()
                    && lower(t.get(k)).equals("and")
                    && titleLength(t, startOfNextTitle(t, k + 1, orgs)) > 0) {
                int next = startOfNextTitle(t, k + 1, orgs);
                len = titleLength(t, next);
                k = next;
                continue;
            }
            break;
        }
        int n = k;
        if (n < t.size() && lower(t.get(n)).equals("in")) {
            int comma = n;
            while (comma < t.size() && comma < n + 5 && !t.get(comma).text().equals(",")) {
                comma++;
            }
            if (comma < t.size() && t.get(comma).text().equals(",")) {
                n = comma; // "… of Hunan in central China, Luo Jianjun"
            }
        }
        if (n < t.size() && t.get(n).text().equals(",")) {
            n++; // "The Vice-Chancellor of …, Professor Sir David Eastwood"
        }
        while (n < t.size() && isHonorific(t.get(n))) {
            n = skipHonorific(t, n);
        }
        int name = nameLength(t, n, nameWords);
        if (name == 0 || (n > k && !(n + name >= t.size() || !isCapitalised(t.get(n + name))))) {
            return k - 1;
        }
        add(ctx, people, t, n, name, roles);
        return n + name - 1;
    }

    /**
     * When the capitalised words after "of" ran into the person's name ("Minister of Transport Kamel
     * al-Wazir", "Cabinet Secretary for Transport Kipchumba Murkomen"), the name's first index and
     * length, with the last role's title cut back; else null.
     */
    private static int[] nameInSuffix(
            ExtractionContext ctx, List<Token> t, int k, List<Role> roles, NameWords nameWords) {
        Role last = roles.get(roles.size() - 1);
        for (int back = 1; back <= 2; back++) {
            int from = k - back;
            int found = from > 0 ? nameLength(t, from, nameWords) : 0;
            if (found < Math.max(2, back) || last.title().isEmpty()) {
                continue;
            }
            String title = last.title().get();
            String cut = text(ctx, t, from, k - 1);
            if (title.endsWith(" " + cut) && title.length() > cut.length() + 4) {
                String kept =
                        title.substring(0, title.length() - cut.length() - 1).strip();
                roles.set(roles.size() - 1, Role.of(kept, null));
                return new int[] {from, found};
            }
        }
        return null;
    }

    /** "Name, [a|an|the] Title [of X] [and [a|an] Title [of X]]". */
    private static void nameFirst(
            ExtractionContext ctx,
            Orgs orgs,
            Map<String, Found> people,
            List<Token> t,
            int i,
            int name,
            NameWords nameWords) {
        int k = i + name + 1;
        List<Role> roles = new ArrayList<>();
        while (k < t.size()) {
            if (isArticle(t.get(k))) {
                k++;
            }
            String org = orgs.endingBefore(t, k);
            int len = titleLength(t, k);
            if (len == 0) {
                int orgEnd = orgs.nameEndingTitle(t, k);
                if (orgEnd > 0 && titleLength(t, orgEnd) > 0) {
                    org = orgs.at(t, k); // "Name, CAMCE General Manager"
                    k = orgEnd;
                    len = titleLength(t, k);
                } else {
                    break;
                }
            }
            TitleRead read = readTitle(ctx, orgs, t, k, len, org);
            String title = read.title();
            org = read.org();
            k = read.next();
            if (nameLength(t, k, nameWords) > 0) {
                break; // "Rui Hong, China IPPR Deputy General Manager Xu Haitai": the title is the next person's
            }
            roles.add(Role.of(title, org));
            int next = k;
            if (next < t.size() && t.get(next).text().equals(",")) {
                next++;
            }
            if (next < t.size() && lower(t.get(next)).equals("and")) {
                k = next + 1;
                continue;
            }
            break;
        }
        if (!roles.isEmpty()) {
            add(ctx, people, t, i, name, roles);
        }
    }

    /**
     * A title read at token {@code k}, with what follows it.
     *
     * @param title the title, with a place or unit after "of" ("Mayor of Jiaozhou")
     * @param org the title's organisation, or null
     * @param next the token after the title and its attachment
     * @param attachment what followed "of"/"at"/"for", or null
     */
    private record TitleRead(String title, String org, int next, Attachment attachment) {}

    /** The title of {@code len} tokens at {@code k} and its "of X" attachment ("Title of X": an organisation, or a place or unit that stays in the title). */
    private static TitleRead readTitle(ExtractionContext ctx, Orgs orgs, List<Token> t, int k, int len, String org) {
        String title = text(ctx, t, k, k + len - 1);
        int next = k + len;
        Attachment att = attachment(ctx, orgs, t, next);
        if (att != null) {
            title = att.titleSuffix == null ? title : title + " " + att.titleSuffix;
            org = att.org != null ? att.org : org;
            next = att.next;
        }
        return new TitleRead(title, org, next, att);
    }

    /** What follows a title: "of the Lecheng Pilot Zone Administration", "of Jiaozhou", "at CASC". */
    private record Attachment(String org, String titleSuffix, int next) {}

    private static Attachment attachment(ExtractionContext ctx, Orgs orgs, List<Token> t, int k) {
        if (k >= t.size()
                || !(lower(t.get(k)).equals("of")
                        || lower(t.get(k)).equals("at")
                        || lower(t.get(k)).equals("for"))) {
            return null;
        }
        int start = k + 1;
        if (start < t.size()
                && (lower(t.get(start)).equals("the") || lower(t.get(start)).equals("its"))) {
            start++;
        }
        if (start >= t.size()) {
            return null;
        }
        String org = orgs.at(t, start);
        if (org != null) {
            int end = orgs.end(t, start);
            // "of Sinosure's First Strategic Clients Department"
            return new Attachment(org, null, end + 1);
        }
        if (!isCapitalised(t.get(start)) && !lower(t.get(k + 1)).equals("its")) {
            return null;
        }
        int end = start;
        while (end + 1 < t.size()
                && (isCapitalised(t.get(end + 1))
                        || OrgLexicon.isConnector(t.get(end + 1))
                                && !lower(t.get(end + 1)).equals("and")
                                && !t.get(end + 1).text().equals("&")
                                && end + 2 < t.size()
                                && isCapitalised(t.get(end + 2))
                                && orgs.at(t, end + 2) == null)) {
            end += isCapitalised(t.get(end + 1)) ? 1 : 2;
        }
        if (!isCapitalised(t.get(start))) {
            return null;
        }
        String suffix = text(ctx, t, k, end);
        Attachment more = attachment(ctx, orgs, t, end + 1);
        if (more != null && more.org != null) {
            return new Attachment(more.org, suffix, more.next); // "Deputy Director of the Third Business Division of …"
        }
        return new Attachment(null, suffix, end + 1);
    }

    private static int startOfNextTitle(List<Token> t, int k, Orgs orgs) {
        if (k < t.size() && isArticle(t.get(k))) {
            k++;
        }
        int orgEnd = orgs.nameEndingTitle(t, k);
        return orgEnd > 0 ? orgEnd : k;
    }

    private static long titleStart() {
        return StartMasks.registerWords(Sets.union(MODIFIERS, OrgLexicon.TITLES_BY_FIRST.keySet()));
    }

    /** A title: modifiers and a title from the lexicon ("executive deputy director", "Vice-Chancellor"). */
    static int titleLength(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && MODIFIERS.contains(lower(t.get(k))) && OrgLexicon.titleAt(t, k) == 0) {
            k++;
        }
        int base = k < t.size() ? OrgLexicon.titleAt(t, k) : 0;
        if (base == 0) {
            return 0;
        }
        return k + base - i;
    }

    /** The most tokens a name has: four name words and a particle between each two. */
    static final int MAX_NAME_TOKENS = 7;

    /**
     * @param t a sentence's tokens
     * @param from a token index
     * @return the index of the first comma token at or after {@code from}, or -1
     */
    static int nextComma(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The length of the name at {@code i} when a comma follows it and it is not the end of a longer
     * name ("Sultan Ahmed bin Sulayem", not "Ahmed bin Sulayem"), else 0: where "Name, Title" may
     * stand.
     *
     * @param t a sentence's tokens
     * @param i a token index
     * @param nameWords {@link #isNameWord} of the sentence's tokens
     */
    static int nameBeforeComma(List<Token> t, int i, NameWords nameWords) {
        if (i > 0 && isNameWord(t, i - 1, nameWords)) {
            return 0;
        }
        int name = nameLength(t, i, nameWords);
        return name > 0 && i + name < t.size() && t.get(i + name).text().equals(",") ? name : 0;
    }

    /** A person's name at {@code i}: two to four name words, with particles ("Pim van Ballekom"). */
    static int nameLength(List<Token> t, int i) {
        return nameLength(t, i, null);
    }

    /** @param nameWords the sentence's name words, or null to ask each token */
    private static int nameLength(List<Token> t, int i, NameWords nameWords) {
        int k = i;
        int words = 0;
        while (k < t.size() && words < 4) {
            Token tok = t.get(k);
            if (isNameWord(t, k, nameWords)) {
                words++;
                k++;
            } else if (words > 0
                    && PARTICLES.contains(tok.text())
                    && k + 1 < t.size()
                    && isNameWord(t, k + 1, nameWords)) {
                k++;
            } else {
                break;
            }
        }
        if (words < 2 || k < t.size() && isNameWord(t, k, nameWords)) {
            return 0; // one word, or a longer capitalised run (a name of something else)
        }
        if (k < t.size()
                && t.get(k).text().equals("'")
                && k + 1 < t.size()
                && lower(t.get(k + 1)).equals("s")) {
            return k - i; // "Xi Jinping's": the name without the possessive
        }
        return k - i;
    }

    private static boolean isNameWord(List<Token> t, int k, NameWords nameWords) {
        return nameWords != null ? nameWords.at(k) : isNameWord(t.get(k));
    }

    /**
     * {@link #isNameWord} of the tokens of a text's sentences, asked when first needed: each token
     * once, and each capitalised word (whose answer follows from its text) once per text, as names
     * and the words around them recur. Not thread-safe: one per text.
     */
    static final class NameWords {
        private final Map<String, Boolean> capitalised = new HashMap<>();
        private List<Token> tokens = List.of();
        /** The sentence's {@link StartMasks}, or null. */
        private long[] masks;
        /** Per token of the sentence, 0 when not yet asked, else 1 or 2 for true or false. */
        private byte[] known = new byte[64];

        /**
         * @param t the tokens of the sentence asked about next
         * @param masks their {@link StartMasks#of masks}, which tell most words that are in {@link
         *     #NOT_NAME} without a look-up, or null to look each up
         */
        void sentence(List<Token> t, long[] masks) {
            tokens = t;
            this.masks = masks;
            if (known.length < t.size()) {
                known = new byte[t.size() * 2];
            } else {
                java.util.Arrays.fill(known, 0, t.size(), (byte) 0);
            }
        }

        /** @return {@link #isNameWord} of token {@code k} of the sentence */
        boolean at(int k) {
            if (known[k] == 0) {
                Token token = tokens.get(k);
                boolean name;
                if (isCapitalised(token)) {
                    Boolean seen = capitalised.get(token.text());
                    if (seen == null) {
                        seen = isNameWord(token, masks, k);
                        capitalised.put(token.text(), seen);
                    }
                    name = seen;
                } else {
                    name = isNameWord(token);
                }
                known[k] = name ? (byte) 1 : (byte) 2;
            }
            return known[k] == 1;
        }
    }

    static boolean isNameWord(Token t) {
        return isNameWord(t, null, 0);
    }

    /**
     * @param masks the masks of the token's sentence, or null
     * @param k the token's index in its sentence
     * @return {@link #isNameWord(Token)}
     */
    private static boolean isNameWord(Token t, long[] masks, int k) {
        String s = t.text();
        if (!isCapitalised(t)) {
            // the particles are lower case, so only an uncapitalised word can be one, and the hyphen
            // after it stands third or fourth: asked first, the test cost every word a search
            return s.length() > 3
                    && (s.charAt(2) == '-' || s.charAt(3) == '-')
                    && isArabicParticle(s); // "Kamel al-Wazir"
        }
        if (s.length() < 2 || notName(t, masks, k)) {
            return false;
        }
        if (OrganisationExtractor.isUpperCase(s)) {
            return false; // acronyms are not names
        }
        String lower = t.lowerCase(); // the place look-ups ignore case
        return !Places.isPlace(lower) && Places.demonym(lower).isEmpty();
    }

    /**
     * Whether a word is a particle of an Arabic name and the name ("al-Wazir", "bin-Salman"): what
     * {@code (al|el|bin|ibn|abd|abu|ul)-\p{Lu}.*} matches whole, without a matcher per word.
     *
     * @param s a word
     * @return whether the expression matches it
     */
    static boolean isArabicParticle(String s) {
        int dash;
        if (s.length() > 3 && s.charAt(2) == '-' && (s.startsWith("al") || s.startsWith("el") || s.startsWith("ul"))) {
            dash = 2;
        } else if (s.length() > 4
                && s.charAt(3) == '-'
                && (s.startsWith("bin") || s.startsWith("ibn") || s.startsWith("abd") || s.startsWith("abu"))) {
            dash = 3;
        } else {
            return false;
        }
        int first = s.codePointAt(dash + 1);
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return false; // \p{Lu}
        }
        for (int k = dash + 1 + Character.charCount(first); k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // "." stops at a line terminator
            }
        }
        return true;
    }

    /** Whether {@link #NOT_NAME} holds the token's lower case, asked of the masks for a word. */
    private static boolean notName(Token t, long[] masks, int k) {
        return masks != null && t.type() == Token.Type.WORD
                ? StartMasks.contains(masks, k, NOT_NAME_WORD, NOT_NAME, t.lowerCase())
                : NOT_NAME.contains(t.lowerCase());
    }

    private static boolean isHonorific(Token t) {
        return OrgLexicon.HONORIFICS.contains(lower(t));
    }

    private static int skipHonorific(List<Token> t, int n) {
        n++;
        if (n < t.size() && t.get(n).text().equals(".")) {
            n++;
        }
        return n;
    }

    private static boolean isArticle(Token t) {
        String l = lower(t);
        return l.equals("a") || l.equals("an") || l.equals("the");
    }

    private static void add(
            ExtractionContext ctx, Map<String, Found> people, List<Token> t, int i, int length, List<Role> roles) {
        int start = i;
        while (start < i + length && isHonorific(t.get(start))) {
            start = skipHonorific(t, start);
        }
        if (i + length - start < 2) {
            return;
        }
        Span span = Span.of(
                t.get(start).span().start(), t.get(i + length - 1).span().end());
        String name = ctx.text().originalOf(span);
        Found f = people.get(name);
        if (f == null) {
            f = new Found(name);
            people.put(name, f);
        }
        f.addRoles(roles);
        f.spans.add(span);
    }

    /**
     * A person as found so far: the roles and spans that the model's builder collected, kept in lists
     * of our own, as the roles found so far are asked at every mention and a build copied and checked
     * them each time.
     */
    static final class Found {
        private final String name;
        private final List<Role> roles = new ArrayList<>();
        /** The spans of its mentions, in the order found. */
        List<Span> spans = new ArrayList<>();

        Found(String name) {
            this.name = name;
        }

        /**
         * Adds the roles that it did not have before this call, in order (a role twice in {@code more}
         * is added twice, as the builder was).
         */
        void addRoles(List<Role> more) {
            int before = roles.size();
            for (Role r : more) {
                if (!roles.subList(0, before).contains(r)) {
                    roles.add(r);
                }
            }
        }

        /** Sorts the spans and drops repeats. */
        void sortSpans() {
            spans = SpanIndex.sortedDistinct(spans);
        }

        /** @return the person */
        Person build() {
            return Person.builder().name(name).roles(roles).spans(spans).build();
        }
    }

    /** Every later mention of a full name is evidence of the same person. */
    private static void addMentions(ExtractionContext ctx, Map<String, Found> people) {
        if (people.isEmpty()) {
            return;
        }
        // the text's index of all tokens by lower case (the organisations built it), each person a
        // look-up, not a scan; an index of the words as written cost more to build than the look-ups
        Words words = new Words(PerText.of(ctx.text()).tokens());
        String text = ctx.text().text();
        Map<String, Integer> namesWith = new HashMap<>(); // word → how many names have it
        for (String n : people.keySet()) {
            String[] split = Patterns.split("\\s+", n);
            for (int k = 0, count = distinct(split); k < count; k++) {
                namesWith.merge(split[k], 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Found> e : people.entrySet()) {
            Found f = e.getValue();
            String[] name = Patterns.split("\\s+", dev.accords.internal.text.Normaliser.normalise(e.getKey()));
            String first = name[0].toLowerCase(Locale.ROOT);
            for (int k = words.first(first, name[0]); k >= 0; k = words.next(k, name[0])) {
                int last = nameEnd(words, k, name);
                if (last >= 0) {
                    f.spans.add(Span.of(
                            words.get(k).span().start(), words.get(last).span().end()));
                }
            }
            surnameMentions(text, words, name, namesWith, f.spans);
            f.sortSpans();
        }
    }

    /**
     * The {@link Token.Type#WORD} tokens of a text in order, read from the text's index of all its
     * tokens by lower case, and named by their place among all the tokens: the neighbouring words are
     * found by stepping over the other tokens, as only a few words per person are asked about, where
     * arrays of the places of all words cost more to fill than the look-ups.
     */
    static final class Words {
        private final PerText.Index index;
        private final List<Token> tokens;

        Words(PerText.Index index) {
            this.index = index;
            this.tokens = index.tokens();
        }

        /** @return the token at {@code i} */
        Token get(int i) {
            return tokens.get(i);
        }

        /**
         * @param lower {@code word} in lower case
         * @param word a word as written
         * @return the place among the tokens of its first occurrence as a word, or -1
         */
        int first(String lower, String word) {
            return from(index.first(lower), word);
        }

        /** @return the place of the next occurrence of {@code word} as a word after token {@code i}, or -1 */
        int next(int i, String word) {
            return from(index.next(i), word);
        }

        /** The first word from token {@code i} on, in the chain of its lower case, that reads {@code word}. */
        private int from(int i, String word) {
            while (i >= 0
                    && (tokens.get(i).type() != Token.Type.WORD
                            || !tokens.get(i).text().equals(word))) {
                i = index.next(i);
            }
            return i;
        }

        /** @return the place of the first word after token {@code i}, or -1 */
        int nextWord(int i) {
            for (int k = i + 1; k < tokens.size(); k++) {
                if (tokens.get(k).type() == Token.Type.WORD) {
                    return k;
                }
            }
            return -1;
        }

        /** @return the place of the last word before token {@code i}, or -1 */
        int previousWord(int i) {
            for (int k = i - 1; k >= 0; k--) {
                if (tokens.get(k).type() == Token.Type.WORD) {
                    return k;
                }
            }
            return -1;
        }
    }

    /**
     * @return the place of the last token of the name when the words from token {@code i} (a word
     *     that reads {@code name[0]}) on read the name, other tokens between them left out; else -1
     */
    private static int nameEnd(Words words, int i, String[] name) {
        int k = i;
        for (int n = 1; n < name.length; n++) {
            k = words.nextWord(k);
            if (k < 0 || !words.get(k).text().equals(name[n])) {
                return -1;
            }
        }
        return k;
    }

    private static final Set<String> SAID = Sets.of(
            "said",
            "says",
            "added",
            "noted",
            "stressed",
            "explained",
            "told",
            "pointed",
            "emphasised",
            "emphasized",
            "highlighted",
            "announced",
            "made",
            "gave",
            "delivered",
            "used",
            "pledged",
            "hoped");

    /**
     * "Zheng said": a later mention by one word of the name — the first (Chinese order) or the last —
     * when no other person shares that word, no capitalised word stands next to it, and a reporting
     * verb follows.
     */
    private static void surnameMentions(
            String text, Words words, String[] name, Map<String, Integer> namesWith, List<Span> spans) {
        String[] ends = {name[0], name[name.length - 1]};
        for (int e = 0, count = distinct(ends); e < count; e++) {
            String w = ends[e];
            if (w.length() < 2 || namesWith.getOrDefault(w, 0) > 1) {
                continue;
            }
            for (int k = words.first(w.toLowerCase(Locale.ROOT), w); k >= 0; k = words.next(k, w)) {
                int previous = words.previousWord(k);
                int next = words.nextWord(k);
                boolean before = previous >= 0
                        && words.get(previous).isCapitalised()
                        && adjacentWords(text, words.get(previous), words.get(k));
                boolean after = next >= 0
                        && words.get(next).isCapitalised()
                        && adjacentWords(text, words.get(k), words.get(next));
                boolean said = next >= 0
                        && SAID.contains(words.get(next).text())
                        && adjacentWords(text, words.get(k), words.get(next));
                if (!before && !after && said) {
                    spans.add(words.get(k).span());
                }
            }
        }
    }

    /**
     * Moves the distinct words of an array to its front, in the order of their first occurrence, as a
     * {@link java.util.LinkedHashSet} of them would hold them, without a set for the two to four words of a name.
     *
     * @param words words, none null; reordered in place
     * @return how many are distinct: {@code words[0, count)} are they
     */
    static int distinct(String[] words) {
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            boolean seen = false;
            for (int k = 0; k < count && !seen; k++) {
                seen = words[k].equals(words[i]);
            }
            if (!seen) {
                words[count++] = words[i];
            }
        }
        return count;
    }

    /** Whether only a space stands between two words. */
    private static boolean adjacentWords(String text, Token a, Token b) {
        return b.span().start() - a.span().end() == 1 && text.charAt(a.span().end()) == ' ';
    }

    private static String text(ExtractionContext ctx, List<Token> t, int from, int to) {
        return ctx.text()
                .originalOf(Span.of(t.get(from).span().start(), t.get(to).span().end()));
    }

    /** The organisations of the text, found by the position of their mentions. */
    static final class Orgs {
        // sorted offsets, searched by bisection: the maps of boxed offsets these replace cost more to
        // build than all the look-ups together
        /** The offsets where mentions start, ascending. */
        private final int[] starts;
        /** Per start, the first organisation (in list order) with a mention starting there. */
        private final Organisation[] byStart;
        /** Per start, the furthest end of a mention starting there. */
        private final int[] endOf;
        /** The offsets where mentions end, ascending. */
        private final int[] ends;
        /** Per end, the first organisation with a mention ending there. */
        private final Organisation[] byEnd;

        Orgs(List<Organisation> orgs) {
            int n = 0;
            for (Organisation o : orgs) {
                n += o.spans().size();
            }
            // offset << 32 | order of the mention: sorted, the first mention at an offset comes first
            long[] byStartKey = new long[n];
            long[] byEndKey = new long[n];
            int[] endOfMention = new int[n];
            Organisation[] orgOf = new Organisation[n];
            int m = 0;
            for (Organisation o : orgs) {
                for (Span s : o.spans()) {
                    byStartKey[m] = (long) s.start() << 32 | m;
                    byEndKey[m] = (long) s.end() << 32 | m;
                    endOfMention[m] = s.end();
                    orgOf[m] = o;
                    m++;
                }
            }
            java.util.Arrays.sort(byStartKey);
            java.util.Arrays.sort(byEndKey);
            int[] st = new int[n];
            Organisation[] so = new Organisation[n];
            int[] se = new int[n];
            int k = -1;
            for (long key : byStartKey) {
                int offset = (int) (key >>> 32);
                int mention = (int) key;
                if (k < 0 || st[k] != offset) {
                    k++;
                    st[k] = offset;
                    so[k] = orgOf[mention];
                    se[k] = endOfMention[mention];
                } else {
                    se[k] = Math.max(se[k], endOfMention[mention]);
                }
            }
            this.starts = java.util.Arrays.copyOf(st, k + 1);
            this.byStart = java.util.Arrays.copyOf(so, k + 1);
            this.endOf = java.util.Arrays.copyOf(se, k + 1);
            int[] en = new int[n];
            Organisation[] eo = new Organisation[n];
            k = -1;
            for (long key : byEndKey) {
                int offset = (int) (key >>> 32);
                if (k < 0 || en[k] != offset) {
                    k++;
                    en[k] = offset;
                    eo[k] = orgOf[(int) key];
                }
            }
            this.ends = java.util.Arrays.copyOf(en, k + 1);
            this.byEnd = java.util.Arrays.copyOf(eo, k + 1);
        }

        /** Whether the token stands inside an organisation mention ("Group" of "CMEC Group"). */
        boolean covers(Token token) {
            // the last mention start at or before the token
            int i = java.util.Arrays.binarySearch(starts, token.span().start());
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && token.span().end() <= endOf[i];
        }

        /** The organisation mentioned at token {@code k} (its name as written there), or null. */
        String at(List<Token> t, int k) {
            if (k >= t.size()) {
                return null;
            }
            int i = java.util.Arrays.binarySearch(starts, t.get(k).span().start());
            return i < 0 ? null : byStart[i].name();
        }

        /** The last token of the mention starting at token {@code k}. */
        int end(List<Token> t, int k) {
            int endOffset =
                    endOf[java.util.Arrays.binarySearch(starts, t.get(k).span().start())];
            int j = k;
            while (j + 1 < t.size() && t.get(j + 1).span().end() <= endOffset) {
                j++;
            }
            // a possessive after the name: "Sinosure's"
            if (j + 2 < t.size()
                    && t.get(j + 1).text().equals("'")
                    && lower(t.get(j + 2)).equals("s")) {
                j += 2;
            }
            return j;
        }

        /** The token after an organisation mention at {@code k} that a title follows, or -1. */
        int nameEndingTitle(List<Token> t, int k) {
            if (at(t, k) == null) {
                return -1;
            }
            return end(t, k) + 1;
        }

        /** The organisation whose mention (or possessive) ends right before token {@code k}, or null. */
        String endingBefore(List<Token> t, int k) {
            if (k == 0) {
                return null;
            }
            int j = k - 1;
            if (j >= 1 && lower(t.get(j)).equals("s") && t.get(j - 1).text().equals("'")) {
                j -= 2; // "Sinosure's Chairman"
            }
            if (j < 0) {
                return null;
            }
            int i = java.util.Arrays.binarySearch(ends, t.get(j).span().end());
            return i < 0 ? null : byEnd[i].name();
        }
    }

    private static Set<String> notNameWords() {
        Set<String> out = new HashSet<>(OrgLexicon.HEADS.keySet());
        out.addAll(OrgLexicon.OPENERS);
        out.addAll(OrgLexicon.HONORIFICS);
        out.addAll(OrgLexicon.FUNCTION_WORDS);
        out.addAll(MODIFIERS);
        out.addAll(DateGrammar.MONTHS.keySet());
        out.addAll(Lexicon.lowerSet("name-stopwords.txt"));
        for (String[] title : OrgLexicon.TITLES) { // the words of titles.txt, lower case
            for (String w : title) {
                out.add(w);
            }
        }
        return Sets.copyOf(out);
    }

    @Override
    public String name() {
        return "builtin.people";
    }
}
