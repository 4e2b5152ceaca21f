package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.depeche.extract.Analyzer;
import org.depeche.model.DepecheJson;
import org.depeche.server.Analysis;
import org.depeche.server.DepecheServer;
import org.depeche.server.ServerConfig;
import org.depeche.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * depeche serve with a store, end to end with the real French models: two articles POSTed to
 * /v1/documents, then each store endpoint asked, on DuckDB in a temporary folder and on the
 * PostgreSQL server of {@code DEPECHE_TEST_PG_URL} (.ci/postgres.sh; skipped without one, failed
 * in CI). Every offset in an answer must slice the stored text back to the words it names.
 */
class ServeStoreIT {

    private static final String HOSPITAL = "La ministre de la Santé, Hélène Marchetti, a visité lundi l'hôpital de "
            + "Brest. « Nous ouvrirons un nouveau service d'urgence avant l'été », a déclaré Hélène Marchetti aux "
            + "journalistes. Deux hommes ont été arrêtés mardi à Brest par la police après le vol de matériel médical.";
    private static final String CYCLING = "Marc Delorme a été élu jeudi président de la fédération régionale de "
            + "cyclisme. « Je défendrai les petits clubs », a affirmé Marc Delorme après le vote. Selon la ministre "
            + "Hélène Marchetti, la fédération recevra une aide de l'État.";

    private static Analysis analysis;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void models() {
        analysis = Analysis.of(Analyzer.standard());
    }

    @Test
    void shouldStoreArticlesAndAnswerEveryStoreQueryOnDuckDb() throws Exception {
        try (Store store = Store.open(dir.resolve("s.duckdb").toString())) {
            exercise(new ServedStore(store));
        }
    }

    @Test
    void shouldStoreArticlesAndAnswerEveryStoreQueryOnPostgres() throws Exception {
        String url = freshPostgresSchema();
        try (Store store = Store.open(url)) {
            exercise(new ServedStore(store, dir.resolve("pg.search")));
        }
    }

