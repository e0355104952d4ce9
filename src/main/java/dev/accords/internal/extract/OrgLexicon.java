package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.OrganisationKind;
import dev.accords.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists behind organisation names, loaded once, with the token tests built on them. */
final class OrgLexicon {
    static final Map<String, String> HEADS = Lexicon.map("organisation-heads.tsv");
    static final Map<String, String> KIND_HINTS = Lexicon.map("organisation-kind-hints.tsv");
    /** Known organisations as written: the file is read once for this and {@link #KNOWN}. */
    private static final Map<String, String> KNOWN_AS_WRITTEN = Lexicon.casedMap("known-organisations.tsv");

    static final Map<String, String> KNOWN = lowerKeys(KNOWN_AS_WRITTEN);
    static final Set<String> KNOWN_CASED = Sets.copyOf(KNOWN_AS_WRITTEN.keySet());
    static final Set<String> FINANCIAL = Lexicon.lowerSet("financial-words.txt");
    static final Set<String> CONNECTORS = Lexicon.lowerSet("organisation-connectors.txt");
    static final Set<String> OPENERS = Lexicon.lowerSet("sentence-openers.txt");
    static final Set<String> NOT_ACRONYMS = Lexicon.lowerSet("non-organisation-acronyms.txt");
    static final Set<String> GENERIC = Lexicon.lowerSet("generic-name-words.txt");
    static final Set<String> DEFINED_TERMS = Lexicon.lowerSet("defined-terms.txt");
    static final Set<String> VENUE_WORDS = Lexicon.lowerSet("venue-words.txt");
    static final Set<String> UNIT_HEADS = Lexicon.lowerSet("unit-heads.txt");
    static final Set<String> STRONG_HEADS = Lexicon.lowerSet("strong-heads.txt");
    static final Set<String> HONORIFICS = Lexicon.lowerSet("honorifics.txt");
    static final Set<String> FUNCTION_WORDS = Lexicon.lowerSet("english-function-words.txt");
    static final Set<String> LEGAL = Sets.of(
            "co",
            "ltd",
            "limited",
            "inc",
            "incorporated",
            "llc",
            "plc",
            "corp",
            "bhd",
            "sdn",
            "pvt",
            "pte",
            "jsc",
            "pjsc",
            "ag",
            "gmbh",
            "sa",
            "spa",
            "bv",
            "nv",
            "lp",
            "llp",
            "oyj",
            "s.a.",
            "s.a",
            "s.p.a.",
            "n.v.",
            "b.v.",
            "ltda",
            "sarl",
            "srl",
            "s.r.l.",
            "s.a.s.",
            "sas",
            "kft",
            "zrt",
            "tbk",
            "ojsc",
            "cjsc");
    static final Set<String> ABBREVIATED = Sets.of("co", "ltd", "inc", "corp", "bhd", "pvt", "pte", "jsc", "plc");
    /**
     * Titles as word sequences, lower case, longest first (file order among equal lengths). Read once
     * for the tables below and for {@link PersonExtractor}: the static initialisers run cold in the
     * first parse, so they use loops, not streams and lambdas (#7).
     */
    static final List<String[]> TITLES = titles();
    /** Last words of titles ("manager", "director"), lower case. */
    static final Set<String> TITLE_WORDS = titleWords();
    /** Plural nouns whose possessive stays inside a name: "People's Government", "Women's Federation". */
    static final Set<String> POSSESSIVE_IN_NAMES = Sets.of(
            "people",
            "women",
            "children",
            "workers",
            "farmers",
            "men",
            "veterans",
            "employees",
            "citizens",
            "peoples",
            "nations",
            "scientists",
            "journalists",
            "writers",
            "artists",
            "youth");
    /** Titles by their first word, each list longest first. */
    static final java.util.Map<String, List<String[]>> TITLES_BY_FIRST = titlesByFirst();

