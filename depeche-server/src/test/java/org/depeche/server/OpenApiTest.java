package org.depeche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** openapi.yaml is hand-written: it must list exactly the endpoints, parameters and fields the server accepts. */
class OpenApiTest {

    private static JsonNode api;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DepecheServer.class.getResourceAsStream("openapi.yaml")) {
            api = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            JsonNode at = api;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                at = at.get(part);
            }
            return at;
        }
        return node;
    }

    private static Set<String> queryParameters(String path, String method) {
        Set<String> names = new HashSet<>();
        for (JsonNode p : api.get("paths").get(path).get(method).path("parameters")) {
            JsonNode param = resolve(p);
            if (param.get("in").asText().equals("query")) {
                names.add(param.get("name").asText());
            }
        }
        return names;
    }

    @Test
    void shouldDocumentExactlyTheEndpointsTheServerHas() {
        List<String> documented = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(DepecheServer.ENDPOINTS);
    }

    @Test
    void shouldDocumentExactlyTheParametersAndFieldsTheServerAccepts() {
        assertThat(queryParameters("/v1/analyze", "post")).isEqualTo(ArticleRequest.ANALYZE_PARAMETERS);
        assertThat(queryParameters("/v1/documents", "post")).isEqualTo(ArticleRequest.DOCUMENT_PARAMETERS);
        assertThat(queryParameters("/v1/documents/{id}", "get")).containsExactlyInAnyOrder("format", "pretty");
        Set<String> fields = new HashSet<>();
        api.get("components").get("requestBodies").get("Article").get("content").get("application/json")
                .get("schema").get("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isEqualTo(ArticleRequest.JSON_FIELDS);
        Set<String> formats = new HashSet<>();
        api.get("components").get("parameters").get("format").get("schema").get("enum")
                .forEach(f -> formats.add(f.asText()));
        assertThat(formats).isEqualTo(ArticleRequest.FORMATS);
    }

    @Test
    void shouldDocumentExactlyTheParametersOfEachStoreQuery() {
        for (DocumentStore.Query q : DocumentStore.Query.values()) {
            assertThat(queryParameters(q.path(), "get")).as(q.path()).isEqualTo(q.parameters());
        }
        assertThat(DocumentStore.Query.QUOTES.parameters()).contains("speaker", "via", "about", "since", "until");
    }

    @Test
    void shouldDescribeEachStoreAnswerWithASchema() {
        for (DocumentStore.Query q : DocumentStore.Query.values()) {
            JsonNode ok = resolve(api.get("paths").get(q.path()).get("get").get("responses").get("200"));
            JsonNode schema = ok.get("content").get("application/json").get("schema");
            JsonNode described = schema.has("items") ? schema.get("items") : schema;
            assertThat(resolve(described).path("properties").size()).as(q.path()).isPositive();
        }
    }
}
