package org.depeche.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.depeche.eval.Prf;
import org.depeche.io.TimemlWriter;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;

class TimeBankTest {

    private static final String TML = """
            <?xml version='1.0' encoding='UTF-8'?>
            <TimeML>
            <DOCID>essai</DOCID>
            <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="2024-01-01" /></DCT>
            <TEXT>
            Le maire a <EVENT eid="e1">démissionné</EVENT> <TIMEX3 tid="t2" type="DATE" value="2023-12-31">hier</TIMEX3> &amp; partira <TIMEX3 tid="t3" type="DURATION" value="P3D">trois jours</TIMEX3>.
            </TEXT>
            <TLINK lid="l1" relType="BEFORE" timeID="t2" relatedToTime="t1" />
            </TimeML>
            """;

    private static TimeBank.GoldDocument gold() {
        return TimeBank.parse(new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)), "essai", "fr", "test");
    }

    @Test
    void readsTextWithoutTagsAndOffsetsIntoIt() {
        TimeBank.GoldDocument g = gold();
        String text = g.document().text();
        assertThat(text).isEqualTo("\nLe maire a démissionné hier & partira trois jours.\n");
        assertThat(g.timexes()).extracting(TimeBank.Timex::text).containsExactly("hier", "trois jours");
        for (TimeBank.Timex t : g.timexes()) {
            assertThat(t.span().slice(text)).isEqualTo(t.text());
        }
    }

    @Test
    void takesTheCreationTimeAsPublicationDateAndLeavesItOutOfTheGold() {
        TimeBank.GoldDocument g = gold();
        assertThat(g.document().published()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(g.dctValue()).isEqualTo("2024-01-01");
        assertThat(g.timexes()).extracting(TimeBank.Timex::tid).containsExactly("t2", "t3");
    }

    @Test
    void scoresStrictRelaxedValueAndTypeAsTempEval3() {
        TimeBank.GoldDocument g = gold();
        String text = g.document().text();
        int hier = text.indexOf("hier");
        int trois = text.indexOf("trois jours");
        List<TimeExpression> predicted = List.of(
                // exact span, right value and type
                new TimeExpression("t1", TimexType.DATE, "2023-12-31", hier, hier + 4, "hier", null, "t0"),
                // overlapping span ("jours" only), right type, wrong value
                new TimeExpression("t2", TimexType.DURATION, "P1D", trois + 6, trois + 11, "jours", null, null),
                // spurious
                new TimeExpression("t3", TimexType.DATE, "PRESENT_REF", 4, 9, "maire", null, null));
        TimeEvaluation.Scores s = TimeEvaluation.score(g, predicted, "test", null);
        assertThat(s.strict()).isEqualTo(new Prf(1, 2, 1));
        assertThat(s.relaxed()).isEqualTo(new Prf(2, 1, 0));
        assertThat(s.value()).isEqualTo(new Prf(1, 2, 1));
        assertThat(s.type()).isEqualTo(new Prf(2, 1, 0));
    }

    @Test
    void timemlWrittenByDepecheReadsBackWithTheSameSpansAndValues() {
        Document doc = Document.of("rt", "fr", LocalDate.of(2024, 1, 1), null, "Il a dit « oui » hier & <non> demain.");
        int hier = doc.text().indexOf("hier");
        int demain = doc.text().indexOf("demain");
        doc = doc.withTimexes(List.of(
                new TimeExpression("t1", TimexType.DATE, "2023-12-31", hier, hier + 4, "hier", null, "t0"),
                new TimeExpression("t2", TimexType.DATE, "2024-01-02", demain, demain + 6, "demain", null, "t0")));
        String tml = TimemlWriter.write(doc);
        TimeBank.GoldDocument back = TimeBank.parse(new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)),
                "rt", "fr", "test");
        assertThat(back.document().text()).isEqualTo(doc.text());
        assertThat(back.dctValue()).isEqualTo("2024-01-01");
        assertThat(back.timexes()).extracting(t -> t.span().start(), TimeBank.Timex::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hier, "2023-12-31"),
                        org.assertj.core.groups.Tuple.tuple(demain, "2024-01-02"));
    }
}
