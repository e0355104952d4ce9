package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense around a date in a sentence, from the marker nearest to it: future words ("will",
 * "upcoming", "is set to"), past auxiliaries and irregular past verbs ("was", "held", "took") and
 * regular past forms ("signed", "concluded"). A past form right after "be", "to", "will", "is" ... is
 * a participle ("will be held") and does not count.
 *
 * <p>Lexicons: {@code tense-future.txt}, {@code tense-past.txt}, {@code tense-not-past.txt}.
 */
final class Tense {
    /** The tense of a sentence around a date. */
    enum Kind {
        PAST,
        FUTURE,
        UNKNOWN
    }

    private static final Set<String> FUTURE = Lexicon.lowerSet("tense-future.txt");
    /**
     * The first words of the {@link #FUTURE} phrases: a phrase is only put together, and looked up,
     * at a word that starts one.
     */
    static final Set<String> FUTURE_FIRST = firstWords(FUTURE);

    private static final Set<String> PAST = Lexicon.lowerSet("tense-past.txt");
    private static final Set<String> NOT_PAST = Lexicon.lowerSet("tense-not-past.txt");
    private static final Set<String> AUXILIARIES = Sets.of(
            "be", "being", "to", "will", "shall", "is", "are", "am", "would", "could", "should", "can", "may", "must");
    private static final int MAX_PHRASE = 3;
    /** How far from the date, in characters, markers are looked for. */
    private static final int WINDOW = 200;

    private Tense() {}

    private record Word(String text, int start, int end) {}

    /**
     * @param text normalised text
     * @param from start of the sentence; markers further than 200 characters from the date are not read
     * @param to end of the sentence, exclusive
     * @param at the offset of the date in the text
     * @return the tense the nearest marker gives, or {@link Kind#UNKNOWN}
     */
    static Kind at(String text, int from, int to, int at) {
        List<Word> words = words(text, Math.max(from, at - WINDOW), Math.min(to, at + WINDOW));
        Kind best = Kind.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            Kind k = Kind.UNKNOWN;
            int end = words.get(i).end();
            if (FUTURE_FIRST.contains(words.get(i).text())) {
                StringBuilder phrase = new StringBuilder();
                for (int n = 0; n < MAX_PHRASE && i + n < words.size(); n++) {
                    if (n > 0) {
                        phrase.append(' ');
                    }
                    phrase.append(words.get(i + n).text());
                    if (FUTURE.contains(phrase.toString())) {
                        k = Kind.FUTURE;
                        end = words.get(i + n).end();
                    }
                }
            }
            if (k == Kind.UNKNOWN && isPast(words, i, text)) {
                k = Kind.PAST;
            }
            if (k == Kind.UNKNOWN) {
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

    /**
     * @param phrases phrases of words joined by single spaces
     * @return the words before the first space of each
     */
    static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            out.add(space < 0 ? p : p.substring(0, space));
        }
        return Sets.copyOf(out);
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
                return false; // "will be held", "is expected to be signed"
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
