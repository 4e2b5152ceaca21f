package org.depeche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private record FakeStage(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public Document apply(Document doc) {
            return doc.withTimexes(List.of());
        }
    }

    @Test
    void shouldRefuseAStageWhoseInputLayerNothingProvides() {
        Stage quotes = new FakeStage("quotes", Set.of(Layer.TOKENS, Layer.DEPPARSE), Set.of(Layer.QUOTES));
        assertThatThrownBy(() -> Pipeline.of(Set.of(Layer.TOKENS), List.of(quotes)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'quotes' requires [DEPPARSE]");
    }

    @Test
    void shouldAcceptALayerProvidedByAnEarlierStage() {
        Stage time = new FakeStage("time", Set.of(Layer.TOKENS), Set.of(Layer.TIME));
        Stage events = new FakeStage("events", Set.of(Layer.TIME), Set.of(Layer.EVENTS));
        Pipeline p = Pipeline.of(Set.of(Layer.TOKENS), List.of(time, events));
        assertThat(p.stages()).containsExactly(time, events);
        assertThat(p.apply(Documents.tokenized("d", "Un mot.")).has(Layer.TIME)).isTrue();
    }
}
