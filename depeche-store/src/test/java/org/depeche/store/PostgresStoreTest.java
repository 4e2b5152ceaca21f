package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server: {@code DEPECHE_TEST_PG_URL}
 * ({@code postgresql://user:password@host:port/db}, set by .ci/postgres.sh). Each test gets its
 * own schema. Without a server the tests are skipped on a workstation and FAIL in CI (CI=true).
 */
class PostgresStoreTest extends StoreContract {

    private static final String BASE = System.getenv("DEPECHE_TEST_PG_URL");
    private String url;

    static void requireServer() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (BASE == null || BASE.isBlank()) {
            if (ci) {
                throw new AssertionError("CI=true but DEPECHE_TEST_PG_URL is not set: .ci/postgres.sh must start PostgreSQL");
            }
            Assumptions.abort("DEPECHE_TEST_PG_URL not set (run .ci/postgres.sh to start a server)");
        }
        try (Connection c = connect(BASE)) {
            c.isValid(5);
        } catch (Exception e) {
            if (ci) {
                throw new AssertionError("PostgreSQL at " + BASE.replaceAll(":[^:@/]*@", ":***@") + " is unreachable in CI: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL unreachable: " + e.getMessage());
        }
    }

    static Connection connect(String url) throws Exception {
        Properties p = new Properties();
        String jdbc = Store.postgresJdbc(url, p);
        return DriverManager.getConnection(jdbc, p);
    }

    @Override
    String freshUrl() throws Exception {
        requireServer();
        String schema = "t" + Long.toHexString(System.nanoTime()) + Integer.toHexString((int) (Math.random() * 4096));
        try (Connection c = connect(BASE); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        url = BASE + (BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return url;
    }

    @Override
    String urlForReopen(String shownUrl) {
        return url;
    }

    @Test
    void twoWritersShareOneServer() throws Exception {
        try (Store second = Store.open(url)) {
            assertThat(second.put(TestDocs.numbered(3)).stored()).isTrue();
            assertThat(store.put(TestDocs.numbered(3)).stored()).isFalse();
            assertThat(store.documentCount()).isEqualTo(4);
        }
    }
}
