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

    /** A stage with explicit contract and behaviour, for the tests below. */
    private record Scripted(String name, Set<Layer> requires, Set<Layer> uses, Set<Layer> provides,
                            java.util.function.UnaryOperator<Document> body,
                            java.util.function.Predicate<List<Token>> needs) implements Stage {
        @Override
        public Document apply(Document doc) {
            return body.apply(doc);
        }

        @Override
        public boolean needsParse(List<Token> sentenceWords) {
            return needs.test(sentenceWords);
        }
    }

    private static Scripted stage(String name, Set<Layer> requires, Set<Layer> uses, Set<Layer> provides,
                                  java.util.function.UnaryOperator<Document> body) {
        return new Scripted(name, requires, uses, provides, body, words -> requires.contains(Layer.DEPPARSE));
    }

    private static final java.util.function.UnaryOperator<Document> TIMES = d -> d.withTimexes(List.of());
    private static final java.util.function.UnaryOperator<Document> QUOTES = d -> d.withQuotes(List.of());
    private static final java.util.function.UnaryOperator<Document> EVENTS = d -> d.withEvents(List.of());

    @Test
    void shouldRefuseAStageThatUsesALayerAStageAfterItProvides() {
        Stage events = stage("events", Set.of(Layer.TOKENS), Set.of(Layer.TIME), Set.of(Layer.EVENTS), EVENTS);
        Stage time = stage("time", Set.of(Layer.TOKENS), Set.of(), Set.of(Layer.TIME), TIMES);
        assertThatThrownBy(() -> Pipeline.of(Set.of(Layer.TOKENS), List.of(events, time)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'events' uses [TIME]")
                .hasMessageContaining("stage 'time'");
    }

    @Test
    void shouldAcceptAUsedLayerThatNoStageProvides() {
        Stage events = stage("events", Set.of(Layer.TOKENS), Set.of(Layer.TIME, Layer.QUOTES), Set.of(Layer.EVENTS),
                EVENTS);
        Document out = Pipeline.of(Set.of(Layer.TOKENS), List.of(events)).apply(Documents.tokenized("d", "Un mot."));
        assertThat(out.has(Layer.EVENTS)).isTrue();
        assertThat(out.errors()).isEmpty();
    }

    @Test
    void shouldKeepTheLayersBeforeAFailingStageAndNameIt() {
        Stage time = stage("time", Set.of(Layer.TOKENS), Set.of(), Set.of(Layer.TIME), TIMES);
        Stage quotes = stage("quotes", Set.of(Layer.TOKENS), Set.of(), Set.of(Layer.QUOTES), d -> {
            throw new IllegalStateException("cue table broken\nsecond line");
        });
        Stage events = stage("events", Set.of(Layer.TOKENS), Set.of(Layer.QUOTES), Set.of(Layer.EVENTS), EVENTS);
        Document out = Pipeline.of(Set.of(Layer.TOKENS), List.of(time, quotes, events))
                .apply(Documents.tokenized("d", "Un mot."));
        assertThat(out.layers()).contains(Layer.TOKENS, Layer.TIME, Layer.EVENTS).doesNotContain(Layer.QUOTES);
        assertThat(out.errors()).containsExactly(new StageError("quotes", "failed: cue table broken"));
    }

    @Test
    void shouldSkipAStageThatRequiresTheLayerOfAFailedStage() {
        Stage quotes = stage("quotes", Set.of(Layer.TOKENS), Set.of(), Set.of(Layer.QUOTES), d -> {
            throw new StackOverflowError();
        });
        Stage events = stage("events", Set.of(Layer.QUOTES), Set.of(), Set.of(Layer.EVENTS), EVENTS);
        Document out = Pipeline.of(Set.of(Layer.TOKENS), List.of(quotes, events))
                .apply(Documents.tokenized("d", "Un mot."));
        assertThat(out.layers()).doesNotContain(Layer.QUOTES, Layer.EVENTS);
        assertThat(out.errors()).extracting(StageError::stage).containsExactly("quotes", "events");
        assertThat(out.errors().get(1).message()).contains("skipped").contains("[QUOTES]");
    }

    @Test
    void shouldRunAParseStageOnAPartlyParsedDocumentWhenItsSentencesWereParsed() {
        Document partly = partlyParsed();
        assertThat(partly.has(Layer.DEPPARSE)).isFalse();
        Stage onFirstLine = new Scripted("quotes", Set.of(Layer.TOKENS, Layer.DEPPARSE), Set.of(),
                Set.of(Layer.QUOTES), QUOTES, words -> words.get(0).text().equals("Un"));
        Document out = Pipeline.of(Set.of(Layer.TOKENS, Layer.DEPPARSE), List.of(onFirstLine)).apply(partly);
        assertThat(out.errors()).isEmpty();
        assertThat(out.has(Layer.QUOTES)).isTrue();
    }

    @Test
    void shouldSkipAParseStageWhenASentenceItNeedsWasNotParsed() {
        Stage everywhere = new Scripted("events", Set.of(Layer.TOKENS, Layer.DEPPARSE), Set.of(),
                Set.of(Layer.EVENTS), EVENTS, words -> true);
        Document out = Pipeline.of(Set.of(Layer.TOKENS, Layer.DEPPARSE), List.of(everywhere)).apply(partlyParsed());
        assertThat(out.has(Layer.EVENTS)).isFalse();
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo("events");
            assertThat(e.message()).contains("sentence 1").contains("not parsed");
        });
    }

    @Test
    void shouldClaimTheParseLayerOnlyWhenEverySentenceWasParsed() {
        Document tokenized = Documents.tokenized("d", "Un mot.\nDeux mots.");
        List<Sentence> all = tokenized.sentences().stream()
                .map(s -> new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), true)).toList();
        Document parsed = tokenized.withAnalysis(Set.of(Layer.DEPPARSE), all, tokenized.tokens(), List.of());
        assertThat(parsed.has(Layer.DEPPARSE)).isTrue();
        assertThat(partlyParsed().has(Layer.DEPPARSE)).isFalse();
        assertThat(partlyParsed().parsedSentences()).isEqualTo(1);
    }

    /** Two sentences, the dependency parser said to have run on the first only. */
    private static Document partlyParsed() {
        Document tokenized = Documents.tokenized("d", "Un mot.\nDeux mots.");
        List<Sentence> first = tokenized.sentences().stream()
                .map(s -> new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), s.index() == 0))
                .toList();
        return tokenized.withAnalysis(Set.of(Layer.DEPPARSE), first, tokenized.tokens(), List.of());
    }
}
