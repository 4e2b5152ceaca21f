package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A piece of speech: the words, who they are attributed to, how, and through whom.
 *
 * @param id      "q1", "q2"…
 * @param kind    DIRECT (inside quote marks), INDIRECT (reported speech), MIXED (reported with a quoted part)
 * @param content the quoted or reported words, without the quote marks
 * @param cue     the reporting verb or phrase ("a affirmé", "selon"), or null
 * @param speaker who the words are attributed to, or null when the text names nobody
 * @param via     sources the words passed through before this article, nearest the speaker first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(String id, QuoteKind kind, TextSpan content, Cue cue, SourceRef speaker, List<SourceRef> via) {

    public Quote {
        via = List.copyOf(via == null ? List.of() : via);
    }

    /** DIRECT, INDIRECT or MIXED. */
    public enum QuoteKind { DIRECT, INDIRECT, MIXED }

    /** The cue: its span and the lemma of its head word ("affirmer", "selon"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cue(int start, int end, String text, String lemma) {
        public Cue {
            new Span(start, end);
        }
    }
}
