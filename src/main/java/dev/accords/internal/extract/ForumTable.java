package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.model.ForumKind;
import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The events of one text while they are found: mentions, references ("the forum") and parents. */
final class ForumTable {
    /** One event being built. */
    static final class Entry {
        String name;
        ForumKind kind;
        Integer edition;
        String parent;
        /** Where the event is named. */
        final Set<Span> spans = new LinkedHashSet<>();
        /** Sentences that name it or refer to it, in text order. */
        final Set<Sentence> sentences = new LinkedHashSet<>();
        /** Where the text refers to it ("the forum", "the event"). */
        final Set<Span> references = new LinkedHashSet<>();
        /** Sentences that name it. */
        final Set<Sentence> named = new LinkedHashSet<>();

        boolean live = true;

        Entry(String name, ForumKind kind, Integer edition) {
            this.name = name;
            this.kind = kind;
            this.edition = edition;
        }

        int first() {
            int first = Integer.MAX_VALUE;
            for (Span s : spans) {
                first = Math.min(first, s.start());
            }
            return first;
        }
    }

    /**
     * Entries in the order of their first mention. A class, not a lambda: the forum code runs cold in
     * the first parse, where each lambda costs a bootstrap (#7).
     */
    private static final java.util.Comparator<Entry> BY_FIRST_MENTION = new ByFirstMention();

    private final SourceText text;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    ForumTable(SourceText text) {
        this.text = text;
    }

    boolean isEmpty() {
        for (Entry e : byKey.values()) {
            if (e.live) {
                return false;
            }
        }
        return true;
    }

    static String key(String name) {
        return String.join(" ", ForumExtractor.words(name));
    }

