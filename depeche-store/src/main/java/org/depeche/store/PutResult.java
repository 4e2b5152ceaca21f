package org.depeche.store;

/**
 * What {@link Store#put} did with one document.
 *
 * @param docKey the document's key in the store (see {@link Store#keyOf})
 * @param stored true when it was added, false when the store already held it (nothing changed)
 */
public record PutResult(String docKey, boolean stored) {
}
