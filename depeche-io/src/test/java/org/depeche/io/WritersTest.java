package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Sentence;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.depeche.model.Token;
import org.junit.jupiter.api.Test;

class WritersTest {

    // "Anne vient du Mans." with "du" split into "de" + "le", as the French pipeline does.
    private static final String TEXT = "Anne vient du Mans.";

    private static Document parsed() {
        List<Token> tokens = List.of(
                new Token(0, 0, "Anne", 0, 4, null, "PROPN", null, 1, "nsubj", "PER"),
                new Token(1, 0, "vient", 5, 10, null, "VERB", "venir", -1, "root", null),
                new Token(2, 0, "de", 11, 13, "du", "ADP", "de", 4, "case", null),
                new Token(3, 0, "le", 11, 13, "du", "DET", "le", 4, "det", null),
                new Token(4, 0, "Mans", 14, 18, null, "PROPN", null, 1, "obl", "LOC"),
                new Token(5, 0, ".", 18, 19, null, "PUNCT", null, 1, "punct", null));
        List<EntityMention> mentions = List.of(
                new EntityMention("m1", EntityType.PERSON, 0, 4, "Anne", 0, 1, MentionKind.NAME),
                new EntityMention("m2", EntityType.LOCATION, 14, 18, "Mans", 4, 5, MentionKind.NAME));
        return Document.of("doc", "fr", LocalDate.of(2024, 1, 2), DocumentMeta.of("doc.txt"), TEXT)
                .withAnalysis(Set.of(Layer.TOKENS, Layer.POS, Layer.DEPPARSE, Layer.NER),
                        List.of(new Sentence(0, 0, 19, 0, 6, true)), tokens, mentions);
    }

    @Test
    void shouldWriteMultiwordTokensAsRangeLinesInConllu() {
        String conllu = ConlluWriter.write(parsed());
        assertThat(conllu.lines()).containsExactly(
                "# newdoc id = doc",
                "# sent_id = doc-1",
                "# text = Anne vient du Mans.",
                "1\tAnne\t_\tPROPN\t_\t_\t2\tnsubj\t_\tNER=PER|TokenRange=0:4",
                "2\tvient\tvenir\tVERB\t_\t_\t0\troot\t_\tTokenRange=5:10",
                "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\tTokenRange=11:13",
                "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_",
                "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_",
                "5\tMans\t_\tPROPN\t_\t_\t2\tobl\t_\tNER=LOC|SpaceAfter=No|TokenRange=14:18",
                "6\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\tTokenRange=18:19",
                "");
    }

    @Test
    void shouldWriteUnparsedHeadsAsUnderscores() {
        Document doc = parsed();
        List<Token> unparsed = doc.tokens().stream().map(t -> t.withParse(null, null)).toList();
        Document d = doc.withAnalysis(Set.of(), List.of(new Sentence(0, 0, 19, 0, 6, false)), unparsed, doc.mentions());
        assertThat(ConlluWriter.write(d)).contains("1\tAnne\t_\tPROPN\t_\t_\t_\t_\t_\t");
    }

    @Test
    void shouldWriteMentionsAndTimesAsBratStandoff() {
        Document doc = parsed().withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-01-01", 5, 10,
                "vient", null, "t0")));
        assertThat(BratWriter.write(doc).lines()).containsExactly(
                "T1\tPerson 0 4\tAnne",
                "T2\tLocation 14 18\tMans",
                "T3\tTime 5 10\tvient",
                "#1\tAnnotatorNotes T3\tDATE 2024-01-01");
    }

    @Test
    void shouldSplitBratSpansAtLineBreaks() {
        String text = "Jean\r\nDupont";
        assertThat(BratWriter.fragments(text, new org.depeche.model.Span(0, text.length()))).isEqualTo("0 4;6 12");
    }
}
