package org.depeche.store;

import java.time.LocalDate;

/**
 * Filters of {@link Store#quotes}; null means "any". Names are matched through store entities
 * (any alias of the entity matches), else against the normalised words of the text.
 *
 * @param speaker who the quote is attributed to
 * @param via     a source the words passed through
 * @param about   an entity mentioned inside the quoted words
 * @param since   first publication date, inclusive
 * @param until   last publication date, inclusive
 * @param limit   at most this many rows (newest first)
 */
public record QuoteQuery(String speaker, String via, String about, LocalDate since, LocalDate until, int limit) {

    public static QuoteQuery bySpeaker(String speaker) {
        return new QuoteQuery(speaker, null, null, null, null, 1000);
    }
}
