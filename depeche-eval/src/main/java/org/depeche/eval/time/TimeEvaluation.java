package org.depeche.eval.time;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.depeche.eval.CorpusRunner;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.eval.SpanMatcher;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.ParseMode;
import org.depeche.extract.time.TimeExtractor;
import org.depeche.model.TimeExpression;
import org.depeche.nlp.LanguagePipeline.ParseSelector;

/**
 * Scores time expressions against ISO-TimeML gold (French TimeBank), TempEval-3 style:
 * extraction with exact spans (strict) and with overlapping spans (relaxed), then, over the
 * relaxed one-to-one matches, the {@code value} and {@code type} attributes: an attribute's
 * precision is the matches with the right attribute over the predictions, its recall the same
 * over the gold. HeidelTime 2.2.1 is run on the same texts with the same DCT and scored by the
 * same code, as {@code baselines.heideltime}.
 */
public final class TimeEvaluation {

    private TimeEvaluation() {
    }

    /** Gold-vs-predicted scores of one system. */
    public record Scores(Prf strict, Prf relaxed, Prf value, Prf type) {
        static final Scores ZERO = new Scores(Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO);

        Scores plus(Scores o) {
            return new Scores(strict.plus(o.strict), relaxed.plus(o.relaxed), value.plus(o.value), type.plus(o.type));
        }

        Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strict", strict);
            m.put("relaxed", relaxed);
            m.put("value", value);
            m.put("type", type);
            return m;
        }
    }

    /**
     * Runs Depeche (language pipeline and time extractor) and, if asked, HeidelTime on every
     * document of the corpus and scores both.
     *
     * @param details where to print each document's mismatches, or null
     */
    public static EvaluationReport run(Path gold, String lang, int threads, boolean heideltime, PrintStream details,
                                       Consumer<AnalysisResult> progress) {
        return run(gold, lang, threads, ParseMode.ALL, heideltime, details, progress);
    }

    /** As above, parsing the sentences the standard analysis parses in mode {@code parse}. */
    public static EvaluationReport run(Path gold, String lang, int threads, ParseMode parse, boolean heideltime,
                                       PrintStream details, Consumer<AnalysisResult> progress) {
        List<TimeBank.GoldDocument> corpus = TimeBank.read(gold, lang);
        TimeExtractor extractor = TimeExtractor.forLanguage(lang);
        Analyzer analyzer = Analyzer.someStages(l -> List.of(extractor), parse);
        List<AnalysisResult> results = CorpusRunner.run(
                corpus.stream().map(TimeBank.GoldDocument::document).toList(), analyzer::analyze, threads, progress);
        Scores ours = Scores.ZERO;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            List<TimeExpression> predicted = List.of();
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                predicted = a.document().timexes();
            } else {
                failures.add(results.get(i).toString());
            }
            ours = ours.plus(score(corpus.get(i), predicted, "depeche", details));
        }
        Map<String, Map<String, Object>> baselines = null;
        if (heideltime) {
            Scores theirs = Scores.ZERO;
            try (HeidelTimeBaseline ht = new HeidelTimeBaseline(lang)) {
                for (TimeBank.GoldDocument g : corpus) {
                    List<TimeExpression> predicted = List.of();
                    try {
                        predicted = ht.annotate(g.document().text(), g.document().published());
                    } catch (RuntimeException e) {
                        // scored as all misses, like a document Depeche fails on
                        if (details != null) {
                            details.printf("heideltime\t%s\tFAILED\t%s%n", g.document().id(), e.getMessage());
                        }
                    }
                    theirs = theirs.plus(score(g, predicted, "heideltime", details));
                }
            }
            baselines = new LinkedHashMap<>();
            baselines.put("heideltime", new LinkedHashMap<>(Map.of("metrics", theirs.metrics())));
        }
        return new EvaluationReport("time", gold.toString(), corpus.size(), failures.size(), ours.metrics(),
                baselines, failures);
    }

    /** Scores one document's predictions (the DCT itself is never gold). */
    public static Scores score(TimeBank.GoldDocument g, List<TimeExpression> predicted, String system,
                               PrintStream details) {
        List<TimeBank.Timex> gold = g.timexes();
        int strict = SpanMatcher.exact(predicted, gold, TimeExpression::span, TimeBank.Timex::span, (p, q) -> true);
        List<int[]> pairs = SpanMatcher.match(predicted, gold, TimeExpression::span, TimeBank.Timex::span,
                (p, q) -> true, true);
        int value = 0;
        int type = 0;
        boolean[] matchedP = new boolean[predicted.size()];
        boolean[] matchedG = new boolean[gold.size()];
        for (int[] pair : pairs) {
            TimeExpression p = predicted.get(pair[0]);
            TimeBank.Timex q = gold.get(pair[1]);
            matchedP[pair[0]] = true;
            matchedG[pair[1]] = true;
            boolean sameValue = Objects.equals(p.value(), q.value());
            boolean sameType = p.type().name().equals(q.type());
            value += sameValue ? 1 : 0;
            type += sameType ? 1 : 0;
            if (details != null && (!sameValue || !sameType || !p.span().equals(q.span()))) {
                details.printf("%s\t%s\tMISMATCH\t%s|%s %s\tgold %s|%s %s%n", system, g.document().id(), p.text(),
                        p.type(), p.value(), q.text(), q.type(), q.value());
            }
        }
        if (details != null) {
            for (int i = 0; i < predicted.size(); i++) {
                if (!matchedP[i]) {
                    TimeExpression p = predicted.get(i);
                    details.printf("%s\t%s\tSPURIOUS\t%s|%s %s%n", system, g.document().id(), p.text(), p.type(),
                            p.value());
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!matchedG[i]) {
                    TimeBank.Timex q = gold.get(i);
                    details.printf("%s\t%s\tMISSED\t%s|%s %s%n", system, g.document().id(), q.text(), q.type(),
                            q.value());
                }
            }
        }
        return new Scores(Prf.of(strict, predicted.size(), gold.size()),
                Prf.of(pairs.size(), predicted.size(), gold.size()),
                Prf.of(value, predicted.size(), gold.size()),
                Prf.of(type, predicted.size(), gold.size()));
    }
}
