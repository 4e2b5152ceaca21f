package org.depeche.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;

/**
 * The analyses in progress: a fixed number of workers and a bounded queue in front of them. A
 * request that finds the queue full is refused at once (503 with {@code Retry-After}) instead of
 * piling up; a request whose analysis does not finish within the timeout, waiting included, is
 * answered 504 and its analysis cancelled (dropped if still queued; a running one is interrupted,
 * and its worker stays busy until the language pipeline returns, so the bound holds).
 */
final class AnalysisQueue implements AutoCloseable {

    /** Thrown when the queue is full. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy() {
            super(null, null, false, false);
        }
    }

    /** Thrown when the analysis did not finish in time. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super(null, null, false, false);
        }
    }

    private final Analysis analysis;
    private final ThreadPoolExecutor pool;
    private final int workers;
    /** Moving average of one analysis, in ms (for Retry-After). */
    private final AtomicLong averageMs = new AtomicLong(1000);
    /** Requests admitted (running or waiting): at most workers + queue. */
    private final Semaphore admitted;
    private final int permits;

    AnalysisQueue(Analysis analysis, int workers, int queue) {
        this.analysis = analysis;
        this.workers = workers;
        this.permits = workers + queue;
        this.admitted = new Semaphore(permits);
        AtomicInteger n = new AtomicInteger();
        // admission is the semaphore; the executor's own bound only matters when analyses that timed
        // out still hold their workers (then the queue fills and requests are refused)
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue + workers),
                r -> {
                    Thread t = new Thread(r, "depeche-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.prestartAllCoreThreads();
    }

    /** Whether a new analysis would be refused now (checked before reading a body, to shed load cheaply). */
    boolean full() {
        return admitted.availablePermits() == 0;
    }

    /** Runs one analysis, waiting at most {@code timeout}. */
    AnalysisResult analyze(Document doc, Duration timeout) throws Busy, TimedOut, InterruptedException {
        if (!admitted.tryAcquire()) {
            throw new Busy();
        }
        try {
            return run(doc, timeout);
        } finally {
            admitted.release();
        }
    }

    private AnalysisResult run(Document doc, Duration timeout) throws Busy, TimedOut, InterruptedException {
        Future<AnalysisResult> future;
        try {
            future = pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    return analysis.analyze(doc);
                } finally {
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    averageMs.updateAndGet(avg -> (avg * 7 + ms) / 8);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            // Analysis.analyze returns failures as values; anything else is a defect of the server
            throw new IllegalStateException("analysis failed: " + e.getCause().getClass().getName());
        }
    }

    /** Seconds a refused client should wait: the queue's expected drain time, at least 1. */
    int retryAfterSeconds() {
        long queued = (long) pool.getQueue().size() + pool.getActiveCount();
        double seconds = averageMs.get() / 1000.0 * Math.max(1, queued) / workers;
        return (int) Math.max(1, Math.min(120, Math.ceil(seconds)));
    }

    /** Requests admitted now (running or waiting for a worker). */
    int admitted() {
        return permits - admitted.availablePermits();
    }

    int running() {
        return pool.getActiveCount();
    }

    int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
