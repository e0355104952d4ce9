package dev.accords;

import dev.accords.internal.pipeline.Pipeline;
import dev.accords.model.Announcement;
import dev.accords.spi.ArticleReader;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import dev.accords.spi.PostProcessor;
import dev.accords.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Reads announcements from {@link Source}s.
 *
 * <p>Build one with {@link #builder()}, configure it once, and share it: the built parser is
 * immutable and thread-safe, and all per-parse state lives in the parse.
 *
 * <pre>{@code
 * AnnouncementParser parser = AnnouncementParser.builder()
 *         .extractor(Phase.AGREEMENTS, myExtractor)
 *         .build();
 * Announcement a = parser.parse(Source.file(Path.of("news.html")));
 * }</pre>
 *
 * <p>Odd or malformed input never throws: the announcement may be empty and carries {@link
 * dev.accords.model.Diagnostic}s. Caller mistakes ({@code null}, bad options) throw at once, I/O
 * failures reading a file throw {@link IOException}, and a failing extractor throws {@link
 * ExtractionException} unless the parser skips failing extractors.
 *
 * <p>Implementations of one's own — for a source format Accords does not read — can wrap a built
 * parser and reuse its stages: {@link #readArticle(Source)} (decoding, HTML extraction, article
 * readers) and {@link #parse(Article)} (the phases, extractors and post-processors); {@code
 * docs/extending.md} has an example. They should keep this interface's contracts.
 *
 * @since 0.1.0
 */
public interface AnnouncementParser {
    /**
     * Parses a source.
     *
     * @param source the source
     * @return the announcement, never {@code null}
     * @throws IOException if the source is a file that cannot be read
     * @throws ExtractionException if an extractor fails and failures are not skipped
     */
    Announcement parse(Source source) throws IOException;

    /**
     * Reads the article of a source without extracting facts: for HTML, the main text, headline and
     * metadata; for text, the text itself with its headline.
     *
     * @param source the source
     * @return the article
     * @throws IOException if the source is a file that cannot be read
     */
    Article readArticle(Source source) throws IOException;

    /**
     * Extracts the facts of an article read before (or built by the caller).
     *
     * @param article the article
     * @return the announcement
     * @throws ExtractionException if an extractor fails and failures are not skipped
     */
    Announcement parse(Article article);

    /**
     * Parses plain text.
     *
     * @param text the text
     * @return the announcement
     */
    default Announcement parseText(String text) {
        try {
            return parse(Source.text(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a text source does no I/O", e);
        }
    }

    /**
     * Parses an HTML page.
     *
     * @param html the page
     * @param baseUri its URL, or an empty string
     * @return the announcement
     */
    default Announcement parseHtml(String html, String baseUri) {
        try {
            return parse(Source.html(html, baseUri));
        } catch (IOException e) {
            throw new UncheckedIOException("an HTML string source does no I/O", e);
        }
    }

    /**
     * @return a new builder with the built-in extractors enabled
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an {@link AnnouncementParser}. Not thread-safe; each {@link #build()} makes an
     * independent parser.
     */
    final class Builder {
        /**
         * Default for {@link #maxInputChars(int)}: 1,000,000 characters of article text, a hundred times
         * a long press release; a text that long takes seconds to parse.
         */
        public static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;

        /**
         * Default for {@link #maxInputBytes(int)}: 10,000,000 bytes of a source.
         *
         * @since 0.1.0
         */
        public static final int DEFAULT_MAX_INPUT_BYTES = 10_000_000;

        private final Map<Phase, List<Extractor>> extractors = new HashMap<>();
        private final List<PostProcessor> postProcessors = new ArrayList<>();
        private final List<ArticleReader> articleReaders = new ArrayList<>();
        private final Set<Facet> disabled = EnumSet.noneOf(Facet.class);
        /** Extension class name → where it came from, for every extension applied. */
        private final Map<String, String> appliedExtensions = new HashMap<>();
        /** Extension class name → where it came from, for those found by {@link #loadExtensions()}. */
        private final Map<String, String> discoveredExtensions = new HashMap<>();

        private boolean includeEvidence = true;
        private boolean skipFailingExtractors;
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
        private int maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        Builder() {}

        /**
         * Registers an extractor to run in a phase, after the built-in extractors of that phase and
         * those registered before it.
         *
         * @param phase the phase
         * @param extractor the extractor; must be thread-safe
         * @return this builder
         */
        public Builder extractor(Phase phase, Extractor extractor) {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(extractor, "extractor");
            extractors.computeIfAbsent(phase, p -> new ArrayList<>()).add(extractor);
            return this;
        }

        /**
         * Registers a post-processor, run after all extractors in registration order.
         *
         * @param postProcessor the post-processor; must be thread-safe
         * @return this builder
         */
        public Builder postProcessor(PostProcessor postProcessor) {
            postProcessors.add(Objects.requireNonNull(postProcessor, "postProcessor"));
            return this;
        }

        /**
         * Registers a site-specific article reader, asked before the generic HTML extraction.
         *
         * @param reader the reader; must be thread-safe
         * @return this builder
         */
        public Builder articleReader(ArticleReader reader) {
            articleReaders.add(Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /**
         * Applies an extension: calls its {@link Extension#extend(Builder)} with this builder.
         *
         * <p>Several instances of one extension class may be applied (configured differently), but not
         * one of a class that {@link #loadExtensions()} applied: that would run its extractors twice.
         *
         * @param extension the extension
         * @return this builder
         * @throws IllegalStateException if {@link #loadExtensions()} applied an extension of the same
         *     class; the message names both
         */
        public Builder extension(Extension extension) {
            Objects.requireNonNull(extension, "extension");
            String name = extension.getClass().getName();
            String found = discoveredExtensions.get(name);
            String origin = describe(extension, "added with extension(…)");
            if (found != null) {
                throw twice(name, found, origin);
            }
            appliedExtensions.putIfAbsent(name, origin);
            extension.extend(this);
            return this;
        }

        /**
         * Finds the {@link Extension}s listed in {@code META-INF/services/dev.accords.Extension} files
         * on the class path, with the class loader of Accords, and applies them in order of class name.
         * Discovery happens only when this method is called; {@link Accords} never calls it.
         *
         * @return this builder
         * @throws IllegalStateException if an extension found has the class of one applied before (by
         *     an earlier call or by {@link #extension(Extension)}); the message names both and where
         *     each came from
         * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded or has no
         *     public no-argument constructor
         */
        public Builder loadExtensions() {
            return loadExtensions(AnnouncementParser.class.getClassLoader());
        }

        /**
         * Like {@link #loadExtensions()}, with the given class loader: for plug-in directories or
         * application servers, where the extensions are not visible to the class loader of Accords.
         *
         * @param loader the class loader whose {@code META-INF/services/dev.accords.Extension} files
         *     list the extensions
         * @return this builder
         * @throws IllegalStateException if an extension found has the class of one applied before; the
         *     message names both and where each came from
         * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded
         */
        public Builder loadExtensions(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            List<Extension> found = new ArrayList<>();
            for (Extension e : ServiceLoader.load(Extension.class, loader)) {
                found.add(e);
            }
            found.sort(Comparator.comparing(e -> e.getClass().getName()));
            for (Extension e : found) {
                String name = e.getClass().getName();
                String before = appliedExtensions.get(name);
                if (before != null) {
                    throw twice(name, before, describe(e, "found by loadExtensions()"));
                }
            }
            for (Extension e : found) {
                String name = e.getClass().getName();
                String origin = describe(e, "found by loadExtensions()");
                appliedExtensions.put(name, origin);
                discoveredExtensions.put(name, origin);
                e.extend(this);
            }
            return this;
        }

        private static IllegalStateException twice(String name, String first, String second) {
            return new IllegalStateException("extension " + name + " would be applied twice, and its extractors"
                    + " would run twice: " + first + "; and " + second + ". Apply it one way only.");
        }

        private static String describe(Extension e, String how) {
            var source = e.getClass().getProtectionDomain().getCodeSource();
            return e.getClass().getName()
                    + (source == null || source.getLocation() == null ? "" : " from " + source.getLocation())
                    + ", " + how;
        }

        /**
         * Turns built-in facets off, for example to replace one with an extractor of one's own.
         *
         * @param facets the facets to turn off
         * @return this builder
         */
        public Builder disable(Facet... facets) {
            for (Facet f : facets) {
                disabled.add(Objects.requireNonNull(f, "facet"));
            }
            return this;
        }

        /**
         * Whether facts carry their evidence {@link dev.accords.model.Span}s. Default {@code true}.
         *
         * @param include whether to keep spans
         * @return this builder
         */
        public Builder includeEvidence(boolean include) {
            this.includeEvidence = include;
            return this;
        }

        /**
         * Whether a failing extractor is skipped and reported as an error diagnostic ({@code true}) or
         * fails the parse with {@link ExtractionException} ({@code false}, the default).
         *
         * @param skip whether to skip failing extractors
         * @return this builder
         */
        public Builder skipFailingExtractors(boolean skip) {
            this.skipFailingExtractors = skip;
            return this;
        }

        /**
         * The most characters of article text a parse reads: the text of a plain-text source, or the
         * text extracted from a page; a longer text is cut, with a warning diagnostic {@code
         * input.truncated} saying how long it was. Default {@value #DEFAULT_MAX_INPUT_CHARS}.
         *
         * @param max the limit, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException if {@code max <= 0}
         */
        public Builder maxInputChars(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxInputChars must be > 0, was " + max);
            }
            this.maxInputChars = max;
            return this;
        }

        /**
         * The most bytes a parse reads from a source before anything else is done with them: the bytes
         * of a file (after gzip decompression) or of a byte array, or the characters of a source made
         * from a string. HTML is cut there before it is parsed. A longer source is cut, with a warning
         * diagnostic {@code input.truncated}. Default {@value #DEFAULT_MAX_INPUT_BYTES}.
         *
         * @param max the limit, {@code > 0}
         * @return this builder
         * @throws IllegalArgumentException if {@code max <= 0}
         * @since 0.1.0
         */
        public Builder maxInputBytes(int max) {
            if (max <= 0) {
                throw new IllegalArgumentException("maxInputBytes must be > 0, was " + max);
            }
            this.maxInputBytes = max;
            return this;
        }

        /** @return a new parser with this configuration */
        public AnnouncementParser build() {
            Map<Phase, List<Extractor>> all = new HashMap<>();
            Builder builtins = new Builder();
            dev.accords.internal.extract.Builtins.extension(disabled).extend(builtins);
            for (Phase phase : Phase.values()) {
                List<Extractor> list = new ArrayList<>(builtins.extractors.getOrDefault(phase, List.of()));
                list.addAll(extractors.getOrDefault(phase, List.of()));
                all.put(phase, Collections.unmodifiableList(list));
            }
            return new Pipeline(
                    all,
                    List.copyOf(postProcessors),
                    List.copyOf(articleReaders),
                    includeEvidence,
                    skipFailingExtractors,
                    maxInputChars,
                    maxInputBytes);
        }
    }
}
