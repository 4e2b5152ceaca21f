package org.depeche.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Counts of true positives, false positives and false negatives, and the scores they give. */
public record Prf(int tp, int fp, int fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Counts from a matching: {@code matched} pairs among {@code predicted} and {@code gold} items. */
    public static Prf of(int matched, int predicted, int gold) {
        return new Prf(matched, predicted - matched, gold - matched);
    }

    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
