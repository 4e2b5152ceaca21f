package org.depeche.store;

import java.time.LocalDate;
import java.util.List;

/**
 * All the store knows about a name: the store entities it resolves to and what they say and do.
 *
 * @param name        the name asked for
 * @param entities    the store entities any of whose aliases is that name
 * @param quotesBy    quotes they are the speaker of
 * @param quotesAbout quotes that mention them
 * @param events      events they fill an argument of
 * @param cooccurring other store entities in the same articles, most shared articles first
 * @param timeline    mentions and articles per publication day
 */
public record EntityProfile(String name, List<Summary> entities, List<QuoteRow> quotesBy, List<QuoteRow> quotesAbout,
                            List<EventRow> events, List<Cooccurrence> cooccurring, List<Day> timeline) {

    /**
     * One store entity.
     *
     * @param id       the store entity id (TYPE:normalised name, or country:ISO)
     * @param type     PER, ORG, LOC or MISC
     * @param name     its display name
     * @param aliases  every name and short name it was seen under
     * @param titles   titles articles give it
     * @param mentions mentions across the store
     * @param articles articles that mention it
     */
    public record Summary(String id, String type, String name, List<String> aliases, List<String> titles,
                          long mentions, long articles) {
    }

    /** Another entity seen in the same articles. */
    public record Cooccurrence(String id, String type, String name, long articles) {
    }

    /** Mentions and articles on one publication day (null: undated articles). */
    public record Day(LocalDate day, long mentions, long articles) {
    }

    public boolean found() {
        return !entities.isEmpty();
    }
}
