package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** depeche analyze end to end, with the real French models. */
class AnalyzeCommandIT {

    private static final String ARTICLE = "Le maire de Nantes, Paul Durand, a inauguré hier un pont sur la Loire. "
            + "« C'est un grand jour », a-t-il déclaré devant les habitants.";

    @TempDir
    Path dir;

    @Test
    void shouldAnalyseTheGoodDocumentsOfABatchAndNameTheBadOnes() throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Files.writeString(dir.resolve("c.jsonl"),
                "{\"id\":\"c1\",\"text\":\"" + ARTICLE.replace("\"", "\\\"") + "\",\"published\":\"2024-05-02\"}\n"
                        + "{broken\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("analyze", "-q", "--lang", "fr", "--published", "2024-05-01", dir.toString());

        assertThat(run.status()).isEqualTo(DepecheCommand.PARTIAL);
        List<Document> docs = run.out().lines().map(DepecheJson::read).toList();
        assertThat(docs).extracting(Document::id).containsExactly("a", "c1");
        assertThat(docs.get(0).published()).hasToString("2024-05-01");
        assertThat(docs.get(1).published()).hasToString("2024-05-02");
        assertThat(docs.get(0).mentions()).extracting(EntityMention::text).contains("Nantes", "Paul Durand");
        assertThat(run.err()).contains("b.txt: empty file", "c.jsonl:2: malformed JSON", "2 analysed, 2 failed");
    }

    @Test
    void shouldWriteJsonThatTheSchemaAcceptsWithEveryLayerFilled() throws Exception {
        Path in = dir.resolve("pont.txt");
        Files.writeString(in, ARTICLE + " Selon la préfecture, trois personnes ont été arrêtées mardi à Nantes.",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.run("analyze", "-q", "--lang", "fr", "--published", "2024-05-02", in.toString());
        assertThat(run.status()).isZero();

        JsonNode json = DepecheJson.mapper().readTree(run.out());
        JsonSchema schema;
        try (var stream = Document.class.getResourceAsStream("depeche-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(stream);
        }
        assertThat(schema.validate(json)).isEmpty();
        for (String layer : List.of("mentions", "entities", "timexes", "quotes", "events")) {
            assertThat(json.get(layer)).as(layer).isNotEmpty();
        }
    }

    @Test
    void shouldWriteConlluAndBratFilesToAnOutputFolder() throws IOException {
        Path in = dir.resolve("pont.txt");
        Files.writeString(in, ARTICLE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        assertThat(CliRun.run("analyze", "-q", "--format", "brat", "--out", out.toString(), in.toString()).status()).isZero();
        assertThat(Files.readString(out.resolve("pont.txt"))).isEqualTo(ARTICLE);
        assertThat(Files.readString(out.resolve("pont.ann"))).contains("\tPerson ", "Paul Durand");

        CliRun conllu = CliRun.run("analyze", "-q", "--format", "conllu", in.toString());
        assertThat(conllu.status()).isZero();
        assertThat(conllu.out()).contains("# sent_id = pont-1", "\tnsubj\t", "TokenRange=");
    }

    @Test
    void shouldDetectTheLanguageOfEachArticle() throws IOException {
        Files.writeString(dir.resolve("en.txt"), "The mayor of Leeds opened a new bridge over the river yesterday, "
                + "and said it was a great day for the city.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("de.txt"), "Der Bürgermeister hat gestern eine neue Brücke über den Fluss eröffnet "
                + "und sagte, es sei ein großer Tag für die Stadt.", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("analyze", "-q", dir.toString());
        assertThat(run.status()).isEqualTo(DepecheCommand.PARTIAL);
        assertThat(DepecheJson.read(run.out().strip()).lang()).isEqualTo("en");
        assertThat(run.err()).contains("de.txt: language 'de' is not supported");
    }
}
