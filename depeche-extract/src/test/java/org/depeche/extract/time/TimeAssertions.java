package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;

/** Checks every extraction's invariants, then finds the expression a test is about. */
final class TimeAssertions {

    private TimeAssertions() {
    }

    static List<TimeExpression> extract(Document doc) {
        List<TimeExpression> found = TimeExtractor.forLanguage(doc.lang()).extract(doc);
        int previousEnd = 0;
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            assertThat(t.id()).isEqualTo("t" + (i + 1));
            assertThat(t.start()).as("expressions in text order, never overlapping").isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.text()).isEqualTo(doc.text().substring(t.start(), t.end()));
            assertThat(t.value()).isNotBlank();
            previousEnd = t.end();
        }
        return found;
    }

    /** The expression covering exactly {@code span}, failing with everything found if there is none. */
    static TimeExpression find(Document doc, String span) {
        List<TimeExpression> found = extract(doc);
        return found.stream().filter(t -> t.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression \"" + span + "\" in \"" + doc.text()
                        + "\"; found " + found));
    }
}
