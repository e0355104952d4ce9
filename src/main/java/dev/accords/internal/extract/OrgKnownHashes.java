package dev.accords.internal.extract;

import dev.accords.internal.lexicon.KeyHashes;
import dev.accords.text.Token;
import java.util.List;

/**
 * The {@link KeyHashes} of the lower-case ASCII keys of {@link OrgLexicon#KNOWN}:
 * a run of tokens whose joined form (as {@code OrgKinds} joins it) hashes to none of them is no known
 * organisation, found without the joined string, its lower-case copy or a map look-up. A hit, or a
 * run with a character outside ASCII (whose lower case may change in length or turn into ASCII), is
 * left to the map.
 */
final class OrgKnownHashes {
    private static final KeyHashes KNOWN = new KeyHashes(OrgLexicon.KNOWN.keySet());

    private OrgKnownHashes() {}

    /**
     * Whether {@code OrgLexicon.KNOWN} may hold the lower case of the tokens' texts joined as {@code
     * OrgKinds} joins them (a space before each token but the first, "." and ","), read in place.
     *
     * @param tokens the tokens of a name
     * @return false only when the look-up certainly finds nothing
     */
    static boolean mayBeKnown(List<Token> tokens) {
        long h = KeyHashes.START;
        boolean any = false;
        for (int k = 0; k < tokens.size(); k++) {
            String s = tokens.get(k).text();
            if (any && !s.equals(".") && !s.equals(",")) {
                h = KeyHashes.step(h, ' ');
            }
            for (int i = 0; i < s.length(); i++) {
                h = KeyHashes.step(h, s.charAt(i));
                if (h == KeyHashes.NOT_ASCII) {
                    return true;
                }
            }
            any |= !s.isEmpty();
        }
        return KNOWN.mayContain(KeyHashes.finish(h));
    }
}
