package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.OrganisationKind;
import dev.accords.model.Span;
import dev.accords.text.SourceText;
import org.junit.jupiter.api.Test;

class OrgResolverTest {
    private static final String TEXT = "The Department of Outward Investment and Economic Cooperation of the Ministry"
            + " of Commerce met CAMCE. Later, CAMCE and Sinosure signed.";

    private static Span spanOf(String s, int from) {
        int at = TEXT.indexOf(s, from);
        return Span.of(at, at + s.length());
    }

    @Test
    void aLongMentionCoversTheSpansInsideItToItsEnd() {
        OrgResolver table = new OrgResolver(SourceText.of(TEXT));
        table.add(spanOf("CAMCE", 0), OrganisationKind.COMPANY);
        String longName = "Department of Outward Investment and Economic Cooperation of the Ministry of Commerce";
        OrgResolver.Entry department = table.add(spanOf(longName, 0), OrganisationKind.GOVERNMENT);

        assertThat(table.entryCovering(spanOf("Commerce", 0))).isSameAs(department); // 80 characters in
        assertThat(table.entryCovering(spanOf("Department", 0))).isSameAs(department);
        assertThat(table.entryCovering(spanOf("The", 0))).isNull();
        assertThat(table.entryCovering(spanOf("Sinosure", 0))).isNull();
        assertThat(table.entryCovering(spanOf("CAMCE", 0)).name()).isEqualTo("CAMCE");
    }

    @Test
    void entriesComeInOrderOfFirstMentionWhateverTheOrderTheyWereAddedIn() {
        OrgResolver table = new OrgResolver(SourceText.of(TEXT));
        table.add(spanOf("Sinosure", 0), OrganisationKind.COMPANY);
        OrgResolver.Entry camce = table.add(spanOf("CAMCE", TEXT.indexOf("Later")), OrganisationKind.COMPANY);
        table.add(spanOf("Ministry of Commerce", 0), OrganisationKind.GOVERNMENT);
        camce.addSpan(spanOf("CAMCE", 0)); // an earlier mention moves it up

        assertThat(table.entries())
                .extracting(OrgResolver.Entry::name)
                .containsExactly("Ministry of Commerce", "CAMCE", "Sinosure");
    }

