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

        /** "12 stored, 3 duplicates skipped, 1 failed in 4.2 s". */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d stored, %,d duplicates skipped, %,d failed in %.1f s",
                    stored, duplicates, failed, seconds);
        }
    }

    private Ingest() {
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
        long t0 = System.nanoTime();
        long[] counts = new long[3];
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
                try {
                    counts[store.put(ready.document()).stored() ? 0 : 1]++;
                } catch (StoreException e) {
                    counts[2]++;
                    onFailure.accept(ready.document().meta().origin() + ": " + e.getMessage());
                }
            } else if (outcome instanceof AlreadyStored) {
                counts[1]++;
            } else if (outcome instanceof Bad b) {
                counts[2]++;
                onFailure.accept(b.line());
            }
            onStep.run();
        });
        return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9);
    }
}
