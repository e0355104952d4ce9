package dev.accords.internal.extract;

import dev.accords.text.Sentence;
import dev.accords.text.SourceText;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * What several extractors ask of the same text, worked out once per text: which sentences are
 * title-case or upper-case lines. The last text's values are kept per thread, weakly, since the
 * built-in extractors of one parse run one after another on one thread; another thread, or another
 * text, works them out again.
 */
final class PerText {
    private static final ThreadLocal<PerText> LAST = new ThreadLocal<>();

    private final WeakReference<SourceText> text;
    private final boolean[] restricted;

    private PerText(SourceText text) {
        this.text = new WeakReference<>(text);
        List<Sentence> sentences = text.sentences();
        this.restricted = new boolean[sentences.size()];
        for (int i = 0; i < restricted.length; i++) {
            restricted[i] = OrganisationExtractor.isRestricted(sentences.get(i).tokens());
        }
    }

    private static PerText of(SourceText text) {
        PerText p = LAST.get();
        if (p == null || p.text.get() != text) {
            p = new PerText(text);
            LAST.set(p);
        }
        return p;
    }

    /**
     * @param text a text
     * @param sentence the index of one of its sentences
     * @return {@link OrganisationExtractor#isRestricted} of that sentence
     */
    static boolean restricted(SourceText text, int sentence) {
        return of(text).restricted[sentence];
    }
}
