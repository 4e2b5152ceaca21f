package org.depeche.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on several threads and hands the results on in input
 * order, with at most {@code 2 × threads} items in flight: a batch of any length runs in
 * constant memory. The input iterator and the consumer are only used from the calling thread.
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    /**
     * @param items   the input, pulled lazily
     * @param work    applied to each item on a worker thread; must not throw for a bad item
     * @param threads worker threads (≥ 1)
     * @param results receives each result, in input order
     */
    public static <T, R> void map(Iterator<T> items, Function<T, R> work, int threads, Consumer<R> results) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "depeche-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            while (items.hasNext()) {
                T item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= 2 * Math.max(1, threads)) {
                    results.accept(get(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                results.accept(get(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }
}
