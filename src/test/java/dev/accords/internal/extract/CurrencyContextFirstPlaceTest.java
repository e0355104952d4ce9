package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.corpus.CorpusTexts;
import dev.accords.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CurrencyContext#firstPlace}, which reads words as far as it gets and skips hopeless ones, against the plain search. */
class CurrencyContextFirstPlaceTest {
    /** The search as it was: every word of the text first, then every window looked up. */
    private static CurrencyContext.Named plainFirstPlace(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Chars.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && (Chars.isLetter(text.charAt(e)) || ".'-".indexOf(text.charAt(e)) >= 0)) {
                e++;
            }
            words.add(new int[] {i, e});
            i = e;
        }
        for (int w = 0; w < words.size(); w++) {
            int start = words.get(w)[0];
            if (!Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            for (int len = Math.min(CurrencyContext.MAX_PLACE_WORDS, words.size() - w); len >= 1; len--) {
                if (!singleSpaced(text, words, w, len)) {
                    continue;
                }
                String place = text.substring(start, words.get(w + len - 1)[1]);
                String found = CurrencyContext.lookup(place);
                if (found != null) {
                    String code = CurrencyContext.PLACES.get(found);
                    if (!code.equals("-")) {
                        return new CurrencyContext.Named(place, code);
                    }
                    w += len - 1;
                    break;
                }
            }
        }
        return null;
    }

    private static boolean singleSpaced(String text, List<int[]> words, int w, int len) {
        for (int k = w; k < w + len - 1; k++) {
            if (words.get(k + 1)[0] - words.get(k)[1] != 1 || text.charAt(words.get(k)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    @Test
    void theCorpusLeadsNameTheSamePlaces() {
        int found = 0;
        for (String t : CorpusTexts.all()) {
            for (int from = 0; from < t.length(); from += 500) {
                String lead = "\n" + t.substring(from, Math.min(t.length(), from + CurrencyContext.LEAD));
                CurrencyContext.Named expected = plainFirstPlace(lead);
                assertThat(CurrencyContext.firstPlace(lead)).as(lead).isEqualTo(expected);
                found += expected == null ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void generatedTextsNameTheSamePlaces() {
        List<String> places = new ArrayList<>(CurrencyContext.PLACES.keySet());
        places.sort(null);
        List<String> other = List.of(
                "The",
                "Bank",
                "of",
                "and",
                "signed",
                "İstanbul",
                "Ḱiev",
                "ǅemal",
                "Côte",
                "d'Ivoire",
                "U.S.",
                "UK",
                "Us",
                "A",
                "I",
                "Hong-Kong",
                "Kong-listed",
                "New",
                "South",
                "Republic",
                "People's",
                "St.",
                "x",
                "Ölkə",
                "中国",
                "CHINA",
                "Chi",
                "Chin",
                "-",
                "'s");
        List<String> suffixes = List.of("", "", "", ".", "'s", "'s.", "-based", "-listed", "s", "-");
        List<String> gaps = List.of(" ", " ", " ", " ", "  ", ", ", "\n", " - ", "\u00a0", "(", "'");
        Random random = new Random(20261123);
        int found = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(3) == 0
                        ? places.get(random.nextInt(places.size()))
                        : other.get(random.nextInt(other.size()));
                word = switch (random.nextInt(4)) {
                    case 0 -> word.toUpperCase(Locale.ROOT);
                    case 1 -> word;
                    default -> titleCase(word);
                };
                b.append(word).append(suffixes.get(random.nextInt(suffixes.size())));
                b.append(gaps.get(random.nextInt(gaps.size())));
            }
            String text = b.toString();
            CurrencyContext.Named expected = plainFirstPlace(text);
            assertThat(CurrencyContext.firstPlace(text)).as(text).isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).isGreaterThan(5_000);
        for (String edge : List.of("", " ", "A", "a", "-", "Us", "UK.", "Hong Kong-listed", "Hong-Kong Based", "İ")) {
            assertThat(CurrencyContext.firstPlace(edge)).as(edge).isEqualTo(plainFirstPlace(edge));
        }
    }

    @Test
    void aLeadMadeWhenAskedForResolvesAsTheLeadMadeAtOnce() {
        int places = 0;
        for (String t : CorpusTexts.all()) {
            for (String title : List.of("", "Sydney firm signs deal")) {
                for (String url : java.util.Arrays.asList(null, "https://example.com.au/news")) {
                    for (String family : CurrencyContext.familyMembers().keySet()) {
                        String lead = title + "\n" + t.substring(0, Math.min(t.length(), CurrencyContext.LEAD));
                        CurrencyContext.Resolution expected =
                                new CurrencyContext(java.util.Set.of(), null, url, lead).resolve(family);
                        assertThat(CurrencyContext.of(java.util.Set.of(), null, url, title, t)
                                        .resolve(family))
                                .isEqualTo(expected);
                        places += expected.reason().contains("first place the lead names") ? 1 : 0;
                    }
                }
            }
        }
        assertThat(places).isGreaterThan(10);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
