package org.depeche.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.depeche.extract.ParseMode;
import org.depeche.options.AnalysisOptions;
import org.depeche.options.ReadingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depeche spark}: the analysis as an Apache Spark job, on one machine ({@code --master
 * local[2]}) or on a cluster ({@code spark-submit --class org.depeche.spark.SparkMain}). Its
 * options never touch Spark's classes, so {@code --help} works without Spark on the classpath.
 */
@Command(name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses a corpus as an Apache Spark job and writes the store's tables (documents, sentences, entities, "
                    + "mentions, timexes, quotes, events, event_arguments, sources, store_entities, store_aliases) as "
                    + "Parquet under OUTPUT, one folder per table, partitioned by publication month "
                    + "(published_month=2023-09), plus a failures table. `depeche query --store OUTPUT` and DuckDB read "
                    + "them directly.",
            "",
            "Inputs (paths or URIs Spark can read: local, hdfs://, s3a://…): text and HTML files and folders of them "
                    + "(read as bytes, encoding detected as in `analyze`), JSONL files (the `analyze` fields: id, text "
                    + "or html, published, url, lang, source), and Parquet datasets with columns id, text or html, "
                    + "published, lang (url, source, title optional).",
            "",
            "Each document goes through the same reader and Analyzer as `analyze`: its depeche/1 JSON (the "
                    + "documents.analysis column, or --json) is what `analyze` writes. Each executor JVM loads the "
                    + "models once. A record that cannot be read or analysed is a row of OUTPUT/failures (origin, "
                    + "message) and the job goes on.",
            "",
            "On one machine, ./depeche spark runs Spark in its own JVM (heap: DEPECHE_HEAP, default 2g; the models "
                    + "need about 1.2 GB). On a cluster, see docs/spark.md (spark-submit, model jars, memory).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche spark --master local[2] ../shared/eval/gold out/      then: depeche query quotes --store out/",
            "  depeche spark --master local[2] feed.jsonl articles.parquet out/ --json --overwrite",
            "  spark-submit --class org.depeche.spark.SparkMain --jars … depeche-spark.jar hdfs:///news/2023 hdfs:///depeche/2023",
            "",
            "Exit status: 0 every record analysed, 3 some failed (rows of failures), 1 none analysed, 2 bad command line."})
public final class SparkCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "INPUT… OUTPUT",
            description = "Inputs (files, folders, JSONL, Parquet), then the output folder.")
    List<String> paths;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] (N cores of this machine), yarn, spark://host:7077, k8s://… "
                    + "(default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the articles are spread over (default: 4 per core of the cluster).")
    int partitions;

    /** --lang, --published, --encoding, --max-size: declared once for analyze, ingest and spark (depeche-options). */
    @Mixin
    ReadingOptions reading = new ReadingOptions();

    /** --parse, as for analyze. */
    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--json", description = "Also write each document's depeche/1 JSON as text files under OUTPUT/json.")
    boolean json;

    @Option(names = "--overwrite", description = "Replace OUTPUT if it exists (else the job refuses to start).")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;

    @Option(names = "--bench", paramLabel = "ROUNDS",
            description = "Measure instead: the inputs through analyze's path at one thread, then the whole job at "
                    + "local[1] and at local[2], ROUNDS times each in one JVM (after an uncounted warm-up); prints "
                    + "the medians, the scaling and the heap retained after GC (OUTPUT is not written).")
    int benchRounds;

    @Override
    public Integer call() {
        if (!sparkPresent()) {
            System.err.println("depeche: Spark is not on the classpath: run ./depeche spark … (the launcher adds it), "
                    + "or spark-submit --class org.depeche.spark.SparkMain (docs/spark.md)");
            return 1;
        }
        JobOptions options = new JobOptions(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1),
                reading.forcedLang(), reading.published(), reading.encoding(), reading.maxBytes(),
                analysis.parse() == ParseMode.ALL, partitions, json, overwrite);
        if (benchRounds > 0) {
            try {
                return SparkBench.run(options, benchRounds);
            } catch (java.io.IOException e) {
                System.err.println("depeche: " + e.getMessage());
                return 1;
            }
        }
        return SparkRunner.run(master, options, quiet);
    }

    static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
