package org.depeche.server;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load test of {@code POST /v1/analyze} on loopback: concurrent clients send articles and every
 * answer is recorded (status, Retry-After, latency). A request that gets no HTTP answer at all
 * (connection error, client timeout) is counted as lost.
 */
public final class LoadTest {

    /** What one phase measured. */
    public record Phase(String name, int clients, int sent, double seconds, Map<Integer, Integer> statuses,
                        int busyWithoutRetryAfter, int lost, double p50Ms, double p95Ms, double p99Ms,
                        long retainedHeapBytes) {

        public double requestsPerSecond() {
            return sent / seconds;
        }

        public int ok() {
            return statuses.getOrDefault(200, 0);
        }

        /** Every request answered, with 200 or with 503 and a Retry-After. */
        public boolean clean() {
            return lost == 0 && busyWithoutRetryAfter == 0
                    && statuses.keySet().stream().allMatch(s -> s == 200 || s == 503)
                    && statuses.values().stream().mapToInt(Integer::intValue).sum() == sent;
        }
    }

    private final URI base;
    private final HttpClient client;

    public LoadTest(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "load-test-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /**
     * Sends each text {@code repeat} times, spread over {@code clients} concurrent clients, each
     * client sending its next article as soon as the previous answer came (no retry).
     */
    public Phase run(String name, List<String> texts, int clients, int repeat, String lang) throws InterruptedException {
        List<String> work = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            work.addAll(texts);
        }
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger busyNoRetry = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "load-test-client");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < work.size()) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/analyze?lang=" + lang))
                            .timeout(Duration.ofMinutes(5))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(work.get(i), StandardCharsets.UTF_8)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies.add((System.nanoTime() - s) / 1e6);
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                            busyNoRetry.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        lost.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdownNow();
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Phase(name, clients, work.size(), seconds, new TreeMap<>(statuses), busyNoRetry.get(), lost.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), retainedHeap());
    }

    /** Used heap right after a full collection, in bytes. */
    public static long retainedHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The phases as a table. */
    public static void print(List<Phase> phases, PrintStream out) {
        out.printf(Locale.ROOT, "%-22s %7s %6s %8s %9s %-26s %5s %20s %9s%n", "phase", "clients", "sent", "req/s",
                "ok/s", "statuses", "lost", "ms p50 / p95 / p99", "heap MB");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "%-22s %7d %6d %8.1f %9.1f %-26s %5d %20s %9.0f%n", p.name(), p.clients(), p.sent(),
                    p.requestsPerSecond(), p.ok() / p.seconds(), statusText(p), p.lost(),
                    String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p.p50Ms(), p.p95Ms(), p.p99Ms()),
                    p.retainedHeapBytes() / 1048576.0);
        }
    }

    private static String statusText(Phase p) {
        StringBuilder sb = new StringBuilder();
        p.statuses().forEach((status, n) -> sb.append(sb.length() == 0 ? "" : " ").append(status).append('×').append(n));
        if (p.busyWithoutRetryAfter() > 0) {
            sb.append(" (").append(p.busyWithoutRetryAfter()).append(" 503 without Retry-After)");
        }
        return sb.toString();
    }
}
