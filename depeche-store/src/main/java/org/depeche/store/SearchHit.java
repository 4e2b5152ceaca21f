package org.depeche.store;

/**
 * A full-text match: a sentence of an article, or a quote.
 *
 * @param kind     sentence or quote
 * @param docKey   the store's key of the document
 * @param doc      the document's id
 * @param start    start of the matched unit in the stored text
 * @param end      end, exclusive
 * @param text     the unit's text
 * @param sentence the sentence (for a quote, the sentence holding its start)
 * @param score    Lucene's BM25 score
 */
public record SearchHit(String kind, String docKey, String doc, int start, int end, String text, String sentence,
                        float score) {
}
