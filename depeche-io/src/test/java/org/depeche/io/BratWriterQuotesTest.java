package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.junit.jupiter.api.Test;

class BratWriterQuotesTest {

    @Test
    void shouldWriteAQuoteWithItsCueSpeakerAndSources() {
        String text = "« Tout va bien », a dit le maire à l'agence AFP. « Rien de neuf », a-t-il ajouté.";
        int q1 = text.indexOf("Tout");
        int q2 = text.indexOf("Rien");
        int cue = text.indexOf("a dit");
        int maire = text.indexOf("le maire");
        int afp = text.indexOf("AFP");
        SourceRef speaker = new SourceRef(maire, maire + 8, "le maire", null, null);
        Document doc = Document.of("d", "fr", null, null, text).withQuotes(List.of(
                new Quote("q1", Quote.QuoteKind.DIRECT, TextSpan.of(text, q1, q1 + 13),
                        new Quote.Cue(cue, cue + 5, "a dit", "dire"), speaker,
                        List.of(new SourceRef(afp, afp + 3, "AFP", null, null))),
                new Quote("q2", Quote.QuoteKind.DIRECT, TextSpan.of(text, q2, q2 + 12), null, speaker, List.of())));
        String ann = BratWriter.write(doc);
        assertThat(ann.lines()).contains(
                "T1\tQuote " + q1 + " " + (q1 + 13) + "\tTout va bien ",
                "A1\tKind T1 Direct",
                "T2\tCue " + cue + " " + (cue + 5) + "\ta dit",
                "R1\tCueOf Arg1:T2 Arg2:T1",
                "T3\tSpeaker " + maire + " " + (maire + 8) + "\tle maire",
                "R2\tSaidBy Arg1:T1 Arg2:T3",
                "T4\tSource " + afp + " " + (afp + 3) + "\tAFP",
                "R3\tVia Arg1:T1 Arg2:T4",
                "R4\tSaidBy Arg1:T5 Arg2:T3");
        assertThat(ann.lines().filter(l -> l.startsWith("T") && l.contains("\tSpeaker "))).hasSize(1);
    }
}
