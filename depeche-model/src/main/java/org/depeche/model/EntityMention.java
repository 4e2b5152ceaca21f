package org.depeche.model;

/**
 * A mention of a named entity.
 *
 * @param id         stable id within the document ("m1", "m2"…)
 * @param type       coarse type
 * @param start      start offset in the original text
 * @param end        end offset, exclusive
 * @param text       exactly {@code text.substring(start, end)} of the document
 * @param firstToken first word of the mention
 * @param endToken   one past the last word
 * @param kind       name (from NER), nominal description or pronoun
 */
public record EntityMention(String id, EntityType type, int start, int end, String text,
                            int firstToken, int endToken, MentionKind kind) {

    public EntityMention {
        new Span(start, end);
        if (kind == null) {
            kind = MentionKind.NAME;
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public Span span() {
        return new Span(start, end);
    }
}
