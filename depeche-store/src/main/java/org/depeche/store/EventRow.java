package org.depeche.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One event mention, with its document, the trigger's offsets into the stored text and the sentence.
 *
 * @param docKey    the store's key of the document
 * @param doc       the document's id
 * @param published publication date, or null
 * @param event     the event's id in the document (v1, v2…)
 * @param type      ACE Type.Subtype
 * @param start     start of the trigger
 * @param end       end of the trigger, exclusive
 * @param trigger   the trigger's words
 * @param arguments role, words, offsets and store entity of each argument, in text order
 * @param time      ISO value of the event's time, or null
 * @param polarity  POSITIVE or NEGATIVE
 * @param modality  ASSERTED or OTHER
 * @param sources   who the text says reports it
 * @param sentence  the sentence holding the trigger
 */
public record EventRow(String docKey, String doc, LocalDate published, String event, String type, int start, int end,
                       String trigger, List<Argument> arguments, String time, String polarity, String modality,
                       List<String> sources, String sentence) {

    public EventRow {
        arguments = List.copyOf(arguments == null ? List.of() : arguments);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** An argument: role, filler words, their offsets, and the store entity when the filler is one. */
    public record Argument(String role, String text, int start, int end, String entity) {
    }
}
