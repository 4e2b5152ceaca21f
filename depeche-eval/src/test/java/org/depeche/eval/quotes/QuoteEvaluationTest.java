package org.depeche.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.depeche.eval.Accuracy;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.Span;
import org.depeche.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.depeche.testsupport.SharedData;

class QuoteEvaluationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "le Président russe | Le président russe | true",
        "Vladimir Poutine | Poutine | true",
        "Poutine | Vladimir Poutine | true",
        "les services regionaux | Les services régionaux | true",
        "le président | le président russe | true",
        "Le site Buzzfeed | Buzzfeed | true",
        "la Corée du Sud | La Corée du Nord | false",
        "le ministre | le président | false",
        "TASS | KCNA | false",
    })
    void shouldMatchNamesByWholeNameOrHeadWord(String predicted, String gold, boolean matches) {
        assertThat(QuoteEvaluation.nameMatches(predicted, List.of(gold))).isEqualTo(matches);
    }

    @Test
    void shouldWantNoSpeakerWhereTheGoldNamesNobody() {
        assertThat(QuoteEvaluation.speakerMatches(null, List.of())).isTrue();
        assertThat(QuoteEvaluation.speakerMatches(new SourceRef(0, 3, "Paul", null, null), List.of())).isFalse();
        assertThat(QuoteEvaluation.speakerMatches(null, List.of("Paul"))).isFalse();
    }

    @Test
    void shouldTrimSpacesAndPunctuationForExactMatches() {
        String text = "« Nous partirons. » ";
        assertThat(QuoteEvaluation.trim(text, new Span(0, text.length()))).isEqualTo(new Span(2, 16));
    }

    @Test
    void shouldScoreContentAttributionAndVia() {
        String text = "Paul a dit que tout va bien. Marie pense que non, selon TASS.";
        Document doc = Document.of("d", "fr", null, null, text);
        QuoteGold.GoldQuote g1 = new QuoteGold.GoldQuote(new Span(15, 27), false, List.of("Paul"), null, List.of());
        QuoteGold.GoldQuote g2 = new QuoteGold.GoldQuote(new Span(45, 48), false, List.of("Marie"), null,
                List.of(List.of("TASS")));
        Quote p1 = new Quote("q1", Quote.QuoteKind.INDIRECT, TextSpan.of(text, 11, 27), null,
                new SourceRef(0, 4, "Paul", null, null), List.of());
        Quote p2 = new Quote("q2", Quote.QuoteKind.INDIRECT, TextSpan.of(text, 45, 48), null,
                new SourceRef(56, 60, "TASS", null, null), List.of());
        Quote p3 = new Quote("q3", Quote.QuoteKind.DIRECT, TextSpan.of(text, 29, 34), null, null, List.of());
        EvaluationReport report = QuoteEvaluation.score("g", List.of(new QuoteGold.GoldDocument(doc, List.of(g1, g2))),
                List.of(new AnalysisResult.Analyzed(doc.withQuotes(List.of(p1, p2, p3)))));
        Map<String, Object> m = report.metrics();
        assertThat(m.get("overlap")).isEqualTo(new Prf(2, 1, 0));
        assertThat(m.get("exact")).isEqualTo(new Prf(1, 2, 1));
        assertThat(m.get("attribution")).isEqualTo(new Prf(1, 2, 1));
        assertThat(m.get("via")).isEqualTo(new Accuracy(1, 2));
    }

    @Test
    void shouldCountADocumentThatFailedAsAllMisses() {
        Document doc = Document.of("d", "fr", null, null, "Paul a dit que tout va bien.");
        QuoteGold.GoldQuote g = new QuoteGold.GoldQuote(new Span(15, 27), false, List.of("Paul"), null, List.of());
        EvaluationReport report = QuoteEvaluation.score("g", List.of(new QuoteGold.GoldDocument(doc, List.of(g))),
                List.of(new AnalysisResult.Failed("d", "boom")));
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.metrics().get("overlap")).isEqualTo(new Prf(0, 0, 1));
        assertThat(report.toJson()).contains("\"layer\":\"quotes\"", "\"overlap\"", "\"exact\"", "\"attribution\"",
                "\"via\"");
    }

    @Test
    void shouldReadTheSharedGoldFiles() {
        Path gold = SharedData.path("eval/gold");
        List<QuoteGold.GoldDocument> docs = QuoteGold.read(gold);
        assertThat(docs).isNotEmpty();
        for (QuoteGold.GoldDocument d : docs) {
            for (QuoteGold.GoldQuote q : d.quotes()) {
                assertThat(q.content().end()).isLessThanOrEqualTo(d.document().text().length());
            }
        }
    }
}
