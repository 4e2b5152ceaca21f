package org.depeche.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.io.ArticleReader;
import org.depeche.io.InputRecord;
import org.depeche.io.OutputFormat;
import org.depeche.io.ReadOptions;
import org.depeche.store.Ingest;
import org.depeche.store.QuoteQuery;
import org.depeche.store.QuoteRow;
import org.depeche.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on local[2] over a few articles written for this test (text files, a JSONL file,
 * a Parquet dataset, a malformed JSONL line and a damaged file): every document's depeche/1 JSON
 * equals what {@code analyze}'s path (ArticleReader, Analyzer, JSON writer) gives for it, the
 * failures are rows of {@code failures} and the job succeeds, and {@code Store} answers from the
 * Parquet folder. Loads the real models (one Analyzer, shared by the job and the reference).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobIT {

    static final String PORT_FR = "Le port de Kerlouan a reçu mardi trois remorqueurs neufs. « Ces bateaux vont changer notre "
            + "travail », a déclaré Hélène Garnier, la directrice du port. Selon l'agence Ouestinfo, la commune a payé "
            + "douze millions d'euros à l'entreprise Navalia pour cette livraison.\n";
    static final String BRIDGE_EN = "The council of Northbridge approved a new footbridge on Monday. \"We will start the "
            + "works in May,\" said the mayor, Daniel Okafor. The firm Brightsteel will deliver the steel beams next year.\n";
    static final String FARM_FR = "Le ministre de l'Agriculture, Paul Lemoine, a rencontré jeudi des éleveurs à Quimper. "
            + "« Nous tiendrons nos promesses », a-t-il affirmé devant la presse.";
    static final String TRAIN_FR = "La société Ferrovia a vendu quatre trains à la région Occitanie, a annoncé vendredi "
            + "son président, Marc Delval.";

    // static: with one instance for the class, JUnit fills a @TempDir field before @BeforeAll only when it is static
    @TempDir
    static Path tmp;

    SparkSession spark;
    Path in;
    Path parquet;
    Path out;
    DepecheJob.Summary summary;

    @BeforeAll
    void runTheJob() throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("2024_03_05-port.txt"), PORT_FR);
        Files.writeString(in.resolve("footbridge.txt"), BRIDGE_EN);
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"farm-1\",\"published\":\"2024-04-11\",\"lang\":\"fr\",\"text\":"
                + json(FARM_FR) + "}\n{\"id\": \"broken\", \"text\": \n");
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.write("Le café du port ".getBytes(StandardCharsets.UTF_8));
        damaged.write(0xE9);
        damaged.write(" est fermé.".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("damaged.txt"), damaged.toByteArray());

        spark = SparkSession.builder().master("local[2]").appName("depeche-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        parquet = tmp.resolve("articles.parquet");
        spark.createDataFrame(List.of(RowFactory.create("train-1", TRAIN_FR, Date.valueOf("2024-05-03"), "fr")),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("id", DataTypes.StringType, false),
                        DataTypes.createStructField("text", DataTypes.StringType, false),
                        DataTypes.createStructField("published", DataTypes.DateType, true),
                        DataTypes.createStructField("lang", DataTypes.StringType, true))))
                .write().parquet(parquet.toString());
        out = tmp.resolve("out");
        summary = DepecheJob.run(spark, new JobOptions(List.of(in.toString(), parquet.toString()), out.toString(), null, null,
                null, ReadOptions.DEFAULT_MAX_BYTES, true, 4, true, false));
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void eachDocumentsJsonEqualsWhatTheAnalyzePathWritesForIt() {
        Map<String, String> fromSpark = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("documents").toString()).select("id", "analysis").collectAsList()) {
            fromSpark.put(r.getString(0), r.getString(1));
        }
        assertThat(fromSpark).containsOnlyKeys("2024_03_05-port", "footbridge", "farm-1", "train-1");

        Analyzer analyzer = ExecutorAnalyzer.get(true);
        Map<String, String> fromAnalyze = new HashMap<>();
        try (ArticleReader reader = new ArticleReader(List.of(in.toString()), ReadOptions.defaults(), System.in)) {
            reader.forEachRemaining(rec -> {
                if (rec instanceof InputRecord.Article a
                        && analyzer.analyze(a.document()) instanceof AnalysisResult.Analyzed done) {
                    fromAnalyze.put(done.document().id(), OutputFormat.JSON.write(done.document()));
                }
            });
        }
        // a Parquet row is read as the JSONL object of the same fields, with the origin the job gives it
        String trainOrigin = parquet + "#train-1";
        InputRecord train = ArticleReader.fromJson(trainOrigin, trainOrigin, "{\"id\":\"train-1\",\"text\":" + json(TRAIN_FR)
                + ",\"published\":\"2024-05-03\",\"lang\":\"fr\"}", ReadOptions.defaults());
        fromAnalyze.put("train-1", OutputFormat.JSON.write(
                ((AnalysisResult.Analyzed) analyzer.analyze(((InputRecord.Article) train).document())).document()));

        assertThat(fromAnalyze).hasSize(4);
        for (var e : fromAnalyze.entrySet()) {
            assertThat(fromSpark.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().strip());
        }
        assertThat(fromSpark.get("2024_03_05-port")).contains("\"published\":\"2024-03-05\"");
    }

    @Test
    void aMalformedLineAndADamagedFileAreRowsOfFailuresAndTheJobSucceeds() {
        assertThat(summary.documents()).isEqualTo(4);
        assertThat(summary.failures()).isEqualTo(2);
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).orderBy("origin").collectAsList();
        assertThat(failures).extracting(r -> r.getString(1))
                .containsExactly(in.resolve("damaged.txt").toString(), in.resolve("feed.jsonl") + ":2");
        assertThat(failures.get(0).getString(2)).contains("invalid UTF-8");
        assertThat(failures.get(1).getString(2)).contains("malformed JSON");
    }

    @Test
    void tablesArePartitionedByPublicationMonthAndTheStoreQueriesThem() throws Exception {
        assertThat(out.resolve("quotes").resolve("published_month=2024-03")).isDirectory();
        assertThat(out.resolve("documents").resolve("published_month=2024-05")).isDirectory();
        try (Store store = Store.open(out.toString(), true)) {
            assertThat(store.documentCount()).isEqualTo(4);
            List<QuoteRow> quotes = store.quotes(new QuoteQuery(null, null, null, null, null, 100));
            assertThat(quotes).isNotEmpty();
            for (QuoteRow q : quotes) {
                String text = store.document(q.docKey()).orElseThrow().text();
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            }
            assertThat(store.sql("SELECT count(*) AS n FROM documents WHERE published IS NULL", 1).rows())
                    .containsExactly(List.of(1L));
            assertThat(store.sql("SELECT count(*) AS n FROM store_entities", 1).rows().get(0).get(0)).isNotEqualTo(0L);
            // doc_no: derived from the key, one per document, the same in every table of facts
            assertThat(store.sql("SELECT count(DISTINCT doc_no) AS n FROM documents", 1).rows())
                    .containsExactly(List.of(4L));
            for (List<Object> r : store.sql("SELECT doc_key, doc_no FROM documents", 10).rows()) {
                assertThat(r.get(1)).isEqualTo(DepecheJob.docNoOf((String) r.get(0)));
            }
            for (String table : List.of("sentences", "mentions", "quotes", "sources")) {
                assertThat(store.sql("SELECT count(*) AS n FROM " + table + " t JOIN documents d ON d.doc_key = t.doc_key"
                        + " WHERE t.doc_no <> d.doc_no OR t.published IS DISTINCT FROM d.published", 1).rows())
                        .as(table).containsExactly(List.of(0L));
            }
        }
        long jsonLines;
        try (var files = Files.walk(out.resolve("json"))) {
            jsonLines = files.filter(p -> p.getFileName().toString().startsWith("part-")).mapToLong(p -> {
                try {
                    return Files.readAllLines(p).size();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
        assertThat(jsonLines).isEqualTo(4);
    }

    @Test
    void ingestOfTheOutputFolderStoresEveryDocumentWithTheSameQuotesWithoutAnalysis() {
        QuoteQuery all = new QuoteQuery(null, null, null, null, null, 100);
        try (Store folder = Store.open(out.toString(), true); Store db = Store.open(tmp.resolve("loaded.duckdb").toString())) {
            Ingest.Summary loaded = Ingest.copy(folder, db, 2, failure -> {
                throw new AssertionError(failure);
            }, () -> { });
            assertThat(loaded.stored()).isEqualTo(4);
            assertThat(db.documentCount()).isEqualTo(4);
            assertThat(db.quotes(all)).isNotEmpty().containsExactlyInAnyOrderElementsOf(folder.quotes(all));
            assertThat(db.sql("SELECT count(*) AS n FROM mentions", 1).rows())
                    .isEqualTo(folder.sql("SELECT count(*) AS n FROM mentions", 1).rows());
        }
    }

    private static String json(String s) {
        try {
            return org.depeche.model.DepecheJson.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
