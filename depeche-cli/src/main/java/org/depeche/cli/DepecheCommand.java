package org.depeche.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.depeche.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code depeche}: the top-level command and its subcommands. */
@Command(name = "depeche",
        mixinStandardHelpOptions = true,
        versionProvider = DepecheCommand.Version.class,
        description = {
            "Turns news articles into a sourced event graph: entities, time, quotes and events,",
            "each with character offsets into the original text. French first, English second.",
            ""},
        subcommands = {AnalyzeCommand.class, IngestCommand.class, QueryCommand.class, EvaluateCommand.class,
                TrainCommand.class, BenchCommand.class, ServeCommand.class, org.depeche.spark.SparkCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche analyze article.txt --published 2023-09-18       JSON on stdout",
            "  depeche analyze articles/ --out results/                 one JSON file per article",
            "  depeche analyze feed.jsonl --format conllu > feed.conllu",
            "  depeche ingest articles/ feed.rss --store news.duckdb    analyse and keep every fact in a store",
            "  depeche query quotes --speaker \"Paul Verdier\" --store news.duckdb",
            "  depeche evaluate ner --gold ../shared/corpora/winer-fr   precision / recall / F1",
            "  depeche bench --docs 100                                 speed and memory beside bare CoreNLP",
            "  depeche serve                                            HTTP API and page on http://127.0.0.1:8080/",
            "  depeche spark --master local[2] articles/ out/           a Spark job: the store's tables as Parquet",
            "",
            "Exit status: 0 all documents analysed, 3 some failed (each named on stderr),",
            "1 nothing could be analysed, 2 bad command line."})
public final class DepecheCommand implements Runnable {

    /** Exit status when some documents failed and others were analysed. */
    static final int PARTIAL = 3;
    /** Exit status when no document could be analysed. */
    static final int NOTHING_DONE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line (shared by {@link Main} and tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DepecheCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Version of Depeche, of CoreNLP and of the JSON schema. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = DepecheCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to load version.properties", e);
            }
            return new String[] {"depeche " + p.getProperty("version", "unknown")
                    + " (Stanford CoreNLP " + p.getProperty("corenlp", "?") + ", JSON " + Document.SCHEMA + ")"};
        }
    }
}
