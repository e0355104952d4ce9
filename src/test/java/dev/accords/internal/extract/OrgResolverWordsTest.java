package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.internal.text.Chars;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words and initials of names, walked in place, against the splits they replace. */
class OrgResolverWordsTest {
    /** {@link OrgResolver#initials} as it was, with a split. */
    private static String plainInitials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            String l = w.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
            if (w.isEmpty()
                    || l.equals("the")
                    || OrgLexicon.CONNECTORS.contains(l)
                    || OrgLexicon.LEGAL.contains(l)
                    || !Chars.isLetter(w.charAt(0))) {
                continue;
            }
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString();
    }

    /** {@link OrgResolver#initialsWithConnectors} as it was, with a split. */
    private static String plainInitialsWithConnectors(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Chars.isLetter(w.charAt(0)) && !w.equalsIgnoreCase("the")) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /** {@link OrgResolver#wordsOf} as it was, with a split. */
    private static List<String> plainWordsOf(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.equals("the") && !w.isEmpty()) {
                char last = w.charAt(w.length() - 1);
                out.add(last == '.' || last == ',' ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static void assertSame(String name) {
        assertThat(OrgResolver.initials(name)).as(name).isEqualTo(plainInitials(name));
        assertThat(OrgResolver.initialsWithConnectors(name)).as(name).isEqualTo(plainInitialsWithConnectors(name));
        assertThat(OrgResolver.wordsOf(name)).as(name).isEqualTo(plainWordsOf(name));
    }

    /** Every stretch of one to eight tokens of the corpus texts, as written. */
    private static Set<String> corpusNames() {
        Set<String> out = new LinkedHashSet<>();
        for (String original : CorpusTexts.all()) {
            SourceText source = SourceText.of(original);
            for (dev.accords.text.Sentence s : source.sentences()) {
                List<Token> tokens = s.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    for (int k = i; k < tokens.size() && k < i + 8; k++) {
                        out.add(source.originalOf(dev.accords.model.Span.of(
                                tokens.get(i).span().start(),
                                tokens.get(k).span().end())));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theWalkedFormsAreTheSplitFormsOnCorpusStretches() {
        Set<String> names = corpusNames();
        assertThat(names).hasSizeGreaterThan(10_000);
        names.forEach(OrgResolverWordsTest::assertSame);
    }

    @Test
    void theWalkedFormsAreTheSplitFormsOnGeneratedNames() {
        String[] pieces = {
            "The",
            "the",
            "THE",
            "tHe",
            "of",
            "OF",
            "and",
            "&",
            "Co.",
            "Co",
            "co.,",
            "LTD",
            "Ltd.",
            "S.A.",
            "s.a",
            "GmbH",
            "für",
            "FÜR",
            "İnc",
            "\u0130",
            "Σ",
            "China",
            "Export-Import",
            "Bank",
            "-",
            "--",
            " ",
            "  ",
            "\t",
            "\n",
            "\u00A0",
            "\u2003",
            ".",
            ",",
            "3M",
            "_x",
            "É",
            "Ω",
            "Petróleos",
            "de",
            "Del",
            "y",
            "e",
            "the-",
            "-the",
            ""
        };
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = random.nextInt(7);
            for (int k = 0; k < count; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(4) > 0) {
                    b.append(random.nextBoolean() ? " " : "-");
                }
            }
            assertSame(b.toString());
        }
        assertSame("");
        assertSame(" ");
        assertSame("-");
    }

    @Test
    void initialsLeaveOutSmallWordsAndLegalSuffixes() {
        assertThat(OrgResolver.initials("China National Petroleum Corp.")).isEqualTo("CNP");
        assertThat(OrgResolver.initials("The Export-Import Bank of China Co., Ltd."))
                .isEqualTo("EIBC");
        assertThat(OrgResolver.initialsWithConnectors("Forum on China-Africa Cooperation"))
                .isEqualTo("FOCAC");
        assertThat(OrgResolver.wordsOf("The Bank of China, Ltd.")).containsExactly("bank", "of", "china", "ltd");
    }
}
