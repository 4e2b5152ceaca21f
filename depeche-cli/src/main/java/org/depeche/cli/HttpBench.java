package org.depeche.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.OrderedParallel;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.server.Analysis;
import org.depeche.server.DepecheServer;
import org.depeche.server.LoadTest;
import org.depeche.server.ServerConfig;

/** {@code depeche bench --http}: depeche serve under load on loopback, beside the command's own path. */
final class HttpBench {

    private final Analyzer analyzer;
    private final String lang;
    private final int threads;
    private final int clients;
    private final int overloadClients;
    private final int queue;
    private final int repeat;

    HttpBench(Analyzer analyzer, String lang, int threads, int clients, int overloadClients, int queue, int repeat) {
        this.analyzer = analyzer;
        this.lang = lang;
        this.threads = threads;
        this.clients = clients;
        this.overloadClients = overloadClients;
        this.queue = queue;
        this.repeat = repeat;
    }

    int run(List<Document> warm, List<Document> measured) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withPort(0).withConcurrency(threads, queue)
                .withAnalysisTimeout(Duration.ofMinutes(5)).withPreload(List.of(lang));
        List<String> warmTexts = warm.stream().map(Document::text).toList();
        List<String> texts = measured.stream().map(Document::text).toList();
        try (DepecheServer server = new DepecheServer(config, Analysis.of(analyzer), null, line -> { })) {
            server.start();
            long t0 = System.nanoTime();
            if (!server.awaitReady(Duration.ofMinutes(10))) {
                System.err.println("depeche: the server did not get ready");
                return 1;
            }
            System.err.printf(Locale.ROOT, "bench: models loaded in %.1f s; %d workers, queue %d, %d documents%n",
                    (System.nanoTime() - t0) / 1e9, threads, queue, texts.size());
            LoadTest load = new LoadTest(server.uri());
            load.run("warm-up", warmTexts, clients, 1, lang);
            cliPath(warm);

            long heapBefore = LoadTest.retainedHeap();
            long c0 = System.nanoTime();
            int failed = 0;
            for (int r = 0; r < repeat; r++) {
                failed += (int) cliPath(measured).stream().filter(n -> n < 0).count();
            }
            double cliSeconds = (System.nanoTime() - c0) / 1e9;
            List<LoadTest.Phase> phases = new ArrayList<>();
            phases.add(load.run("http " + clients + " clients", texts, clients, repeat, lang));
            phases.add(load.run("overload " + overloadClients + " clients", texts, overloadClients, repeat, lang));
            phases.add(load.run("after overload", texts.subList(0, Math.min(20, texts.size())), 1, 1, lang));

            int cliDocs = texts.size() * repeat;
            System.out.printf(Locale.ROOT, "%ncommand path (analysis + JSON, %d threads): %d documents in %.1f s = "
                    + "%.1f docs/s (%d failed)%n", threads, cliDocs, cliSeconds, cliDocs / cliSeconds, failed);
            System.out.printf(Locale.ROOT, "heap retained after GC before the HTTP phases: %.0f MB%n%n",
                    heapBefore / 1048576.0);
            LoadTest.print(phases, System.out);
            LoadTest.Phase normal = phases.get(0);
            System.out.printf(Locale.ROOT, "%nhttp / command throughput: %.2f× (%d clients, %d workers)%n",
                    normal.ok() / normal.seconds() / (cliDocs / cliSeconds), clients, threads);
            boolean clean = phases.stream().allMatch(LoadTest.Phase::clean);
            System.out.println("every answer 200 or 503 with Retry-After, none lost: " + (clean ? "yes" : "NO"));
            return clean ? 0 : 1;
        }
    }

    /** The command's own path: analysis and depeche/1 JSON writing on {@code threads} threads. */
    private List<Integer> cliPath(List<Document> docs) {
        List<Integer> sizes = new ArrayList<>();
        OrderedParallel.map(docs.iterator(), d -> {
            AnalysisResult r = analyzer.analyze(d);
            return r instanceof AnalysisResult.Analyzed a ? DepecheJson.write(a.document()).length() : -1;
        }, threads, sizes::add);
        return sizes;
    }
}
