package org.depeche.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.depeche.model.Layer;
import org.depeche.model.Pipeline;
import org.depeche.model.Stage;
import org.junit.jupiter.api.Test;

/** The standard stages declare what they read, so that their order is checked rather than commented. */
class StageContractsTest {

    private static final Set<Layer> LANGUAGE_PIPELINE = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMA, Layer.NER,
            Layer.DEPPARSE);

    @Test
    void shouldAcceptTheStandardOrderInEachLanguage() {
        for (String lang : List.of("fr", "en")) {
            assertThat(Pipeline.of(LANGUAGE_PIPELINE, Stages.standard(lang)).stages()).extracting(Stage::name)
                    .containsSubsequence("time", "entities", "events");
        }
    }

    @Test
    void shouldDeclareTheLayersEventsReadFromEarlierStages() {
        Stage events = stage("events");
        assertThat(events.uses()).contains(Layer.TIME, Layer.QUOTES, Layer.ENTITIES);
        assertThat(stage("time").uses()).contains(Layer.POS, Layer.DEPPARSE);
    }

    @Test
    void shouldRefuseEventsBeforeTheStagesWhoseLayersItUses() {
        List<Stage> reversed = new ArrayList<>(Stages.standard("fr"));
        Collections.reverse(reversed);
        assertThatThrownBy(() -> Pipeline.of(LANGUAGE_PIPELINE, reversed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'events' uses");
    }

    private static Stage stage(String name) {
        return Stages.standard("fr").stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
