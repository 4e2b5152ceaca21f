package org.depeche.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.depeche.model.Span;

/**
 * One-to-one matching of predicted and gold items: exact span matches first, then (for relaxed
 * scoring) overlapping ones, each gold item used at most once.
 */
public final class SpanMatcher {

    private SpanMatcher() {
    }

    /** Number of pairs with the same span (and {@code compatible}). */
    public static <P, G> int exact(List<P> predicted, List<G> gold, Function<P, Span> pSpan, Function<G, Span> gSpan,
                                   BiPredicate<P, G> compatible) {
        return match(predicted, gold, pSpan, gSpan, compatible, false).size();
    }

    /** Number of pairs that overlap (and are {@code compatible}), exact ones preferred. */
    public static <P, G> int overlapping(List<P> predicted, List<G> gold, Function<P, Span> pSpan,
                                         Function<G, Span> gSpan, BiPredicate<P, G> compatible) {
        return match(predicted, gold, pSpan, gSpan, compatible, true).size();
    }

    /** The matched pairs as index pairs {@code [predicted, gold]}. */
    public static <P, G> List<int[]> match(List<P> predicted, List<G> gold, Function<P, Span> pSpan,
                                           Function<G, Span> gSpan, BiPredicate<P, G> compatible, boolean overlap) {
        boolean[] usedP = new boolean[predicted.size()];
        boolean[] usedG = new boolean[gold.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int pass = 0; pass < (overlap ? 2 : 1); pass++) {
            for (int i = 0; i < predicted.size(); i++) {
                if (usedP[i]) {
                    continue;
                }
                Span ps = pSpan.apply(predicted.get(i));
                for (int j = 0; j < gold.size(); j++) {
                    if (usedG[j] || !compatible.test(predicted.get(i), gold.get(j))) {
                        continue;
                    }
                    Span gs = gSpan.apply(gold.get(j));
                    if (pass == 0 ? ps.equals(gs) : ps.overlaps(gs)) {
                        usedP[i] = true;
                        usedG[j] = true;
                        pairs.add(new int[] {i, j});
                        break;
                    }
                }
            }
        }
        return pairs;
    }
}
