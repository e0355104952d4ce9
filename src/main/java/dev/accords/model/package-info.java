/**
 * The immutable domain model: an {@link dev.accords.model.Announcement} and the facts found in it —
 * {@link dev.accords.model.Forum}s, {@link dev.accords.model.Agreement}s, {@link
 * dev.accords.model.Organisation}s, {@link dev.accords.model.Person}s and {@link
 * dev.accords.model.Amount}s — each with the {@link dev.accords.model.Span}s of text it was read from.
 *
 * <p>Every type is an interface with a nested {@code Builder} ({@code Organisation.builder()…build()})
 * and, where natural, a static {@code of(…)} factory. Instances are immutable, thread-safe and never
 * hold {@code null}: "not stated" is an empty {@link java.util.Optional}, {@link
 * java.util.OptionalInt} or list. Builders check the invariants of each type and throw {@link
 * IllegalArgumentException} (blank names, negative values, an end date before the start date) or
 * {@link IllegalStateException} (a required attribute not set). Evidence spans are auxiliary: they are
 * not part of {@code equals}/{@code hashCode}, so the same fact read from two places is equal.
 *
 * <p>Facts of kinds this model does not have are added by extractors of one's own under a {@link
 * dev.accords.model.FactKey} and read with {@link dev.accords.model.Announcement#facts(FactKey)}.
 *
 * <p>The generated implementation classes are package-private and not part of the API.
 */
@AccordsStyle
package dev.accords.model;
