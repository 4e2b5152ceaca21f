package org.depeche.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    private static final String TEXT = "Marie Curie quitte Varsovie pour la Sorbonne à Paris.";

    private static EntityMention mention(EntityType type, String words) {
        int s = TEXT.indexOf(words);
        return new EntityMention("m", type, s, s + words.length(), words, 0, 1, MentionKind.NAME);
    }

    private static BratCorpus.Entity gold(String type, String words) {
        int s = TEXT.indexOf(words);
        return new BratCorpus.Entity("T", type, new org.depeche.model.Span(s, s + words.length()), words);
    }

    @Test
    void shouldScoreExactAndOverlappingMentionsPerType() {
        List<BratCorpus.Entity> goldEntities = List.of(
                gold("Person", "Marie Curie"), gold("Location", "Varsovie"), gold("Organization", "la Sorbonne"),
                gold("Location", "Paris"), gold("Date", "pour"));
        Document base = Document.of("d", "fr", LocalDate.of(2020, 1, 1), DocumentMeta.of("d"), TEXT);
        Document predicted = base.withAnalysis(Set.of(Layer.NER), List.of(), List.of(), List.of(
                mention(EntityType.PERSON, "Marie Curie"),   // exact
                mention(EntityType.LOCATION, "Varsovie"),    // exact
                mention(EntityType.ORGANIZATION, "Sorbonne"), // overlaps "la Sorbonne"
                mention(EntityType.PERSON, "Paris"),         // wrong type
                mention(EntityType.MISC, "quitte")));        // not a scored type

        EvaluationReport report = NerEvaluation.score("gold", List.of(new BratCorpus.GoldDocument(base, goldEntities)),
                List.of(new AnalysisResult.Analyzed(predicted)));

        Prf exact = (Prf) report.metrics().get("exact");
        Prf relaxed = (Prf) report.metrics().get("relaxed");
        assertThat(exact).isEqualTo(new Prf(2, 2, 2));
        assertThat(relaxed).isEqualTo(new Prf(3, 1, 1));
        assertThat(relaxed.f1()).isCloseTo(0.75, within(1e-9));
        @SuppressWarnings("unchecked")
        Map<String, Prf> byType = (Map<String, Prf>) report.metrics().get("by_type");
        assertThat(byType.get("Location")).isEqualTo(new Prf(1, 0, 1));
        assertThat(byType.get("Person")).isEqualTo(new Prf(1, 1, 0));
        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.toJson()).contains("\"layer\":\"ner\"", "\"exact\":{", "\"f1\":");
    }

    @Test
    void shouldCountAFailedDocumentAsAllMisses() {
        Document base = Document.of("d", "fr", null, DocumentMeta.of("d"), TEXT);
        EvaluationReport report = NerEvaluation.score("gold",
                List.of(new BratCorpus.GoldDocument(base, List.of(gold("Person", "Marie Curie")))),
                List.of(new AnalysisResult.Failed("d", "boom")));
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.metrics().get("exact")).isEqualTo(new Prf(0, 0, 1));
        assertThat(report.toTable()).contains("failed: d: boom");
    }

    @Test
    void shouldReadTextBoundAnnotationsOfBratFiles() {
        List<BratCorpus.Entity> e = BratCorpus.parseAnn(List.of("T1\tPerson 0 5\tMarie", "R1\tRel Arg1:T1 Arg2:T2",
                "T2\tLocation 10 14;15 20\tab cd", "#1\tAnnotatorNotes T1\tnote"));
        assertThat(e).extracting(BratCorpus.Entity::type).containsExactly("Person", "Location");
        assertThat(e.get(1).span()).isEqualTo(new org.depeche.model.Span(10, 20));
    }
}
