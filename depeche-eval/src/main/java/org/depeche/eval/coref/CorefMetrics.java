package org.depeche.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL-2012 shared task, over one document's key and response
 * clusterings (sets of mention ids; the two may hold different mentions: a key mention missing
 * from the response, or a response mention missing from the key, is "twinless"). Each returns
 * the counts behind precision and recall, so that a corpus score is the micro-average (sums of
 * numerators over sums of denominators), as the reference scorer computes it.
 *
 * <ul>
 *   <li>MUC (Vilain et al. 1995): links. Recall = Σ(|K| − |p(K)|) / Σ(|K| − 1), where p(K)
 *       partitions key entity K by the response entities (a mention absent from the response is a
 *       part of its own); precision swaps key and response. Singletons count for nothing.</li>
 *   <li>B³ (Bagga and Baldwin 1998): mentions. Recall = Σ_K Σ_R |K∩R|² / |K| over Σ|K|;
 *       precision = Σ_R Σ_K |K∩R|² / |R| over Σ|R| (twinless mentions counted, as in the
 *       reference scorer v8).</li>
 *   <li>CEAF-e (Luo 2005): entities, φ4(K, R) = 2|K∩R| / (|K| + |R|), summed over the optimal
 *       one-to-one alignment of key and response entities (Kuhn-Munkres); recall divides by the
 *       number of key entities, precision by the number of response entities.</li>
 * </ul>
 * Pradhan et al. 2014, "Scoring coreference partitions of predicted mentions: a reference
 * implementation" (ACL), give the definitions and the test cases used in the unit tests.
 */
public final class CorefMetrics {

    private CorefMetrics() {
    }

    /** Numerators and denominators of recall and precision; adds up over documents. */
    public record Counts(double recallNum, double recallDen, double precisionNum, double precisionDen) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(recallNum + o.recallNum, recallDen + o.recallDen, precisionNum + o.precisionNum,
                    precisionDen + o.precisionDen);
        }

        public double recall() {
            return recallDen == 0 ? 0 : recallNum / recallDen;
        }

        public double precision() {
            return precisionDen == 0 ? 0 : precisionNum / precisionDen;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Precision, recall and F1, as the evaluate output contract names them. */
        public Score score() {
            return new Score(precision(), recall(), f1());
        }
    }

    /** What {@code --json} prints for one metric. */
    public record Score(double precision, double recall, double f1) {
    }

    public static <T> Counts muc(List<Set<T>> key, List<Set<T>> response) {
        return new Counts(mucSide(key, response), mucDen(key), mucSide(response, key), mucDen(response));
    }

    private static <T> double mucSide(List<Set<T>> a, List<Set<T>> b) {
        Map<T, Integer> inB = index(b);
        double sum = 0;
        for (Set<T> k : a) {
            Set<Object> parts = new HashSet<>();
            for (T m : k) {
                Integer r = inB.get(m);
                parts.add(r == null ? (Object) List.of(m) : r);
            }
            sum += k.size() - parts.size();
        }
        return sum;
    }

    private static <T> double mucDen(List<Set<T>> a) {
        double d = 0;
        for (Set<T> k : a) {
            d += k.size() - 1;
        }
        return d;
    }

    public static <T> Counts b3(List<Set<T>> key, List<Set<T>> response) {
        return new Counts(b3Side(key, response), size(key), b3Side(response, key), size(response));
    }

    private static <T> double b3Side(List<Set<T>> a, List<Set<T>> b) {
        Map<T, Integer> inB = index(b);
        double sum = 0;
        for (Set<T> k : a) {
            if (k.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> overlap = new HashMap<>();
            for (T m : k) {
                Integer r = inB.get(m);
                if (r != null) {
                    overlap.merge(r, 1, Integer::sum);
                }
            }
            for (int n : overlap.values()) {
                sum += (double) n * n / k.size();
            }
        }
        return sum;
    }

    public static <T> Counts ceafe(List<Set<T>> key, List<Set<T>> response) {
        List<Set<T>> k = nonEmpty(key);
        List<Set<T>> r = nonEmpty(response);
        double[][] sim = new double[k.size()][r.size()];
        for (int i = 0; i < k.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                sim[i][j] = phi4(k.get(i), r.get(j));
            }
        }
        double total = 0;
        int[] match = Hungarian.maximise(sim);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                total += sim[i][match[i]];
            }
        }
        return new Counts(total, k.size(), total, r.size());
    }

    /** φ4: 2|K∩R| / (|K| + |R|). */
    static <T> double phi4(Set<T> k, Set<T> r) {
        int common = 0;
        for (T m : k) {
            if (r.contains(m)) {
                common++;
            }
        }
        return 2.0 * common / (k.size() + r.size());
    }

    private static <T> List<Set<T>> nonEmpty(List<Set<T>> c) {
        List<Set<T>> out = new ArrayList<>();
        for (Set<T> s : c) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> double size(List<Set<T>> c) {
        double n = 0;
        for (Set<T> s : c) {
            n += s.size();
        }
        return n;
    }

    private static <T> Map<T, Integer> index(List<Set<T>> clusters) {
        Map<T, Integer> idx = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (T m : clusters.get(i)) {
                idx.putIfAbsent(m, i);
            }
        }
        return idx;
    }
}
