package org.depeche.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.nlp.LanguagePipeline.ParseSelector;

/**
 * Scores named-entity mentions against a brat corpus (WiNER-fr): exact span and type, and
 * relaxed (overlapping span, same type), micro-averaged over Person, Organization and Location,
 * plus each type. CoreNLP's French NER has no Date, Hour, Event or Product type: those gold
 * annotations are not scored, and its MISC mentions are not predictions of any scored type.
 */
public final class NerEvaluation {

    /** The WiNER types Depeche's NER can produce, with the mention type that maps to each. */
    static final Map<String, String> SCORED = Map.of("Person", "PER", "Organization", "ORG", "Location", "LOC");
    private static final List<String> ORDER = List.of("Person", "Organization", "Location");

    private NerEvaluation() {
    }

    public static EvaluationReport run(Path gold, String lang, int threads, Consumer<AnalysisResult> progress) {
        List<BratCorpus.GoldDocument> corpus = BratCorpus.read(gold, lang);
        Analyzer analyzer = Analyzer.nlpOnly(ParseSelector.NONE);
        List<AnalysisResult> results = CorpusRunner.run(
                corpus.stream().map(BratCorpus.GoldDocument::document).toList(), analyzer::analyze, threads, progress);
        return score(gold.toString(), corpus, results);
    }

    /** Scores analysis results against their gold documents (same order). */
    public static EvaluationReport score(String goldName, List<BratCorpus.GoldDocument> corpus,
                                         List<AnalysisResult> results) {
        Map<String, Prf> exact = new LinkedHashMap<>();
        Map<String, Prf> relaxed = new LinkedHashMap<>();
        ORDER.forEach(t -> {
            exact.put(t, Prf.ZERO);
            relaxed.put(t, Prf.ZERO);
        });
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            BratCorpus.GoldDocument g = corpus.get(i);
            List<EntityMention> predicted = List.of();
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                predicted = a.document().mentions();
            } else {
                failures.add(results.get(i).toString());
            }
            for (String type : ORDER) {
                String code = SCORED.get(type);
                List<EntityMention> p = predicted.stream().filter(m -> m.type().code().equals(code)).toList();
                List<BratCorpus.Entity> gl = g.entities().stream().filter(e -> e.type().equals(type)).toList();
                int ex = SpanMatcher.exact(p, gl, EntityMention::span, BratCorpus.Entity::span, (x, y) -> true);
                int ov = SpanMatcher.overlapping(p, gl, EntityMention::span, BratCorpus.Entity::span, (x, y) -> true);
                exact.merge(type, Prf.of(ex, p.size(), gl.size()), Prf::plus);
                relaxed.merge(type, Prf.of(ov, p.size(), gl.size()), Prf::plus);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("exact", exact.values().stream().reduce(Prf.ZERO, Prf::plus));
        metrics.put("relaxed", relaxed.values().stream().reduce(Prf.ZERO, Prf::plus));
        metrics.put("by_type", new LinkedHashMap<String, Object>(exact));
        metrics.put("by_type_relaxed", new LinkedHashMap<String, Object>(relaxed));
        return new EvaluationReport("ner", goldName, corpus.size(), failures.size(), metrics, null, failures);
    }

    /** Documents of a corpus, for callers that only need the texts. */
    public static List<Document> documents(List<BratCorpus.GoldDocument> corpus) {
        return corpus.stream().map(BratCorpus.GoldDocument::document).toList();
    }
}
