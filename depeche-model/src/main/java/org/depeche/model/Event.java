package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something that happened (or is denied, or only possible), with its participants.
 *
 * @param id        "v1", "v2"…
 * @param type      ACE 2005 subtype {@code Type.Subtype} ("Contact.Meet"), or {@code Contact.Agreement}
 * @param trigger   the word or phrase that expresses the event
 * @param arguments role → filler, in text order
 * @param time      ISO value of the event's time, or null
 * @param polarity  POSITIVE, or NEGATIVE when the text says it did not happen
 * @param modality  ASSERTED, or OTHER (possible, planned, feared, hypothetical)
 * @param sources   who the text says reports it (empty: the article itself)
 * @param coreferent ids of other mentions of the same event in the article
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String id, String type, TextSpan trigger, List<Argument> arguments, String time,
                    Polarity polarity, Modality modality, List<SourceRef> sources, List<String> coreferent) {

    public Event {
        arguments = List.copyOf(arguments == null ? List.of() : arguments);
        sources = List.copyOf(sources == null ? List.of() : sources);
        coreferent = List.copyOf(coreferent == null ? List.of() : coreferent);
    }

    public enum Polarity { POSITIVE, NEGATIVE }

    public enum Modality { ASSERTED, OTHER }

    /**
     * A participant, item, place or time of an event.
     *
     * @param role     ACE role ("Giver", "Recipient", "Artifact", "Place", "Time-Within"…)
     * @param filler   the words that fill it
     * @param entity   entity cluster id when the filler is an entity mention, else null
     * @param quantity number of items ("cinq drones" → 5), else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Argument(String role, TextSpan filler, String entity, Integer quantity) {
    }
}
