package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store contract on DuckDB, plus what only a DuckDB file does (one writer, a lock). */
class DuckDbStoreTest extends StoreContract {

    @Override
    String freshUrl() {
        return tmp.resolve("store.duckdb").toString();
    }

    @Override
    String urlForReopen(String shownUrl) {
        return shownUrl;
    }

    @Test
    void aSecondWriterIsToldWhichProcessHoldsTheFile() throws Exception {
        store.close();
        store = null;
        Path file = tmp.resolve("store.duckdb");
        Process holder = Children.ingest(file.toString(), 100_000, 50, tmp.resolve("holder.log"));
        try {
            Children.awaitLines(tmp.resolve("holder.log"), 1, 60_000);
            assertThatThrownBy(() -> Store.open(file.toString()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use by")
                    .hasMessageContaining("PID " + holder.pid());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void rowsTheAppenderWroteAreRolledBackWithTheTransaction() throws Exception {
        store.close();
        store = null;
        String url = tmp.resolve("store.duckdb").toString();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + url)) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("SELECT count(*) FROM sentences");
            }
            try (var app = c.unwrap(org.duckdb.DuckDBConnection.class).createAppender("sentences")) {
                app.beginRow().append("k").append(0).append(0).append(1).append("x").append(true).append(1L).appendNull().endRow();
            }
            c.rollback();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sentences WHERE doc_key = 'k'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void readingAMissingFileSaysHowToCreateIt() {
        assertThatThrownBy(() -> Store.open(tmp.resolve("none.duckdb").toString(), true))
                .hasMessageContaining("no store at").hasMessageContaining("depeche ingest");
        assertThat(Files.exists(tmp.resolve("none.duckdb"))).isFalse();
    }

    @Test
    void aFileOfAnotherSchemaVersionIsRefused() throws Exception {
        store.close();
        store = null;
        String url = tmp.resolve("store.duckdb").toString();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + url); var st = c.createStatement()) {
            st.execute("UPDATE store_meta SET meta_value = '99' WHERE meta_key = 'schema_version'");
        }
        assertThatThrownBy(() -> Store.open(url)).hasMessageContaining("schema version 99");
    }
}
