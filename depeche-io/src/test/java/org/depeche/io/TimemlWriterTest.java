package org.depeche.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;

class TimemlWriterTest {

    @Test
    void writesTheDctInTheHeaderAndTimexesInlineWithEscapedText() {
        Document doc = Document.of("d1", "fr", LocalDate.of(2023, 9, 18), null, "Kim <dit> hier & P3D.");
        doc = doc.withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2023-09-17", 10, 14, "hier", null, "t0")));
        String tml = TimemlWriter.write(doc);
        assertThat(tml).contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-09-18\"")
                .contains("functionInDocument=\"CREATION_TIME\"")
                .contains("<TEXT>Kim &lt;dit&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-09-17\" "
                        + "anchorTimeID=\"t0\" temporalFunction=\"true\">hier</TIMEX3> &amp; P3D.</TEXT>");
    }

    @Test
    void writesModAndNoDctWhenThePublicationDateIsUnknown() {
        Document doc = Document.of("d2", "fr", null, null, "plus de vingt ans");
        doc = doc.withTimexes(List.of(new TimeExpression("t1", TimexType.DURATION, "P20Y", 0, 17, "plus de vingt ans",
                "MORE_THAN", null)));
        String tml = TimemlWriter.write(doc);
        assertThat(tml).doesNotContain("<DCT>")
                .contains("<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P20Y\" mod=\"MORE_THAN\">plus de vingt ans</TIMEX3>");
    }
}
