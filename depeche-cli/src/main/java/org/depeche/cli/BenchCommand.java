package org.depeche.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.depeche.eval.bench.Benchmark;
import org.depeche.extract.Analyzer;
import org.depeche.io.ArticleReader;
import org.depeche.io.InputRecord;
import org.depeche.io.ReadOptions;
import org.depeche.model.Document;
import org.depeche.options.AnalysisOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code depeche bench}: throughput and memory of Depeche beside bare CoreNLP, in one run. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures, in one JVM and on the same documents, bare CoreNLP (the annotators Depeche uses, with the "
                    + "dependency parser on every sentence) and Depeche's full analysis including JSON writing: "
                    + "model load time, documents/s, tokens/s, ms per document (p50/p95), peak heap, the ratio "
                    + "of the two, and the scaling from 1 to N threads. Warm-up documents are excluded.",
            "",
            "With --store URL (an empty store), measures the store instead: ingest against analyze alone on the "
                    + "same documents, store writes per article, then fills the store to --articles articles (the "
                    + "analysed documents again under new URLs) and gives the store size per article and the "
                    + "p50/p95 latency of each kind of `depeche query`.",
            "",
            "With --stream N, then streams N documents made by repeating the corpus through the full analysis "
                    + "and prints the heap retained after GC ten times along the way (constant memory check).",
            "",
            "With --http, measures depeche serve instead, on loopback in this JVM: the same documents through the "
                    + "command's own path (analysis and JSON writing on --threads threads) for reference, then "
                    + "--clients concurrent clients posting them to POST /v1/analyze (--threads workers, a queue of "
                    + "--queue), then an overload phase with --overload-clients clients; it reports requests/s, "
                    + "latency p50/p95/p99, every status, requests that got no answer, and the heap retained after "
                    + "GC after each phase. Exit status 1 if any answer was not 200 or 503 with Retry-After.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche bench                                   200 WiNER-fr texts, 1 and 2 threads",
            "  depeche bench --rounds 3                        median of 3 alternating rounds (steadier)",
            "  depeche bench --docs 100 --parse all            Depeche parsing every sentence, as bare CoreNLP",
            "  depeche bench --docs 50 --stream 10000          and the 10,000-article memory check",
            "  depeche bench --http --docs 200 --clients 8     depeche serve under load, then overloaded",
            "  depeche bench --store bench.duckdb --corpus ../shared/eval/gold --docs 40 --articles 10000",
            "                                                  store overhead, size per article, query latency"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/corpora/winer-fr");

    @Option(names = "--docs", paramLabel = "N", description = "Documents measured (default: ${DEFAULT-VALUE}).")
    int docs = 200;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up documents, not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--threads", paramLabel = "T", description = "Thread count compared with 1 (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--lang", description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
    String lang = "fr";

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--stream", paramLabel = "N", description = "Also stream N generated documents (memory check).")
    int stream;

    @Option(names = "--rounds", paramLabel = "R",
            description = "Measure each configuration R times, alternating the systems, and report the median "
                    + "(default: ${DEFAULT-VALUE}; 3 or more on a machine with noisy neighbours).")
    int rounds = 1;

    @Option(names = "--http", description = "Measure depeche serve (HTTP on loopback) beside the command's own path.")
    boolean http;

    @Option(names = "--clients", paramLabel = "C", description = "With --http: concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--overload-clients", paramLabel = "C",
            description = "With --http: clients of the overload phase (default: 4 × --clients).")
    Integer overloadClients;

    @Option(names = "--queue", paramLabel = "N",
            description = "With --http: analyses waiting for a worker before 503 (default: --clients).")
    Integer queue;

    @Option(names = "--repeat", paramLabel = "R",
            description = "With --http: each client phase sends every document R times (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Option(names = "--store", paramLabel = "URL", description = "Benchmark the store (an empty DuckDB file or PostgreSQL URL).")
    String store;

    @Option(names = "--articles", paramLabel = "N",
            description = "With --store: articles in the store for the size and query figures (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--analysed", paramLabel = "SOURCE",
            description = "With --store: fill the store with copies of these precomputed analyses (a store, or a "
                    + "depeche/1 JSON Lines file written by `depeche analyze`) instead of the ones this run makes; "
                    + "with --docs 0 nothing is analysed (no overhead figures).")
    String analysed;

    @Option(names = "--repeats", paramLabel = "N",
            description = "With --store: runs of each query kind (default: ${DEFAULT-VALUE}).")
    int repeats = 50;

    @Override
    public Integer call() throws InterruptedException {
        if (store != null && analysed != null && docs == 0) {
            return storeBench(List.of(), List.of(), null);
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("depeche: " + corpus + ": no such folder (give one with --corpus)");
            return 2;
        }
        List<Document> documents = new ArrayList<>();
        try (ArticleReader reader = new ArticleReader(List.of(corpus.toString()),
                new ReadOptions(lang, null, null, ReadOptions.DEFAULT_MAX_BYTES), System.in)) {
            while (reader.hasNext() && documents.size() < docs + warmup) {
                InputRecord r = reader.next();
                if (r instanceof InputRecord.Article a) {
                    documents.add(a.document());
                }
            }
        }
        if (documents.size() <= warmup) {
            System.err.println("depeche: " + corpus + ": only " + documents.size() + " readable documents");
            return 1;
        }
        Analyzer analyzer = analysis.analyzer();
        if (store != null) {
            return storeBench(documents.subList(warmup, documents.size()), documents.subList(0, warmup), analyzer);
        }
        if (http) {
            return new HttpBench(analyzer, lang, threads, clients,
                    overloadClients == null ? 4 * clients : overloadClients, queue == null ? clients : queue, repeat)
                    .run(documents.subList(0, warmup), documents.subList(warmup, documents.size()));
        }
        Benchmark bench = new Benchmark(lang, analyzer, "parse " + analysis.parse().name().toLowerCase(Locale.ROOT));
        List<Document> warm = documents.subList(0, warmup);
        List<Document> measured = documents.subList(warmup, documents.size());
        Benchmark.Result result = bench.run(measured, warm, threads, rounds, System.err);
        System.out.print(Benchmark.table(result));
        if (stream > 0) {
            System.out.printf(Locale.ROOT, "%nstreaming %,d documents through the full analysis, %d threads:%n", stream,
                    threads);
            List<Long> samples = bench.stream(measured, stream, threads, System.out);
            long min = samples.stream().mapToLong(Long::longValue).min().orElse(0);
            long max = samples.stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf(Locale.ROOT, "heap retained after GC: %.0f MB to %.0f MB over the run%n",
                    min / 1048576.0, max / 1048576.0);
        }
        return 0;
    }

    private int storeBench(List<Document> raw, List<Document> warm, Analyzer analyzer) {
        try {
            org.depeche.store.StoreBench.run(raw, warm, analyzer, threads, store, articles, repeats, precomputed(),
                    System.out);
            return 0;
        } catch (org.depeche.store.StoreException | java.io.UncheckedIOException e) {
            System.err.println("depeche: " + e.getMessage());
            return 1;
        }
    }

    /** The analyses of --analysed: every document of a store, or each line of a depeche/1 JSON Lines file. */
    private List<Document> precomputed() {
        if (analysed == null) {
            return List.of();
        }
        List<Document> out = new ArrayList<>();
        Path file = Path.of(analysed);
        if (Files.isRegularFile(file) && !analysed.endsWith(".duckdb")) {
            try (var lines = Files.lines(file)) {
                lines.filter(l -> !l.isBlank()).forEach(l -> out.add(org.depeche.model.DepecheJson.read(l)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file, e);
            }
            return out;
        }
        try (org.depeche.store.Store s = org.depeche.store.Store.open(analysed, true)) {
            s.forEachDocument(out::add);
        }
        return out;
    }
}
