package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations: runs of capitalised words ending in an organisation head word or legal suffix
 * ("… Engineering Co., Ltd.", "… Holdings Group", "Ministry of Health"), with the acronym or short
 * name given in brackets after them as an alias, and upper-case acronyms used on their own.
 */
final class OrganisationExtractor implements Extractor {
    static final Map<String, String> HEADS = Lexicon.map("organisation-heads.tsv");
    private static final Set<String> CONNECTORS = Lexicon.lowerSet("organisation-connectors.txt");
    private static final Set<String> OPENERS = Lexicon.lowerSet("sentence-openers.txt");
    private static final Set<String> NOT_ACRONYMS = Lexicon.lowerSet("non-organisation-acronyms.txt");
    /** A bracketed short name right after a name: "(CAMCE)", "(hereinafter referred to as "Sinosure")". */
    private static final Pattern ALIAS = Pattern.compile(
            "^\\s*\\((?:hereinafter(?: referred to as| called)?|hereafter|also known as|or|the)?\\s*\"?"
                    + "(?<alias>[\\p{Lu}][\\p{L}\\d&.' -]{0,40}?)\"?\\)");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}][\\p{Lu}\\d&-]{1,9}");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        Map<String, Organisation.Builder> byName = new LinkedHashMap<>();
        Map<String, String> aliasToName = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int[] found = nameAt(tokens, i);
                if (found == null) {
                    i++;
                    continue;
                }
                Span span = Span.of(tokens.get(found[0]).span().start(), tokens.get(found[1]).span().end());
                String name = ctx.text().originalOf(span);
                Organisation.Builder b = byName.computeIfAbsent(name, n -> Organisation.builder()
                        .name(n)
                        .kind(kind(tokens, found[0], found[1])));
                b.addSpan(span);
                Matcher am = ALIAS.matcher(text).region(span.end(), s.span().end());
                if (am.lookingAt()) {
                    String alias = am.group("alias").strip();
                    if (!alias.equalsIgnoreCase(name) && !alias.equalsIgnoreCase("the Company")) {
                        b.addAlias(ctx.text().original().substring(am.start("alias"), am.start("alias") + alias.length()));
                        aliasToName.putIfAbsent(alias, name);
                    }
                }
                i = found[1] + 1;
            }
        }
        addAcronyms(ctx, byName, aliasToName);
        for (Organisation.Builder b : byName.values()) {
            ctx.addOrganisation(b.build());
        }
    }

    /** Stand-alone acronyms used at least twice, or once next to other organisations, that are not aliases. */
    private static void addAcronyms(
            ExtractionContext ctx, Map<String, Organisation.Builder> byName, Map<String, String> aliases) {
        Map<String, List<Span>> seen = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            for (Token t : s.tokens()) {
                if (t.type() == Token.Type.WORD && ACRONYM.matcher(t.text()).matches() && t.text().length() >= 3
                        && !NOT_ACRONYMS.contains(t.text().toLowerCase(Locale.ROOT))
                        && !isInsideName(byName, t.span())) {
                    seen.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.span());
                }
            }
        }
        for (Map.Entry<String, List<Span>> e : seen.entrySet()) {
            String acronym = e.getKey();
            if (aliases.containsKey(acronym) || byName.containsKey(acronym)) {
                continue;
            }
            if (e.getValue().size() >= 2) {
                Organisation.Builder b = Organisation.builder().name(acronym).kind(OrganisationKind.OTHER);
                e.getValue().forEach(b::addSpan);
                byName.put(acronym, b);
            }
        }
    }

    private static boolean isInsideName(Map<String, Organisation.Builder> byName, Span span) {
        for (Organisation.Builder b : byName.values()) {
            for (Span s : b.build().spans()) {
                if (s.contains(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The organisation name starting at or around token {@code i}, as first and last token index; or
     * null when token {@code i} does not end in a head word.
     */
    static int[] nameAt(List<Token> tokens, int i) {
        if (!isHead(tokens.get(i))) {
            return null;
        }
        int left = i;
        while (left - 1 >= 0) {
            Token prev = tokens.get(left - 1);
            if (isCapitalised(prev) && !isSentenceOpener(tokens, left - 1)) {
                left--;
            } else if (isConnector(prev) && left - 2 >= 0 && isCapitalised(tokens.get(left - 2))
                    && !isSentenceOpener(tokens, left - 2)) {
                left -= 2;
            } else {
                break;
            }
        }
        int right = extendRight(tokens, i);
        if (left == right) {
            return null; // a lone "Bank" or "Group" is not a name
        }
        return new int[] {left, right};
    }

    private static int extendRight(List<Token> tokens, int i) {
        int right = i;
        while (right + 1 < tokens.size()) {
            Token next = tokens.get(right + 1);
            boolean adjacent = next.span().start() == tokens.get(right).span().end();
            if (next.text().equals(".") && adjacent && isAbbreviatedHead(tokens.get(right))) {
                right++;
            } else if (next.text().equals(",") && right + 2 < tokens.size() && isLegalSuffix(tokens.get(right + 2))) {
                right += 2;
            } else if (isHead(next) || isLegalSuffix(next)) {
                right++;
            } else if (next.text().equals("(") && right + 3 < tokens.size()
                    && isHead(tokens.get(right + 2)) && tokens.get(right + 3).text().equals(")")) {
                right += 3; // "Investment (Group) Co."
            } else if (next.text().equalsIgnoreCase("of") && right + 2 < tokens.size()
                    && isCapitalised(tokens.get(right + 2))) {
                int j = right + 2;
                while (j + 1 < tokens.size() && (isCapitalised(tokens.get(j + 1))
                        || (isConnector(tokens.get(j + 1)) && j + 2 < tokens.size() && isCapitalised(tokens.get(j + 2))))) {
                    j += isCapitalised(tokens.get(j + 1)) ? 1 : 2;
                }
                right = j;
            } else {
                break;
            }
        }
        return right;
    }

    private static boolean isHead(Token t) {
        return t.type() == Token.Type.WORD && t.isCapitalised() && HEADS.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isAbbreviatedHead(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("co") || w.equals("ltd") || w.equals("inc") || w.equals("corp") || w.equals("bhd")
                || w.equals("pvt") || w.equals("pte") || w.equals("jsc");
    }

    private static boolean isLegalSuffix(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.type() == Token.Type.WORD
                && (w.equals("ltd") || w.equals("limited") || w.equals("inc") || w.equals("co") || w.equals("llc")
                        || w.equals("plc") || w.equals("bhd") || w.equals("sdn") || w.equals("corp"));
    }

    private static boolean isCapitalised(Token t) {
        return t.type() == Token.Type.WORD && t.isCapitalised();
    }

    private static boolean isConnector(Token t) {
        return t.type() == Token.Type.WORD && CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))
                || t.text().equals("&");
    }

    private static boolean isSentenceOpener(List<Token> tokens, int i) {
        return OPENERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }

    private static OrganisationKind kind(List<Token> tokens, int left, int right) {
        // the last head word decides, except legal suffixes that follow a more telling head
        for (int i = right; i >= left; i--) {
            Token t = tokens.get(i);
            String kind = HEADS.get(t.text().toLowerCase(Locale.ROOT));
            if (kind != null && !isLegalSuffix(t) && !t.text().equalsIgnoreCase("group")) {
                return OrganisationKind.valueOf(kind.toUpperCase(Locale.ROOT));
            }
        }
        return OrganisationKind.COMPANY;
    }

    @Override
    public String name() {
        return "builtin.organisations";
    }
}
