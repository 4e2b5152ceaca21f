package org.depeche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without models: help, version, usage errors, and batches with nothing analysable. */
class DepecheCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldTeachWithExamplesInHelp() {
        CliRun run = CliRun.run("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("analyze", "evaluate", "Examples:", "depeche analyze article.txt");
        CliRun analyze = CliRun.run("analyze", "--help");
        assertThat(analyze.out()).contains("--published", "--format", "conllu, brat", "JSONL", "Examples:");
    }

    @Test
    void shouldPrintTheVersionWithCoreNlpAndSchema() {
        CliRun run = CliRun.run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).containsPattern("depeche \\S+ \\(Stanford CoreNLP 4\\.5\\.\\d+, JSON depeche/1\\)");
    }

    @Test
    void shouldExitWithUsageErrorOnUnknownOptionOrBadDate() {
        assertThat(CliRun.run("analyze", "--no-such-option", "x.txt").status()).isEqualTo(2);
        CliRun badDate = CliRun.run("analyze", "--published", "yesterday", "x.txt");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("--published");
    }

    @Test
    void shouldNameEachBadFileAndExitNonZeroWhenNothingCouldBeAnalysed() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": 1, \"text\": \n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run("analyze", "-q", dir.toString(), dir.resolve("absent.txt").toString());

        assertThat(run.status()).isEqualTo(DepecheCommand.NOTHING_DONE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> l.startsWith("depeche: ")))
                .anySatisfy(l -> assertThat(l).endsWith("empty.txt: empty file"))
                .anySatisfy(l -> assertThat(l).contains("image.txt: binary file (PNG image)"))
                .anySatisfy(l -> assertThat(l).contains("feed.jsonl:1: malformed JSON"))
                .anySatisfy(l -> assertThat(l).endsWith("absent.txt: no such file"));
    }

    @Test
    void shouldRefuseAMissingGoldFolder() {
        CliRun run = CliRun.run("evaluate", "ner", "--gold", dir.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such folder");
    }
}
