package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reference to whoever says or reports something: the words in the text that name it, and
 * the mention and entity cluster they resolve to when known.
 *
 * @param start   start of the words naming the source
 * @param end     end, exclusive
 * @param text    those words
 * @param mention id of the {@link EntityMention}, or null
 * @param entity  id of the {@link Entity} cluster, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(int start, int end, String text, String mention, String entity) {

    public SourceRef {
        new Span(start, end);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public Span span() {
        return new Span(start, end);
    }
}
