package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** depeche serve's command line, without models: help, and the refusals that come before listening. */
class ServeCommandTest {

    @Test
    void shouldTeachServeWithExamples() {
        CliRun run = CliRun.run("serve", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--host", "--port", "--store", "--max-size", "--timeout", "--queue",
                "127.0.0.1", "Examples:", "curl -s -X POST --data-binary @article.txt");
        assertThat(CliRun.run("--help").out()).contains("depeche serve");
    }

    @Test
    void shouldRefuseAWildcardOriginAnUnknownLanguageAndAStoreItCannotServe() {
        CliRun wildcard = CliRun.run("serve", "--port", "0", "--allow-origin", "*");
        assertThat(wildcard.status()).isEqualTo(2);
        assertThat(wildcard.err()).contains("wildcards are not accepted");
        CliRun german = CliRun.run("serve", "--port", "0", "--preload", "de");
        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err()).contains("'de' is not supported");
        CliRun store = CliRun.run("serve", "--port", "0", "--store", "x.duckdb");
        assertThat(store.status()).isEqualTo(2);
        assertThat(store.err()).contains("no document store");
    }
}
