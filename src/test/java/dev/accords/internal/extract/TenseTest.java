package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Tense}: the marker nearest to the date ("@" in the sentence) decides. */
class TenseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The forum was held on @ in Qingdao.                                  | PAST
            On @, the forum was held in Fangchenggang.                            | PAST
            The agreement, signed on @, covers three terminals.                   | PAST
            The deal has been signed on @.                                        | PAST
            The company received a boost on @.                                    | PAST
            The conference will be held on @.                                     | FUTURE
            The MoU is expected to be signed on @.                                | FUTURE
            The next round is scheduled for @.                                    | FUTURE
            He said the plant would open on @.                                    | FUTURE
            The forum, which was held on @, will be followed by a summit.         | PAST
            The forum, which was held in May, will be followed by a summit on @.  | FUTURE
            The expo runs from @ at the centre.                                   | UNKNOWN
            The Limited and United firms meet on @.                               | UNKNOWN
            """)
    void nearestMarker(String sentence, Tense.Kind expected) {
        String text = sentence.replace("@", "26 November");
        assertThat(Tense.at(text, 0, text.length(), sentence.indexOf('@'))).isEqualTo(expected);
    }

    @Test
    void futurePhrasesAreLookedUpAtTheirFirstWord() {
        assertThat(Tense.firstWords(Set.of("will", "is set to", "to be")))
                .containsExactlyInAnyOrder("will", "is", "to");
        for (String phrase : Lexicon.lowerSet("tense-future.txt")) {
            assertThat(Tense.FUTURE_FIRST).contains(phrase.split(" ")[0]);
        }
    }

    /** The phrase look-up only at first words finds what the look-up at every word found. */
    @Test
    void sameAsLookingUpPhrasesAtEveryWord() throws Exception {
        List<String> texts = new ArrayList<>();
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        texts.add(
                "It is set to open. They are going to sign it, and it's due to start; it'll be held later this year.");
        texts.add("IS SET TO open on 3 May; Will Sign; won't be; 'll come; to take place; upcoming forthcoming.");
        int asked = 0;
        int future = 0;
        for (String original : texts) {
            SourceText t = SourceText.of(original);
            for (Sentence s : t.sentences()) {
                int from = s.span().start();
                int to = s.span().end();
                for (int at = from; at < to; at += 7) {
                    Tense.Kind kind = Tense.at(t.text(), from, to, at);
                    assertThat(kind).as("%s at %d", s.text(), at).isEqualTo(PlainTense.at(t.text(), from, to, at));
                    asked++;
                    future += kind == Tense.Kind.FUTURE ? 1 : 0;
                }
            }
        }
        assertThat(asked).isGreaterThan(500);
        assertThat(future).isGreaterThan(10);
    }

    /** {@link Tense#at} as it was, looking a phrase up at every word. */
    private static final class PlainTense {
        private static final Set<String> FUTURE = Lexicon.lowerSet("tense-future.txt");
        private static final Set<String> PAST = Lexicon.lowerSet("tense-past.txt");
        private static final Set<String> NOT_PAST = Lexicon.lowerSet("tense-not-past.txt");
        private static final Set<String> AUXILIARIES = Set.of(
                "be", "being", "to", "will", "shall", "is", "are", "am", "would", "could", "should", "can", "may",
                "must");

        private record Word(String text, int start, int end) {}

        static Tense.Kind at(String text, int from, int to, int at) {
            List<Word> words = words(text, Math.max(from, at - 200), Math.min(to, at + 200));
            Tense.Kind best = Tense.Kind.UNKNOWN;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < words.size(); i++) {
                Tense.Kind k = Tense.Kind.UNKNOWN;
                int end = words.get(i).end();
                StringBuilder phrase = new StringBuilder();
                for (int n = 0; n < 3 && i + n < words.size(); n++) {
                    if (n > 0) {
                        phrase.append(' ');
                    }
                    phrase.append(words.get(i + n).text());
                    if (FUTURE.contains(phrase.toString())) {
                        k = Tense.Kind.FUTURE;
                        end = words.get(i + n).end();
                    }
                }
                if (k == Tense.Kind.UNKNOWN && isPast(words, i, text)) {
                    k = Tense.Kind.PAST;
                }
                if (k == Tense.Kind.UNKNOWN) {
                    continue;
                }
                int start = words.get(i).start();
                int distance = at >= end ? at - end : Math.max(0, start - at);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
            return best;
        }

        private static boolean isPast(List<Word> words, int i, String text) {
            String w = words.get(i).text();
            boolean listed = PAST.contains(w);
            boolean regular = w.length() >= 4
                    && w.endsWith("ed")
                    && !NOT_PAST.contains(w)
                    && Character.isLowerCase(text.charAt(words.get(i).start()));
            if (!listed && !regular) {
                return false;
            }
            if (w.equals("been") || w.equals("was") || w.equals("were") || w.equals("had") || w.equals("did")) {
                return true;
            }
            for (int b = i - 1; b >= Math.max(0, i - 2); b--) {
                if (AUXILIARIES.contains(words.get(b).text())) {
                    return false;
                }
            }
            return true;
        }

        private static List<Word> words(String text, int from, int to) {
            List<Word> out = new ArrayList<>();
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (!Chars.isLetter(c) && c != '\'') {
                    i++;
                    continue;
                }
                int e = i;
                while (e < to && (Chars.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '-')) {
                    e++;
                }
                out.add(new Word(text.substring(i, e).toLowerCase(Locale.ROOT), i, e));
                i = e;
            }
            return out;
        }
    }
}
