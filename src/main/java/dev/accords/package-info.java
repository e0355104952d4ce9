/**
 * Accords reads cooperation announcements — press releases and news about forums, signing
 * ceremonies, agreements, MoUs, investment contracts and funds — into an immutable {@link
 * dev.accords.model.Announcement}.
 *
 * <p>Start with the {@link dev.accords.Accords} facade for one-off parses, or build an {@link
 * dev.accords.AnnouncementParser} once with {@link dev.accords.AnnouncementParser#builder()} and share
 * it: it is immutable and thread-safe.
 *
 * <p>To extend it — extractors, facts of one's own, site-specific article readers, post-processors,
 * {@link dev.accords.Extension}s found with {@link dev.accords.AnnouncementParser.Builder#loadExtensions()}
 * — see {@code docs/extending.md}.
 *
 * <p><b>API stability.</b> {@code dev.accords}, {@code dev.accords.model}, {@code dev.accords.text} and
 * {@code dev.accords.json} are the stable API. {@code dev.accords.spi} may still change in 0.x minor
 * releases. {@code dev.accords.internal.*} and {@code dev.accords.cli} are not API and may change in
 * any release.
 */
package dev.accords;
