/**
 * Reading web crawls: the HTML pages of a WARC file as {@link dev.accords.Source}s, ready for {@link
 * dev.accords.Batch} or an {@link dev.accords.AnnouncementParser}.
 *
 * <p>This package needs jwarc ({@code org.netpreserve:jwarc}) on the class path; Accords declares it
 * as an optional dependency, so add it to your build to use this package. Nothing else in Accords
 * needs it, and no jwarc type appears in this API. Start with {@link
 * dev.accords.warc.WarcSources#open(java.nio.file.Path)}.
 */
package dev.accords.warc;
