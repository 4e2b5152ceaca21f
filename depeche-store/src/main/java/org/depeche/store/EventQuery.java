package org.depeche.store;

import java.time.LocalDate;

/**
 * Filters of {@link Store#events}; null means "any".
 *
 * @param type        ACE type or subtype ("Transaction", "Transaction.Transfer-Ownership"), case ignored
 * @param participant an entity filling any argument
 * @param place       an entity or words filling the Place argument
 * @param since       first publication date, inclusive
 * @param until       last publication date, inclusive
 * @param polarity    POSITIVE or NEGATIVE
 * @param modality    ASSERTED or OTHER
 * @param source      who the text says reports the event
 * @param limit       at most this many rows (newest first)
 */
public record EventQuery(String type, String participant, String place, LocalDate since, LocalDate until,
                         String polarity, String modality, String source, int limit) {

    public static EventQuery ofType(String type) {
        return new EventQuery(type, null, null, null, null, null, null, null, 1000);
    }
}
