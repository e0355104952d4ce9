package dev.accords.internal.extract;

import static dev.accords.internal.extract.OrgLexicon.lower;

import dev.accords.model.OrganisationKind;
import dev.accords.text.Token;
import java.util.List;

/** The kind of an organisation from the words of its name. */
final class OrgKinds {
    private OrgKinds() {}

    /**
     * @param tokens the tokens of the name
     * @return its kind: for "Unit of X", X's kind; a bank, insurance or exchange word makes it
     *     financial; else the last head word decides, refined by hints for ambiguous heads
     *     ("Research Office", "Cancer Centre"); a name with only a legal suffix is a company
     */
    static OrganisationKind of(List<Token> tokens) {
        // the joined, lower-case name is built only when a table of hashes of the known names may hold it
        String known = OrgKnownHashes.mayBeKnown(tokens)
                ? OrgLexicon.KNOWN.get(text(tokens).toLowerCase(java.util.Locale.ROOT))
                : null;
        if (known != null) {
            return OrgLexicon.kind(known);
        }
        int of = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (lower(tokens.get(i)).equals("of") || lower(tokens.get(i)).equals("for")) {
                of = i;
                break;
            }
        }
        if (of > 0) {
            Token head = lastHead(tokens, 0, of - 1);
            if (head != null
                    && lower(tokens.get(of)).equals("of")
                    && OrgLexicon.UNIT_HEADS.contains(lower(head))
                    && lastHead(tokens, of + 1, tokens.size() - 1) != null) {
                return of(tokens.subList(
                        of + 1, tokens.size())); // "Department of China Export & Credit Insurance Corporation"
            }
        }
        for (Token t : of > 0 ? tokens.subList(0, of) : tokens) {
            if (OrgLexicon.FINANCIAL.contains(lower(t)) || OrgLexicon.isBankWord(t)) {
                return OrganisationKind.FINANCIAL;
            }
        }
        Token head = of > 0 ? lastHead(tokens, 0, of - 1) : lastHead(tokens, 0, tokens.size() - 1);
        if (head == null) {
            head = lastHead(tokens, 0, tokens.size() - 1);
        }
        if (head == null) {
            return OrganisationKind.COMPANY;
        }
        OrganisationKind kind = OrgLexicon.kind(OrgLexicon.HEADS.get(lower(head)));
        if (OrgLexicon.UNIT_HEADS.contains(lower(head)) || kind == OrganisationKind.OTHER) {
            for (Token t : tokens) {
                String hint = OrgLexicon.KIND_HINTS.get(lower(t));
                if (hint != null) {
                    return OrgLexicon.kind(hint);
                }
            }
        }
        return kind;
    }

    /** The last head word in {@code [from, to]} that is not a legal suffix, or null. */
    private static Token lastHead(List<Token> tokens, int from, int to) {
        Token legal = null;
        for (int i = to; i >= from; i--) {
            Token t = tokens.get(i);
            if (OrgLexicon.isHead(t)) {
                if (!OrgLexicon.isLegal(t)) {
                    return t;
                }
                if (legal == null) {
                    legal = t;
                }
            }
        }
        return legal;
    }

    /**
     * @param tokens the tokens of a name
     * @return their texts joined with a space before each but the first, "." and ","
     */
    static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0 && !t.text().equals(".") && !t.text().equals(",")) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
