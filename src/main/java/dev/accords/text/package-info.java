/**
 * The text model extractors read: the {@link dev.accords.text.Article} read from a source, and its
 * {@link dev.accords.text.SourceText} with paragraphs, {@link dev.accords.text.Sentence}s and {@link
 * dev.accords.text.Token}s.
 */
package dev.accords.text;
