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
    private static final Pattern ALIAS =
            Pattern.compile("^\\s*\\((?:hereinafter(?: referred to as| called)?|hereafter|also known as|or|the)?\\s*\"?"
                    + "(?<alias>[\\p{Lu}][\\p{L}\\d&.' -]{0,40}?)\"?\\)");

    private static final Set<String> TITLE_WORDS = titleWords();
    /** Words inside a name that tell its kind without being its head ("Insurance", "Research"). */
    private static final Map<String, String> KIND_HINTS = Lexicon.map("organisation-kind-hints.tsv");
    /** Most specific first: a name with a bank word and a company suffix is financial. */
    private static final List<OrganisationKind> PRIORITY = List.of(
            OrganisationKind.FINANCIAL,
            OrganisationKind.HEALTHCARE,
            OrganisationKind.INTERNATIONAL,
            OrganisationKind.ACADEMIC,
            OrganisationKind.ASSOCIATION,
            OrganisationKind.GOVERNMENT,
            OrganisationKind.COMPANY,
            OrganisationKind.OTHER);

    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}][\\p{Lu}\\d&-]{1,9}");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        Map<String, Organisation.Builder> byName = new LinkedHashMap<>();
        Map<String, String> aliasToName = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            int floor = 0; // a name never reaches back into the one before it
            while (i < tokens.size()) {
                int[] found = nameAt(tokens, i, floor);
                if (found == null) {
                    i++;
                    continue;
                }
                Span span = Span.of(
                        tokens.get(found[0]).span().start(),
                        tokens.get(found[1]).span().end());
                String name = ctx.text().originalOf(span);
                Organisation.Builder b = byName.computeIfAbsent(
                        name, n -> Organisation.builder().name(n).kind(kind(tokens, found[0], found[1])));
                b.addSpan(span);
                Matcher am = ALIAS.matcher(text).region(span.end(), s.span().end());
                if (am.lookingAt()) {
                    String alias = am.group("alias").strip();
                    if (!alias.equalsIgnoreCase(name) && !alias.equalsIgnoreCase("the Company")) {
                        b.addAlias(
                                ctx.text().original().substring(am.start("alias"), am.start("alias") + alias.length()));
                        aliasToName.putIfAbsent(alias, name);
                    }
                }
                i = found[1] + 1;
                floor = i;
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
                if (t.type() == Token.Type.WORD
                        && ACRONYM.matcher(t.text()).matches()
                        && t.text().length() >= 3
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
    static int[] nameAt(List<Token> tokens, int i, int floor) {
        if (!isHead(tokens.get(i))) {
            return null;
        }
        int left = i;
        while (left - 1 >= floor) {
            Token prev = tokens.get(left - 1);
            if (isCapitalised(prev) && !isSentenceOpener(tokens, left - 1)) {
                left--;
            } else if (isConnector(prev)
                    && left - 2 >= floor
                    && isCapitalised(tokens.get(left - 2))
                    && !isSentenceOpener(tokens, left - 2)
                    && !followsTitle(tokens, left - 2, floor)) {
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
            boolean last = right + 1 == tokens.size() - 1;
            if (next.text().equals(".") && adjacent && isAbbreviatedHead(tokens.get(right)) && !last) {
                right++;
            } else if (next.text().equals(",") && right + 2 < tokens.size() && isLegalSuffix(tokens.get(right + 2))) {
                right += 2;
            } else if (isHead(next) || isLegalSuffix(next)) {
                right++;
            } else if (next.text().equals("(")
                    && right + 3 < tokens.size()
                    && isHead(tokens.get(right + 2))
                    && tokens.get(right + 3).text().equals(")")) {
                right += 3; // "Investment (Group) Co."
            } else if (isComplementLink(next) && right + 2 < tokens.size() && isCapitalised(tokens.get(right + 2))) {
                int j = right + 2;
                while (j + 1 < tokens.size()
                        && (isCapitalised(tokens.get(j + 1))
                                || (isConnector(tokens.get(j + 1))
                                        && j + 2 < tokens.size()
                                        && isCapitalised(tokens.get(j + 2))))) {
                    j += isCapitalised(tokens.get(j + 1)) ? 1 : 2;
                }
                right = j;
            } else {
                break;
            }
        }
        return right;
    }

    /** "of", "for", "on": "Ministry of Health", "Association for International Education". */
    private static boolean isComplementLink(Token t) {
        String w = t.text();
        return w.equals("of") || w.equals("for") || w.equals("on");
    }

    /**
     * Whether the capitalised run ending at token {@code end} stands right after a title word
     * ("Chief Minister Naveen Patnaik and Tata Trusts"): that run is a person, not part of a name.
     */
    private static boolean followsTitle(List<Token> tokens, int end, int floor) {
        int start = end;
        while (start - 1 >= floor && isCapitalised(tokens.get(start - 1)) && !isSentenceOpener(tokens, start - 1)) {
            start--;
        }
        return start - 1 >= floor
                && TITLE_WORDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean isHead(Token t) {
        return t.type() == Token.Type.WORD
                && t.isCapitalised()
                && HEADS.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isAbbreviatedHead(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("co")
                || w.equals("ltd")
                || w.equals("inc")
                || w.equals("corp")
                || w.equals("bhd")
                || w.equals("pvt")
                || w.equals("pte")
                || w.equals("jsc");
    }

    private static boolean isLegalSuffix(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.type() == Token.Type.WORD
                && (w.equals("ltd")
                        || w.equals("limited")
                        || w.equals("inc")
                        || w.equals("co")
                        || w.equals("llc")
                        || w.equals("plc")
                        || w.equals("bhd")
                        || w.equals("sdn")
                        || w.equals("corp"));
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

    /**
     * The kind: for "X of Y" where Y is an organisation in its own right, Y's kind; else the most
     * specific kind among the head words and kind hints of the name (a bank is financial even when it
     * is also a corporation).
     */
    private static OrganisationKind kind(List<Token> tokens, int left, int right) {
        for (int i = left + 1; i < right; i++) {
            if (isComplementLink(tokens.get(i)) && isHead(tokens.get(right)) && !isLegalSuffix(tokens.get(right))
                    || isComplementLink(tokens.get(i)) && hasCompanyHead(tokens, i + 1, right)) {
                OrganisationKind inner = kindOf(tokens, i + 1, right);
                if (inner != OrganisationKind.OTHER) {
                    return inner;
                }
            }
        }
        OrganisationKind k = kindOf(tokens, left, right);
        return k == OrganisationKind.OTHER ? OrganisationKind.COMPANY : k;
    }

    private static boolean hasCompanyHead(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if ("company".equals(HEADS.get(tokens.get(i).text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static OrganisationKind kindOf(List<Token> tokens, int from, int to) {
        OrganisationKind best = OrganisationKind.OTHER;
        for (int i = from; i <= to; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String kind = KIND_HINTS.getOrDefault(w, HEADS.get(w));
            if (kind != null) {
                OrganisationKind k = OrganisationKind.valueOf(kind.toUpperCase(Locale.ROOT));
                if (PRIORITY.indexOf(k) < PRIORITY.indexOf(best)) {
                    best = k;
                }
            }
        }
        return best;
    }

    private static Set<String> titleWords() {
        Set<String> out = new java.util.HashSet<>();
        for (String t : Lexicon.lines("titles.txt")) {
            String[] words = t.split("\\s+");
            out.add(words[words.length - 1].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    @Override
    public String name() {
        return "builtin.organisations";
    }
}
