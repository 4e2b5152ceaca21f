package org.depeche.nlp;

/** Gives a word's lemma from its form and Universal POS tag; implementations are thread-safe. */
public interface Lemmatizer {

    /**
     * @param form the word as written
     * @param upos its Universal POS tag, or null if unknown
     * @return the lemma (never null for a non-null form)
     */
    String lemma(String form, String upos);

    /** The lemmatiser a language profile names ({@code lemmatizer = french} in its properties), or null. */
    static Lemmatizer named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.equals("french")) {
            return new FrenchLemmatizer();
        }
        throw new IllegalArgumentException("unknown lemmatizer '" + name + "'");
    }
}
