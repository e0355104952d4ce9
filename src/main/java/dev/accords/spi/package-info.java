/**
 * The service-provider interface: what an extractor, post-processor or site-specific article reader
 * implements to take part in a parse. It may still evolve in 0.x releases.
 *
 * <p>A parse runs the registered {@link dev.accords.spi.Extractor}s phase by phase, in {@link
 * dev.accords.spi.Phase} order and, within a phase, in registration order (built-in extractors
 * first). Each reads and adds facts through the per-parse {@link dev.accords.spi.ExtractionContext};
 * then {@link dev.accords.spi.PostProcessor}s may rewrite the finished announcement.
 *
 * <p>Implement {@link dev.accords.spi.Extractor}, {@link dev.accords.spi.PostProcessor} and {@link
 * dev.accords.spi.ArticleReader}; call {@link dev.accords.spi.ExtractionContext}, do not implement it:
 * it may gain methods in a 0.x release.
 */
package dev.accords.spi;
