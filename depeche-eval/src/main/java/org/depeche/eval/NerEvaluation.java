package org.depeche.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.eval.train.WinerSplit;
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
        return run(gold, lang, WinerSplit.Part.ALL, threads, progress);
    }

    /**
     * As {@link #run(Path, String, int, Consumer)} on one part of the corpus under
     * {@link WinerSplit#DEFAULT} (the split the news NER model was trained with).
     */
    public static EvaluationReport run(Path gold, String lang, WinerSplit.Part part, int threads,
                                       Consumer<AnalysisResult> progress) {
        return run(gold, lang, part, threads, null, progress);
    }

    /** As above; with {@code details}, prints each spurious and missed mention (exact match) there. */
    public static EvaluationReport run(Path gold, String lang, WinerSplit.Part part, int threads, PrintStream details,
                                       Consumer<AnalysisResult> progress) {
        List<BratCorpus.GoldDocument> corpus = WinerSplit.DEFAULT.select(BratCorpus.read(gold, lang), part);
        Analyzer analyzer = Analyzer.nlpOnly(ParseSelector.NONE);
        List<AnalysisResult> results = CorpusRunner.run(
                corpus.stream().map(BratCorpus.GoldDocument::document).toList(), analyzer::analyze, threads, progress);
        EvaluationReport report = score(gold.toString(), corpus, results);
        if (details != null) {
            printDetails(corpus, results, details);
        }
        return report;
    }

    /** One line per spurious (FP) and missed (FN) mention of a scored type, exact span and type. */
    static void printDetails(List<BratCorpus.GoldDocument> corpus, List<AnalysisResult> results, PrintStream out) {
        for (int i = 0; i < corpus.size(); i++) {
            if (!(results.get(i) instanceof AnalysisResult.Analyzed a)) {
                continue;
            }
            BratCorpus.GoldDocument g = corpus.get(i);
            String text = g.document().text();
            Set<String> gold = new HashSet<>();
            for (BratCorpus.Entity e : g.entities()) {
                if (SCORED.containsKey(e.type())) {
                    gold.add(SCORED.get(e.type()) + " " + e.span().start() + " " + e.span().end());
                }
            }
            Set<String> predicted = new HashSet<>();
            for (EntityMention m : a.document().mentions()) {
                if (SCORED.containsValue(m.type().code())) {
                    predicted.add(m.type().code() + " " + m.start() + " " + m.end());
                }
            }
            for (String p : predicted) {
                if (!gold.contains(p)) {
                    out.println("FP\t" + g.document().id() + "\t" + line(p, text));
                }
            }
            for (String k : gold) {
                if (!predicted.contains(k)) {
                    out.println("FN\t" + g.document().id() + "\t" + line(k, text));
                }
            }
        }
    }

    private static String line(String key, String text) {
        String[] f = key.split(" ");
        int s = Integer.parseInt(f[1]);
        int e = Integer.parseInt(f[2]);
        return f[0] + "\t" + s + "\t" + e + "\t" + text.substring(s, e).replace('\n', ' ');
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
