package org.depeche.extract.time;

/** Tense of the verb governing a time expression, as far as it tells past from future. */
enum Tense {
    PAST, PRESENT, FUTURE, NONE
}
