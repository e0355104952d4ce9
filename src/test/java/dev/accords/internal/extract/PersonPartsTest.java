package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.internal.text.Segmenter;
import dev.accords.model.Organisation;
import dev.accords.model.Span;
import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import dev.accords.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The parts of {@link PersonExtractor} made faster, against the code they replaced. */
class PersonPartsTest {
    @Test
    void organisationMentionsAreFoundByOffsetAsTheMapsFoundThem() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            List<Organisation> orgs = new ArrayList<>();
            int count = random.nextInt(6);
            for (int o = 0; o < count; o++) {
                Organisation.Builder b = Organisation.builder().name("Org " + o);
                int spans = 1 + random.nextInt(4);
                for (int k = 0; k < spans; k++) {
                    int start = random.nextInt(60);
                    b.addSpan(Span.of(start, start + 1 + random.nextInt(12)));
                }
                orgs.add(b.build());
            }
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < 80; i += 1 + random.nextInt(3)) {
                int end = i + 1 + random.nextInt(4);
                tokens.add(new Token(Span.of(i, end), random.nextBoolean() ? "s" : "'", Token.Type.WORD));
            }
            PersonExtractor.Orgs fast = new PersonExtractor.Orgs(orgs);
            MapOrgs old = new MapOrgs(orgs);
            for (int k = 0; k < tokens.size(); k++) {
                assertThat(fast.covers(tokens.get(k))).isEqualTo(old.covers(tokens.get(k)));
                assertThat(fast.at(tokens, k)).isEqualTo(old.at(tokens, k));
                assertThat(fast.endingBefore(tokens, k)).isEqualTo(old.endingBefore(tokens, k));
                if (old.at(tokens, k) != null) {
                    assertThat(fast.end(tokens, k)).isEqualTo(old.end(tokens, k));
                }
            }
        }
    }

    /** The maps of boxed offsets that {@link PersonExtractor.Orgs} kept before. */
    private static final class MapOrgs {
        private final Map<Integer, Organisation> byStart = new HashMap<>();
        private final Map<Integer, Integer> endOf = new HashMap<>();
        private final Map<Integer, Organisation> byEnd = new HashMap<>();
        private final NavigableMap<Integer, Integer> byStartEnd = new TreeMap<>();

        MapOrgs(List<Organisation> orgs) {
            for (Organisation o : orgs) {
                for (Span s : o.spans()) {
                    byStart.putIfAbsent(s.start(), o);
                    endOf.merge(s.start(), s.end(), Math::max);
                    byEnd.putIfAbsent(s.end(), o);
                    byStartEnd.merge(s.start(), s.end(), Math::max);
                }
            }
        }

        boolean covers(Token token) {
            Map.Entry<Integer, Integer> e = byStartEnd.floorEntry(token.span().start());
            return e != null && token.span().end() <= e.getValue();
        }

        String at(List<Token> t, int k) {
            if (k >= t.size()) {
                return null;
            }
            Organisation o = byStart.get(t.get(k).span().start());
            return o == null ? null : o.name();
        }

        int end(List<Token> t, int k) {
            int endOffset = endOf.get(t.get(k).span().start());
            int j = k;
            while (j + 1 < t.size() && t.get(j + 1).span().end() <= endOffset) {
                j++;
            }
            if (j + 2 < t.size()
                    && t.get(j + 1).text().equals("'")
                    && t.get(j + 2).lowerCase().equals("s")) {
                j += 2;
            }
            return j;
        }

        String endingBefore(List<Token> t, int k) {
            if (k == 0) {
                return null;
            }
            int j = k - 1;
            if (j >= 1
                    && t.get(j).lowerCase().equals("s")
                    && t.get(j - 1).text().equals("'")) {
                j -= 2;
            }
            if (j < 0) {
                return null;
            }
            Organisation o = byEnd.get(t.get(j).span().end());
            return o == null ? null : o.name();
        }
    }

    @Test
    void wordsAreFoundThroughTheIndexOfAllTokensAsInAListOfWords() {
        String[] vocabulary = {"Li", "li", "LI", "Wang", "Li-Wang", "said", ",", ".", "3", "Zheng", "U.S.", "'s"};
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            SourceText text = SourceText.of(b.toString());
            List<Token> words = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.type() == Token.Type.WORD) {
                        words.add(t);
                    }
                }
            }
            PerText.Index index = PerText.of(text).tokens();
            PersonExtractor.Words fast = new PersonExtractor.Words(index);
            List<Token> all = index.tokens();
            for (int i = 0; i < all.size(); i++) {
                // the neighbouring words, as the list of words has them
                int place = words.indexOf(all.get(i));
                int after = words.size();
                for (int k = 0; k < words.size(); k++) {
                    if (words.get(k).span().start() > all.get(i).span().start()) {
                        after = k;
                        break;
                    }
                }
                int before = (place >= 0 ? place : after) - 1;
                int next = fast.nextWord(i);
                int previous = fast.previousWord(i);
                assertThat(next < 0 ? null : fast.get(next)).isSameAs(after < words.size() ? words.get(after) : null);
                assertThat(previous < 0 ? null : fast.get(previous)).isSameAs(before >= 0 ? words.get(before) : null);
            }
            for (String w : vocabulary) {
                List<Token> expected = new ArrayList<>();
                for (Token t : words) {
                    if (t.text().equals(w)) {
                        expected.add(t);
                    }
                }
                List<Token> found = new ArrayList<>();
                for (int k = fast.first(w.toLowerCase(java.util.Locale.ROOT), w); k >= 0; k = fast.next(k, w)) {
                    found.add(fast.get(k));
                }
                assertThat(found).as(w).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFoundPersonIsThePersonTheModelsBuilderCollected() {
        Random random = new Random(5);
        String[] titles = {"Chairman", "General Manager", "Mayor of Jiaozhou", null};
        String[] orgs = {"CASC", "Sinosure", null};
        for (int round = 0; round < 2000; round++) {
            dev.accords.model.Person.Builder old =
                    dev.accords.model.Person.builder().name("Li Haixin");
            PersonExtractor.Found found = new PersonExtractor.Found("Li Haixin");
            int adds = 1 + random.nextInt(5);
            for (int a = 0; a < adds; a++) {
                List<dev.accords.model.Role> roles = new ArrayList<>();
                int n = random.nextInt(4);
                for (int r = 0; r < n; r++) {
                    String title = titles[random.nextInt(titles.length)];
                    String org = orgs[random.nextInt(orgs.length)];
                    roles.add(dev.accords.model.Role.of(title == null && org == null ? "Director" : title, org));
                }
                int start = random.nextInt(50);
                Span span = Span.of(start, start + 1 + random.nextInt(9));
                // the code this replaced, in PersonExtractor.add
                List<dev.accords.model.Role> existing = old.build().roles();
                for (dev.accords.model.Role r : roles) {
                    if (!existing.contains(r)) {
                        old.addRole(r);
                    }
                }
                old.addSpan(span);
                found.addRoles(roles);
                found.spans.add(span);
            }
            if (random.nextBoolean()) {
                // and in addMentions
                old.spans(SpanIndex.sortedDistinct(old.build().spans()));
                found.sortSpans();
            }
            dev.accords.model.Person expected = old.build();
            dev.accords.model.Person actual = found.build();
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.roles()).isEqualTo(expected.roles());
            assertThat(actual.spans()).isEqualTo(expected.spans());
        }
    }

    @Test
    void spansAreSortedAndDistinctAsTheStreamMadeThem() {
        Random random = new Random(3);
        for (int round = 0; round < 1000; round++) {
            List<Span> spans = new ArrayList<>();
            int n = random.nextInt(10);
            for (int k = 0; k < n; k++) {
                int start = random.nextInt(20);
                spans.add(Span.of(start, start + random.nextInt(5)));
            }
            assertThat(SpanIndex.sortedDistinct(spans))
                    .isEqualTo(spans.stream().distinct().sorted().toList());
        }
    }

    @Test
    void particleNamesAreFoundWithoutTheHyphenSearch() {
        Pattern particle = Pattern.compile("(al|el|bin|ibn|abd|abu|ul)-\\p{Lu}.*");
        String[] starts = {"al", "el", "bin", "ibn", "abd", "abu", "ul", "a", "xl", "Al", "alb"};
        String[] rests = {"-Wazir", "-wazir", "Wazir", "-", "-É", "--W", "-W-x", ""};
        for (String s : starts) {
            for (String r : rests) {
                String word = s + r;
                List<Token> tokens = Segmenter.tokens(word, 0, word.length());
                if (tokens.size() != 1) {
                    continue;
                }
                Token t = tokens.get(0);
                if (!t.isCapitalised()) {
                    assertThat(PersonExtractor.isNameWord(t))
                            .as(word)
                            .isEqualTo(word.indexOf('-') > 0
                                    && particle.matcher(word).matches());
                }
            }
        }
        Token wazir = Segmenter.tokens("al-Wazir", 0, 8).get(0);
        assertThat(PersonExtractor.isNameWord(wazir)).isTrue();
    }

    /**
     * Names a comma follows, looked for only where a comma stands within {@link
     * PersonExtractor#MAX_NAME_TOKENS} tokens and with name words asked lazily, are those found by
     * asking every token first and every start.
     */
    @Test
    void namesBeforeACommaAsFoundAtEveryStart() throws Exception {
        List<String> texts = new ArrayList<>();
        texts.addAll(dev.accords.corpus.CorpusTexts.all());
        String[] words = {
            "Pim",
            "van",
            "Ballekom",
            "Kamel",
            "al-Wazir",
            "Li",
            "Haixin",
            "bin",
            "Sulayem",
            ",",
            "said",
            "the",
            "CEO",
            "Beijing",
            "Chinese",
            "Ahmed",
            "de",
            "la",
            "Cruz",
            "'",
            "s",
            "Mr",
            ".",
            "Jo",
            "The",
            "And",
            "Chairman",
            "OF",
            "March",
            "\u24b6bc", // a capital that is no letter starts no word
            "\u0130stanbul",
            "Co-operation",
            "U.S.",
            "O'Neil"
        };
        Random random = new Random(7);
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            texts.add(b.toString());
        }
        int found = 0;
        for (String text : texts) {
            PersonExtractor.NameWords nameWords = new PersonExtractor.NameWords(); // one per text
            SourceText source = SourceText.of(text);
            for (Sentence s : source.sentences()) {
                List<Token> t = s.tokens();
                nameWords.sentence(t, StartMasks.of(source.text(), t));
                for (int i = 0; i < t.size(); i++) {
                    boolean inside = i > 0 && PersonExtractor.isNameWord(t.get(i - 1));
                    int name = inside ? 0 : PersonExtractor.nameLength(t, i);
                    int expected = name > 0
                                    && i + name < t.size()
                                    && t.get(i + name).text().equals(",")
                            ? name
                            : 0;
                    int comma = PersonExtractor.nextComma(t, i + 2);
                    boolean skipped = comma < 0 || comma - i > PersonExtractor.MAX_NAME_TOKENS;
                    assertThat(skipped ? 0 : PersonExtractor.nameBeforeComma(t, i, nameWords))
                            .as("%s at %d", s.text(), i)
                            .isEqualTo(expected);
                    found += expected > 0 ? 1 : 0;
                }
                for (int k = 0; k < t.size(); k++) {
                    assertThat(nameWords.at(k)).as("%s", t.get(k)).isEqualTo(PersonExtractor.isNameWord(t.get(k)));
                }
            }
        }
        assertThat(found).isGreaterThan(50);
    }
}
