package org.depeche.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depeche.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** HeidelTime runs in-process (no tagger, about a second to start): its output is offset-true. */
class HeidelTimeBaselineTest {

    @Test
    void annotatesFrenchWithOffsetsIntoTheGivenTextAndTheGivenDct() {
        String text = "Le ministre a démissionné hier à Paris. Le vote aura lieu le 3 mars 2025.";
        try (HeidelTimeBaseline ht = new HeidelTimeBaseline("fr")) {
            List<TimeExpression> found = ht.annotate(text, LocalDate.of(2024, 1, 1));
            assertThat(found).isNotEmpty();
            for (TimeExpression t : found) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
            assertThat(found).anySatisfy(t -> {
                assertThat(t.text()).isEqualTo("hier");
                assertThat(t.value()).isEqualTo("2023-12-31");
            });
        }
    }
}
