package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.depeche.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of Parquet tables laid out as {@code depeche spark} writes them (one folder per table,
 * per-document tables partitioned by {@code published_month}) answers every query as the store it
 * was exported from. The folder is written here by DuckDB from a store of the test articles.
 */
class ParquetStoreTest {

    @TempDir
    Path tmp;

    /** Numbers past the INTEGER range, in the order of the store's, as a Spark job's hash-derived doc_no are. */
    private static final String BIG_NO = "doc_no * 1000000000000037 AS doc_no";

    private Path exported() throws Exception {
        Path db = tmp.resolve("s.duckdb");
        try (Store store = Store.open(db.toString())) {
            for (Document d : List.of(TestDocs.bridgeFr(), TestDocs.meetingEn(), TestDocs.deliveryFr())) {
                store.put(d);
            }
        }
        Path dir = tmp.resolve("parquet");
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * REPLACE (" + BIG_NO + "), strftime(published, '%Y-%m') AS published_month"
                    + " FROM documents) TO '"
                    + dir.resolve("documents") + "' (FORMAT parquet, PARTITION_BY (published_month))");
            for (String t : StoreRows.FACT_TABLES) {
                st.execute("COPY (SELECT t.* REPLACE (t." + BIG_NO + "), strftime(d.published, '%Y-%m') AS published_month"
                        + " FROM " + t
                        + " t JOIN documents d USING (doc_key)) TO '" + dir.resolve(t)
                        + "' (FORMAT parquet, PARTITION_BY (published_month))");
            }
            for (String t : List.of("store_entities", "store_aliases", "store_meta")) {
                Files.createDirectories(dir.resolve(t));
                st.execute("COPY " + t + " TO '" + dir.resolve(t).resolve("part-0.parquet") + "' (FORMAT parquet)");
            }
        }
        return dir;
    }

    @Test
    void aFolderOfArticlesWithADocumentsSubFolderIsNoParquetStore() throws Exception {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles.resolve("documents"));
        Files.writeString(articles.resolve("documents").resolve("a.txt"), "Le pont a rouvert hier.");
        assertThat(Store.isParquetStore(articles)).isFalse();
        assertThat(Store.isParquetStore(tmp.resolve("missing"))).isFalse();
    }

    @Test
    void everyQueryAnswersFromTheParquetFolderAsFromTheStoreItWasExportedFrom() throws Exception {
        Path dir = exported();
        assertThat(Store.isParquetStore(dir)).isTrue();
        try (Store db = Store.open(tmp.resolve("s.duckdb").toString(), true); Store pq = Store.open(dir.toString(), true)) {
            assertThat(pq.documentCount()).isEqualTo(3);
            assertThat(pq.quotes(QuoteQuery.bySpeaker("Paul Verdier"))).isEqualTo(db.quotes(QuoteQuery.bySpeaker("Paul Verdier")))
                    .isNotEmpty();
            assertThat(pq.events(EventQuery.ofType("Transaction"))).isEqualTo(db.events(EventQuery.ofType("Transaction")));
            assertThat(pq.entity("Verdier", 50)).isEqualTo(db.entity("Verdier", 50));
            assertThat(pq.sources(100)).isEqualTo(db.sources(100));
            Document back = pq.document(TestDocs.bridgeFr().id()).orElseThrow();
            assertThat(back.text()).isEqualTo(TestDocs.bridgeFr().text());
            assertThat(pq.sql("SELECT count(*) AS n FROM mentions", 10).rows())
                    .isEqualTo(db.sql("SELECT count(*) AS n FROM mentions", 10).rows());
        }
    }

    @Test
    void ingestOfAParquetFolderLoadsItsDocumentsAsTheStoreItCameFromHeldThemAndARerunAddsNothing() throws Exception {
        Path dir = exported();
        List<String> failures = new java.util.ArrayList<>();
        try (Store pq = Store.open(dir.toString(), true); Store loaded = Store.open(tmp.resolve("loaded.duckdb").toString());
             Store db = Store.open(tmp.resolve("s.duckdb").toString(), true)) {
            Ingest.Summary first = Ingest.copy(pq, loaded, 2, failures::add, () -> { });
            assertThat(first.stored()).isEqualTo(3);
            assertThat(first.duplicates()).isZero();
            assertThat(loaded.quotes(QuoteQuery.bySpeaker("Paul Verdier")))
                    .containsExactlyInAnyOrderElementsOf(db.quotes(QuoteQuery.bySpeaker("Paul Verdier"))).isNotEmpty();
            assertThat(loaded.events(EventQuery.ofType("Transaction")))
                    .containsExactlyInAnyOrderElementsOf(db.events(EventQuery.ofType("Transaction")));
            assertThat(loaded.entity("Verdier", 50).entities()).isEqualTo(db.entity("Verdier", 50).entities());
            for (String table : StoreRows.FACT_TABLES) {
                assertThat(loaded.sql("SELECT count(*) AS n FROM " + table, 1).rows()).as(table)
                        .isEqualTo(db.sql("SELECT count(*) AS n FROM " + table, 1).rows());
            }
            // numbered by the store that loads them (1, 2, 3), not by the folder's large numbers
            assertThat(loaded.sql("SELECT max(doc_no) AS n FROM documents", 1).rows()).containsExactly(List.of(3L));

            Ingest.Summary again = Ingest.copy(pq, loaded, 2, failures::add, () -> { });
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aParquetFolderIsReadOnlyAndItsSqlReadsNoOtherFile() throws Exception {
        Path dir = exported();
        assertThatThrownBy(() -> Store.open(dir.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("Parquet").hasMessageContaining("DuckDB file");
        Path outside = tmp.resolve("secret.csv");
        Files.writeString(outside, "a\n1\n");
        try (Store pq = Store.open(dir.toString(), true)) {
            assertThatThrownBy(() -> pq.sql("SELECT * FROM read_csv('" + outside + "')", 10))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aFolderOfAnotherSchemaVersionIsRefusedNamingBoth() throws Exception {
        Path dir = exported();
        Path meta = dir.resolve("store_meta").resolve("part-0.parquet");
        Files.delete(meta);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 'schema_version' AS meta_key, '1' AS meta_value) TO '" + meta + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> Store.open(dir.toString(), true)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 1").hasMessageContaining("version " + Store.SCHEMA_VERSION);
    }

    @Test
    void aTableWithoutFilesIsEmptyRatherThanMissing() throws Exception {
        Path dir = exported();
        try (var files = Files.walk(dir.resolve("events"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.createDirectories(dir.resolve("events"));
        try (Store pq = Store.open(dir.toString(), true)) {
            assertThat(pq.events(EventQuery.ofType("Transaction"))).isEmpty();
            assertThat(pq.quotes(QuoteQuery.bySpeaker("Paul Verdier"))).isNotEmpty();
        }
    }
}