    private void exercise(ServedStore served) throws Exception {
        try (DepecheServer server = new DepecheServer(ServerConfig.defaults().withPort(0), analysis, served,
                line -> { }).start()) {
            assertThat(server.awaitReady(Duration.ofMinutes(5))).isTrue();
            URI base = server.uri();
            assertThat(json(get(base, "/ready")).get("store").asBoolean()).isTrue();

            HttpResponse<String> first = post(base, "/v1/documents?id=hopital&published=2024-05-13", HOSPITAL);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(first.headers().firstValue("Location")).contains("/v1/documents/hopital");
            assertThat(json(first).get("quotes")).isNotEmpty();
            assertThat(post(base, "/v1/documents?id=velo&published=2024-05-16", CYCLING).statusCode()).isEqualTo(201);
            HttpResponse<String> again = post(base, "/v1/documents?id=hopital&published=2024-05-13", HOSPITAL);
            assertThat(again.statusCode()).as("already stored").isEqualTo(200);

            JsonNode stored = json(get(base, "/v1/documents/hopital"));
            assertThat(stored.get("text").asText()).isEqualTo(HOSPITAL);
            assertThat(stored.get("published").asText()).isEqualTo("2024-05-13");
            assertThat(stored.get("quotes")).isNotEmpty();
            assertThat(stored.get("events")).isNotEmpty();
            assertThat(get(base, "/v1/documents/hopital?format=conllu").body()).contains("Marchetti");
            assertThat(get(base, "/v1/documents/absent").statusCode()).isEqualTo(404);
            Map<String, String> texts = new HashMap<>();
            texts.put("hopital", HOSPITAL);
            texts.put("velo", CYCLING);

            // quotes: the minister speaks in both articles, in the second one through "Selon"
            JsonNode quotes = json(get(base, "/v1/quotes?speaker=" + enc("Hélène Marchetti")));
            assertThat(quotes).hasSize(2);
            assertThat(docs(quotes)).containsExactly("velo", "hopital"); // newest first
            assertThat(texts(quotes)).contains("Nous ouvrirons un nouveau service d'urgence avant l'été");
            assertSlices(quotes, texts, "text");
            for (JsonNode q : quotes) {
                assertThat(q.get("speaker").asText()).isEqualTo("Hélène Marchetti");
                assertThat(q.get("sentence").asText()).contains(q.get("text").asText());
            }
            assertThat(json(get(base, "/v1/quotes?speaker=" + enc("Hélène Marchetti") + "&since=2024-05-14")))
                    .extracting(q -> q.get("doc").asText()).containsExactly("velo");
            assertThat(docs(json(get(base, "/v1/quotes?speaker=Delorme&limit=1")))).containsExactly("velo");

            // events: the arrest, by its type or subtype, with its arguments' offsets
            JsonNode arrests = json(get(base, "/v1/events?type=Justice"));
            assertThat(arrests).isNotEmpty();
            assertThat(docs(arrests)).containsOnly("hopital");
            JsonNode arrest = arrests.get(0);
            assertThat(arrest.get("type").asText()).isEqualTo("Justice.Arrest-Jail");
            assertThat(arrest.get("trigger").asText()).contains("arrêtés");
            assertSlices(arrests, texts, "trigger");
            for (JsonNode a : arrest.get("arguments")) {
                assertThat(HOSPITAL.substring(a.get("start").asInt(), a.get("end").asInt()))
                        .isEqualTo(a.get("text").asText());
            }
            assertThat(json(get(base, "/v1/events?type=justice.arrest-jail&place=Brest&polarity=positive")))
                    .isNotEmpty();
            assertThat(json(get(base, "/v1/events?type=Justice&polarity=negative"))).isEmpty();
            assertThat(docs(json(get(base, "/v1/events?type=Personnel.Elect")))).containsOnly("velo");

            // the entity, across both articles
            JsonNode minister = json(get(base, "/v1/entities/" + enc("Hélène Marchetti")));
            assertThat(minister.get("entities")).isNotEmpty();
            assertThat(minister.get("entities").get(0).get("type").asText()).isEqualTo("PER");
            assertThat(minister.get("entities").get(0).get("articles").asInt()).isEqualTo(2);
            assertThat(minister.get("quotesBy")).hasSize(2);
            assertSlices(minister.get("quotesBy"), texts, "text");
            assertThat(json(get(base, "/v1/entities/Marchetti")).get("entities").get(0).get("id").asText())
                    .as("the family name alone finds her").isEqualTo(minister.get("entities").get(0).get("id").asText());
            assertThat(json(get(base, "/v1/entities/Personne")).get("entities")).isEmpty();

            // full text, French stemming: "urgences" finds "urgence"
            JsonNode hits = json(get(base, "/v1/search?q=urgences"));
            assertThat(hits).isNotEmpty();
            assertThat(docs(hits)).containsOnly("hopital");
            assertSlices(hits, texts, "text");
            assertThat(json(get(base, "/v1/search?q=" + enc("petits clubs") + "&limit=1"))).hasSize(1);

            // bad values and unknown parameters: 400 JSON errors, never a stack trace
            for (String bad : List.of("/v1/quotes?since=hier", "/v1/quotes?limit=0", "/v1/quotes?sql=drop",
                    "/v1/events?polarity=perhaps", "/v1/events?modality=sure", "/v1/entities/Brest?limit=many",
                    "/v1/search", "/v1/search?q=&limit=2", "/v1/search?q=x&index=/tmp")) {
                HttpResponse<String> r = get(base, bad);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(json(r).get("error").asText()).as(bad).isIn("bad_parameter", "unknown_parameter");
                assertThat(r.body()).doesNotContain("Exception");
            }
        }
    }

    private static void assertSlices(JsonNode rows, Map<String, String> texts, String field) {
        for (JsonNode r : rows) {
            String text = texts.get(r.get("doc").asText());
            assertThat(text).as("a stored document").isNotNull();
            assertThat(text.substring(r.get("start").asInt(), r.get("end").asInt())).isEqualTo(r.get(field).asText());
        }
    }

    private static List<String> docs(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("doc").asText()));
        return out;
    }

    private static List<String> texts(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("text").asText()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(URI base, String path, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return DepecheJson.mapper().readTree(r.body());
    }

    /**
     * A new schema on the test server, as the store's own PostgreSQL tests make: skipped without
     * DEPECHE_TEST_PG_URL on a workstation, a failure in CI (CI=true).
     */
    private static String freshPostgresSchema() throws Exception {
        String base = System.getenv("DEPECHE_TEST_PG_URL");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (base == null || base.isBlank()) {
            if (ci) {
                throw new AssertionError("CI=true but DEPECHE_TEST_PG_URL is not set: .ci/postgres.sh must start PostgreSQL");
            }
            Assumptions.abort("DEPECHE_TEST_PG_URL not set (source .ci/postgres.sh to start a server)");
        }
        URI u = URI.create(base);
        String[] user = u.getUserInfo() == null ? new String[0] : u.getUserInfo().split(":", 2);
        Properties p = new Properties();
        if (user.length > 0) {
            p.setProperty("user", user[0]);
        }
        if (user.length > 1) {
            p.setProperty("password", user[1]);
        }
        String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getPath();
        String schema = "serve_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(jdbc, p); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            if (ci) {
                throw new AssertionError("PostgreSQL unreachable in CI: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL unreachable: " + e.getMessage());
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
