package dev.accords.internal.extract;

import dev.accords.internal.text.Chars;
import dev.accords.text.Token;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@link WordAnchored} expressions may start a match at each token of a sentence, and which
 * registered word sets a token may belong to, worked out once per sentence for all of them: the
 * forum, agreement, field, theme and place expressions and the event-word, reference-word and title
 * look-ups each scan the same sentences, and asking each of them about every word cost more than
 * the matching. It is the one pass over a sentence's tokens with a combined table of words that
 * the scanners share.
 *
 * <p>Every expression registers its first words and first-word beginnings here, and every word set its
 * words, and gets one bit of a {@code long}; a token's mask has the bits of the expressions that may
 * start at it and of the sets it may belong to. A token whose lower-case text is not its letters
 * alone ("co-operation", "U.S.") gets every bit, the sign bit included, and is looked into as before.
 * The first 63 registrations get a bit; any later one gets 0 and is asked about every token.
 *
 * <p>Masks are kept for the sentences of the last text a thread worked on (at most {@link
 * #MAX_KEPT}), and the cache is only weakly held: a collection just means the masks are worked out
 * again. Thread-safe.
 */
final class StartMasks {
    /** The registered expressions' words, replaced as a whole when one registers. */
    private record Registry(
            Map<String, Long> words,
            Map<Character, List<Prefix>> prefixes,
            int size,
            WordBits table,
            Prefix[][] asciiPrefixes,
            Map<Character, Prefix[]> otherPrefixes) {
        Registry(Map<String, Long> words, Map<Character, List<Prefix>> prefixes, int size) {
            this(words, prefixes, size, new WordBits(words), new Prefix[128][], new HashMap<>());
            prefixes.forEach((c, ps) -> {
                if (c < 128) {
                    asciiPrefixes[c] = ps.toArray(new Prefix[0]);
                } else {
                    otherPrefixes.put(c, ps.toArray(new Prefix[0]));
                }
            });
        }

        /** @return the prefixes that start with a character, or null */
        Prefix[] prefixes(char first) {
            return first < 128 ? asciiPrefixes[first] : otherPrefixes.get(first);
        }
    }

    private record Prefix(String letters, long bit) {}

    private static final Object LOCK = new Object();
    private static volatile Registry registry = new Registry(Map.of(), Map.of(), 0);

    /** The masks of the sentences of one text, per thread. */
    private static final class Cache {
        final CharSequence text;
        final Registry registry;
        final Map<List<Token>, long[]> masks = new IdentityHashMap<>();
        /** The sentence asked about last and its masks: scanners ask about one sentence in a row. */
        List<Token> lastTokens;

        long[] lastMasks;

        Cache(CharSequence text, Registry registry) {
            this.text = text;
            this.registry = registry;
        }
    }

    private static final ThreadLocal<WeakReference<Cache>> LAST = new ThreadLocal<>();

    /** The most sentences whose masks are kept per thread. */
    static final int MAX_KEPT = 1 << 14;

    private StartMasks() {}

    /**
     * @param words whole first words, lower case
     * @param prefixes first-word beginnings, lower case
     * @return the expression's bit, or 0 when 63 expressions are registered already
     */
    static long register(Set<String> words, List<String> prefixes) {
        synchronized (LOCK) {
            Registry r = registry;
            if (r.size() >= Long.SIZE - 1) {
                return 0; // the sign bit marks the tokens scanned by character
            }
            long bit = 1L << r.size();
            Map<String, Long> w = new HashMap<>(r.words());
            for (String word : words) {
                w.merge(word, bit, (a, b) -> a | b);
            }
            Map<Character, List<Prefix>> p = new HashMap<>();
            r.prefixes().forEach((k, v) -> p.put(k, new ArrayList<>(v)));
            for (String prefix : prefixes) {
                p.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>()).add(new Prefix(prefix, bit));
            }
            p.replaceAll((k, v) -> List.copyOf(v));
            registry = new Registry(Sets.copyOf(w), Sets.copyOf(p), r.size() + 1);
            return bit;
        }
    }

    /**
     * Registers a set of words, so that {@link #may} rules out at once the tokens that are not in it:
     * for the lexicon look-ups that extractors make at every token of a sentence.
     *
     * @param words lower-case words; those that are not letters alone are left to the look-up itself
     *     (tokens that hold other characters have every bit)
     * @return the set's bit, or 0 when 63 are registered already
     * @throws IllegalArgumentException if an entry has no letter (a number or punctuation token,
     *     which has no bit, could be it)
     */
    static long registerWords(java.util.Collection<String> words) {
        java.util.Set<String> letters = new java.util.HashSet<>();
        for (String w : words) {
            if (!hasLetter(w)) {
                throw new IllegalArgumentException("a word without letters: \"" + w + "\"");
            }
            if (allLetters(w)) {
                letters.add(w);
            }
        }
        return register(letters, List.of());
    }

    /**
     * Registers a set of words for {@link #contains}, which is asked only about word tokens: the
     * entries without a letter ("&amp;") are left out, as a word token starts with a letter and cannot
     * be one; {@link #registerWords} refuses them instead, since {@link #may} is asked about any token.
     *
     * @param words lower-case words
     * @return the set's bit, or 0 when 63 are registered already
     */
    static long registerWordTokens(java.util.Collection<String> words) {
        List<String> lettered = new ArrayList<>();
        for (String w : words) {
            if (hasLetter(w)) {
                lettered.add(w);
            }
        }
        return registerWords(lettered);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Chars.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param masks a sentence's masks
     * @param i a token of it
     * @param bit a registered bit, or 0
     * @return false when the token is certainly not one of the words or expressions of the bit
     */
    static boolean may(long[] masks, int i, long bit) {
        return bit == 0 || (masks[i] & bit) != 0;
    }

    /**
     * Whether a word token is in a registered word set: the mask answers for a token of letters
     * alone, whose mask was looked up by its exact lower-case text; the set for any other.
     *
     * @param masks a sentence's masks
     * @param i a {@link Token.Type#WORD} token of it
     * @param bit the bit {@link #registerWords} gave the set, or 0
     * @param words the set
     * @param lower the token's lower-case text
     * @return whether {@code words} holds {@code lower}
     */
    static boolean contains(long[] masks, int i, long bit, Set<String> words, String lower) {
        return bit != 0 && masks[i] >= 0 ? (masks[i] & bit) != 0 : words.contains(lower);
    }

    /**
     * @param text the text the tokens are in
     * @param tokens a sentence's tokens
     * @param bit a registered bit, or 0
     * @return false when certainly no token of the sentence is one of the words or expressions of the bit
     */
    static boolean any(CharSequence text, List<Token> tokens, long bit) {
        long[] masks = of(text, tokens);
        for (int i = 0; i < masks.length; i++) {
            if (may(masks, i, bit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text the text the tokens are in
     * @param tokens a sentence's tokens (or any list of a text's tokens, by identity)
     * @return per token, the bits of the expressions that may start a match at it; negative for a
     *     token whose lower-case text is not its letters alone
     */
    static long[] of(CharSequence text, List<Token> tokens) {
        Registry r = registry;
        WeakReference<Cache> ref = LAST.get();
        Cache cache = ref == null ? null : ref.get();
        if (cache == null || cache.text != text || cache.registry != r) {
            cache = new Cache(text, r);
            LAST.set(new WeakReference<>(cache));
        }
        if (cache.lastTokens == tokens) {
            return cache.lastMasks;
        }
        long[] masks = cache.masks.get(tokens);
        if (masks == null) {
            masks = compute(r, tokens);
            if (cache.masks.size() >= MAX_KEPT) {
                // the same string parsed again and again on a thread keeps its cache: bound it
                cache.masks.clear();
            }
            cache.masks.put(tokens, masks);
        }
        cache.lastTokens = tokens;
        cache.lastMasks = masks;
        return masks;
    }

    private static long[] compute(Registry r, List<Token> tokens) {
        long[] masks = new long[tokens.size()];
        for (int i = 0; i < masks.length; i++) {
            Token t = tokens.get(i);
            if (t.type() != Token.Type.WORD) {
                continue;
            }
            String lower = t.lowerCase();
            if (lower.length() != t.span().length() || !allLetters(lower)) {
                masks[i] = -1L; // scanned by character
                continue;
            }
            long m = r.table().get(lower);
            Prefix[] ps = r.prefixes(lower.charAt(0));
            if (ps != null) {
                for (Prefix p : ps) {
                    if (lower.startsWith(p.letters())) {
                        m |= p.bit();
                    }
                }
            }
            masks[i] = m;
        }
        return masks;
    }

    /** Whether a string is letters only. */
    static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
