/**
 * Accords reads cooperation announcements — press releases and news about forums, signing
 * ceremonies, agreements, MoUs, investment contracts and funds — into an immutable {@link
 * dev.accords.model.Announcement}.
 *
 * <p>Start with the {@link dev.accords.Accords} facade for one-off parses, or build an {@link
 * dev.accords.AnnouncementParser} once with {@link dev.accords.AnnouncementParser#builder()} and share
 * it: it is immutable and thread-safe.
 */
package dev.accords;
