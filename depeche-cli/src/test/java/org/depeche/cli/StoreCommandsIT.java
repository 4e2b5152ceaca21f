package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depeche.model.DepecheJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** depeche ingest then depeche query, end to end with the real French models, on a DuckDB file. */
class StoreCommandsIT {

    private static final String FIRST = "La ministre Claire Dufresne a inauguré mardi la nouvelle ligne de tramway. "
            + "« Cette ligne changera la vie des habitants », a déclaré Claire Dufresne devant la presse.";
    private static final String SECOND = "Le maire de Rennes, Hugo Lemarchand, a signé un accord avec la région. "
            + "« Nous construirons trois écoles », a affirmé Hugo Lemarchand jeudi.";

    @TempDir
    Path dir;

    private static List<JsonNode> jsonLines(String out) {
        return out.lines().filter(l -> l.startsWith("{")).map(l -> {
            try {
                return DepecheJson.mapper().readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void ingestStoresTheGoodArticlesNamesTheBadOnesAndARerunAddsNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("2024_05_14-001.txt"), FIRST, StandardCharsets.UTF_8);
        Files.write(in.resolve("2024_05_15-002.txt"), new byte[0]);
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"r1\",\"text\":\"" + SECOND.replace("\"", "\\\"")
                + "\",\"published\":\"2024-05-16\",\"url\":\"https://example.org/r1\"}\n{broken\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024_05_14-001.gold.json"), "{\"doc\": \"2024_05_14-001\"}");
        String store = dir.resolve("s.duckdb").toString();

        CliRun first = CliRun.run("ingest", "--lang", "fr", "--threads", "2", in.toString(), "--store", store);
        assertThat(first.status()).as(first.err()).isEqualTo(DepecheCommand.PARTIAL);
        assertThat(first.err()).contains("2024_05_15-002.txt").contains("feed.jsonl:2")
                .contains("2 stored, 0 duplicates skipped, 2 failed");

        CliRun again = CliRun.run("ingest", "--lang", "fr", in.toString(), "--store", store);
        assertThat(again.err()).contains("0 stored, 2 duplicates skipped, 2 failed");

        CliRun quotes = CliRun.run("query", "quotes", "--speaker", "Claire Dufresne", "--store", store, "--format", "json");
        assertThat(quotes.status()).as(quotes.err()).isZero();
        List<JsonNode> rows = jsonLines(quotes.out());
        assertThat(rows).isNotEmpty();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode d : jsonLines(CliRun.run("query", "sql", "SELECT doc_key, text FROM documents", "--store", store,
                "--format", "json").out())) {
            texts.put(d.get("doc_key").asText(), d.get("text").asText());
        }
        for (JsonNode r : rows) {
            String text = texts.get(r.get("docKey").asText());
            assertThat(text.substring(r.get("start").asInt(), r.get("end").asInt())).isEqualTo(r.get("text").asText());
            assertThat(r.get("doc").asText()).isEqualTo("2024_05_14-001");
            assertThat(r.get("published").asText()).isEqualTo("2024-05-14");
            assertThat(r.get("sentence").asText()).contains(r.get("text").asText());
        }
        assertThat(rows).extracting(r -> r.get("text").asText()).contains("Cette ligne changera la vie des habitants");

        CliRun csv = CliRun.run("query", "quotes", "--speaker", "Hugo Lemarchand", "--store", store, "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElse("")).startsWith("docKey,doc,published,quote,kind,start,end,text");
        assertThat(csv.out()).contains("Nous construirons trois écoles");

        CliRun entity = CliRun.run("query", "entity", "Lemarchand", "--store", store, "--format", "table");
        assertThat(entity.out()).contains("== Entities").contains("Hugo Lemarchand").contains("== Timeline");

        CliRun search = CliRun.run("query", "search", "écoles", "--store", store, "--format", "json");
        assertThat(jsonLines(search.out())).extracting(r -> r.get("doc").asText()).contains("r1");

        CliRun write = CliRun.run("query", "sql", "DROP TABLE documents", "--store", store);
        assertThat(write.status()).isEqualTo(DepecheCommand.NOTHING_DONE);
        assertThat(write.err()).contains("read-only");
    }

    @Test
    void ingestOfAFolderWrittenByTheSparkJobLoadsItsAnalysedDocumentsWithoutAnalysingThemAgain() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("2024_05_14-001.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024_05_16-002.txt"), SECOND, StandardCharsets.UTF_8);
        String analysed = dir.resolve("analysed.duckdb").toString();
        assertThat(CliRun.run("ingest", "--lang", "fr", in.toString(), "--store", analysed, "-q").status()).isZero();

        // the layout of depeche spark's output: documents/ as Parquet (doc_no from the key: large numbers), and
        // the --json text files, which are no articles to analyse
        Path folder = dir.resolve("spark-out");
        Files.createDirectories(folder.resolve("documents"));
        Path json = Files.createDirectories(folder.resolve("json").resolve("published_month=2024-05"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + analysed); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * REPLACE (doc_no * 1000000000003 AS doc_no) FROM documents) TO '"
                    + folder.resolve("documents").resolve("part-00000.parquet") + "' (FORMAT parquet)");
        }
        Files.writeString(json.resolve("part-00000.txt"), FIRST);

        String store = dir.resolve("loaded.duckdb").toString();
        CliRun load = CliRun.run("ingest", folder.toString(), "--store", store);
        assertThat(load.status()).as(load.err()).isZero();
        assertThat(load.err()).contains("2 stored, 0 duplicates skipped, 0 failed").contains("2 articles in");
        for (String speaker : List.of("Claire Dufresne", "Hugo Lemarchand")) {
            assertThat(CliRun.run("query", "quotes", "--speaker", speaker, "--store", store, "--format", "json").out())
                    .as(speaker).contains("\"docKey\"")
                    .isEqualTo(CliRun.run("query", "quotes", "--speaker", speaker, "--store", analysed, "--format", "json")
                            .out());
        }
        assertThat(CliRun.run("query", "sql", "SELECT max(doc_no) AS n FROM documents", "--store", store, "--format", "csv")
                .out()).as("numbered by the store, not the folder").contains("\n2");

        CliRun again = CliRun.run("ingest", folder.toString(), "--store", store);
        assertThat(again.err()).contains("0 stored, 2 duplicates skipped, 0 failed");
    }

    @Test
    void helpTeachesWithExamples() {
        assertThat(CliRun.run("ingest", "--help").out()).contains("Examples:").contains("--store").contains("RSS");
        CliRun q = CliRun.run("query", "--help");
        assertThat(q.out()).contains("quotes").contains("events").contains("entity").contains("sources")
                .contains("search").contains("sql").contains("Examples:");
        assertThat(CliRun.run("query", "events", "--help").out()).contains("--participant").contains("--polarity");
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysHowToMakeOne() {
        CliRun run = CliRun.run("query", "sources", "--store", dir.resolve("none.duckdb").toString());
        assertThat(run.status()).isEqualTo(DepecheCommand.NOTHING_DONE);
        assertThat(run.err()).contains("no store at").contains("depeche ingest");
    }
}
