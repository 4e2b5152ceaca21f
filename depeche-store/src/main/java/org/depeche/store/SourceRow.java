package org.depeche.store;

import java.util.List;

/**
 * A source (a speaker, a relay such as a news agency, or who an event is reported by) across the store.
 *
 * @param source      the store entity id, or the normalised words when no entity holds them
 * @param name        display name
 * @param asSpeaker   quotes it is the speaker of
 * @param asRelay     quotes it relays (appears in the via chain of)
 * @param asEventSource events it is given as the source of
 * @param articles    articles citing it
 * @param citedFor    what it is cited for: event types and quote counts, most frequent first
 * @param relays      speakers whose words it relays, with counts ("Paul Verdier (3)")
 * @param relayedBy   relays that pass on its words, with counts
 * @param doc         an example citation: document id
 * @param docKey      its document key
 * @param start       start of the words naming the source there
 * @param end         end, exclusive
 * @param sentence    the sentence of that example
 */
public record SourceRow(String source, String name, long asSpeaker, long asRelay, long asEventSource, long articles,
                        List<String> citedFor, List<String> relays, List<String> relayedBy,
                        String doc, String docKey, int start, int end, String sentence) {
}
