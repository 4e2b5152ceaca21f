package org.depeche.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.depeche.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Scores worked out by hand. The first clustering is the example of Pradhan et al. 2014 (Figure 1
 * of "Scoring coreference partitions of predicted mentions: a reference implementation"):
 * key {a b c} {d e f g}, response {a b} {c d} {f g h i}.
 */
class CorefMetricsTest {

    private static final Offset<Double> EPS = within(1e-9);
    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"),
            Set.of("f", "g", "h", "i"));

    @Test
    void mucCountsLinks() {
        // recall: {a b c} split in 2 → 1 link of 2; {d e f g} split in {d} {e} {f g} → 1 of 3; 2/5
        // precision: {a b} 1 of 1; {c d} 0 of 1; {f g h i} split {f g} {h} {i} → 1 of 3; 2/5
        CorefMetrics.Counts muc = CorefMetrics.muc(KEY, RESPONSE);
        assertThat(muc.recall()).isCloseTo(0.4, EPS);
        assertThat(muc.precision()).isCloseTo(0.4, EPS);
        assertThat(muc.f1()).isCloseTo(0.4, EPS);
    }

    @Test
    void bCubedCountsMentionsTwinlessIncluded() {
        // recall: (2²/3 + 1²/3) + (1²/4 + 2²/4) = 5/3 + 5/4 = 35/12 over 7 mentions = 35/84
        // precision: 2²/2 + (1²/2 + 1²/2) + 2²/4 = 4 over 8 mentions = 0.5
        CorefMetrics.Counts b3 = CorefMetrics.b3(KEY, RESPONSE);
        assertThat(b3.recall()).isCloseTo(35.0 / 84, EPS);
        assertThat(b3.precision()).isCloseTo(0.5, EPS);
    }

    @Test
    void ceafeUsesTheBestOneToOneAlignment() {
        // φ4: K1-R1 = 4/5, K1-R2 = 2/5, K2-R2 = 2/6, K2-R3 = 4/8; best: K1-R1 + K2-R3 = 1.3
        CorefMetrics.Counts ceafe = CorefMetrics.ceafe(KEY, RESPONSE);
        assertThat(ceafe.recall()).isCloseTo(1.3 / 2, EPS);
        assertThat(ceafe.precision()).isCloseTo(1.3 / 3, EPS);
        assertThat(ceafe.f1()).isCloseTo(0.52, EPS);
    }

    @Test
    void ceafeFindsTheOptimumWhereGreedyPairingDoesNot() {
        // key {a b c d} {e f}, response {a b c e f} {d}:
        // φ4(K1,R1) = 6/9, φ4(K1,R2) = 2/5, φ4(K2,R1) = 4/7, φ4(K2,R2) = 0.
        // Greedy takes K1-R1 (0.667) then K2-R2 (0) = 0.667; optimal is K1-R2 + K2-R1 = 2/5 + 4/7 = 0.971.
        List<Set<String>> key = List.of(Set.of("a", "b", "c", "d"), Set.of("e", "f"));
        List<Set<String>> response = List.of(Set.of("a", "b", "c", "e", "f"), Set.of("d"));
        CorefMetrics.Counts ceafe = CorefMetrics.ceafe(key, response);
        assertThat(ceafe.recall()).isCloseTo((2.0 / 5 + 4.0 / 7) / 2, EPS);
    }

    @Test
    void perfectResponseScoresOneAndSingletonsHaveNoMucLinks() {
        List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c"));
        assertThat(CorefMetrics.muc(key, key).f1()).isCloseTo(1.0, EPS);
        assertThat(CorefMetrics.b3(key, key).f1()).isCloseTo(1.0, EPS);
        assertThat(CorefMetrics.ceafe(key, key).f1()).isCloseTo(1.0, EPS);
        CorefMetrics.Counts singletons = CorefMetrics.muc(List.of(Set.of("a"), Set.of("b")), List.of(Set.of("a", "b")));
        assertThat(singletons.recallDen()).isZero();
        // the response's one link a-b joins two key entities: 0 of 1 correct
        assertThat(singletons.precisionDen()).isEqualTo(1.0);
        assertThat(singletons.precision()).isZero();
    }

    @Test
    void countsAddUpAcrossDocumentsAsMicroAverage() {
        CorefMetrics.Counts one = new CorefMetrics.Counts(1, 2, 1, 1);
        CorefMetrics.Counts two = new CorefMetrics.Counts(3, 4, 0, 3);
        CorefMetrics.Counts sum = one.plus(two);
        assertThat(sum.recall()).isCloseTo(4.0 / 6, EPS);
        assertThat(sum.precision()).isCloseTo(1.0 / 4, EPS);
    }

    @Test
    void hungarianHandlesRectangularMatrices() {
        int[] rows = Hungarian.maximise(new double[][] {{1, 5, 0}, {4, 5, 0}});
        assertThat(rows).containsExactly(1, 0);
        int[] tall = Hungarian.maximise(new double[][] {{1}, {3}, {2}});
        assertThat(tall).containsExactly(-1, 0, -1);
    }

    @Test
    void alignmentPrefersExactSpansThenNestedSpansSharingABoundary() {
        List<Span> key = List.of(new Span(10, 22), new Span(30, 47), new Span(50, 55));
        List<Span> response = List.of(new Span(3, 22), new Span(30, 36), new Span(49, 56), new Span(50, 55));
        Map<Span, Integer> aligned = CorefEvaluation.align(response, key, false);
        assertThat(aligned).containsEntry(new Span(3, 22), 0)      // "Madame Adelys Adams" ↔ "Adelys Adams"
                .containsEntry(new Span(30, 36), 1)                  // "forces" ↔ "forces de l'ordre"
                .containsEntry(new Span(50, 55), 2)
                .doesNotContainKey(new Span(49, 56));                // shares no boundary
        assertThat(CorefEvaluation.align(response, key, true)).containsOnlyKeys(new Span(50, 55));
    }
}