    void add(Span span, ForumKind kind, Integer edition, Sentence s) {
        String name = text.originalOf(span).strip();
        String key = key(name);
        Entry e = byKey.get(key);
        if (e == null) {
            e = new Entry(name, kind, edition);
            byKey.put(key, e);
        }
        if (e.edition == null) {
            e.edition = edition;
        }
        e.spans.add(span);
        e.sentences.add(s);
        e.named.add(s);
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : byKey.values()) {
            if (e.live) {
                out.add(e);
            }
        }
        out.sort(BY_FIRST_MENTION);
        return out;
    }

    private static final class ByFirstMention implements java.util.Comparator<Entry> {
        @Override
        public int compare(Entry a, Entry b) {
            return Integer.compare(a.first(), b.first());
        }
    }

    /**
     * A later mention whose words all stand in an earlier one with the same last word, or the other
     * way round, is the same event ("Parallel Forum on Biomedicine" of the full name, "CII Partnership
     * Summit 2018" and "Confederation of Indian Industries (CII) Partnership Summit 2018") — unless one
     * names the other's parent ("… of the SCO Industrial and Supply Chains Forum").
     */
    void mergeVariants() {
        List<Entry> ordered = entries();
        // each name's words and lower case once, not once per pair
        List<List<String>> words = new ArrayList<>(ordered.size());
        List<String> lower = new ArrayList<>(ordered.size());
        for (Entry e : ordered) {
            words.add(ForumExtractor.words(e.name));
            lower.add(e.name.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < ordered.size(); i++) {
            Entry a = ordered.get(i);
            for (int j = i + 1; j < ordered.size(); j++) {
                Entry b = ordered.get(j);
                if (!a.live || !b.live || a.kind != b.kind) {
                    continue;
                }
                List<String> wa = words.get(i);
                List<String> wb = words.get(j);
                String la = lower.get(i);
                String lb = lower.get(j);
                if (la.startsWith(lb + " of ") || lb.startsWith(la + " of ")) {
                    fold(b, a); // "Parallel Forum on Biomedicine" of "Parallel Forum on Biomedicine of the … Forum"
                    continue;
                }
                if (!wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))) {
                    continue;
                }
                boolean sub = new HashSet<>(wa).containsAll(wb) || new HashSet<>(wb).containsAll(wa);
                if (sub && !namesParent(a.name, b.name) && !namesParent(b.name, a.name) && sameEdition(a, b)) {
                    fold(b, a);
                }
            }
        }
    }

    private static void fold(Entry from, Entry into) {
        into.spans.addAll(from.spans);
        into.sentences.addAll(from.sentences);
        into.named.addAll(from.named);
        if (into.edition == null) {
            into.edition = from.edition;
        }
        from.live = false;
    }

    private static boolean sameEdition(Entry a, Entry b) {
        return a.edition == null || b.edition == null || a.edition.equals(b.edition);
    }

    private static boolean namesParent(String child, String parent) {
        String c = child.toLowerCase(Locale.ROOT);
        String p = parent.toLowerCase(Locale.ROOT);
        return c.endsWith(" of the " + p) || c.endsWith(" of " + p);
    }

    /** "the forum", "the expo", "the event": the last event of that kind named before. */
    void references(List<Sentence> sentences) {
        Entry last = null;
        Map<ForumKind, Entry> lastOfKind = new LinkedHashMap<>();
        List<Entry> all = entries(); // references change no entry's spans, so not its order
        for (Sentence s : sentences) {
            Entry namedHere = null;
            for (Entry e : all) {
                if (e.named.contains(s)) {
                    namedHere = e;
                    lastOfKind.put(e.kind, e);
                }
            }
            if (namedHere != null) {
                last = namedHere;
            }
            List<Token> tokens = s.tokens();
            long[] masks = StartMasks.of(text.text(), tokens);
            for (int i = 1; i < tokens.size(); i++) {
                if (!StartMasks.may(masks, i, ForumExtractor.REFERENCE_WORD)) {
                    continue;
                }
                String w = lower(tokens.get(i));
                if (!ForumExtractor.REFERENCE_WORDS.contains(w) || !determined(tokens, i)) {
                    continue;
                }
                String kind = ForumExtractor.KINDS.get(w);
                Entry target = kind == null ? last : lastOfKind.get(ForumKind.valueOf(kind.toUpperCase(Locale.ROOT)));
                if (target == null && kind != null && !w.equals("ceremony")) {
                    target = last; // "the summit" after "the CII Partnership Summit", "the event"
                }
                if (target != null) {
                    target.sentences.add(s);
                    target.references.add(tokens.get(i).span()); // evidence: "the forum"
                }
            }
        }
    }

    /** "the forum", "this event", "the three-day event", "the two-day international forum". */
    private static boolean determined(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String w = lower(tokens.get(k));
            if (w.equals("the") || w.equals("this")) {
                return true;
            }
            boolean modifier =
                    tokens.get(k).type() == Token.Type.WORD && !tokens.get(k).isCapitalised()
                            || w.equals("-")
                            || tokens.get(k).type() == Token.Type.NUMBER;
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * A sub-forum's parent: "Parallel Forum on Biomedicine of the SCO Industrial and Supply Chains
     * Forum" names the parent event, which gets an entry of its own when the text does not name it
     * elsewhere.
     */
    void parents() {
        for (Entry e : entries()) {
            String lowerName = e.name.toLowerCase(Locale.ROOT);
            int of = Math.max(lowerName.lastIndexOf(" of the "), -1);
            int skip = 8;
            if (of < 0) {
                of = lowerName.lastIndexOf(" of ");
                skip = 4;
            }
            if (of < 0) {
                continue;
            }
            String parent = e.name.substring(of + skip).strip();
            List<String> words = ForumExtractor.words(parent);
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            String kind = ForumExtractor.KINDS.get(last);
            if (kind == null || words.size() < 2) {
                continue;
            }
            e.parent = parent;
            Entry p = byKey.get(key(parent));
            if (p == null) {
                p = new Entry(parent, ForumKind.valueOf(kind.toUpperCase(Locale.ROOT)), null);
                byKey.put(key(parent), p);
                Span child = e.spans.iterator().next();
                int start = child.start() + text.originalOf(child).lastIndexOf(parent);
                p.spans.add(Span.of(start, start + parent.length()));
            } else if (!p.live) {
                p.live = true;
            }
        }
    }
}
