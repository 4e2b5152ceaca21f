package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One syntactic word.
 *
 * <p>{@code start}/{@code end} cover the word's characters in the original text. A word split
 * off a multi-word token (French "du" → "de" + "le") keeps the span of the whole surface token,
 * and {@code surface} holds that token's text; for other words {@code surface} is null and
 * {@code text} equals the slice of the original text (up to the tokenizer's normalisation of
 * quotes and dashes, which {@code Document#text()} never undergoes).
 *
 * @param index    position in the document's token list, from 0
 * @param sentence index of the sentence holding the word
 * @param text     the word form
 * @param start    start offset of the word (or of its multi-word token)
 * @param end      end offset, exclusive
 * @param surface  the multi-word token this word was split from, or null
 * @param pos      Universal POS tag, or null if not tagged
 * @param lemma    lemma, or null where the language pipeline has no lemmatiser
 * @param head     document-level index of the syntactic head, -1 for the root, null if not parsed
 * @param deprel   Universal Dependencies relation to the head, null if not parsed
 * @param ner      named-entity tag of the word (PER, ORG, LOC, MISC…), null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Token(int index, int sentence, String text, int start, int end, String surface,
                    String pos, String lemma, Integer head, String deprel, String ner) {

    public Token {
        new Span(start, end);
    }

    @JsonIgnore
    public Span span() {
        return new Span(start, end);
    }

    /** True for a word split off a multi-word token. */
    @JsonIgnore
    public boolean isMultiwordPart() {
        return surface != null;
    }

    public Token withParse(Integer newHead, String newDeprel) {
        return new Token(index, sentence, text, start, end, surface, pos, lemma, newHead, newDeprel, ner);
    }
}
