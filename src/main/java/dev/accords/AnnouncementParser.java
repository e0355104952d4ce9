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
 * <p>Implementations of one's own can wrap a built parser and reuse its stages ({@link
 * #readArticle(Source)}, {@link #parse(Article)}).
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
        private final Map<String, Extension> loadedExtensions = new HashMap<>();
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
         * Applies an extension.
         *
         * @param extension the extension
         * @return this builder
         */
        public Builder extension(Extension extension) {
            Objects.requireNonNull(extension, "extension").extend(this);
            return this;
        }

        /**
         * Finds the {@link Extension}s listed in {@code META-INF/services/dev.accords.Extension} on the
         * class path (with this class's class loader) and applies them in order of class name.
         * Discovery happens only when this method is called.
         *
         * @return this builder
         * @throws IllegalStateException if two providers have the same class name, or an extension of
         *     that class was loaded before
         * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
         */
        public Builder loadExtensions() {
            List<Extension> found = new ArrayList<>();
            for (Extension e : ServiceLoader.load(Extension.class, AnnouncementParser.class.getClassLoader())) {
                found.add(e);
            }
            found.sort(Comparator.comparing(e -> e.getClass().getName()));
            for (Extension e : found) {
                String name = e.getClass().getName();
                Extension before = loadedExtensions.putIfAbsent(name, e);
                if (before != null) {
                    throw new IllegalStateException(
                            "extension " + name + " is listed twice: " + describe(before) + " and " + describe(e));
                }
            }
            found.forEach(this::extension);
            return this;
        }

        private static String describe(Extension e) {
            var source = e.getClass().getProtectionDomain().getCodeSource();
            return e.getClass().getName() + (source == null ? "" : " from " + source.getLocation());
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