    /** Most specific first: a name with a bank word and a company suffix is financial. */
    static final List<OrganisationKind> PRIORITY = List.of(
            OrganisationKind.FINANCIAL,
            OrganisationKind.HEALTHCARE,
            OrganisationKind.INTERNATIONAL,
            OrganisationKind.ACADEMIC,
            OrganisationKind.ASSOCIATION,
            OrganisationKind.GOVERNMENT,
            OrganisationKind.COMPANY,
            OrganisationKind.OTHER);

    private OrgLexicon() {}

    static String lower(Token t) {
        return t.lowerCase();
    }

    static boolean isWord(Token t) {
        return t.type() == Token.Type.WORD;
    }

    static boolean isCapitalised(Token t) {
        return isWord(t) && t.isCapitalised();
    }

    static boolean isHead(Token t) {
        return isCapitalised(t) && HEADS.containsKey(lower(t));
    }

    static boolean isLegal(Token t) {
        return isCapitalised(t) && LEGAL.contains(lower(t));
    }

    static boolean isConnector(Token t) {
        return (isWord(t) && CONNECTORS.contains(lower(t))) || t.text().equals("&");
    }

    static boolean isOpener(Token t) {
        return isWord(t) && (OPENERS.contains(lower(t)) || HONORIFICS.contains(lower(t)));
    }

    /** All upper case, 2 to 10 characters, letters first: "CAMCE", "EESL", "R&D" is excluded by the stop list. */
    static boolean isAcronym(Token t) {
        String s = t.text();
        if (!isWord(t) || s.length() < 2 || s.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return upper >= 2 && !NOT_ACRONYMS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** A single word ending in "bank" ("Vnesheconombank", "EximBank"). */
    static boolean isBankWord(Token t) {
        String l = lower(t);
        return isCapitalised(t) && l.length() > 6 && l.endsWith("bank");
    }

    /** Length of the title starting at token {@code i} (0 if none), longest match, ignoring case. */
    static int titleAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !isWord(tokens.get(i))) {
            return 0;
        }
        List<String[]> candidates = TITLES_BY_FIRST.get(lower(tokens.get(i)));
        if (candidates == null) {
            return 0;
        }
        for (String[] title : candidates) { // longest first
            if (i + title.length > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < title.length && match; k++) {
                match = tokens.get(i + k).text().equalsIgnoreCase(title[k]);
            }
            if (match) {
                return title.length;
            }
        }
        return 0;
    }

    static OrganisationKind kind(String lexiconValue) {
        return OrganisationKind.valueOf(lexiconValue.toUpperCase(Locale.ROOT));
    }

    /** @return the entries with lower-case keys, in order: {@link Lexicon#map(String)} of the same file */
    private static Map<String, String> lowerKeys(Map<String, String> asWritten) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : asWritten.entrySet()) {
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Set<String> titleWords() {
        Set<String> out = new HashSet<>();
        for (String[] words : TITLES) {
            out.add(words[words.length - 1]);
        }
        return Sets.copyOf(out);
    }

    private static java.util.Map<String, List<String[]>> titlesByFirst() {
        java.util.Map<String, List<String[]>> out = new java.util.HashMap<>();
        for (String[] t : TITLES) {
            List<String[]> same = out.get(t[0]);
            if (same == null) {
                same = new java.util.ArrayList<>();
                out.put(t[0], same);
            }
            same.add(t);
        }
        return Sets.copyOf(out);
    }

    private static List<String[]> titles() {
        List<String> lines = Lexicon.lines("titles.txt");
        List<String[]> split = new java.util.ArrayList<>(lines.size());
        int longest = 0;
        for (String t : lines) {
            String[] words = Patterns.splitAtRuns(t.toLowerCase(Locale.ROOT), false);
            split.add(words);
            longest = Math.max(longest, words.length);
        }
        // a stable sort, longest first: one pass per length
        List<String[]> out = new java.util.ArrayList<>(split.size());
        for (int n = longest; n >= 0; n--) {
            for (String[] words : split) {
                if (words.length == n) {
                    out.add(words);
                }
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
