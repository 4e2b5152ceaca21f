package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A span with its text (always {@code document.text().substring(start, end)}). */
public record TextSpan(int start, int end, String text) {

    public TextSpan {
        new Span(start, end);
    }

    public static TextSpan of(String documentText, int start, int end) {
        return new TextSpan(start, end, documentText.substring(start, end));
    }

    @JsonIgnore
    public Span span() {
        return new Span(start, end);
    }
}
