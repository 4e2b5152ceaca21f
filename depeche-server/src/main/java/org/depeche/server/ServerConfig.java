package org.depeche.server;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depeche.io.ReadOptions;

/**
 * How {@code depeche serve} listens and what it accepts.
 *
 * @param host            the address to bind; {@value #LOOPBACK} unless the user names another
 * @param port            the TCP port; 0 picks a free one (tests, benchmarks)
 * @param maxBodyBytes    larger request bodies are refused with 413 before they are read
 * @param analysisTimeout how long a request waits for its analysis, queue included, before 504
 * @param workers         analyses run at the same time
 * @param queue           analyses waiting for a worker; one more request gets 503 with Retry-After
 * @param allowedOrigins  web origins (scheme://host:port) other than the server's own that may call
 *                        the API from a browser; never "*"
 * @param preload         languages whose models load at start-up, before /ready says ready
 */
public record ServerConfig(String host, int port, long maxBodyBytes, Duration analysisTimeout, int workers, int queue,
                           Set<String> allowedOrigins, List<String> preload) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_QUEUE = 16;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no host to bind");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("body limit must be between 1 byte and 2 GB");
        }
        if (analysisTimeout == null || analysisTimeout.isNegative() || analysisTimeout.isZero()) {
            throw new IllegalArgumentException("the analysis timeout must be positive");
        }
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("at least one worker, and a queue of zero or more");
        }
        allowedOrigins = Set.copyOf(allowedOrigins == null ? Set.of() : allowedOrigins);
        for (String origin : allowedOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("'" + origin + "' is not an origin (scheme://host[:port]);"
                        + " wildcards are not accepted");
            }
        }
        preload = List.copyOf(preload == null ? List.of() : preload);
    }

    /** Loopback, port 8080, 2 MB bodies, 60 s, one worker per core (at most 4), 16 waiting, French preloaded. */
    public static ServerConfig defaults() {
        return new ServerConfig(LOOPBACK, DEFAULT_PORT, ReadOptions.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT,
                defaultWorkers(), DEFAULT_QUEUE, Set.of(), List.of("fr"));
    }

    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, analysisTimeout, workers, queue, allowedOrigins, preload);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes, analysisTimeout, workers, queue, allowedOrigins, preload);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, bytes, analysisTimeout, workers, queue, allowedOrigins, preload);
    }

    public ServerConfig withAnalysisTimeout(Duration timeout) {
        return new ServerConfig(host, port, maxBodyBytes, timeout, workers, queue, allowedOrigins, preload);
    }

    public ServerConfig withConcurrency(int newWorkers, int newQueue) {
        return new ServerConfig(host, port, maxBodyBytes, analysisTimeout, newWorkers, newQueue, allowedOrigins,
                preload);
    }

    public ServerConfig withAllowedOrigins(Set<String> origins) {
        return new ServerConfig(host, port, maxBodyBytes, analysisTimeout, workers, queue, origins, preload);
    }

    public ServerConfig withPreload(List<String> languages) {
        return new ServerConfig(host, port, maxBodyBytes, analysisTimeout, workers, queue, allowedOrigins, languages);
    }

    /** Whether the server only listens on this machine (then Host headers naming another machine are refused). */
    public boolean loopbackOnly() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
