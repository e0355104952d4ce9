package dev.accords.internal.extract;

import java.time.LocalDate;

/** The dateline rules of {@link DocumentExtractor}, for the HTML reader's visible-date fallback. */
public final class Datelines {
    private Datelines() {}

    /**
     * @param text normalised text (the top of an article, or of a web page below its headline)
     * @return the date of its dateline or labelled publication line ("Published on: 14 March 2025",
     *     "发布时间：2024-05-17"), or null
     */
    public static LocalDate find(String text) {
        return DocumentExtractor.dateline(text);
    }
}
