package dev.accords.spi;

import dev.accords.model.Announcement;

/**
 * Rewrites a finished {@link Announcement}, after all extractors have run: filter facts, normalise
 * names, add an id. Registered with {@code AnnouncementParser.builder().postProcessor(p)}; runs in
 * registration order; must be thread-safe and must not return {@code null}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PostProcessor {
    /**
     * @param announcement the announcement so far
     * @return the announcement to pass on (the same instance when nothing changes)
     */
    Announcement process(Announcement announcement);
}
