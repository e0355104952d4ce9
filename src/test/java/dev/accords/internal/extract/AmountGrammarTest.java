package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AmountGrammar} one phrase at a time: each case is a sentence, then the phrase found as
 * {@code value[..upper] CURRENCY qualifier "text"} ({@code ~family} for a shared sign).
 */
class AmountGrammarTest {
    private static String one(String sentence) {
        List<AmountGrammar.Written> found = AmountGrammar.find(sentence, 0, sentence.length());
        assertThat(found).as(sentence).hasSize(1);
        AmountGrammar.Written w = found.get(0);
        return w.value().toPlainString()
                + w.upper().map(u -> ".." + u.toPlainString()).orElse("")
                + " " + w.currency() + " " + w.qualifier().name().toLowerCase()
                + " \"" + w.span().of(sentence) + "\"";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The bank lent CNY5bn to the port.                 | 5000000000 CNY exact "CNY5bn"
            It raised US$1.2 billion.                          | 1200000000 USD exact "US$1.2 billion"
            It raised US $1.2 billion.                         | 1200000000 USD exact "US $1.2 billion"
            Bonds worth US$ 1.2 bln were sold.                  | 1200000000 USD exact "US$ 1.2 bln"
            A $4.5M program.                                   | 4500000 ~dollar exact "$4.5M"
            A $500K grant.                                     | 500000 ~dollar exact "$500K"
            Gavi's $1.2 Billion pledge.                        | 1200000000 ~dollar exact "$1.2 Billion"
            China, Africa sign $20.8bn-worth deals.             | 20800000000 ~dollar exact "$20.8bn"
            A $1.5-billion loan.                                | 1500000000 ~dollar exact "$1.5-billion"
            It costs € 30 million.                             | 30000000 EUR exact "€ 30 million"
            The cash is RMB254,235,300.                         | 254235300 CNY exact "RMB254,235,300"
            A sum of Rs. 800 crores.                            | 8000000000 ~rupee exact "Rs. 800 crores"
            It needs Rs 500cr.                                  | 5000000000 ~rupee exact "Rs 500cr"
            MoUs worth ₹1.5 lakh crore.                         | 1500000000000 INR exact "₹1.5 lakh crore"
            It got 21.9亿元 last year.                          | 2190000000 CNY exact "21.9亿元"
            It got 人民币5亿元 last year.                        | 500000000 CNY exact "人民币5亿元"
            It got 1.2万亿元 last year.                         | 1200000000000 CNY exact "1.2万亿元"
            The loan is 22.9 bln USD.                          | 22900000000 USD exact "22.9 bln USD"
            Investment of 100 Million Euros.                   | 100000000 EUR exact "100 Million Euros"
            Exports of 2 billion U.S. dollars.                 | 2000000000 USD exact "2 billion U.S. dollars"
            A 1.2 billion-dollar plan.                         | 1200000000 ~dollar exact "1.2 billion-dollar"
            Sales of 5 million Hong Kong dollars.              | 5000000 HKD exact "5 million Hong Kong dollars"
            The fund is N50 billion.                           | 50000000000 NGN exact "N50 billion"
            Traders got KSh 2 billion.                         | 2000000000 KES exact "KSh 2 billion"
            Revenue of RM1.5 billion.                          | 1500000000 MYR exact "RM1.5 billion"
            A Dh260 million pledge.                            | 260000000 ~dirham exact "Dh260 million"
            It pays R250,000 a year.                           | 250000 ZAR exact "R250,000"
            Shares closed at 12.40 yuan.                       | 12.40 CNY exact "12.40 yuan"
            The NSW program got $US5 million.                  | 5000000 USD exact "$US5 million"
            The Treasury allocated Ksh.2 billion.              | 2000000000 KES exact "Ksh.2 billion"
            The board approved Bt45 billion.                   | 45000000000 THB exact "Bt45 billion"
            Petronas signed deals worth RM5bil.                | 5000000000 MYR exact "RM5bil"
            A corpus of Rs 5,000-crore.                        | 50000000000 ~rupee exact "Rs 5,000-crore"
            The bank lends EUR 5 Mrd.                          | 5000000000 EUR exact "EUR 5 Mrd"
            """)
    void forms(String sentence, String expected) {
        assertThat(one(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It pledged two billion dollars.                    | 2000000000 ~dollar exact "two billion dollars"
            It pledged twenty-five million euros.             | 25000000 EUR exact "twenty-five million euros"
            It pledged twenty five million euros.             | 25000000 EUR exact "twenty five million euros"
            It pledged two hundred and fifty-five million yuan. | 255000000 CNY exact "two hundred and fifty-five million yuan"
            It pledged a hundred million yuan.                 | 100000000 CNY exact "a hundred million yuan"
            It pledged half a billion dollars.                 | 500000000 ~dollar exact "half a billion dollars"
            It pledged a billion euros.                        | 1000000000 EUR exact "a billion euros"
            """)
    void spelledNumbers(String sentence, String expected) {
        assertThat(one(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It will cost $1-2 billion.                          | 1000000000..2000000000 ~dollar exact "$1-2 billion"
            It will cost $1 - 2 billion.                        | 1000000000..2000000000 ~dollar exact "$1 - 2 billion"
            It will cost $1 billion-$2 billion.                 | 1000000000..2000000000 ~dollar exact "$1 billion-$2 billion"
            It will cost between $1 and $2 billion.             | 1000000000..2000000000 ~dollar exact "$1 and $2 billion"
            It will cost $1 to 2 billion.                       | 1000000000..2000000000 ~dollar exact "$1 to 2 billion"
            It will cost 1-2 billion yuan.                      | 1000000000..2000000000 CNY exact "1-2 billion yuan"
            It will cost Rs 500-600 crore.                      | 5000000000..6000000000 ~rupee exact "Rs 500-600 crore"
            Shares sold for $500,000 to $1 million.             | 500000..1000000 ~dollar exact "$500,000 to $1 million"
            Shares trade at US$10-20.                           | 10..20 USD exact "US$10-20"
            """)
    void ranges(String sentence, String expected) {
        assertThat(one(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Over $400 million was raised.                      | at_least
            It is more than an 804 billion INR plan.           | at_least
            It is worth in excess of £1 billion.               | at_least
            Sales will exceed US$3 billion.                    | at_least
            It raised $5 million or more.                      | at_least
            It is a $2bn-plus plan.                            | at_least
            It lends up to $1 billion.                         | at_most
            It costs less than $1 million.                     | at_most
            It is capped at €5 million.                        | at_most
            It costs nearly $2 billion.                        | approximate
            It costs approx. $2 billion.                       | approximate
            It costs an estimated RM1.12 billion.              | approximate
            It costs some €11 million.                         | approximate
            It costs $2 billion or so.                         | approximate
            Under a $2 billion deal, the port grows.           | exact
            The top $1 million prize went to Kenya.            | exact
            """)
    void qualifiers(String sentence, String qualifier) {
        assertThat(one(sentence)).contains(" " + qualifier + " ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Trade grew by 25 per cent in 2016.",
                "400 delegates from 53 countries attended.",
                "Call +86 10 1234 5678 for details.",
                "The Belt and Road Initiative turned 10 in 2023.",
                "The A320 fleet and the G20 summit.",
                "N 5 and R 20 are grid references.",
                "The SR71 flew at Mach 3.",
                "The team won 5 awards.",
                "They donated 500 pounds of rice.",
                "It is a billion-dollar company.",
                "The rate was $1 = 3.67 dirham.",
                "At US$1 = HK$7.8 the peg held.",
                "Prices are in 2019 dollars.",
                "Two dollars a day.",
                "hundred hundred thousand",
            })
    void notMoney(String sentence) {
        assertThat(AmountGrammar.find(sentence, 0, sentence.length()))
                .as(sentence)
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The plan is worth 804 billion INR ($12.39 billion) in all.   | exact
            It is more than an 804 billion INR ($12.39 billion) plan.    | at_least
            About Rs 800 crore (US$96 million) was spent.                | approximate
            """)
    void aConvertedFigureInBracketsTakesTheQualifierBeforeIt(String sentence, String qualifier) {
        List<AmountGrammar.Written> found = AmountGrammar.find(sentence, 0, sentence.length());
        assertThat(found).hasSize(2);
        assertThat(found.get(1).qualifier().name().toLowerCase()).isEqualTo(qualifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Revenue rose from $1 billion to $2 billion.  | 2
            It gave $10 million to 20 schools.            | 1
            The $10 million to Rs 80 crore swap.          | 2
            """)
    void notRanges(String sentence, int count) {
        List<AmountGrammar.Written> found = AmountGrammar.find(sentence, 0, sentence.length());
        assertThat(found).hasSize(count).allSatisfy(w -> assertThat(w.upper()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $          | dollar
            Rs         | rupee
            £          | pound
            Dh         | dirham
            Sh         | shilling
            ¥          | yen
            """)
    void sharedSignsNameTheirFamily(String sign, String family) {
        String sentence = "It costs " + sign + "5 billion.";
        AmountGrammar.Written w =
                AmountGrammar.find(sentence, 0, sentence.length()).get(0);
        assertThat(w.shared()).isTrue();
        assertThat(w.family()).isEqualTo(family);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It costs $5 billion.", "Over $400 million was raised.", "It is 21.9 billion yuan."})
    void theSpanLeavesOutQualifierWordsAndPunctuation(String sentence) {
        AmountGrammar.Written w =
                AmountGrammar.find(sentence, 0, sentence.length()).get(0);
        String text = w.span().of(sentence);
        assertThat(text).doesNotStartWith(" ").doesNotEndWith(".").doesNotContainIgnoringCase("over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prices: $5 million", "$5 million", "5 million yuan"})
    void findsPhrasesAtTheEdgesOfTheRegion(String sentence) {
        assertThat(AmountGrammar.find(sentence, 0, sentence.length())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx $5 million yy"})
    void searchesOnlyTheRegion(String sentence) {
        assertThat(AmountGrammar.find(sentence, 0, 4)).isEmpty();
        assertThat(AmountGrammar.find(sentence, 3, 14)).hasSize(1);
        // the scale word outside the region is not read: "$5"
        assertThat(AmountGrammar.find(sentence, 3, 5))
                .singleElement()
                .satisfies(w -> assertThat(w.value()).isEqualByComparingTo("5"));
    }

    /** Found by fuzzing (GrammarFuzzTest#amounts): a code after one number is not also the sign of the next. */
    @ParameterizedTest
    @ValueSource(strings = {"804 billion INR 1.9亿元", "It is 5 million USD 3 million.", "5 million yuan RMB 3 billion"})
    void phrasesDoNotOverlap(String sentence) {
        List<AmountGrammar.Written> found = AmountGrammar.find(sentence, 0, sentence.length());
        assertThat(found).isNotEmpty();
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).span().start())
                    .as("%s after %s", found.get(k), found.get(k - 1))
                    .isGreaterThanOrEqualTo(found.get(k - 1).span().end());
        }
        assertThat(found.get(0).span().of(sentence)).doesNotContain("  ");
    }

    /** The words and letters of the corpus fixtures, with case variants and letters whose lower case is ASCII. */
    private static List<String> corpusWords() throws java.io.IOException {
        List<String> words = new java.util.ArrayList<>(List.of(
                "a",
                "A",
                "an",
                "AN",
                "aN",
                "half",
                "HALF",
                "Half",
                "two",
                "TWO",
                "twenty",
                "Twenty",
                "hundred",
                "the",
                "and",
                "ten",
                "tenth",
                "twentyfive",
                "\u0130n",
                "\u212Aa",
                "a\u0130",
                "\u00E9t\u00E9",
                "\u00C5",
                "x",
                "zz",
                "onee",
                "on",
                "o",
                "n",
                "th\u00E9",
                "aa"));
        for (String text : dev.accords.corpus.CorpusTexts.all()) {
            int i = 0;
            while (i < text.length()) {
                if (!AmountGrammar.isLatin(text.charAt(i))) {
                    i++;
                    continue;
                }
                int e = i;
                while (e < text.length() && AmountGrammar.isLatin(text.charAt(e))) {
                    e++;
                }
                String w = text.substring(i, e);
                words.add(w);
                words.add(w.toUpperCase(java.util.Locale.ROOT));
                i = e;
            }
        }
        return words;
    }

    @Test
    void theFirstLettersRuleOutOnlyWordsThatStartNoNumber() throws java.io.IOException {
        // the table of the first words of the number words, as the grammar builds it
        java.util.Map<String, Boolean> first = new java.util.HashMap<>();
        for (String w : AmountGrammar.NUMBER_WORDS.keySet()) {
            first.put(w.split(" ")[0], Boolean.TRUE);
        }
        WordTable<Boolean> table = new WordTable<>(first);
        int ruledOut = 0;
        int numbers = 0;
        for (String w : corpusWords()) {
            boolean number = table.get(w, 0, w.length()) != null;
            boolean may = table.mayHold(w, 0, w.length());
            assertThat(may || !number).as(w).isTrue();
            ruledOut += may ? 0 : 1;
            numbers += number ? 1 : 0;
        }
        assertThat(numbers).isGreaterThan(10);
        assertThat(ruledOut).isGreaterThan(1000);
        // inside a longer text, by offsets
        String text = "xx Twenty-five and a half";
        assertThat(table.mayHold(text, 3, 9)).isTrue();
        assertThat(table.mayHold(text, 15, 18)).isFalse();
        assertThat(table.mayHold(text, 19, 20)).isTrue();
    }

    /** The plain code the qualifier look-up replaced: a lower-case string per run of words before. */
    private static dev.accords.model.Qualifier plainQualifierBefore(String text, int from, int start) {
        List<Integer> starts = new java.util.ArrayList<>();
        int k = start;
        while (starts.size() < 8) {
            if (k - 1 < from || text.charAt(k - 1) != ' ') {
                break;
            }
            int e = k - 1;
            int b = e;
            while (b > from
                    && (AmountGrammar.isLatin(text.charAt(b - 1))
                            || text.charAt(b - 1) == '.'
                            || text.charAt(b - 1) == '-')) {
                b--;
            }
            if (b == e) {
                break;
            }
            starts.add(b);
            k = b;
        }
        int max = 1;
        for (String q : AmountGrammar.BEFORE.keySet()) {
            max = Math.max(max, q.split(" ").length);
        }
        for (int n = Math.min(starts.size(), max) - 1; n >= 0; n--) {
            dev.accords.model.Qualifier q = AmountGrammar.BEFORE.get(
                    text.substring(starts.get(n), start - 1).toLowerCase(java.util.Locale.ROOT));
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    @Test
    void qualifiersBeforeAreReadAsTheLowerCaseStringsRead() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "It is MORE THAN $5 billion",
                "in excess of 5 billion yuan",
                "\u0130N EXCESS OF 5",
                "up-to 5",
                "Up To  5",
                "no more than 5",
                "well over \u212A 5",
                "UNDER 5",
                " over 5",
                "over 5",
                " 5",
                "5"));
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        int found = 0;
        for (String text : texts) {
            for (int start = 0; start <= text.length(); start++) {
                for (int from : new int[] {0, Math.max(0, start - 7)}) {
                    dev.accords.model.Qualifier expected = plainQualifierBefore(text, from, start);
                    assertThat(AmountGrammar.qualifierBefore(text, from, start))
                            .as("%s at %d from %d", text.substring(from, start), start, from)
                            .isEqualTo(expected);
                    found += expected != null ? 1 : 0;
                }
            }
        }
        assertThat(found).isGreaterThan(20);
    }
}
