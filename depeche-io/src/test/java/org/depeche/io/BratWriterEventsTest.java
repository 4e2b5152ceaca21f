package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Event;
import org.depeche.model.MentionKind;
import org.depeche.model.Span;
import org.depeche.model.TextSpan;
import org.junit.jupiter.api.Test;

class BratWriterEventsTest {

    @Test
    void shouldWriteEventWithTriggerArgumentsAndNegation() {
        String text = "Jean n'a pas offert deux roses et un lys à Marie.";
        Document doc = Document.of("d", "fr", null, DocumentMeta.of("d"), text);
        int marie = text.indexOf("Marie");
        doc = doc.withAnalysis(java.util.Set.of(), List.of(), List.of(),
                List.of(new EntityMention("m1", EntityType.PERSON, marie, marie + 5, "Marie", 0, 0, MentionKind.NAME)));
        int s = text.indexOf("offert");
        Event e = new Event("v1", "Transaction.Transfer-Ownership", TextSpan.of(text, s, s + 6),
                List.of(arg(text, "Artifact", "deux roses"), arg(text, "Artifact", "un lys"), arg(text, "Buyer", "Marie")),
                null, Event.Polarity.NEGATIVE, Event.Modality.ASSERTED, List.of(), List.of());
        String ann = BratWriter.write(doc.withEvents(List.of(e)));
        assertThat(ann).contains("T1\tPerson " + marie + " " + (marie + 5) + "\tMarie\n");
        assertThat(ann).contains("T2\tTransfer-Ownership " + s + " " + (s + 6) + "\toffert\n");
        assertThat(ann).contains("T3\tArgument ").contains("\tdeux roses\n").contains("\tun lys\n");
        assertThat(ann).contains("E1\tTransfer-Ownership:T2 Artifact:T3 Artifact2:T4 Buyer:T1\n");
        assertThat(ann).contains("A1\tNegation E1\n");
        assertThat(ann).contains("AnnotatorNotes E1\tTransaction.Transfer-Ownership");
        assertThat(new Span(s, s + 6).slice(text)).isEqualTo("offert");
    }

    private static Event.Argument arg(String text, String role, String words) {
        int s = text.indexOf(words);
        return new Event.Argument(role, TextSpan.of(text, s, s + words.length()), null, null);
    }
}
