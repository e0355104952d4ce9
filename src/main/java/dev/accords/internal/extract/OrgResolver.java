package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.isCapitalised;
import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.internal.lexicon.Places;
import dev.accords.internal.text.Chars;
import dev.accords.internal.text.Segmenter;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The organisations of one text while they are found, and the resolution that follows: merging
 * mentions of one organisation, finding its other names (initials, shortened and inverted forms),
 * its parent, and every mention as evidence.
 */
final class OrgResolver {
    /** One organisation being built. */
    final class Entry {
        private String name;
        private OrganisationKind kind;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Set<Span> spans = new LinkedHashSet<>();
        /** {@link #names()}, kept until an alias is added; the lists handed out are never changed. */
        private List<String> names;

        private int parentAt = -1;
        private String parentText;
        private boolean live = true;
        /** Whether the kind comes from the lexicon of known organisations, which beats a guess. */
        private boolean knownKind;

        private String parent;

        Entry(String name, OrganisationKind kind) {
            this.name = name;
            this.kind = kind;
        }

        String name() {
            return name;
        }

        void addAlias(String alias) {
            if (!alias.equalsIgnoreCase(name) && aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
                aliases.add(alias);
                names = null;
                keys.putIfAbsent(key(alias), this);
            }
        }

        void addSpan(Span s) {
            if (spans.add(s)) {
                longestMention = Math.max(longestMention, s.length());
                addMention(new Mention(s, this));
            }
        }

        void parentAt(int offset) {
            this.parentAt = offset;
        }

        /** The parent as written ("Sinopec" of "Sinopec's subsidiary …"), resolved to a known name later. */
        void parentName(String name) {
            this.parentText = name;
        }

        int first() {
            int min = Integer.MAX_VALUE;
            for (Span s : spans) {
                min = Math.min(min, s.start());
            }
            return min;
        }

        /** @return the name, then the aliases in the order they were added; not to be modified */
        List<String> names() {
            List<String> n = names;
            if (n == null) {
                n = new ArrayList<>(1 + aliases.size());
                n.add(name);
                n.addAll(aliases);
                names = n;
            }
            return n;
        }

        Organisation build() {
            Organisation.Builder b =
                    Organisation.builder().name(name).kind(kind).parent(parent);
            aliases.forEach(b::addAlias);
            for (Span s : SpanIndex.sortedDistinct(spans)) {
                b.addSpan(s);
            }
            return b.build();
        }
    }

    /** A mention of an entry, for the span index. */
    private record Mention(Span span, Entry entry) {}

    /** Names are short: a mention covering an offset starts at most this far before it. */
    private static final int MAX_NAME = 400;

    /**
     * Mentions in order of start offset, those with one start in the order they were added: to find
     * the mentions covering a span without scanning them all. The first {@link #mentionCount} are used.
     */
    private Mention[] byStart = new Mention[16];

    private int mentionCount;

    /** The length of the longest mention in {@link #byStart}: none that covers a span starts further before it. */
    private int longestMention;

    /** Each name's tokens, as the resolution steps ask for them again and again. */
    private final Map<String, List<Token>> nameTokens = new HashMap<>();

    /** Each name's {@link #keyOf key}, as merging asks for the keys of every name again and again. */
    private final Map<String, String> keyMemo = new HashMap<>();

    /**
     * Where each name or alias stands in the text, as token indices: {@link #mentions} asks of every
     * name once before acronyms are judged and again after resolution.
     */
    private final Map<String, int[]> mentionsMemo = new HashMap<>();

    /** Each name's {@link #wordsOf words}, for the same reason. */
    private final Map<String, List<String>> wordsMemo = new HashMap<>();

    private final SourceText text;
    /** The text's tokens, with where each word stands (lower case). */
    private final PerText.Index byWord;

    private final List<Token> tokens;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> keys = new HashMap<>();

    OrgResolver(SourceText text) {
        this.text = text;
        this.byWord = PerText.of(text).tokens();
        this.tokens = byWord.tokens();
    }

