/**
 * The service-provider interface: what an extractor, post-processor or site-specific article reader
 * implements to take part in a parse. It may still evolve in 0.x releases.
 *
 * <p>A parse runs the registered {@link dev.accords.spi.Extractor}s phase by phase, in {@link
 * dev.accords.spi.Phase} order and, within a phase, in registration order (built-in extractors
 * first). Each reads and adds facts through the per-parse {@link dev.accords.spi.ExtractionContext};
 * then {@link dev.accords.spi.PostProcessor}s may rewrite the finished announcement.
 */
package dev.accords.spi;
