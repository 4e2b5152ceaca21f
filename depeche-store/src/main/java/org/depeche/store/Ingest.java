package org.depeche.store;

import java.util.Iterator;
import java.util.function.Consumer;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.OrderedParallel;
import org.depeche.io.InputRecord;
import org.depeche.model.Document;

/**
 * Reads, analyses and stores articles: analysis runs on N threads, writes on one, one
 * transaction per article. An article the store already holds (same text, same URL) is
 * recognised before analysis and skipped, so a rerun after a crash only analyses what is missing.
 */
public final class Ingest {

    /** The outcome of one run: stored, skipped as already there, failed (each failure was reported). */
    public record Summary(long stored, long duplicates, long failed, double seconds) {
        public long total() {
            return stored + duplicates + failed;
        }

        /** This run's counts and time added to another's. */
        public Summary plus(Summary other) {
            return new Summary(stored + other.stored, duplicates + other.duplicates, failed + other.failed,
                    seconds + other.seconds);
        }

        /** "12 stored, 3 duplicates skipped, 1 failed in 4.2 s". */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d stored, %,d duplicates skipped, %,d failed in %.1f s",
                    stored, duplicates, failed, seconds);
        }
    }

    private Ingest() {
    }

    /** Writes a batch in one transaction; if it fails, each article alone, so one bad article fails alone. */
    private static void write(Store store, java.util.List<Document> pending, long[] counts, Consumer<String> onFailure) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            for (PutResult r : store.putAll(pending)) {
                counts[r.stored() ? 0 : 1]++;
            }
        } catch (StoreException batchFailed) {
            for (Document d : pending) {
                try {
                    counts[store.put(d).stored() ? 0 : 1]++;
                } catch (StoreException e) {
                    counts[2]++;
                    onFailure.accept((d.meta() == null ? d.id() : d.meta().origin()) + ": " + e.getMessage());
                }
            }
        }
        pending.clear();
    }

    /**
     * Copies the analysed documents of another store into this one without analysing them again:
     * a folder of Parquet tables written by {@code depeche spark} ({@link Store#open} it read-only),
     * or any store. Each document's depeche/1 JSON ({@code documents.analysis}) is put as
     * {@link #run} puts an analysed article, so its rows come from the same {@link StoreRows},
     * {@code doc_no} from this store's numbering, clusters are joined to the store entities of
     * every article through this store's aliases (a Spark job joins them by name only), and a
     * document this store holds, or that the source holds twice, is counted as a duplicate.
     *
     * @param batch     documents written per transaction
     * @param onFailure receives one line per document that could not be written
     * @param onStep    called once per document read (progress)
     */
    public static Summary copy(Store from, Store into, int batch, Consumer<String> onFailure, Runnable onStep) {
        long t0 = System.nanoTime();
        long[] counts = new long[3];
        java.util.List<Document> pending = new java.util.ArrayList<>();
        from.forEachDocumentUnsorted(doc -> {
            pending.add(doc);
            if (pending.size() >= Math.max(1, batch)) {
                write(into, pending, counts, onFailure);
            }
            onStep.run();
        });
        write(into, pending, counts, onFailure);
        return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
    }

    /** What a worker hands to the writer. */
    private sealed interface Outcome {
    }

    private record Ready(Document document) implements Outcome {
    }

    private record AlreadyStored(String origin) implements Outcome {
    }

    private record Bad(String line) implements Outcome {
    }

    /**
     * @param onFailure receives one line per bad input or failed analysis ({@code origin: reason})
     * @param onStep    called once per input handled (progress)
     */
    public static Summary run(Iterator<InputRecord> records, Analyzer analyzer, Store store, int threads,
                              Consumer<String> onFailure, Runnable onStep) {
        return run(records, analyzer, store, threads, DEFAULT_BATCH, onFailure, onStep);
    }

    /** Articles written per transaction by default. */
    public static final int DEFAULT_BATCH = 16;

    /**
     * @param batch articles per transaction (1: one transaction per article); a killed run loses at
     *              most the batch in progress, which the rerun stores
     */
    public static Summary run(Iterator<InputRecord> records, Analyzer analyzer, Store store, int threads, int batch,
                              Consumer<String> onFailure, Runnable onStep) {
        long t0 = System.nanoTime();
        long[] counts = new long[3];
        java.util.List<Document> pending = new java.util.ArrayList<>();
        OrderedParallel.map(records, record -> {
            if (record instanceof InputRecord.Failure f) {
                return new Bad(f.toString());
            }
            Document doc = ((InputRecord.Article) record).document();
            if (store.contains(Store.keyOf(doc))) {
                return new AlreadyStored(record.origin());
            }
            AnalysisResult r;
            try {
                r = analyzer.analyze(doc);
            } catch (RuntimeException e) {
                return new Bad(record.origin() + ": analysis failed: " + e);
            }
            return r instanceof AnalysisResult.Analyzed a ? new Ready(a.document()) : new Bad(r.toString());
        }, threads, outcome -> {
            if (outcome instanceof Ready ready) {
                pending.add(ready.document());
                if (pending.size() >= Math.max(1, batch)) {
                    write(store, pending, counts, onFailure);
                }
            } else if (outcome instanceof AlreadyStored) {
                counts[1]++;
            } else if (outcome instanceof Bad b) {
                counts[2]++;
                onFailure.accept(b.line());
            }
            onStep.run();
        });
        write(store, pending, counts, onFailure);
        return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
    }
}
