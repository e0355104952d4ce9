package dev.accords.internal.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a lazy sequence through a task on a pool of threads, with at most {@code window} items taken
 * from the input and not yet handed to the consumer, so memory stays flat however long the input is.
 *
 * <p>The input is pulled on the consumer's thread, as the consumer asks for results, never ahead by
 * more than the window. Results come in input order ({@code ordered}) or as they finish. The pool
 * is shut down when the input is exhausted and every result taken, or when the stream is closed;
 * its threads are daemons that also stop after idling, so an abandoned stream holds nothing.
 *
 * <p>Tasks should not throw: a task's {@link RuntimeException} or {@link Error} is rethrown to the
 * consumer when its result is due, which ends the stream. What the input throws is rethrown to the
 * consumer after the results of the items taken before it, and ends the stream.
 */
public final class Parallel<S, R> implements Iterator<R>, AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends S> input;
    private final Function<? super S, ? extends R> task;
    private final int window;
    private final boolean ordered;
    private final Runnable onClose;
    private final ThreadPoolExecutor pool;
    /** Ordered: every submitted task in input order. */
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    /** Unordered: tasks in order of completion. */
    private final BlockingQueue<Future<R>> finished = new LinkedBlockingQueue<>();

    private int inFlight;
    private boolean inputDone;
    /** What the input threw; thrown to the consumer once the results before it are taken. */
    private RuntimeException inputFailure;

    private Error inputError;
    private boolean closed;

    private Parallel(
            Iterator<? extends S> input,
            Function<? super S, ? extends R> task,
            int threads,
            int window,
            boolean ordered,
            Runnable onClose) {
        this.input = input;
        this.task = task;
        this.window = window;
        this.ordered = ordered;
        this.onClose = onClose;
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "accords-batch-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * A lazy sequential stream of the task's results over the input; close it to stop early.
     *
     * @param input the items, pulled lazily on the consuming thread
     * @param task what to do with each item, run on the pool; must be thread-safe
     * @param threads pool size, {@code >= 1}
     * @param window most items taken from the input and not yet consumed, {@code >= threads}
     * @param ordered results in input order ({@code true}) or in order of completion
     * @param onClose run once when the stream ends or is closed (e.g. closing the input's files)
     * @return the results
     */
    public static <S, R> Stream<R> stream(
            Iterator<? extends S> input,
            Function<? super S, ? extends R> task,
            int threads,
            int window,
            boolean ordered,
            Runnable onClose) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(onClose, "onClose");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window must be >= threads (" + threads + "), was " + window);
        }
        Parallel<S, R> it = new Parallel<>(input, task, threads, window, ordered, onClose);
        int characteristics = Spliterator.NONNULL | (ordered ? Spliterator.ORDERED : 0);
        // Not splittable: the input iterator is only ever touched by one thread at a time.
        Spliterator<R> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, characteristics) {
            @Override
            public boolean tryAdvance(Consumer<? super R> action) {
                if (!it.hasNext()) {
                    return false;
                }
                action.accept(it.next());
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(it::close);
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        fill();
        if (inFlight == 0) {
            close();
            if (inputFailure != null) {
                throw inputFailure;
            }
            if (inputError != null) {
                throw inputError;
            }
            return false;
        }
        return true;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<R> f;
        try {
            f = ordered ? pending.removeFirst() : finished.take();
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a result");
        }
        inFlight--;
        R r = await(f);
        fill(); // keep the pool busy while the consumer works on r
        return r;
    }

    private void fill() {
        while (!inputDone && inFlight < window) {
            boolean more;
            S item;
            try {
                more = input.hasNext();
                item = more ? input.next() : null;
            } catch (RuntimeException e) {
                inputFailure = e;
                inputDone = true;
                return;
            } catch (Error e) {
                inputError = e;
                inputDone = true;
                return;
            }
            if (!more) {
                inputDone = true;
                return;
            }
            submit(item);
        }
    }

    private void submit(S item) {
        FutureTask<R> f = ordered
                ? new FutureTask<>(() -> task.apply(item))
                : new FutureTask<>(() -> task.apply(item)) {
                    @Override
                    protected void done() {
                        finished.add(this);
                    }
                };
        if (ordered) {
            pending.addLast(f);
        }
        inFlight++;
        pool.execute(f);
    }

    private R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a result");
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops: in-flight tasks are cancelled, the pool shut down, {@code onClose} run. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        pool.shutdownNow();
        onClose.run();
    }
}