    /** @return {@link #keyOf} of a name, worked out once per name */
    private String key(String name) {
        String k = keyMemo.get(name);
        if (k == null) {
            k = keyOf(name);
            keyMemo.put(name, k);
        }
        return k;
    }

    /** @return {@link #wordsOf} of a name, worked out once per name; not to be modified */
    private List<String> words(String name) {
        List<String> w = wordsMemo.get(name);
        if (w == null) {
            w = wordsOf(name);
            wordsMemo.put(name, w);
        }
        return w;
    }

    /** The comparison key of a name: letters and digits, lower case, without a leading "the". */
    private static String keyOf(String name) {
        String l = name.toLowerCase(Locale.ROOT).strip();
        if (l.startsWith("the ")) {
            l = l.substring(4);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    String textOf(Span span) {
        return text.originalOf(span);
    }

    /** Adds a mention of an organisation known by name, whose kind is certain. */
    Entry addKnown(Span span, OrganisationKind kind) {
        Entry e = add(span, kind);
        e.kind = kind;
        e.knownKind = true;
        return e;
    }

    /** Adds a mention; a name seen before (by key, alias included) adds to that organisation. */
    Entry add(Span span, OrganisationKind kind) {
        String name = textOf(span).strip();
        String k = key(name);
        Entry e = keys.get(k);
        if (e == null) {
            e = new Entry(name, kind);
            entries.add(e);
            keys.put(k, e);
        } else if (!e.name.equals(name)) {
            e.addAlias(name); // written another way: "Export-Import Bank of China", "Export – Import Bank of China"
        }
        e.addSpan(span);
        return e;
    }

    Entry entryCovering(Span span) {
        Mention m = longestMentionCovering(span, -1);
        return m == null ? null : m.entry();
    }

    /** Adds a mention after every mention that starts where it does or before. */
    private void addMention(Mention m) {
        int at = firstStartingAfter(m.span().start());
        if (mentionCount == byStart.length) {
            byStart = java.util.Arrays.copyOf(byStart, mentionCount * 2);
        }
        System.arraycopy(byStart, at, byStart, at + 1, mentionCount - at);
        byStart[at] = m;
        mentionCount++;
    }

    /** @return the index of the first mention that starts after {@code offset}, or the count */
    private int firstStartingAfter(int offset) {
        int lo = 0;
        int hi = mentionCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].span().start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The longest mention of a live entry containing {@code span} and longer than {@code minLength};
     * of mentions as long, the first by start, then by when it was added.
     */
    private Mention longestMentionCovering(Span span, int minLength) {
        Mention best = null;
        int from = firstStartingAfter(span.start() - Math.min(MAX_NAME, longestMention) - 1);
        for (int i = from; i < mentionCount; i++) {
            Mention m = byStart[i];
            if (m.span().start() > span.start()) {
                break;
            }
            if (m.span().contains(span)
                    && m.span().length() > minLength
                    && m.entry().live
                    && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The words of every name or alias of more than one word ("IPPR" of "China IPPR"): built once for
     * all the words to ask about, as walking every name for each word takes quadratic time.
     */
    Set<String> nameWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Entry e : entries) {
            for (String n : e.names()) {
                if (n.indexOf(' ') >= 0) {
                    addSpaceSeparated(n, out);
                }
            }
        }
        return out;
    }

    /**
     * Adds the pieces of {@code s.split(" ")} to a set, without the array and list: the pieces between
     * single spaces, empty ones included, except those at the end.
     *
     * @param s a string with a space (split gives {@code [""]} for an empty one)
     * @param out the set to add to
     */
    static void addSpaceSeparated(String s, Set<String> out) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--; // split leaves out the empty pieces at the end
        }
        if (end == 0) {
            return;
        }
        int from = 0;
        for (int space = s.indexOf(' '); space >= 0 && space < end; space = s.indexOf(' ', from)) {
            out.add(s.substring(from, space));
            from = space + 1;
        }
        out.add(s.substring(from, end));
    }

    /** Whether an acronym stands where a place does: "in SCODA.", "at SCODA,". */
    boolean usedAsPlace(List<Span> spans) {
        for (Span s : spans) {
            int i = tokenAt(s.start());
            if (i > 0 && i >= 0) {
                String before = lower(tokens.get(i - 1));
                boolean locative = before.equals("in")
                        || before.equals("at")
                        || before.equals("into")
                        || before.equals("within")
                        || before.equals("across");
                boolean closes = i + 1 >= tokens.size()
                        || !OrgLexicon.isWord(tokens.get(i + 1))
                        || lower(tokens.get(i + 1)).equals("and");
                if (locative && closes) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the mention at {@code span} stands in a list with another organisation ("A, B and C"). */
    boolean listedWithOrganisations(Span span) {
        int i = tokenAt(span.start());
        if (i < 0) {
            return false;
        }
        for (int dir : new int[] {-1, 1}) {
            int k = i + dir;
            if (k >= 0 && k < tokens.size()) {
                String sep = lower(tokens.get(k));
                if (sep.equals(",") || sep.equals("and")) {
                    int j = k + dir;
                    if (j >= 0
                            && j < tokens.size()
                            && entryCovering(tokens.get(j).span()) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).span().start();
            if (start == offset) {
                return mid;
            } else if (start < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The organisations in order of first mention. */
    List<Entry> entries() {
        // each entry's first offset worked out once, not at every comparison; ties keep the order
        // entries were added in, as a stable sort by first offset does
        long[] order = new long[entries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) entries.get(i).first() << 32 | i;
        }
        java.util.Arrays.sort(order);
        List<Entry> out = new ArrayList<>(order.length);
        for (long o : order) {
            out.add(entries.get((int) o));
        }
        return out;
    }

    /** Merges the names found so far and records their mentions (before acronyms are judged). */
    void resolveNames() {
        splitConjunctions();
        mergeKeys();
        mentions();
    }

    /** Merges, links and completes the organisations found. */
    void resolve() {
        splitConjunctions();
        mergeKeys();
        mergeInitials();
        mergeVariants();
        shortForms();
        mergeKeys();
        parents();
        mergeUnits();
        mentions();
    }

    /**
     * Units of one parent written two ways are one unit: "Sinosure First Strategic Clients Department"
     * and "First Strategic Client Service Department" of the same corporation — the same head word,
     * and most words shared once the parent's name is taken off.
     */
    private void mergeUnits() {
        List<Entry> ordered = entries();
        // only units of one parent are compared: the others are looked up by parent, not walked past
        Map<String, List<Entry>> byParent = new HashMap<>();
        for (Entry e : ordered) {
            if (e.parent != null) {
                byParent.computeIfAbsent(e.parent, x -> new ArrayList<>()).add(e);
            }
        }
        for (List<Entry> units : byParent.values()) {
            mergeUnits(units);
        }
    }

    /** {@link #mergeUnits()} for the units of one parent, in text order. */
    private void mergeUnits(List<Entry> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Entry a = ordered.get(i);
            for (int j = i + 1; j < ordered.size(); j++) {
                Entry b = ordered.get(j);
                if (!a.live || !b.live || a.parent == null || !a.parent.equals(b.parent)) {
                    continue;
                }
                Entry parent = keys.get(key(a.parent));
                Set<String> wa = stems(a.name, parent);
                Set<String> wb = stems(b.name, parent);
                List<String> na = words(a.name);
                List<String> nb = words(b.name);
                if (na.get(na.size() - 1).equals(nb.get(nb.size() - 1)) && wa.size() >= 3 && wb.size() >= 3) {
                    Set<String> both = new LinkedHashSet<>(wa);
                    both.retainAll(wb);
                    Set<String> either = new LinkedHashSet<>(wa);
                    either.addAll(wb);
                    if (both.size() * 10 >= either.size() * 7) {
                        fold(b, a);
                    }
                }
            }
        }
    }

    /** The words of a unit's name without its parent's names, plural "s" dropped. */
    private Set<String> stems(String name, Entry parent) {
        String n = name;
        if (parent != null) {
            for (String p : parent.names()) {
                if (startsWithWords(n, p)) {
                    n = n.substring(p.length() + 1);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(n)) {
            out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /** Organisations sharing a name or alias (ignoring case, spaces and punctuation) are one. */
    private void mergeKeys() {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : entries()) {
            if (!e.live) {
                continue;
            }
            for (String n : e.names()) {
                Entry before = seen.putIfAbsent(key(n), e);
                if (before != null && before != e && before.live) {
                    // the fuller name survives: "Gavi, The Vaccine Alliance" over "Gavi"
                    if (words(e.name).size() > words(before.name).size()) {
                        fold(before, e);
                        for (String m : e.names()) {
                            seen.put(key(m), e);
                        }
                    } else {
                        fold(e, before);
                    }
                    break;
                }
            }
        }
    }

    /** "Sinopharm International and CMEC Group" where "Sinopharm International" is known: two names. */
    private void splitConjunctions() {
        for (Entry e : new ArrayList<>(entries)) {
            for (String sep : new String[] {" and ", " & "}) {
                int at = e.name.indexOf(sep);
                if (at <= 0 || e.spans.isEmpty()) {
                    continue;
                }
                Entry left = keys.get(key(e.name.substring(0, at)));
                if (left == null || left == e) {
                    continue;
                }
                Span whole = e.spans.iterator().next();
                int rightStart = whole.start() + at + sep.length();
                entries.remove(e);
                e.live = false;
                keys.values().removeIf(v -> v == e);
                left.addSpan(Span.of(whole.start(), whole.start() + at));
                Entry right = add(Span.of(rightStart, whole.end()), e.kind);
                e.spans.stream().skip(1).forEach(right::addSpan);
                break;
            }
        }
    }

    /** An acronym used on its own that spells a longer name's initials becomes that name's alias. */
    private void mergeInitials() {
        List<Entry> acronyms = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.name.contains(" ") && isOwnUpperCase(e.name)) {
                acronyms.add(e);
            }
        }
        if (acronyms.isEmpty()) {
            return; // nothing to look up: the initials of the other names are not needed
        }
        // the first name (in the order kept) with each initials, looked up instead of searched for
        // each acronym; folding removes only acronyms, never a name with a space
        Map<String, Entry> byInitials = new HashMap<>();
        for (Entry e : entries) {
            if (e.name.contains(" ")) {
                byInitials.putIfAbsent(initials(e.name), e);
            }
        }
        for (Entry acronym : acronyms) {
            Entry e = byInitials.get(acronym.name);
            if (e != null) {
                fold(acronym, e);
            }
        }
    }

    /** @return the start of the first piece of {@code split("[\\s-]+")} at or after {@code from} */
    private static int pieceStart(String name, int from) {
        int i = from;
        while (i < name.length() && isInitialsSeparator(name.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the end of the piece of {@code split("[\\s-]+")} that starts at {@code start} */
    private static int pieceEnd(String name, int start) {
        int i = start;
        while (i < name.length() && !isInitialsSeparator(name.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Initials with the small words too: "Forum on China-Africa Cooperation" → "FOCAC". */
    static String initialsWithConnectors(String name) {
        // the pieces of split("[\\s-]+"), walked in place: the maximal runs of other characters
        StringBuilder b = new StringBuilder();
        for (int start = pieceStart(name, 0), i; start < name.length(); start = pieceStart(name, i)) {
            i = pieceEnd(name, start);
            char first = name.charAt(start);
            if (Chars.isLetter(first) && !(i - start == 3 && name.regionMatches(true, start, "the", 0, 3))) {
                b.append(Character.toUpperCase(first));
            }
        }
        return b.toString();
    }

    /**
     * The initials of a name's words, without "the", connectors and legal suffixes: "China National
     * Petroleum Corp." → "CNP".
     */
    static String initials(String name) {
        // the pieces of split("[\\s-]+"), walked in place; a piece of ASCII characters without a
        // full stop or comma is its own word in lower case once ASCII letters are, so the table
        // answers for it without the lower-case copy
        StringBuilder b = new StringBuilder();
        for (int start = pieceStart(name, 0), i; start < name.length(); start = pieceStart(name, i)) {
            i = pieceEnd(name, start);
            boolean plain = true;
            for (int k = start; k < i; k++) {
                char c = name.charAt(k);
                plain &= c < 128 && c != '.' && c != ',';
            }
            char first = name.charAt(start);
            if (!Chars.isLetter(first)) {
                continue;
            }
            boolean skipped =
                    plain ? NOT_IN_INITIALS.get(name, start, i) != null : isNotInInitials(name.substring(start, i));
            if (!skipped) {
                b.append(Character.toUpperCase(first));
            }
        }
        return b.toString();
    }

    /** The separators of the pieces {@link #initials} takes: {@code [\\s-]}. */
    private static boolean isInitialsSeparator(char c) {
        return Chars.isRegexSpace(c) || c == '-';
    }

    /** Whether a word of a name has no initial in {@link #initials}: "the", a connector, a legal suffix. */
    private static boolean isNotInInitials(String w) {
        String l = w.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
        return l.equals("the") || OrgLexicon.CONNECTORS.contains(l) || OrgLexicon.LEGAL.contains(l);
    }

    /** The words {@link #isNotInInitials} is true of, for words of ASCII characters without "." or ",". */
    private static final WordTable<Boolean> NOT_IN_INITIALS = notInInitials();

    private static WordTable<Boolean> notInInitials() {
        Map<String, Boolean> words = new HashMap<>();
        words.put("the", true);
        for (String w : OrgLexicon.CONNECTORS) {
            words.put(w, true);
        }
        for (String w : OrgLexicon.LEGAL) {
            words.put(w, true);
        }
        return new WordTable<>(words);
    }

    /**
     * Later, shorter or inverted forms of an earlier name become its aliases: "Sint-Lucas hospital"
     * of "Sint-Lucas general hospital", "First Strategic Clients Department" of "Sinosure First
     * Strategic Clients Department", "Government of Odisha" of "Odisha Government".
     */
    private void mergeVariants() {
        List<Entry> ordered = entries();
        List<List<String>> words = new ArrayList<>(ordered.size());
        for (Entry e : ordered) {
            words.add(words(e.name));
        }
        // each name is compared only with the names that could be its variants, found through indexes
        // of the word lists and first words: comparing every pair takes time growing with the square
        // of the number of organisations. Up to a few dozen, every pair is asked: building the
        // indexes costs more than the comparisons they save
        VariantIndex index = ordered.size() > ALL_PAIRS ? new VariantIndex(words) : null;
        for (int i = 0; i < ordered.size(); i++) {
            Entry a = ordered.get(i);
            List<String> longer = words.get(i);
            if (!a.live || longer.isEmpty()) {
                continue;
            }
            if (index == null) {
                for (int j = 0; j < ordered.size(); j++) {
                    foldIfVariant(ordered, words, i, j);
                }
            } else {
                for (int j : index.candidates(longer)) {
                    foldIfVariant(ordered, words, i, j);
                }
            }
        }
    }

    /**
     * Up to this many organisations, {@link #mergeVariants} asks {@link #isVariant} of every pair
     * instead of looking up candidates: it finds the same pairs, as every variant is a candidate.
     */
    static final int ALL_PAIRS = 32;

    /** Folds name {@code j} into name {@code i} of {@code ordered} when it is a variant of it. */
    private void foldIfVariant(List<Entry> ordered, List<List<String>> words, int i, int j) {
        Entry a = ordered.get(i);
        Entry b = ordered.get(j);
        if (a == b || !a.live || !b.live) {
            return;
        }
        List<String> longer = words.get(i);
        if (isVariant(words.get(j), longer) && (j > i || words.get(j).size() < longer.size())) {
            fold(b, a);
        }
    }

    /**
     * Indexes of a list of names' word lists and first words, which give for a name the positions of
     * every name that {@link #isVariant} may find a variant of it, without asking of every name.
     */
    static final class VariantIndex {
        private final Map<List<String>, List<Integer>> byWords = new HashMap<>();
        private final Map<String, List<Integer>> byFirst = new HashMap<>();

        /** @param words the names' lower-case words, as {@link #wordsOf} gives them */
        VariantIndex(List<List<String>> words) {
            for (int k = 0; k < words.size(); k++) {
                List<String> w = words.get(k);
                byWords.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
                if (!w.isEmpty()) {
                    byFirst.computeIfAbsent(w.get(0), x -> new ArrayList<>()).add(k);
                }
            }
        }

        /**
         * @param longer a name's words, not empty
         * @return in order, the positions of the names with its first word (prefixes, forms with
         *     words left out), those that are its last three or more words, and its inverted forms
         */
        java.util.SortedSet<Integer> candidates(List<String> longer) {
            java.util.SortedSet<Integer> out = new java.util.TreeSet<>(byFirst.getOrDefault(longer.get(0), List.of()));
            int n = longer.size();
            for (int size = 3; size < n; size++) {
                out.addAll(byWords.getOrDefault(longer.subList(n - size, n), List.of()));
            }
            List<String> inverted = new ArrayList<>();
            inverted.add(longer.get(n - 1));
            inverted.add("of");
            inverted.addAll(longer.subList(0, n - 1));
            out.addAll(byWords.getOrDefault(inverted, List.of())); // "odisha government" → "government of odisha"
            if (n >= 3 && longer.get(1).equals("of")) {
                List<String> swapped = new ArrayList<>(longer.subList(2, n));
                swapped.add(longer.get(0));
                out.addAll(byWords.getOrDefault(swapped, List.of())); // and back
            }
            return out;
        }
    }

    /** Whether {@code shorter} is a shortened or inverted form of {@code longer}. */
    static boolean isVariant(List<String> shorter, List<String> longer) {
        if (inverted(shorter, longer) || inverted(longer, shorter)) {
            return true;
        }
        if (shorter.size() >= longer.size() || shorter.size() < 2) {
            return false;
        }
        int of = longer.indexOf("of");
        if (of == shorter.size() && longer.subList(0, of).equals(shorter)) {
            return true; // "State Council" of "State Council of the People's Republic of China"
        }
        if (longer.subList(0, shorter.size()).equals(shorter)
                && longer.subList(shorter.size(), longer.size()).stream()
                        .allMatch(w -> OrgLexicon.HEADS.containsKey(w) || OrgLexicon.LEGAL.contains(w))) {
            return true; // "Standard Bank" of "Standard Bank Group", "Tata Power" of "Tata Power Company Ltd"
        }
        String sLast = shorter.get(shorter.size() - 1);
        if (!sLast.equals(longer.get(longer.size() - 1)) || !OrgLexicon.HEADS.containsKey(sLast)) {
            return false;
        }
        // a suffix of at least two words: "First Strategic Clients Department"
        if (longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter) && shorter.size() >= 3) {
            return true;
        }
        // same first and last word, the rest in order: "Sint-Lucas hospital"
        if (!shorter.get(0).equals(longer.get(0))) {
            return false;
        }
        int k = 0;
        for (String w : longer) {
            if (k < shorter.size() && w.equals(shorter.get(k))) {
                k++;
            }
        }
        return k == shorter.size();
    }

    /** "government of odisha" and "odisha government". */
    private static boolean inverted(List<String> a, List<String> b) {
        if (a.size() != b.size() + 1 || a.size() < 3 || a.indexOf("of") != 1) {
            return false;
        }
        List<String> swapped = new ArrayList<>(a.subList(2, a.size()));
        swapped.add(a.get(0));
        return swapped.equals(b);
    }

    /** The lower-case words of a name without "the", a trailing full stop or comma taken off each. */
    static List<String> wordsOf(String name) {
        // the pieces of split("\\s+") of the lower-case name, walked in place
        String l = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = l.length();
        int i = 0;
        while (i < n) {
            if (Chars.isRegexSpace(l.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Chars.isRegexSpace(l.charAt(i))) {
                i++;
            }
            if (i - start == 3 && l.startsWith("the", start)) {
                continue;
            }
            char last = l.charAt(i - 1);
            out.add(l.substring(start, last == '.' || last == ',' ? i - 1 : i));
        }
        return out;
    }

    /** Moves {@code from}'s names and mentions into {@code into}. */
    private void fold(Entry from, Entry into) {
        entries.remove(from);
        from.live = false;
        if (from.knownKind && !into.knownKind) {
            into.kind = from.kind;
            into.knownKind = true;
        }
        for (String n : from.names()) {
            into.addAlias(n);
            keys.put(key(n), into);
        }
        new ArrayList<>(from.spans).forEach(into::addSpan);
        if (into.parentAt < 0) {
            into.parentAt = from.parentAt;
        }
    }

    /**
     * Short forms used on their own later in the text: "China Chengtong" for "China Chengtong
     * Holdings Group", "Adani" for "Adani Group" — the name without its trailing head words and
     * suffixes, written alone (no capitalised word just before or after it), not a place.
     */
    private void shortForms() {
        for (Entry e : new ArrayList<>(entries)) {
            List<Token> nameTokens = tokensOf(e.name);
            List<Integer> ends = new ArrayList<>();
            int end = nameTokens.size();
            while (end > 1) {
                Token last = nameTokens.get(end - 1);
                if (OrgLexicon.isWord(last)
                        && !OrgLexicon.HEADS.containsKey(lower(last))
                        && !OrgLexicon.isLegal(last)) {
                    break;
                }
                end--;
                Token before = nameTokens.get(end - 1);
                if (OrgLexicon.isWord(before) && !OrgLexicon.isLegal(before)) {
                    ends.add(end); // "Standard Bank" of "Standard Bank Group", then "Standard"
                }
            }
            int comma = e.name.indexOf(", ");
            if (comma > 2 && !OrgLexicon.isLegal(nameTokens.get(nameTokens.size() - 1))) {
                ends.add(Segmenter.tokens(e.name, 0, comma).size()); // "Gavi" of "Gavi, The Vaccine Alliance"
            }
            for (int cut : ends) {
                shortForm(e, nameTokens.subList(0, cut));
            }
        }
    }

    private void shortForm(Entry e, List<Token> shortForm) {
        int end = shortForm.size();
        String form = e.name.substring(0, shortForm.get(end - 1).span().end());
        if (Places.isPlace(form)
                || Places.demonym(form).isPresent()
                || form.length() < 3
                || OrgLexicon.GENERIC.contains(form.toLowerCase(Locale.ROOT))
                || OrgLexicon.isConnector(shortForm.get(end - 1))
                || end == 1 && anyLowerCase(lower(shortForm.get(0)))) {
            return; // a one-word short form that is also an ordinary word ("cooperation") is not taken
        }
        for (int at : occurrences(shortForm, false)) {
            Token before = at > 0 ? tokens.get(at - 1) : null;
            Token after = at + end < tokens.size() ? tokens.get(at + end) : null;
            boolean alone = (before == null || !isCapitalised(before)) && (after == null || !isCapitalised(after));
            Span s = Span.of(
                    tokens.get(at).span().start(),
                    tokens.get(at + end - 1).span().end());
            Entry covering = entryCovering(s);
            if (alone
                    && isCapitalised(tokens.get(at))
                    && (covering == null || covering != e && key(covering.name).equals(key(form)))) {
                e.addAlias(text.originalOf(s));
            }
        }
    }

    /** Whether a word stands somewhere in the text not capitalised. */
    private boolean anyLowerCase(String lower) {
        for (int i = byWord.first(lower); i >= 0; i = byWord.next(i)) {
            if (!isCapitalised(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.equals(s.toUpperCase(Locale.ROOT))}, without the copy for ASCII names. */
    static boolean isOwnUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return s.equals(s.toUpperCase(Locale.ROOT)); // lower case may not be one character's
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** Token indices where {@code words} occur in the text, ignoring case unless {@code cased}. */
    private int[] occurrences(List<Token> words, boolean cased) {
        int[] out = new int[4];
        int n = 0;
        for (int at = byWord.first(lower(words.get(0))); at >= 0; at = byWord.next(at)) {
            if (at + words.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                String w = tokens.get(at + k).text();
                String v = words.get(k).text();
                match = cased ? w.equals(v) : w.equalsIgnoreCase(v);
            }
            if (match) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = at;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Parents: the organisation named after "a subsidiary of", and units whose name starts with
     * another organisation's name ("CAMCE Board Office"), which also take its kind.
     */
    private void parents() {
        for (Entry e : entries) {
            if (e.parentAt >= 0) {
                for (Entry p : entries) {
                    if (p != e && p.spans.stream().anyMatch(s -> s.start() == e.parentAt)) {
                        e.parent = p.name;
                    }
                }
                if (e.parent == null) {
                    int i = tokenAt(e.parentAt);
                    if (i >= 0 && isCapitalised(tokens.get(i))) {
                        int j = i;
                        while (j + 1 < tokens.size() && isCapitalised(tokens.get(j + 1))) {
                            j++;
                        }
                        String ref = text.originalOf(Span.of(
                                tokens.get(i).span().start(),
                                tokens.get(j).span().end()));
                        Entry p = keys.get(key(ref));
                        e.parent = p != null ? p.name : ref;
                    }
                }
            }
            if (e.parent == null && e.parentText != null) {
                Entry p = keys.get(key(e.parentText));
                e.parent = p != null ? p.name : e.parentText;
            }
            List<String> words = words(e.name);
            String head = words.isEmpty() ? "" : words.get(words.size() - 1);
            if (e.parent == null && OrgLexicon.UNIT_HEADS.contains(head)) {
                for (Entry p : entries) {
                    if (p == e) {
                        continue;
                    }
                    for (String n : p.names()) {
                        if (startsWithWords(e.name, n) && !e.name.startsWith(" of", n.length())) {
                            e.parent = p.name;
                            e.kind = p.kind;
                        }
                    }
                }
            }
        }
    }

    /** @return {@code name.startsWith(words + " ")}, without building the string */
    static boolean startsWithWords(String name, String words) {
        return name.length() > words.length() && name.charAt(words.length()) == ' ' && name.startsWith(words);
    }

    /** Every mention of every name and alias, as evidence; a mention inside a longer name is not one. */
    private void mentions() {
        for (Entry e : entries) {
            for (String n : e.names()) {
                List<Token> words = tokensOf(n);
                if (words.isEmpty()) {
                    continue;
                }
                int[] found = mentionsMemo.get(n);
                if (found == null) {
                    found = occurrences(words, isOwnUpperCase(n));
                    mentionsMemo.put(n, found);
                }
                for (int at : found) {
                    Span s = Span.of(
                            tokens.get(at).span().start(),
                            tokens.get(at + words.size() - 1).span().end());
                    if (longestCovering(s) == null) {
                        e.addSpan(s); // not inside a longer mention, of this organisation or another
                    }
                }
            }
        }
    }

    /** @return the tokens of a name or alias */
    private List<Token> tokensOf(String name) {
        List<Token> t = nameTokens.get(name);
        if (t == null) {
            t = Segmenter.tokens(name, 0, name.length());
            nameTokens.put(name, t);
        }
        return t;
    }

    private Entry longestCovering(Span span) {
        Mention m = longestMentionCovering(span, span.length());
        return m == null ? null : m.entry();
    }
}
