package dev.accords;

/**
 * A packaged bundle of extractors, post-processors, article readers and options, applied to a
 * builder in one call: {@code AnnouncementParser.builder().extension(MyExtension.create())}.
 *
 * <p>Implementations are usually final classes with a private constructor and a static {@code
 * create()} factory (or a {@code builder()} when they take options). To be found by {@link
 * AnnouncementParser.Builder#loadExtensions()}, list the class in {@code
 * META-INF/services/dev.accords.Extension} and give it a public no-argument constructor.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Extension {
    /**
     * Registers this extension's parts.
     *
     * @param builder the builder to configure
     */
    void extend(AnnouncementParser.Builder builder);
}
