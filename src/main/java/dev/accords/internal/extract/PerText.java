package dev.accords.internal.extract;

import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * What several extractors ask of the same text, worked out once per text: which sentences are
 * title-case or upper-case lines, and where each word stands. The last text's values are kept per
 * thread, weakly, since the built-in extractors of one parse run one after another on one thread;
 * another thread, another text, or a garbage collection in between makes them be worked out again.
 */
final class PerText {
    private static final ThreadLocal<WeakReference<PerText>> LAST = new ThreadLocal<>();

    private final SourceText text;
    /** Per sentence, {@link OrganisationExtractor#lineShape}. */
    private final byte[] shapes;

    private Index tokens;

    private PerText(SourceText text) {
        this.text = text;
        List<Sentence> sentences = text.sentences();
        this.shapes = new byte[sentences.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = (byte) OrganisationExtractor.lineShape(
                    text.text(), sentences.get(i).tokens());
        }
    }

    static PerText of(SourceText text) {
        WeakReference<PerText> ref = LAST.get();
        PerText p = ref == null ? null : ref.get();
        if (p == null || p.text != text) {
            p = new PerText(text);
            LAST.set(new WeakReference<>(p));
        }
        return p;
    }

    /**
     * Tokens in text order with an index of where each word stands: {@code for (int i =
     * first(w); i >= 0; i = next(i))} visits the tokens with the key {@code w} in order.
     */
    static final class Index {
        private final List<Token> tokens;
        /**
         * An open-addressing table of the keys and the first token with each, at most half full: a
         * text repeats its words (about half its tokens are distinct), so it starts at one to two
         * slots per token and doubles if it fills.
         */
        private String[] keys;

        private int[] first;
        private final int[] next;

        private Index(List<Token> tokens) {
            this.tokens = tokens;
            this.next = new int[tokens.size()];
            int size = Integer.highestOneBit(Math.max(16, tokens.size())) * 2;
            this.keys = new String[size];
            this.first = new int[size];
            int distinct = 0;
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                String key = t.lowerCase();
                int slot = slot(key);
                if (keys[slot] == null) {
                    if (++distinct > keys.length / 2) {
                        grow();
                        slot = slot(key);
                    }
                    keys[slot] = key;
                    next[i] = -1;
                } else {
                    next[i] = first[slot];
                }
                first[slot] = i;
            }
        }

        /** Doubles the table, keeping each key's first token. */
        private void grow() {
            String[] oldKeys = keys;
            int[] oldFirst = first;
            keys = new String[oldKeys.length * 2];
            first = new int[keys.length];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null) {
                    int slot = slot(oldKeys[k]);
                    keys[slot] = oldKeys[k];
                    first[slot] = oldFirst[k];
                }
            }
        }

        /** The slot of a key: where it is, or the empty one where it would go. */
        private int slot(String key) {
            int mask = keys.length - 1;
            int h = key.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** @return the tokens, in text order */
        List<Token> tokens() {
            return tokens;
        }

        /** @return the index of the first token with a key, or -1 */
        int first(String key) {
            int slot = slot(key);
            return keys[slot] == null ? -1 : first[slot];
        }

        /** @return the index of the next token with the key of token {@code i}, or -1 */
        int next(int i) {
            return next[i];
        }
    }

    /** @return every token of the text, keyed by its lower-case text */
    Index tokens() {
        if (tokens == null) {
            List<Token> all = joined(text.sentences());
            tokens = new Index(dev.accords.internal.text.TokenList.copyOf(all));
        }
        return tokens;
    }

    /**
     * @param sentences sentences in order
     * @return the tokens of all of them, in order: the segmenter's sentences are views of one array,
     *     one after another, joined without a copy; the tokens of any others are copied
     */
    static List<Token> joined(List<Sentence> sentences) {
        List<Token> all = sentences.isEmpty() ? List.of() : sentences.get(0).tokens();
        for (int i = 1; i < sentences.size() && all != null; i++) {
            all = dev.accords.internal.text.TokenList.adjacent(
                    all, sentences.get(i).tokens());
        }
        return all != null ? all : copyAll(sentences);
    }

    /** The tokens of every sentence, in a list of their own. */
    private static List<Token> copyAll(List<Sentence> sentences) {
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            n += sentences.get(i).tokens().size();
        }
        List<Token> all = new ArrayList<>(n);
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> ts = sentences.get(i).tokens();
            for (int k = 0; k < ts.size(); k++) {
                all.add(ts.get(k)); // addAll would copy each sentence's tokens to an array first
            }
        }
        return all;
    }

    /**
     * @param text a text
     * @param sentence the index of one of its sentences
     * @return whether that sentence is {@link OrganisationExtractor#RESTRICTED restricted}
     */
    static boolean restricted(SourceText text, int sentence) {
        return (of(text).shapes[sentence] & OrganisationExtractor.RESTRICTED) != 0;
    }

    /**
     * @param text a text
     * @param sentence the index of one of its sentences
     * @return whether the sentence has a word of three or more characters without a lower-case letter
     *     ({@link OrganisationExtractor#UPPER_CASE_WORD})
     */
    static boolean hasUpperCaseWord(SourceText text, int sentence) {
        return (of(text).shapes[sentence] & OrganisationExtractor.UPPER_CASE_WORD) != 0;
    }
}
