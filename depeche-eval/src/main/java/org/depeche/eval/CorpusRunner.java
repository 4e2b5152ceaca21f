package org.depeche.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.OrderedParallel;
import org.depeche.model.Document;

/** Analyses a corpus on several threads, keeping the documents' order. */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    /**
     * @param analyze  the analysis (shared by all threads; returns a failure value, never throws)
     * @param threads  worker threads (≥ 1)
     * @param progress called once per finished document, from the calling thread
     */
    public static List<AnalysisResult> run(List<Document> docs, Function<Document, AnalysisResult> analyze,
                                           int threads, Consumer<AnalysisResult> progress) {
        List<AnalysisResult> results = new ArrayList<>(docs.size());
        OrderedParallel.map(docs.iterator(), analyze, threads, r -> {
            results.add(r);
            progress.accept(r);
        });
        return results;
    }
}
