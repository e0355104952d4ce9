package dev.accords;

import dev.accords.internal.batch.Parallel;
import dev.accords.model.Announcement;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Parses many sources in parallel — a directory, a crawl, a stream of millions of pages — with
 * memory that stays flat however many pass through.
 *
 * <pre>{@code
 * Batch batch = Batch.builder(parser).threads(8).build();
 * try (Stream<Batch.Result> results = batch.parse(sources)) {
 *     results.forEach(r -> {
 *         if (r.succeeded()) {
 *             store(r.announcement().orElseThrow());
 *         } else {
 *             log(r.name() + ": " + r.failure().orElseThrow());
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>The returned stream is lazy: sources are taken from the input only as results are consumed, at
 * most {@link #maxInFlight()} ahead of the consumer, so an input of any length — even an endless one
 * cut short downstream with {@code limit} — is never collected. Sources are pulled on the consuming
 * thread; parsing, including reading files, happens on the batch's own threads.
 *
 * <p>Each source gets one {@link Result}. A source that cannot be read or whose parse throws
 * gives a failed result holding the exception, and the other sources go on. Only an {@link Error}
 * other than {@link StackOverflowError} (an {@link OutOfMemoryError}, say) ends the stream, rethrown
 * to the consumer; so does an exception thrown by the input itself (a WARC file cut short, say), but
 * only after the results of the sources taken before it.
 *
 * <p>A {@code Batch} is immutable and thread-safe; each call of {@code parse} starts its own pool of
 * {@link #threads()} daemon threads, shut down when the results are exhausted or the stream is
 * closed (use try-with-resources when you may stop early). The returned stream itself, like any
 * stream, is for one thread; it is sequential, and {@code parallel()} does not change that.
 *
 * @since 0.1.0
 */
public final class Batch {
    private final AnnouncementParser parser;
    private final int threads;
    private final int maxInFlight;
    private final boolean ordered;

    private Batch(AnnouncementParser parser, int threads, int maxInFlight, boolean ordered) {
        this.parser = parser;
        this.threads = threads;
        this.maxInFlight = maxInFlight;
        this.ordered = ordered;
    }

    /**
     * A batch with the defaults: one thread per available processor, {@code 4 × threads} sources in
     * flight, results in input order.
     *
     * @param parser the parser to use; it is thread-safe and shared by the batch's threads
     * @return a batch
     */
    public static Batch of(AnnouncementParser parser) {
        return builder(parser).build();
    }

    /**
     * @param parser the parser to use; it is thread-safe and shared by the batch's threads
     * @return a builder of a batch with that parser
     */
    public static Builder builder(AnnouncementParser parser) {
        return new Builder(Objects.requireNonNull(parser, "parser"));
    }

    /** @return the number of parsing threads */
    public int threads() {
        return threads;
    }

    /** @return the most sources taken from the input whose results the consumer has not yet taken */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** @return whether results come in input order ({@code false}: as they finish) */
    public boolean ordered() {
        return ordered;
    }

    /**
     * Parses a stream of sources in parallel.
     *
     * @param sources the sources; consumed lazily, and closed when the returned stream is closed
     * @return one result per source, in input order if {@link #ordered()}; close it to stop early
     * @throws NullPointerException if {@code sources} is null, or (when its turn comes) if it holds a
     *     null source
     */
    public Stream<Result> parse(Stream<? extends Source> sources) {
        Objects.requireNonNull(sources, "sources");
        return parse(sources.iterator(), sources::close);
    }

    /**
     * Parses sources in parallel.
     *
     * @param sources the sources; iterated lazily, once
     * @return one result per source, in input order if {@link #ordered()}; close it to stop early
     * @throws NullPointerException if {@code sources} is null, or (when its turn comes) if it holds a
     *     null source
     */
    public Stream<Result> parse(Iterable<? extends Source> sources) {
        Objects.requireNonNull(sources, "sources");
        return parse(sources.iterator(), () -> {});
    }

    private Stream<Result> parse(Iterator<? extends Source> sources, Runnable onClose) {
        Objects.requireNonNull(sources, "the iterator of sources");
        AtomicLong index = new AtomicLong();
        Iterator<Indexed> numbered = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sources.hasNext();
            }

            @Override
            public Indexed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long i = index.getAndIncrement();
                Source s = sources.next();
                if (s == null) {
                    throw new NullPointerException("source #" + i + " of the batch is null");
                }
                return new Indexed(i, s);
            }
        };
        return Parallel.stream(numbered, this::parseOne, threads, maxInFlight, ordered, onClose);
    }

    private Result parseOne(Indexed in) {
        try {
            return new Result(in.index, in.source, parser.parse(in.source), null);
        } catch (Exception | StackOverflowError e) {
            return new Result(in.index, in.source, null, e);
        }
    }

    private record Indexed(long index, Source source) {}

    @Override
    public String toString() {
        return "Batch{threads=" + threads + ", maxInFlight=" + maxInFlight + ", ordered=" + ordered + "}";
    }

    /**
     * The outcome of one source: its announcement, or why it has none.
     *
     * @since 0.1.0
     */
    public static final class Result {
        private final long index;
        private final Source source;
        private final Announcement announcement;
        private final Throwable failure;

        Result(long index, Source source, Announcement announcement, Throwable failure) {
            this.index = index;
            this.source = source;
            this.announcement = announcement;
            this.failure = failure;
        }

        /** @return the position of the source in the input, from 0 */
        public long index() {
            return index;
        }

        /** @return the source */
        public Source source() {
            return source;
        }

        /**
         * A name for the source in messages: its id, else its URL, else its file, else {@code #index}.
         *
         * @return the name
         */
        public String name() {
            return source.id()
                    .or(source::url)
                    .or(() -> source.path().map(Object::toString))
                    .orElse("#" + index);
        }

        /** @return whether the source was parsed */
        public boolean succeeded() {
            return announcement != null;
        }

        /**
         * @return the announcement, if the source was parsed (it may still carry warning diagnostics,
         *     such as {@code input.empty})
         */
        public Optional<Announcement> announcement() {
            return Optional.ofNullable(announcement);
        }

        /**
         * @return why the source was not parsed: a {@link java.io.IOException} for a source that
         *     could not be read, an {@link ExtractionException} for a failing extractor, any other
         *     exception the parse threw, or a {@link StackOverflowError}
         */
        public Optional<Throwable> failure() {
            return Optional.ofNullable(failure);
        }

        @Override
        public String toString() {
            return "Result{#" + index + " " + name() + (succeeded() ? ", parsed" : ", failed: " + failure) + "}";
        }
    }

    /**
     * Configures a {@link Batch}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final AnnouncementParser parser;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int maxInFlight;
        private boolean ordered = true;

        private Builder(AnnouncementParser parser) {
            this.parser = parser;
        }

        /**
         * The number of parsing threads. Default: the number of available processors.
         *
         * @param threads the number, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException if {@code threads < 1}
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The most sources taken from the input whose results the consumer has not yet taken: the
         * bound on memory. Default: {@code 4 × threads}.
         *
         * @param max the number, at least the number of threads
         * @return this builder
         * @throws IllegalArgumentException if {@code max < 1} (and, at {@link #build()}, if it is
         *     below the number of threads)
         */
        public Builder maxInFlight(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInFlight must be >= 1, was " + max);
            }
            this.maxInFlight = max;
            return this;
        }

        /**
         * Whether results come in input order (the default), or as they finish — which keeps all
         * threads busy when one document takes much longer than the others.
         *
         * @param ordered whether to keep input order
         * @return this builder
         */
        public Builder ordered(boolean ordered) {
            this.ordered = ordered;
            return this;
        }

        /**
         * @return a new batch
         * @throws IllegalArgumentException if {@code maxInFlight} was set below the number of threads
         */
        public Batch build() {
            int window = maxInFlight == 0 ? (int) Math.min(4L * threads, Integer.MAX_VALUE) : maxInFlight;
            if (window < threads) {
                throw new IllegalArgumentException(
                        "maxInFlight (" + window + ") must be at least the number of threads (" + threads + ")");
            }
            return new Batch(parser, threads, window, ordered);
        }
    }
}
