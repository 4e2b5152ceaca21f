package org.depeche.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;

/** Analyses a corpus on several threads, keeping the documents' order. */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    /**
     * @param analyze  the analysis (shared by all threads)
     * @param threads  worker threads (≥ 1)
     * @param progress called once per finished document, from the calling thread
     */
    public static List<AnalysisResult> run(List<Document> docs, Function<Document, AnalysisResult> analyze,
                                           int threads, Consumer<AnalysisResult> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "depeche-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnalysisResult>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> analyze.apply(d)));
            }
            List<AnalysisResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                AnalysisResult r;
                try {
                    r = futures.get(i).get();
                } catch (ExecutionException e) {
                    r = new AnalysisResult.Failed(docs.get(i).id(), String.valueOf(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                results.add(r);
                progress.accept(r);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
