package org.depeche.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.depeche.eval.Accuracy;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;
import org.depeche.model.Event;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventEvaluationTest {

    private static final String TEXT = "Hier, la police a arrêté deux hommes à Lyon. Le maire a démissionné.";

    private static final String GOLD = """
            {"format": "depeche-gold/1", "doc": "d1", "lang": "fr", "published": "2024-05-02",
             "quotes": [],
             "events": [
               {"type": "Justice.Arrest-Jail", "trigger": {"start": 16, "end": 24, "text": "a arrêté"},
                "args": {"Agent": [["la police", "police"]], "Person": [["deux hommes"]], "Place": [["Lyon"]],
                         "Time-Within": ["2024-05-01"]},
                "polarity": "POSITIVE", "modality": "ASSERTED", "source": [["le journal"]]},
               {"type": "Personnel.End-Position", "trigger": {"start": 54, "end": 67, "text": "a démissionné"},
                "args": {"Person": [["Le maire"]]},
                "polarity": "POSITIVE", "modality": "ASSERTED", "source": []}
             ]}
            """;

    private static List<GoldEvents.GoldDocument> gold(Path dir) throws IOException {
        Files.writeString(dir.resolve("d1.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d1.gold.json"), GOLD, StandardCharsets.UTF_8);
        return GoldEvents.read(dir);
    }

    private static Event.Argument arg(String role, String words) {
        int s = TEXT.indexOf(words);
        return new Event.Argument(role, TextSpan.of(TEXT, s, s + words.length()), null, null);
    }

    private static TextSpan span(String words) {
        int s = TEXT.indexOf(words);
        return TextSpan.of(TEXT, s, s + words.length());
    }

    @Test
    void shouldReadGoldEventsWithTheirArgumentsAndSources(@TempDir Path dir) throws IOException {
        List<GoldEvents.GoldDocument> docs = gold(dir);
        assertThat(docs).hasSize(1);
        GoldEvents.GoldEvent e = docs.get(0).events().get(0);
        assertThat(e.type()).isEqualTo("Justice.Arrest-Jail");
        assertThat(e.args().get("Agent")).containsExactly(List.of("la police", "police"));
        assertThat(e.args().get("Time-Within")).containsExactly(List.of("2024-05-01"));
        assertThat(e.source()).containsExactly(List.of("le journal"));
        assertThat(docs.get(0).document().published()).hasToString("2024-05-02");
    }

    @Test
    void shouldScoreTriggersArgumentsAndFactuality(@TempDir Path dir) throws IOException {
        List<GoldEvents.GoldDocument> corpus = gold(dir);
        Document doc = corpus.get(0).document();
        Event arrest = new Event("v1", "Justice.Arrest-Jail", span("arrêté"),
                List.of(arg("Agent", "la police"), arg("Person", "deux hommes"), arg("Place", "Lyon")), "2024-05-01",
                Event.Polarity.POSITIVE, Event.Modality.ASSERTED, List.of(), List.of());
        // right trigger, wrong type: identified but not classified
        Event resign = new Event("v2", "Movement.Transport", span("démissionné"), List.of(arg("Artifact", "Le maire")),
                null, Event.Polarity.POSITIVE, Event.Modality.ASSERTED, List.of(), List.of());
        Document predicted = doc.withEvents(List.of(arrest, resign));
        EvaluationReport r = EventEvaluation.score("g", corpus, List.of(new AnalysisResult.Analyzed(predicted)));
        assertThat(r.metrics().get("trigger_identification")).isEqualTo(new Prf(2, 0, 0));
        assertThat(r.metrics().get("trigger_classification")).isEqualTo(new Prf(1, 1, 1));
        // 4 of 5 predicted arguments (time included) right; gold has 5
        assertThat(r.metrics().get("arguments")).isEqualTo(new Prf(4, 1, 1));
        assertThat(r.metrics().get("polarity")).isEqualTo(new Accuracy(1, 1));
        assertThat(r.metrics().get("source")).isEqualTo(new Accuracy(0, 1));
    }

    @Test
    void shouldCountSourcesRightOnlyWhenTheyMatchOneToOne(@TempDir Path dir) throws IOException {
        Document doc = gold(dir).get(0).document();
        SourceRef journal = new SourceRef(0, 4, "Le journal", null, null);
        assertThat(EventEvaluation.sourcesMatch(doc, List.of(), List.of())).isTrue();
        assertThat(EventEvaluation.sourcesMatch(doc, List.of(journal), List.of(List.of("le journal")))).isTrue();
        assertThat(EventEvaluation.sourcesMatch(doc, List.of(journal), List.of())).isFalse();
        assertThat(EventEvaluation.sourcesMatch(doc, List.of(journal, journal), List.of(List.of("le journal")))).isFalse();
    }

    @Test
    void shouldCountFailedDocumentAsAllMisses(@TempDir Path dir) throws IOException {
        List<GoldEvents.GoldDocument> corpus = gold(dir);
        EvaluationReport r = EventEvaluation.score("g", corpus, List.of(new AnalysisResult.Failed("d1", "boom")));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.metrics().get("trigger_classification")).isEqualTo(new Prf(0, 0, 2));
        assertThat(r.metrics().get("arguments")).isEqualTo(new Prf(0, 0, 5));
    }
}
