package dev.accords;

/**
 * A packaged bundle of extractors, post-processors, article readers and options, applied to a
 * builder in one call: {@code AnnouncementParser.builder().extension(MyExtension.create())}.
 *
 * <pre>{@code
 * public final class DrugExtension implements Extension {
 *     public static DrugExtension create() { ... }      // the defaults
 *     public static Builder builder() { ... }           // options
 *     public DrugExtension() { ... }                    // for ServiceLoader
 *
 *     public void extend(AnnouncementParser.Builder builder) {
 *         builder.extractor(Phase.ENTITIES, new DrugExtractor(names))
 *                 .articleReader(new PharmaWireReader());
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are usually final classes with a static {@code create()} factory, and a {@code
 * builder()} when they take options. To be found by {@link AnnouncementParser.Builder#loadExtensions()},
 * list the class in {@code META-INF/services/dev.accords.Extension} and give it a public no-argument
 * constructor; an extension class found that way is applied once, and not also with {@link
 * AnnouncementParser.Builder#extension(Extension)}. An extension must be thread-safe in what it
 * registers; {@code extend} itself runs once per builder. The guide with a worked example is {@code
 * docs/extending.md}.
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
