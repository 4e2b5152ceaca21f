package org.depeche.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.depeche.model.DepecheJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer of depeche serve, over an analysis without models (fast). */
class DepecheServerTest {

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private DepecheServer server;

    private URI start(Analysis analysis, UnaryOperator<ServerConfig> config, DocumentStore store) throws Exception {
        server = new DepecheServer(config.apply(ServerConfig.defaults().withPort(0)), analysis, store, log::add)
                .start();
        server.awaitReady(Duration.ofSeconds(10));
        return server.uri();
    }

    private URI start(Analysis analysis) throws Exception {
        return start(analysis, c -> c, null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return DepecheJson.mapper().readTree(r.body());
    }

    private static JsonNode json(String body) throws Exception {
        return DepecheJson.mapper().readTree(body);
    }

    // ------------------------------------------------------------------ basics

    @Test
    void shouldAnswerHealthAtOnceAndReadyOnlyWhenTheModelsAreLoaded() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        FakeAnalysis analysis = new FakeAnalysis(FakeAnalysis.echo()::analyze, gate);
        server = new DepecheServer(ServerConfig.defaults().withPort(0), analysis, null, log::add).start();
        URI base = server.uri();

        assertThat(Http.get(base, "/health").statusCode()).isEqualTo(200);
        HttpResponse<String> loading = Http.get(base, "/ready");
        assertThat(loading.statusCode()).isEqualTo(503);
        assertThat(loading.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(loading).get("error").asText()).isEqualTo("not_ready");
        HttpResponse<String> early = Http.post(base, "/v1/analyze", "text/plain", "Un texte.");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();

        gate.countDown();
        assertThat(server.awaitReady(Duration.ofSeconds(10))).isTrue();
        HttpResponse<String> ready = Http.get(base, "/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("languages").toString()).isEqualTo("[\"fr\"]");
        assertThat(json(ready).get("store").asBoolean()).isFalse();
    }

    @Test
    void shouldReadPlainTextHtmlJsonAndRawBodiesAsTheCommandReadsFiles() throws Exception {
        URI base = start(FakeAnalysis.echo());

        JsonNode plain = json(Http.post(base, "/v1/analyze?published=2024-03-02", "text/plain; charset=utf-8",
                "Le conseil a voté hier."));
        assertThat(plain.get("text").asText()).isEqualTo("Le conseil a voté hier.");
        assertThat(plain.get("published").asText()).isEqualTo("2024-03-02");
        assertThat(plain.get("meta").get("origin").asText()).isEqualTo("http");
        assertThat(plain.get("id").asText()).matches("doc-[0-9a-f]{12}");

        byte[] latin1 = "Un été à Noël.".getBytes(Charset.forName("windows-1252"));
        assertThat(json(Http.post(base, "/v1/analyze", "text/plain; charset=windows-1252", latin1))
                .get("text").asText()).isEqualTo("Un été à Noël.");

        JsonNode html = json(Http.post(base, "/v1/analyze", "text/html",
                "<html><head><title>Titre</title></head><body><nav>menu</nav><p>Le texte.</p></body></html>"));
        assertThat(html.get("text").asText()).isEqualTo("Le texte.");
        assertThat(html.get("meta").get("title").asText()).isEqualTo("Titre");

        JsonNode fromJson = json(Http.post(base, "/v1/analyze", "application/json",
                "{\"id\":\"a-1\",\"text\":\"Le texte.\",\"published\":\"2023-01-05\",\"lang\":\"fr\"}"));
        assertThat(fromJson.get("id").asText()).isEqualTo("a-1");
        assertThat(fromJson.get("published").asText()).isEqualTo("2023-01-05");

        // curl --data-binary sends application/x-www-form-urlencoded: read like standard input
        JsonNode raw = json(Http.post(base, "/v1/analyze?id=art", "application/x-www-form-urlencoded",
                "Texte brut & non encodé = oui"));
        assertThat(raw.get("text").asText()).isEqualTo("Texte brut & non encodé = oui");
        assertThat(raw.get("id").asText()).isEqualTo("art");
        assertThat(json(Http.post(base, "/v1/analyze", null, "{\"text\":\"Par défaut.\"}".getBytes(
                StandardCharsets.UTF_8))).get("text").asText()).isEqualTo("Par défaut.");
    }

    @Test
    void shouldWriteTheOtherFormatsWithTheCommandsWriters() throws Exception {
        URI base = start(FakeAnalysis.echo());
        HttpResponse<String> timeml = Http.post(base, "/v1/analyze?format=timeml&published=2024-01-01",
                "text/plain", "Un texte.");
        assertThat(timeml.statusCode()).isEqualTo(200);
        assertThat(timeml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(timeml.body()).contains("<TimeML", "2024-01-01");
        HttpResponse<String> conllu = Http.post(base, "/v1/analyze?format=conllu", "text/plain", "Un texte.");
        assertThat(conllu.statusCode()).isEqualTo(200);
        assertThat(conllu.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(Http.post(base, "/v1/analyze?format=brat", "text/plain", "Un texte.").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseUndocumentedParametersFieldsFormatsAndMediaTypes() throws Exception {
        URI base = start(FakeAnalysis.echo());
        HttpResponse<String> unknown = Http.post(base, "/v1/analyze?file=/etc/passwd", "text/plain", "Un texte.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asText()).isEqualTo("unknown_parameter");
        assertThat(Http.post(base, "/v1/analyze?format=org.depeche.io.BratWriter", "text/plain", "x").statusCode())
                .isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze?format=json&format=brat", "text/plain", "x").statusCode())
                .isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze?lang=de", "text/plain", "x").statusCode()).isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze?published=yesterday", "text/plain", "x").statusCode()).isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze?id=../../etc/passwd", "text/plain", "x").statusCode()).isEqualTo(400);
        HttpResponse<String> field = Http.post(base, "/v1/analyze", "application/json",
                "{\"text\":\"x\",\"analyzer\":\"com.example.Evil\"}");
        assertThat(field.statusCode()).isEqualTo(400);
        assertThat(json(field).get("error").asText()).isEqualTo("unknown_field");
        assertThat(Http.post(base, "/v1/analyze", "application/json", "{\"text\":42}").statusCode()).isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze", "application/json", "{\"text\": \"x\"").statusCode()).isEqualTo(400);
        assertThat(Http.post(base, "/v1/analyze", "image/png", "x").statusCode()).isEqualTo(415);
        assertThat(Http.post(base, "/v1/analyze", "text/plain", "").statusCode()).isEqualTo(400);
        HttpResponse<String> binary = Http.post(base, "/v1/analyze", "text/plain", new byte[] {'%', 'P', 'D', 'F', 0});
        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(json(binary).get("error").asText()).isEqualTo("unreadable_article");
        assertThat(Http.get(base, "/health?verbose=1").statusCode()).isEqualTo(400);
        assertThat(Http.get(base, "/assets/..%2Fopenapi.yaml").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/assets/app.js").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ limits

    @Test
    void shouldRefuseALargerBodyWith413BeforeReadingIt() throws Exception {
        URI base = start(FakeAnalysis.echo(), c -> c.withMaxBodyBytes(1000), null);
        // announces 10 MB, sends 100 bytes, then waits for the answer: it comes without the rest
        Http.Raw declared = Http.raw(server.port(), "POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 10000000", new byte[100]);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(json(declared.body()).get("error").asText()).isEqualTo("too_large");

        // chunked, no length: refused once past the limit
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            chunks.append("190\r\n").append("a".repeat(400)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        Http.Raw streamed = Http.raw(server.port(), "POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked", chunks.toString().getBytes(
                StandardCharsets.US_ASCII));
        assertThat(streamed.status()).isEqualTo(413);

        assertThat(Http.post(base, "/v1/analyze", "text/plain", "a".repeat(1000)).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer504WhenTheAnalysisTakesLongerThanTheTimeout() throws Exception {
        URI base = start(FakeAnalysis.slow(4000), c -> c.withAnalysisTimeout(Duration.ofMillis(200)), null);
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.post(base, "/v1/analyze", "text/plain", "Un texte.");
        assertThat(r.statusCode()).isEqualTo(504);
        assertThat(json(r).get("error").asText()).isEqualTo("timeout");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3500);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheQueueIsFull() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        FakeAnalysis analysis = FakeAnalysis.blockedBy(gate);
        URI base = start(analysis, c -> c.withConcurrency(1, 1), null);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> running = clients.submit(() -> Http.post(base, "/v1/analyze", "text/plain", "a"));
            awaitCalls(analysis, 1);
            Future<HttpResponse<String>> queued = clients.submit(() -> Http.post(base, "/v1/analyze", "text/plain", "b"));
            for (int i = 0; i < 500 && server.inFlight() < 2; i++) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(2);
            HttpResponse<String> refused = Http.post(base, "/v1/analyze", "text/plain", "c");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(json(refused).get("error").asText()).isEqualTo("busy");
            assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            gate.countDown();
            assertThat(running.get().statusCode()).isEqualTo(200);
            assertThat(queued.get().statusCode()).isEqualTo(200);
        } finally {
            gate.countDown();
            clients.shutdownNow();
        }
        assertThat(Http.post(base, "/v1/analyze", "text/plain", "d").statusCode()).isEqualTo(200);
    }

    private static void awaitCalls(FakeAnalysis analysis, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && analysis.calls.get() < n; i++) {
            Thread.sleep(10);
        }
        assertThat(analysis.calls.get()).isGreaterThanOrEqualTo(n);
    }

    // ------------------------------------------------------------------ safety

    @Test
    void shouldListenOnLoopbackOnlyByDefault() throws Exception {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        start(FakeAnalysis.echo());
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        InetAddress external = externalAddress();
        if (external != null) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(external, server.port()), 2000))
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }

    private static InetAddress externalAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp() && !ni.isLoopback()) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void shouldRefuseHostHeadersNamingAnotherMachine() throws Exception {
        start(FakeAnalysis.echo());
        Http.Raw rebound = Http.raw(server.port(), "GET /health HTTP/1.1\r\nHost: attacker.example:8080\r\n"
                + "Connection: close", null);
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(json(rebound.body()).get("error").asText()).isEqualTo("forbidden_host");
        assertThat(Http.raw(server.port(), "GET /health HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nConnection: close", null).status()).isEqualTo(200);
    }

    @Test
    void shouldSendNoWildcardCorsAndRefuseForeignOrigins() throws Exception {
        URI base = start(FakeAnalysis.echo(), c -> c.withAllowedOrigins(Set.of("http://tools.example:3000")), null);
        HttpResponse<String> foreign = Http.post(base, "/v1/analyze", "text/plain", "Un texte.",
                "Origin", "http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(json(foreign).get("error").asText()).isEqualTo("forbidden_origin");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> sameOrigin = Http.post(base, "/v1/analyze", "text/plain", "Un texte.",
                "Origin", "http://127.0.0.1:" + server.port());
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(sameOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> allowed = Http.post(base, "/v1/analyze", "text/plain", "Un texte.",
                "Origin", "http://tools.example:3000");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().allValues("Access-Control-Allow-Origin")).containsExactly("http://tools.example:3000");

        Http.Raw preflight = Http.raw(server.port(), "OPTIONS /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close", null);
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        for (String path : List.of("/", "/health", "/openapi.yaml", "/assets/app.js")) {
            assertThat(Http.get(base, path, "Origin", "http://evil.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
        assertThatThrownBy(() -> ServerConfig.defaults().withAllowedOrigins(Set.of("*")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAnswerEveryErrorAsJsonWithoutAStackTrace() throws Exception {
        String secret = "Zyxwv-internal-detail";
        URI base = start(new FakeAnalysis(doc -> {
            throw new IllegalStateException(secret);
        }, new CountDownLatch(0)));
        HttpResponse<String> internal = Http.post(base, "/v1/analyze", "text/plain", "Un texte.");
        assertThat(internal.statusCode()).isEqualTo(500);
        assertThat(json(internal).get("error").asText()).isEqualTo("internal");
        assertThat(internal.body()).doesNotContain(secret, "at org.", "Exception");

        HttpResponse<String> notFound = Http.get(base, "/v2/nothing");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).fieldNames()).toIterable().containsExactly("error", "message");
        HttpResponse<String> method = Http.get(base, "/v1/analyze");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(json(method).get("error").asText()).isEqualTo("method_not_allowed");

        Http.Raw malformed = Http.raw(server.port(), "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n"
                + "Connection: close", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(json(malformed.body()).get("error").asText()).isEqualTo("bad_request");
        Http.Raw huge = Http.raw(server.port(), "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(20_000) + "\r\nConnection: close", null);
        assertThat(huge.status()).isEqualTo(431);
        assertThat(json(huge.body()).get("error").asText()).isEqualTo("headers_too_large");
        for (String body : List.of(internal.body(), notFound.body(), method.body(), malformed.body(), huge.body())) {
            assertThat(body).doesNotContain("at org.", "at io.", "jetty", "javalin", "<html");
        }
    }

    @Test
    void shouldNeverWriteTheArticleTextToTheLog() throws Exception {
        String marker = "Qwertzuiop";
        URI base = start(FakeAnalysis.echo(), c -> c.withMaxBodyBytes(2000), null);
        Http.post(base, "/v1/analyze", "text/plain", "Le maire " + marker + " a parlé.");
        Http.post(base, "/v1/analyze", "application/json", "{\"text\": \"" + marker + "\", \"" + marker + "\": 1}");
        Http.post(base, "/v1/analyze", "application/json", "{\"text\": " + marker + "}");
        Http.post(base, "/v1/analyze", "text/plain", marker.repeat(300));
        Http.post(base, "/v1/analyze", "image/" + marker, marker);
        Http.get(base, "/v1/entities/" + marker);
        assertThat(log).hasSizeGreaterThanOrEqualTo(6);
        assertThat(log).noneMatch(line -> line.contains(marker));
        assertThat(log).anyMatch(line -> line.contains("POST /v1/analyze 200"));
    }

    @Test
    void shouldSendSecurityHeadersAndServeThePageAndTheApiDescription() throws Exception {
        URI base = start(FakeAnalysis.echo());
        HttpResponse<String> page = Http.get(base, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContain("http://", "https://");
        assertThat(Http.get(base, "/openapi.yaml").body()).startsWith("openapi: 3.1.0");
    }

    // ------------------------------------------------------------------ store endpoints

    @Test
    void shouldAnswer501OnTheStoreEndpointsWithoutAStore() throws Exception {
        URI base = start(FakeAnalysis.echo());
        for (String path : List.of("/v1/documents/x", "/v1/quotes", "/v1/events", "/v1/entities/Paris", "/v1/search")) {
            HttpResponse<String> r = Http.get(base, path);
            assertThat(r.statusCode()).as(path).isEqualTo(501);
            assertThat(json(r).get("error").asText()).isEqualTo("no_store");
        }
        assertThat(Http.post(base, "/v1/documents", "text/plain", "Un texte.").statusCode()).isEqualTo(501);
    }

    @Test
    void shouldPassStoreCallsToTheStoreAndCheckTheirParameters() throws Exception {
        MemoryStore store = new MemoryStore();
        URI base = start(FakeAnalysis.echo(), c -> c, store);
        HttpResponse<String> created = Http.post(base, "/v1/documents?id=d1", "text/plain", "Le texte stocké.");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/v1/documents/d1");
        assertThat(json(Http.get(base, "/v1/documents/d1")).get("text").asText()).isEqualTo("Le texte stocké.");
        assertThat(Http.get(base, "/v1/documents/nope").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/v1/documents/d1?format=conllu").statusCode()).isEqualTo(200);

        assertThat(json(Http.get(base, "/v1/search?q=stock%C3%A9")).get(0).asText()).isEqualTo("d1");
        assertThat(Http.get(base, "/v1/search?sql=drop").statusCode()).isEqualTo(400);
        assertThat(Http.get(base, "/v1/search?q=").statusCode()).isEqualTo(400);
        assertThat(json(Http.get(base, "/v1/entities/Paris")).get("name").asText()).isEqualTo("Paris");
        assertThat(json(Http.get(base, "/ready")).get("store").asBoolean()).isTrue();
    }

    @Test
    void shouldStillAnswerWhileAnalysesRunAndLoseNoRequest() throws Exception {
        URI base = start(FakeAnalysis.slow(20), c -> c.withConcurrency(2, 4), null);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        HttpResponse<String> r = Http.post(base, "/v1/analyze", "text/plain", "Texte " + n);
                        if (r.statusCode() == 503) {
                            assertThat(r.headers().firstValue("Retry-After")).isPresent();
                        }
                        return r.statusCode();
                    } catch (Exception e) {
                        return -1;
                    }
                }, clients));
            }
            List<Integer> statuses = all.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).hasSize(120).allMatch(s -> s == 200 || s == 503);
            assertThat(statuses).contains(200);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Writes a request by hand (for the tests that need exact bytes). */
    static void write(Socket s, String text) throws Exception {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
