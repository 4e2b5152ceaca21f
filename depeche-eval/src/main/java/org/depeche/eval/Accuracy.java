package org.depeche.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Correct answers out of a count, as {@code {"accuracy": …, "count": …}}. */
public record Accuracy(@JsonProperty("correct") int correct, @JsonProperty("count") int count) {

    public Accuracy plus(Accuracy o) {
        return new Accuracy(correct + o.correct, count + o.count);
    }

    @JsonProperty
    public double accuracy() {
        return count == 0 ? 0.0 : (double) correct / count;
    }
}
