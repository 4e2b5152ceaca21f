package org.depeche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Event;
import org.depeche.model.MentionKind;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;

class DocumentInvariantsTest {

    private static Document base() {
        return ParsedDocs.lang("fr").sentence("Anne/PROPN/2/nsubj/_/PER part/VERB/0/root demain/ADV/2/advmod").build();
    }

    @Test
    void shouldAcceptAConsistentDocument() {
        Document d = base();
        EntityMention anne = d.mentions().get(0);
        d = d.withEntities(d.mentions(), List.of(new Entity("e1", EntityType.PERSON, "Anne", List.of(anne.id()),
                List.of(), null)))
                .withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-01-02", 10, 16, "demain", null,
                        "t0")));
        assertThat(DocumentInvariants.check(d)).isEmpty();
    }

    @Test
    void shouldReportASpanWhoseTextDoesNotSliceBack() {
        Document d = base().withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-01-02", 9, 15,
                "demain", null, "t0")));
        assertThatThrownBy(() -> DocumentInvariants.assertHolds(d))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("timex t1 says 'demain'");
    }

    @Test
    void shouldReportIdsThatNoLayerHolds() {
        Document d = base();
        d = d.withEntities(d.mentions(), List.of(new Entity("e1", EntityType.PERSON, "Anne", List.of("m9"),
                List.of(), null)))
                .withQuotes(List.of(new Quote("q1", Quote.QuoteKind.INDIRECT, TextSpan.of(d.text(), 5, 9), null,
                        new SourceRef(0, 4, "Anne", "m7", "e3"), List.of())))
                .withEvents(List.of(new Event("v1", "Movement.Transport", TextSpan.of(d.text(), 5, 9),
                        List.of(new Event.Argument("Artifact", TextSpan.of(d.text(), 0, 4), "e5", null)), null,
                        Event.Polarity.POSITIVE, Event.Modality.ASSERTED, List.of(), List.of("v2"))));
        assertThat(DocumentInvariants.check(d)).anyMatch(s -> s.contains("mention m9"))
                .anyMatch(s -> s.contains("mention m7")).anyMatch(s -> s.contains("entity e3"))
                .anyMatch(s -> s.contains("entity e5")).anyMatch(s -> s.contains("coreferent with v2"));
    }

    @Test
    void shouldReportAMentionOutsideTheTokens() {
        Document d = base();
        Document broken = d.withEntities(List.of(new EntityMention("m1", EntityType.PERSON, 0, 4, "Anne", 0, 7,
                MentionKind.NAME)), List.of());
        assertThat(DocumentInvariants.check(broken)).anyMatch(s -> s.contains("token range [0, 7)"));
    }
}
