package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** depeche serve's command line, without models: help, and the refusals that come before listening. */
class ServeCommandTest {

    @Test
    void shouldTeachServeWithExamples() {
        CliRun run = CliRun.run("serve", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--host", "--port", "--store", "--max-size", "--timeout", "--queue",
                "127.0.0.1", "Examples:", "curl -s -X POST --data-binary @article.txt", "Default: none",
                "/v1/documents", "depeche serve --store s.duckdb");
        assertThat(CliRun.run("--help").out()).contains("depeche serve");
    }

    @Test
    void shouldRefuseAWildcardOriginAnUnknownLanguageAndAStoreItCannotOpen(@TempDir Path dir) throws Exception {
        CliRun wildcard = CliRun.run("serve", "--port", "0", "--allow-origin", "*");
        assertThat(wildcard.status()).isEqualTo(2);
        assertThat(wildcard.err()).contains("wildcards are not accepted");
        CliRun german = CliRun.run("serve", "--port", "0", "--preload", "de");
        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err()).contains("'de' is not supported");
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun store = CliRun.run("serve", "--port", "0", "--store", notAFolder.resolve("s.duckdb").toString());
        assertThat(store.status()).isEqualTo(1);
        assertThat(store.err()).startsWith("depeche: --store: ").doesNotContain("Exception");
    }

    @Test
    void shouldNotShowAPostgresPasswordInItsLog() {
        assertThat(ServeCommand.redacted("postgresql://ana:s3cret@db.example.org:5432/news"))
                .isEqualTo("postgresql://ana:***@db.example.org:5432/news");
        assertThat(ServeCommand.redacted("jdbc:postgresql://db/news?user=ana&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db/news?user=ana&password=***");
        assertThat(ServeCommand.redacted("s.duckdb")).isEqualTo("s.duckdb");
    }
}
