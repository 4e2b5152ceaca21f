package org.depeche.model;

/** The annotation layers a {@link Document} can carry; stages declare which they read and write. */
public enum Layer {
    /** Sentences and tokens with offsets. */
    TOKENS,
    /** Part-of-speech tags (Universal POS). */
    POS,
    /** Lemmas. */
    LEMMA,
    /** Named-entity mentions. */
    NER,
    /** Dependency heads and relations (Universal Dependencies). */
    DEPPARSE,
    /** Time expressions (TIMEX3). */
    TIME,
    /** Entity clusters over mentions (within-document coreference). */
    ENTITIES,
    /** Quotes and attributions. */
    QUOTES,
    /** Events with participants. */
    EVENTS
}