    @Test
    void aNameIsItsOwnUpperCaseAsStringToUpperCaseSays() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "aZQ &.-1ßǅéÉıİﬁ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? 8 : alphabet.length())));
            }
            String s = b.toString();
            assertThat(OrgResolver.isOwnUpperCase(s)).as(s).isEqualTo(s.equals(s.toUpperCase(java.util.Locale.ROOT)));
        }
        assertThat(OrgResolver.isOwnUpperCase("CAMCE")).isTrue();
        assertThat(OrgResolver.isOwnUpperCase("CAMCe")).isFalse();
    }

    @Test
    void theCoveringMentionIsTheLongestLiveOneFirstByStartThenByWhenItWasAdded() {
        java.util.Random random = new java.util.Random(11);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append(String.format(java.util.Locale.ROOT, "w%03d ", i)); // distinct names, 5 characters apart
        }
        String text = words.toString();
        for (int round = 0; round < 50; round++) {
            OrgResolver table = new OrgResolver(SourceText.of(text));
            java.util.List<OrgResolver.Entry> entries = new java.util.ArrayList<>();
            for (int e = 0; e < 4; e++) {
                entries.add(table.add(Span.of(e * 5, e * 5 + 4), OrganisationKind.COMPANY));
            }
            // every mention in the order added: span and entry
            java.util.List<Object[]> added = new java.util.ArrayList<>();
            for (int e = 0; e < 4; e++) {
                added.add(new Object[] {Span.of(e * 5, e * 5 + 4), entries.get(e)});
            }
            for (int m = 0; m < 60; m++) {
                // few starts and lengths, so that mentions of the same length often cover one span
                int start = 5 * random.nextInt(60);
                Span span = Span.of(start, start + (random.nextBoolean() ? 10 : 20 + 180 * random.nextInt(2)));
                OrgResolver.Entry entry = entries.get(random.nextInt(4));
                if (added.stream().noneMatch(a -> a[0].equals(span) && a[1] == entry)) {
                    added.add(new Object[] {span, entry});
                }
                entry.addSpan(span);
            }
            for (int q = 0; q < 200; q++) {
                int start = random.nextInt(400);
                Span query = Span.of(start, start + random.nextInt(12));
                // the reference: by start, then in the order added, the first of the longest
                java.util.List<Object[]> ordered = new java.util.ArrayList<>(added);
                ordered.sort(java.util.Comparator.comparingInt(a -> ((Span) a[0]).start()));
                OrgResolver.Entry expected = null;
                int best = -1;
                for (Object[] a : ordered) {
                    Span s = (Span) a[0];
                    if (s.contains(query) && s.length() > best) {
                        best = s.length();
                        expected = (OrgResolver.Entry) a[1];
                    }
                }
                assertThat(table.entryCovering(query)).as("%s", query).isSameAs(expected);
            }
        }
    }

    @Test
    void startsWithWordsIsStartsWithTheWordsAndASpace() {
        String[] names = {"", "CAMCE", "CAMCE Board", "CAMCE Board Office", "CAMCEBoard", "CAMCE ", "Board", "C"};
        for (String name : names) {
            for (String words : names) {
                assertThat(OrgResolver.startsWithWords(name, words))
                        .as("%s / %s", name, words)
                        .isEqualTo(name.startsWith(words + " "));
            }
        }
    }

    @Test
    void namesHandedOutStayAsTheyWereWhenAnAliasIsAdded() {
        OrgResolver table = new OrgResolver(SourceText.of(TEXT));
        OrgResolver.Entry sinosure = table.add(spanOf("Sinosure", 0), OrganisationKind.COMPANY);
        java.util.List<String> before = sinosure.names();
        sinosure.addAlias("China Export & Credit Insurance Corporation");

        assertThat(before).containsExactly("Sinosure");
        assertThat(sinosure.names()).containsExactly("Sinosure", "China Export & Credit Insurance Corporation");
        assertThat(sinosure.names()).isSameAs(sinosure.names());
    }

    @Test
    void addSpaceSeparatedAddsThePiecesStringSplitGives() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "ab  .";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            if (s.indexOf(' ') < 0) {
                continue; // asked only of names with a space
            }
            java.util.Set<String> out = new java.util.HashSet<>();
            OrgResolver.addSpaceSeparated(s, out);
            assertThat(out).as("\"%s\"", s).isEqualTo(new java.util.HashSet<>(java.util.List.of(s.split(" "))));
        }
    }

    @Test
    void everyVariantOfANameIsAmongTheCandidatesTheIndexGivesSoAskingEveryPairFindsTheSame() {
        // names drawn from few words, heads, suffixes and "of", so that prefixes, suffixes, inverted
        // and swapped forms are frequent; mergeVariants asks every pair of up to ALL_PAIRS names,
        // which finds the same variants only if the index never leaves one out
        String[] vocabulary = {
            "odisha",
            "tata",
            "standard",
            "first",
            "state",
            "china",
            "bank",
            "group",
            "government",
            "department",
            "council",
            "trusts",
            "ltd",
            "company",
            "of",
            "of",
            "the",
            "strategic",
            "clients"
        };
        java.util.Random random = new java.util.Random(7);
        int variants = 0;
        for (int round = 0; round < 300; round++) {
            java.util.List<java.util.List<String>> words = new java.util.ArrayList<>();
            for (int k = 0; k < 2 + random.nextInt(40); k++) {
                StringBuilder name = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(5); w++) {
                    name.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                words.add(OrgResolver.wordsOf(name.toString()));
                if (random.nextInt(3) == 0) { // an inverted, swapped, shortened or suffix form of it
                    words.add(variantOf(words.get(words.size() - 1), random));
                }
            }
            OrgResolver.VariantIndex index = new OrgResolver.VariantIndex(words);
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).isEmpty()) {
                    continue;
                }
                java.util.Set<Integer> candidates = index.candidates(words.get(i));
                for (int j = 0; j < words.size(); j++) {
                    if (OrgResolver.isVariant(words.get(j), words.get(i))) {
                        variants++;
                        assertThat(candidates)
                                .as("%s of %s", words.get(j), words.get(i))
                                .contains(j);
                    }
                }
            }
        }
        assertThat(variants).as("variant pairs drawn").isGreaterThan(300);
    }

    private static java.util.List<String> variantOf(java.util.List<String> w, java.util.Random random) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int n = w.size();
        switch (random.nextInt(4)) {
            case 0 -> { // "odisha government" → "government of odisha"
                if (n >= 2) {
                    out.add(w.get(n - 1));
                    out.add("of");
                    out.addAll(w.subList(0, n - 1));
                }
            }
            case 1 -> { // "government of odisha" → "odisha government"
                if (n >= 3) {
                    out.addAll(w.subList(2, n));
                    out.add(w.get(0));
                }
            }
            case 2 -> out.addAll(w.subList(0, Math.max(Math.min(n, 1), n - 1)));
            default -> out.addAll(w.subList(Math.min(n, 1), n));
        }
        return out;
    }
}
