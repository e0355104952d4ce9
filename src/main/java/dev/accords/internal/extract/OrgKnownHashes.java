package dev.accords.internal.extract;

import dev.accords.text.Token;
import java.util.Collection;
import java.util.List;

/**
 * 64-bit hashes of the lower-case ASCII keys of {@link OrgLexicon#KNOWN}, in an open-addressed table:
 * a run of tokens whose joined form (as {@code OrgKinds} joins it) hashes to none of them is no known
 * organisation, found without the joined string, its lower-case copy or a map look-up. A hit, or a
 * run with a character outside ASCII (whose lower case may change in length or turn into ASCII), is
 * left to the map.
 */
final class OrgKnownHashes {
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** What a hash is for a text with a character outside ASCII; no ASCII text has it. */
    private static final long NOT_ASCII = 0;

    private static final OrgKnownHashes KNOWN = new OrgKnownHashes(OrgLexicon.KNOWN.keySet());

    private final long[] table;
    private final int shift;

    private OrgKnownHashes(Collection<String> keys) {
        int bits = 4;
        while ((1 << bits) < keys.size() * 2) {
            bits++;
        }
        table = new long[1 << bits];
        shift = Long.SIZE - bits;
        for (String k : keys) {
            long h = SEED;
            for (int i = 0; i < k.length() && h != NOT_ASCII; i++) {
                h = step(h, k.charAt(i));
            }
            if (h != NOT_ASCII) {
                add(h | 1);
            }
        }
    }

    /** One character into the hash; {@link #NOT_ASCII} for one outside ASCII. */
    private static long step(long h, char c) {
        if (c >= 128) {
            return NOT_ASCII;
        }
        if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        return (h ^ c) * PRIME;
    }

    private void add(long h) {
        int i = (int) (h >>> shift);
        while (table[i] != 0 && table[i] != h) {
            i = (i + 1) & (table.length - 1);
        }
        table[i] = h;
    }

    private boolean contains(long h) {
        int i = (int) (h >>> shift);
        while (table[i] != 0) {
            if (table[i] == h) {
                return true;
            }
            i = (i + 1) & (table.length - 1);
        }
        return false;
    }

    /**
     * Whether {@code OrgLexicon.KNOWN} may hold the lower case of the tokens' texts joined as {@code
     * OrgKinds} joins them (a space before each token but the first, "." and ","), read in place.
     *
     * @param tokens the tokens of a name
     * @return false only when the look-up certainly finds nothing
     */
    static boolean mayBeKnown(List<Token> tokens) {
        long h = SEED;
        boolean any = false;
        for (int k = 0; k < tokens.size(); k++) {
            String s = tokens.get(k).text();
            if (any && !s.equals(".") && !s.equals(",")) {
                h = step(h, ' ');
            }
            for (int i = 0; i < s.length(); i++) {
                h = step(h, s.charAt(i));
                if (h == NOT_ASCII) {
                    return true;
                }
            }
            any |= !s.isEmpty();
        }
        return KNOWN.contains(h | 1);
    }
}
