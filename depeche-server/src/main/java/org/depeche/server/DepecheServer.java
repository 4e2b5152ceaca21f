package org.depeche.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.depeche.extract.AnalysisResult;
import org.depeche.io.OutputFormat;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * {@code depeche serve}: the HTTP API and the page, a thin adapter over the same {@link Analysis}
 * (the CLI's analyzer), input readers and writers as {@code depeche analyze}, and over a
 * {@link DocumentStore} when one is given.
 *
 * <p>Safety: binds to loopback unless configured otherwise, and then refuses Host headers naming
 * another machine (DNS rebinding); no CORS unless origins are named, never a wildcard, and API
 * calls from a foreign web origin are refused; bodies are capped before they are read; analyses
 * go through a bounded queue with a timeout; only documented parameters are accepted; every error
 * is JSON {@code {"error", "message"}}, never a stack trace; the log has one line per request
 * (method, route, status, size, time) and never the article's text.
 */
public final class DepecheServer implements AutoCloseable {

    /** The endpoints, as "METHOD path" (openapi.yaml documents exactly these). */
    public static final List<String> ENDPOINTS = List.of(
            "GET /health", "GET /ready", "GET /openapi.yaml",
            "POST /v1/analyze",
            "POST /v1/documents", "GET /v1/documents/{id}",
            "GET /v1/quotes", "GET /v1/events", "GET /v1/entities/{name}", "GET /v1/search");

    private static final String ROUTE = "depeche.route";
    private static final String SENT = "depeche.sent";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final ServerConfig config;
    private final Analysis analysis;
    private final DocumentStore store;
    private final Consumer<String> log;
    private final AnalysisQueue queue;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile String loadFailure;
    private volatile List<String> loadedLanguages = List.of();
    private Javalin app;

    /**
     * @param store the document store, or null: the store endpoints then answer 501
     * @param log   receives one line per request and the server's own messages
     */
    public DepecheServer(ServerConfig config, Analysis analysis, DocumentStore store, Consumer<String> log) {
        this.config = config;
        this.analysis = analysis;
        this.store = store;
        this.log = log;
        this.queue = new AnalysisQueue(analysis, config.workers(), config.queue());
    }

    /** Starts listening, then loads the preloaded languages' models on a background thread. */
    public DepecheServer start() {
        app = Javalin.create(this::configure);
        app.start();
        Thread loader = new Thread(this::preload, "depeche-model-loader");
        loader.setDaemon(true);
        loader.start();
        return this;
    }

    private void preload() {
        List<String> done = new ArrayList<>();
        try {
            for (String lang : config.preload()) {
                long t0 = System.nanoTime();
                analysis.load(lang);
                done.add(lang);
                loadedLanguages = List.copyOf(done);
                log.accept(String.format(Locale.ROOT, "depeche serve: %s models loaded in %.1f s", lang,
                        (System.nanoTime() - t0) / 1e9));
            }
        } catch (RuntimeException e) {
            loadFailure = e.getClass().getSimpleName();
            log.accept("depeche serve: loading the models failed (" + loadFailure + ")");
        } finally {
            loaded.countDown();
        }
    }

    /** Waits until the preloaded models are in (or failed to load); true when ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && loadFailure == null;
    }

    private boolean ready() {
        return loaded.getCount() == 0 && loadFailure == null;
    }

    /** Analyses admitted now, running or queued (for tests). */
    int inFlight() {
        return queue.admitted();
    }

    /** The port listened on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]"
                : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        queue.close();
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            // a request waits for its analysis without I/O: the connection must outlive the timeout
            connector.setIdleTimeout(config.analysisTimeout().toMillis() + 30_000);
            return connector;
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.requestLogger.http(this::logRequest);

        cfg.routes.before(this::guard);
        route(cfg, HandlerType.GET, "/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
        route(cfg, HandlerType.GET, "/assets/{name}", ctx -> {
            String type = ASSETS.get(ctx.pathParam("name"));
            if (type == null) {
                throw new ApiException(404, "not_found", "no such asset");
            }
            page(ctx, ctx.pathParam("name"), type);
        });
        route(cfg, HandlerType.GET, "/openapi.yaml", ctx -> {
            noParameters(ctx);
            send(ctx, 200, "application/yaml; charset=utf-8", resource("openapi.yaml"));
        });
        route(cfg, HandlerType.GET, "/health", ctx -> {
            noParameters(ctx);
            json(ctx, 200, Map.of("status", "ok"));
        });
        route(cfg, HandlerType.GET, "/ready", this::readiness);
        route(cfg, HandlerType.POST, "/v1/analyze", this::analyzeEndpoint);
        route(cfg, HandlerType.POST, "/v1/documents", this::storeDocument);
        route(cfg, HandlerType.GET, "/v1/documents/{id}", this::storedDocument);
        for (DocumentStore.Query q : DocumentStore.Query.values()) {
            route(cfg, HandlerType.GET, q.path(), ctx -> query(ctx, q));
        }
        route(cfg, HandlerType.OPTIONS, "/v1/*", this::preflight);

        cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx,
                new ApiException(e.getStatus(), statusCode(e.getStatus()), statusMessage(e.getStatus()))));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.accept("depeche serve: internal error " + e.getClass().getName() + at(e));
            error(ctx, new ApiException(500, "internal", "internal error; the server's log names it"));
        });
    }

    private static void route(JavalinConfig cfg, HandlerType method, String path, Handler handler) {
        cfg.routes.addHttpHandler(method, path, ctx -> {
            ctx.attribute(ROUTE, path);
            handler.handle(ctx);
        });
    }

    // ---------------------------------------------------------------- safety

    /** Host (DNS rebinding), Origin (no foreign web page may call the API) and the security headers. */
    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
        String host = ctx.header("Host");
        if (config.loopbackOnly() && !loopbackHost(host)) {
            throw new ApiException(403, "forbidden_host", "this server answers requests for localhost only");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("http://" + host)) {
            if (config.allowedOrigins().contains(origin)) {
                ctx.header("Access-Control-Allow-Origin", origin);
                ctx.header("Vary", "Origin");
            } else if (ctx.path().startsWith("/v1/")) {
                throw new ApiException(403, "forbidden_origin", "requests from the web origin "
                        + ArticleRequest.clip(origin) + " are not accepted (depeche serve --allow-origin)");
            }
        }
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 && h.substring(0, close + 1).equals("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127(\\.\\d{1,3}){3}");
    }

    private void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !config.allowedOrigins().contains(origin)) {
            throw new ApiException(403, "forbidden_origin", "no cross-origin access is configured for this origin");
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST");
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private void logRequest(Context ctx, Float ms) {
        String route = ctx.attribute(ROUTE);
        log.accept(String.format(Locale.ROOT, "%s %s %s %d %s %.0fms",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), ctx.method().name(),
                route == null ? "-" : route, ctx.statusCode(),
                ctx.attribute(SENT) == null ? "-" : ctx.attribute(SENT) + "B",
                ms));
    }

    // ---------------------------------------------------------------- endpoints

    private void readiness(Context ctx) {
        noParameters(ctx);
        if (loadFailure != null) {
            throw new ApiException(503, "not_ready", "the models could not be loaded; see the server's log");
        }
        if (!ready()) {
            throw new ApiException(503, "not_ready", "loading the language models",
                    Map.of("Retry-After", "5"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("languages", loadedLanguages);
        body.put("store", store != null);
        body.put("maxBodyBytes", config.maxBodyBytes());
        json(ctx, 200, body);
    }

    private void analyzeEndpoint(Context ctx) throws IOException, InterruptedException {
        Map<String, String> params = ArticleRequest.parameters(ctx.queryParamMap(), ArticleRequest.ANALYZE_PARAMETERS);
        OutputFormat format = ArticleRequest.format(params);
        boolean pretty = ArticleRequest.pretty(params);
        Document doc = analysed(ctx, params);
        render(ctx, 200, doc, format, pretty);
    }

    private void storeDocument(Context ctx) throws IOException, InterruptedException {
        Map<String, String> params = ArticleRequest.parameters(ctx.queryParamMap(), ArticleRequest.DOCUMENT_PARAMETERS);
        DocumentStore s = requireStore();
        Document doc = analysed(ctx, params);
        boolean stored = s.put(doc);
        ctx.header("Location", "/v1/documents/" + doc.id());
        render(ctx, stored ? 201 : 200, doc, OutputFormat.JSON, false);
    }

    private void storedDocument(Context ctx) {
        Map<String, String> params = ArticleRequest.parameters(ctx.queryParamMap(), Set.of("format", "pretty"));
        OutputFormat format = ArticleRequest.format(params);
        boolean pretty = ArticleRequest.pretty(params);
        Document doc = requireStore().get(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no stored document has this id"));
        render(ctx, 200, doc, format, pretty);
    }

    private void query(Context ctx, DocumentStore.Query q) {
        DocumentStore s = requireStore();
        Map<String, String> params = new LinkedHashMap<>(
                ArticleRequest.parameters(ctx.queryParamMap(), s.parameters(q)));
        if (q == DocumentStore.Query.ENTITY) {
            params.put("name", ctx.pathParam("name"));
        }
        Object answer;
        try {
            answer = s.query(q, Collections.unmodifiableMap(params));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_parameter", e.getMessage());
        }
        json(ctx, 200, answer);
    }

    private DocumentStore requireStore() {
        if (store == null) {
            throw new ApiException(501, "no_store", "this server has no document store (depeche serve --store)");
        }
        return store;
    }

    /** Reads, checks and analyses the article of a request. */
    private Document analysed(Context ctx, Map<String, String> params) throws IOException, InterruptedException {
        if (!ready()) {
            throw new ApiException(503, "not_ready", "the language models are still loading",
                    Map.of("Retry-After", "5"));
        }
        if (queue.full()) {
            throw busy();
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = ArticleRequest.body(ctx.req().getContentLengthLong(), in, config.maxBodyBytes());
        }
        Document doc = ArticleRequest.document(ctx.header("Content-Type"), body, params, config.maxBodyBytes());
        AnalysisResult result;
        try {
            result = queue.analyze(doc, config.analysisTimeout());
        } catch (AnalysisQueue.Busy e) {
            throw busy();
        } catch (AnalysisQueue.TimedOut e) {
            throw new ApiException(504, "timeout", "the analysis took longer than "
                    + config.analysisTimeout().toSeconds() + " s (depeche serve --timeout)");
        }
        if (result instanceof AnalysisResult.Failed f) {
            throw new ApiException(422, "analysis_failed", withoutOrigin(f));
        }
        return ((AnalysisResult.Analyzed) result).document();
    }

    private static String withoutOrigin(AnalysisResult.Failed f) {
        return f.message().replace("; name it with --lang", "; name it with lang")
                .replace("; force one with --lang", "; force one with lang");
    }

    private ApiException busy() {
        return new ApiException(503, "busy", "too many analyses in progress; retry later",
                Map.of("Retry-After", Integer.toString(queue.retryAfterSeconds())));
    }

    private static void render(Context ctx, int status, Document doc, OutputFormat format, boolean pretty) {
        String body = format == OutputFormat.JSON && pretty ? DepecheJson.writePretty(doc) : format.write(doc);
        if (!body.endsWith("\n")) {
            body += "\n";
        }
        String type = switch (format) {
            case JSON -> "application/json";
            case TIMEML -> "application/xml; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
        send(ctx, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Context ctx, int status, String type, byte[] body) {
        ctx.attribute(SENT, body.length);
        ctx.status(status).contentType(type).result(body);
    }

    private static void noParameters(Context ctx) {
        ArticleRequest.parameters(ctx.queryParamMap(), Set.of());
    }

    private static void page(Context ctx, String name, String type) {
        ctx.header("Cache-Control", "no-cache");
        send(ctx, 200, type, resource("web/" + name));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DepecheServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- errors

    private static void json(Context ctx, int status, Object body) {
        try {
            send(ctx, status, "application/json", DepecheJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, ApiException e) {
        e.headers().forEach(ctx::header);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        json(ctx, e.status(), body);
    }

    private static String at(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0].getClassName() + "." + st[0].getMethodName();
    }

    static String statusCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 501 -> "not_implemented";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    static String statusMessage(int status) {
        return switch (status) {
            case 404 -> "no such endpoint; GET /openapi.yaml lists them";
            case 405 -> "this endpoint does not take that method; GET /openapi.yaml lists them";
            case 413 -> "the request is too large";
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "internal error" : "the request could not be read";
        };
    }

    /** Errors Jetty answers itself (malformed HTTP, oversized headers) are JSON too, without stack traces. */
    private static final class JsonErrorHandler extends ErrorHandler {
        JsonErrorHandler() {
            setShowStacks(false);
            setShowCauses(false);
            setShowOrigin(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() < 400 ? 500 : response.getStatus();
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body(status)), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            return ByteBuffer.wrap(body(status));
        }

        private static byte[] body(int status) {
            return ("{\"error\":\"" + statusCode(status) + "\",\"message\":\"" + statusMessage(status) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
