package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.depeche.extract.Analyzer;
import org.depeche.model.DepecheJson;
import org.depeche.server.Analysis;
import org.depeche.server.DepecheServer;
import org.depeche.server.ServerConfig;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check of depeche serve: {@code curl -X POST --data-binary @examples/… /v1/analyze}
 * answers what {@code depeche analyze} writes for that file, with the real models.
 */
class ServeAnalyzeIT {

    private static final Path EXAMPLE = Path.of("../examples/tramway-nantes.fr.txt");

    @Test
    void shouldAnswerTheSameJsonAsTheCommandForTheExampleArticle() throws Exception {
        CliRun cli = CliRun.run("analyze", "-q", "--published", "2024-06-12", EXAMPLE.toString());
        assertThat(cli.status()).isZero();
        JsonNode fromCli = DepecheJson.mapper().readTree(cli.out());

        try (DepecheServer server = new DepecheServer(ServerConfig.defaults().withPort(0),
                Analysis.of(Analyzer.standard()), null, line -> { }).start()) {
            assertThat(server.awaitReady(Duration.ofMinutes(5))).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            byte[] body = Files.readAllBytes(EXAMPLE);
            // what curl --data-binary sends: the bytes as they are, typed as a form
            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(
                            server.uri().resolve("/v1/analyze?published=2024-06-12"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(plain.statusCode()).isEqualTo(200);
            JsonNode fromServer = DepecheJson.mapper().readTree(plain.body());

            // the id and meta.origin name where the article came from: the file, or the request
            assertThat(fromServer.get("id").asText()).matches("doc-[0-9a-f]{12}");
            assertThat(fromServer.get("meta").get("origin").asText()).isEqualTo("http");
            assertThat(withoutProvenance(fromServer)).isEqualTo(withoutProvenance(fromCli));
            assertThat(fromServer.get("mentions")).isNotEmpty();

            HttpResponse<String> named = http.send(HttpRequest.newBuilder(
                            server.uri().resolve("/v1/analyze?published=2024-06-12&id=tramway-nantes.fr"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode withId = DepecheJson.mapper().readTree(named.body());
            ((ObjectNode) withId.get("meta")).remove("origin");
            ObjectNode cliNoOrigin = fromCli.deepCopy();
            ((ObjectNode) cliNoOrigin.get("meta")).remove("origin");
            assertThat(withId).isEqualTo(cliNoOrigin);
        }
    }

    private static JsonNode withoutProvenance(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove("id");
        ((ObjectNode) copy.get("meta")).remove("origin");
        return copy;
    }
}
