package org.depeche.model;

/**
 * A sentence: its character span and the range {@code [firstToken, endToken)} of its words.
 *
 * @param parsed whether the dependency parser ran on this sentence (tokens carry head/deprel)
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean parsed) {

    public Sentence {
        new Span(start, end);
        if (endToken < firstToken) {
            throw new IllegalArgumentException("sentence " + index + " has token range ["
                    + firstToken + ", " + endToken + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
