package org.depeche.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.depeche.extract.Analyzer;
import org.depeche.io.ReadOptions;
import org.depeche.options.AnalysisOptions;
import org.depeche.store.Ingest;
import org.depeche.store.Store;
import org.depeche.store.StoreException;
import org.depeche.store.StoreInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code depeche ingest}: analyse articles and keep every fact in a store that {@code depeche query} asks. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses articles and stores them, with every entity, time, quote and event, in a database that "
                    + "`depeche query` answers from: a DuckDB file (the default, no server) or PostgreSQL.",
            "",
            "Inputs: whatever `analyze` reads (text, HTML, JSONL, folders, - for standard input), plus RSS and "
                    + "Atom feeds (.rss, .atom, or a .xml feed: each item's content, else its description, with its "
                    + "link and date) and WARC files (.warc, .warc.gz: each HTML response, with its target URI and "
                    + "date). Folders are walked for all of these; other files (such as .gold.json beside .txt) are "
                    + "not articles.",
            "",
            "Idempotent and resumable: an article is identified by its text (sha-256) and its URL when it has one. "
                    + "An article already stored is skipped before analysis, so ingesting the same feed twice adds "
                    + "nothing, and a run that was killed can simply be run again. Each article is written in one "
                    + "transaction: it is there whole or not at all.",
            "",
            "A folder written by `depeche spark` (it holds documents/ and the other tables as Parquet) is loaded "
                    + "without analysing its articles again: each document's analysis is stored as `ingest` stores an "
                    + "analysed article (same rows, this store's document numbers, entities joined across articles, "
                    + "documents already there skipped).",
            "",
            "A bad input is named on stderr in one line (file, file:line, feed.rss#item, crawl.warc@offset) and the "
                    + "rest is stored; the summary says how many were stored, skipped as duplicates, and failed. "
                    + "A DuckDB file takes one writer at a time: a second one is told which process holds it.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche ingest articles/ --store news.duckdb",
            "  depeche ingest feed.rss crawl.warc.gz --threads 2            (into ./depeche.duckdb)",
            "  depeche ingest export.jsonl --store postgresql://analyst:secret@db.example:5432/news",
            "  depeche ingest ../shared/eval/gold --store s.duckdb          (the .txt files; dates from the names)",
            "  depeche ingest spark-out/ --store s.duckdb                   (a depeche spark output: loaded, not analysed again)",
            "  depeche query quotes --speaker \"Paul Verdier\" --store s.duckdb   (then ask; see depeche query --help)",
            "",
            "Exit status: 0 every input stored or already there, 3 some failed, 1 none stored, 2 bad command line."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, feeds, WARC files, folders written by depeche spark, or - for standard input.")
    List<String> inputs;

    @Option(names = "--store", paramLabel = "URL",
            description = "A DuckDB file (created if missing) or postgresql://user:password@host:port/db "
                    + "(default: ${DEFAULT-VALUE}).")
    String store = "depeche.duckdb";

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles written per transaction (default: ${DEFAULT-VALUE}); a killed run loses at most one batch, which a rerun stores.")
    int batch = Ingest.DEFAULT_BATCH;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        ReadOptions options = input.readOptions();
        // a folder written by depeche spark holds analysed documents: they are loaded, not analysed again
        List<String> folders = inputs.stream().filter(IngestCommand::isSparkOutput).toList();
        List<String> articles = inputs.stream().filter(i -> !folders.contains(i)).toList();
        Ingest.Summary summary = new Ingest.Summary(0, 0, 0, 0);
        try (Store db = Store.open(store)) {
            for (String folder : folders) {
                try (Store from = Store.open(folder, true);
                     ProgressBar bar = showBar() ? bar(from.documentCount()) : null) {
                    summary = summary.plus(Ingest.copy(from, db, batch, line -> report(line, bar), () -> Progress.step(bar)));
                }
            }
            if (!articles.isEmpty()) {
                Analyzer analyzer = analysis.analyzer();
                long total = showBar() ? count(articles, options) : -1;
                try (StoreInputs in = new StoreInputs(articles, options, System.in);
                     ProgressBar bar = total >= 0 ? bar(total) : null) {
                    summary = summary.plus(Ingest.run(in, analyzer, db, input.threads, batch, line -> report(line, bar),
                            () -> Progress.step(bar)));
                }
            }
            if (!quiet) {
                System.err.println("depeche: " + summary + " (" + db.documentCount() + " articles in " + db.url() + ")");
            }
        } catch (StoreException e) {
            System.err.println("depeche: " + e.getMessage());
            return DepecheCommand.NOTHING_DONE;
        }
        if (summary.stored() + summary.duplicates() == 0) {
            return DepecheCommand.NOTHING_DONE;
        }
        return summary.failed() > 0 ? DepecheCommand.PARTIAL : 0;
    }

    /**
     * Whether an input is a folder of the store's tables as Parquet, written by {@code depeche spark}
     * (its {@code documents} folder holds Parquet files: {@link Store#isParquetStore}).
     */
    private static boolean isSparkOutput(String input) {
        try {
            return !input.equals("-") && Store.isParquetStore(Path.of(input));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void report(String line, ProgressBar bar) {
        if (bar != null) {
            System.err.print("\r\033[2K");
        }
        System.err.println("depeche: " + line);
    }

    private boolean showBar() {
        return !quiet && System.console() != null && !inputs.contains("-");
    }

    /** A first pass that only reads, so the bar can show an ETA. */
    private static long count(List<String> articles, ReadOptions options) {
        long n = 0;
        try (StoreInputs in = new StoreInputs(articles, options, System.in)) {
            while (in.hasNext()) {
                in.next();
                n++;
            }
        }
        return n;
    }

    private static ProgressBar bar(long total) {
        return ProgressBar.builder().setTaskName("ingest").setInitialMax(total).setUnit(" docs", 1).showSpeed()
                .setUpdateIntervalMillis(500).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
