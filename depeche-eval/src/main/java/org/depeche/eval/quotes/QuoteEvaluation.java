package org.depeche.eval.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.depeche.eval.Accuracy;
import org.depeche.eval.CorpusRunner;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.eval.SpanMatcher;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.ParseMode;
import org.depeche.extract.Stages;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.Pipeline;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.Span;

/**
 * Scores quotes against {@code depeche-gold/1} files, as the evaluation FORMAT.md says:
 * <ul>
 *   <li>{@code overlap}: content P/R/F1, a predicted quote matching a gold one it shares a character with;</li>
 *   <li>{@code exact}: the same span after trimming spaces and punctuation at both ends;</li>
 *   <li>{@code attribution}: content overlaps and the speaker matches one of the gold names
 *       (case- and accent-insensitive, leading determiners ignored, whole name or head word); a gold
 *       quote with no speaker wants none;</li>
 *   <li>{@code via}: accuracy, over content-matched pairs, of the source chain (same length, each
 *       source matching one of its gold names).</li>
 * </ul>
 * Matching is one-to-one (exact spans first, then overlapping ones).
 */
public final class QuoteEvaluation {

    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "du",
            "the", "a", "an", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "his", "her", "their",
            "plusieurs", "certains", "certaines", "quelques", "divers", "diverses", "several", "some", "many");
    private static final Set<String> PHRASE_BREAKS = Set.of("de", "du", "des", "d'", "à", "au", "aux", "of", "par",
            "pour", "qui", "que", "for", "by", "who", "which", "chargé", "chargée", "en", "in", "at", "on", "(", ",");

    /** Small words inside proper names ("Corée du Sud", "Banque de France", "Bachar al-Assad"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "et",
            "of", "the", "and", "von", "van", "al", "el", "bin", "ben", "y");

    private QuoteEvaluation() {
    }

    /** Analyses the gold texts with the full analyzer and scores them. */
    public static EvaluationReport run(Path gold, int threads, Consumer<AnalysisResult> progress) {
        return run(gold, threads, null, progress);
    }

    /** As {@link #run(Path, int, Consumer)}, printing each mismatch on {@code details} when it is not null. */
    public static EvaluationReport run(Path gold, int threads, PrintStream details, Consumer<AnalysisResult> progress) {
        return run(gold, threads, false, false, details, progress);
    }

    /**
     * Analyses and scores the gold texts; with {@code baseline}, CoreNLP's quote annotator with quote
     * attribution ({@link CoreNlpQuoteBaseline}, English; with its coreference when {@code baselineCoref}) is scored on the same texts by the same code,
     * as {@code baselines.corenlp-quote}.
     */
    public static EvaluationReport run(Path gold, int threads, boolean baseline, boolean baselineCoref,
                                       PrintStream details, Consumer<AnalysisResult> progress) {
        return run(gold, threads, ParseMode.ALL, baseline, baselineCoref, details, progress);
    }

    /** As above, parsing the sentences {@code parse} says. */
    public static EvaluationReport run(Path gold, int threads, ParseMode parse, boolean baseline, boolean baselineCoref,
                                       PrintStream details, Consumer<AnalysisResult> progress) {
        List<QuoteGold.GoldDocument> corpus = QuoteGold.read(gold);
        Analyzer analyzer = Analyzer.standard(parse);
        List<AnalysisResult> results = CorpusRunner.run(
                corpus.stream().map(QuoteGold.GoldDocument::document).toList(), analyzer::analyze, threads, progress);
        EvaluationReport ours = score(gold.toString(), corpus, results, details);
        if (!baseline) {
            return ours;
        }
        CoreNlpQuoteBaseline corenlp = new CoreNlpQuoteBaseline(baselineCoref);
        List<AnalysisResult> theirs = new ArrayList<>();
        for (QuoteGold.GoldDocument g : corpus) {
            Document doc = g.document();
            try {
                theirs.add(new AnalysisResult.Analyzed(doc.withQuotes(corenlp.quotes(doc.text()))));
            } catch (RuntimeException e) {
                theirs.add(new AnalysisResult.Failed(doc.id(), "CoreNLP quote baseline failed: " + e));
            }
        }
        EvaluationReport base = score(gold.toString(), corpus, theirs, null);
        base.failures().forEach(f -> System.err.println("corenlp-quote: " + f));
        Map<String, Map<String, Object>> baselines = new LinkedHashMap<>();
        baselines.put("corenlp-quote", new LinkedHashMap<>(Map.of("metrics", base.metrics(), "failed",
                base.failed())));
        baselines.put("corenlp-quote-direct", new LinkedHashMap<>(Map.of("metrics",
                directOnly(corpus, theirs).metrics())));
        Map<String, Object> metrics = new LinkedHashMap<>(ours.metrics());
        metrics.put("direct", directOnly(corpus, results).metrics());
        return new EvaluationReport(ours.layer(), ours.gold(), ours.documents(), ours.failed(), metrics, baselines,
                ours.failures());
    }

    /** Scores direct quotes only (gold and predicted quotes of kind DIRECT or MIXED). */
    private static EvaluationReport directOnly(List<QuoteGold.GoldDocument> corpus, List<AnalysisResult> results) {
        List<QuoteGold.GoldDocument> gold = new ArrayList<>();
        List<AnalysisResult> predicted = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            QuoteGold.GoldDocument g = corpus.get(i);
            gold.add(new QuoteGold.GoldDocument(g.document(),
                    g.quotes().stream().filter(QuoteGold.GoldQuote::direct).toList()));
            AnalysisResult r = results.get(i);
            if (r instanceof AnalysisResult.Analyzed a) {
                Document d = a.document();
                predicted.add(new AnalysisResult.Analyzed(d.withQuotes(d.quotes().stream()
                        .filter(q -> q.kind() != Quote.QuoteKind.INDIRECT).toList())));
            } else {
                predicted.add(r);
            }
        }
        return score("direct", gold, predicted, null);
    }

    /**
     * Scores documents parsed earlier ({@code depeche analyze} JSON, {@code <doc>.json} in
     * {@code parsed}): the extraction stages run again on them, the language pipeline does not.
     */
    public static EvaluationReport runParsed(Path gold, Path parsed, Consumer<AnalysisResult> progress) {
        return runParsed(gold, parsed, null, progress);
    }

    /** As {@link #runParsed(Path, Path, Consumer)}, printing each mismatch on {@code details} when it is not null. */
    public static EvaluationReport runParsed(Path gold, Path parsed, PrintStream details,
                                             Consumer<AnalysisResult> progress) {
        List<QuoteGold.GoldDocument> corpus = QuoteGold.read(gold);
        List<AnalysisResult> results = new ArrayList<>();
        for (QuoteGold.GoldDocument g : corpus) {
            String id = g.document().id();
            AnalysisResult r;
            try {
                Document doc = DepecheJson.read(Files.readString(parsed.resolve(id + ".json")));
                r = new AnalysisResult.Analyzed(Pipeline.of(doc.layers(), Stages.standard(doc.lang())).apply(doc));
            } catch (IOException | UncheckedIOException e) {
                r = new AnalysisResult.Failed(id, "cannot read " + parsed.resolve(id + ".json") + ": " + e.getMessage());
            } catch (RuntimeException e) {
                r = new AnalysisResult.Failed(id, "analysis failed: " + e);
            }
            results.add(r);
            progress.accept(r);
        }
        return score(gold.toString(), corpus, results, details);
    }

    /** Scores analysis results against their gold documents (same order). */
    public static EvaluationReport score(String goldName, List<QuoteGold.GoldDocument> corpus,
                                         List<AnalysisResult> results) {
        return score(goldName, corpus, results, null);
    }

    /** As {@link #score(String, List, List)}, printing each mismatch on {@code details} when it is not null. */
    public static EvaluationReport score(String goldName, List<QuoteGold.GoldDocument> corpus,
                                         List<AnalysisResult> results, PrintStream details) {
        Prf overlap = Prf.ZERO;
        Prf exact = Prf.ZERO;
        Prf attribution = Prf.ZERO;
        Accuracy via = new Accuracy(0, 0);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            QuoteGold.GoldDocument g = corpus.get(i);
            List<Quote> predicted = List.of();
            String text = g.document().text();
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                predicted = a.document().quotes();
            } else {
                failures.add(results.get(i).toString());
            }
            List<QuoteGold.GoldQuote> gold = g.quotes();
            List<int[]> pairs = SpanMatcher.match(predicted, gold, q -> q.content().span(),
                    QuoteGold.GoldQuote::content, (p, q) -> true, true);
            overlap = overlap.plus(Prf.of(pairs.size(), predicted.size(), gold.size()));
            int ex = SpanMatcher.exact(predicted, gold, q -> trim(text, q.content().span()),
                    q -> trim(text, q.content()), (p, q) -> true);
            exact = exact.plus(Prf.of(ex, predicted.size(), gold.size()));
            int att = SpanMatcher.overlapping(predicted, gold, q -> q.content().span(), QuoteGold.GoldQuote::content,
                    (p, q) -> speakerMatches(p.speaker(), q.speaker()));
            attribution = attribution.plus(Prf.of(att, predicted.size(), gold.size()));
            for (int[] pair : pairs) {
                boolean ok = viaMatches(predicted.get(pair[0]).via(), gold.get(pair[1]).via());
                via = via.plus(new Accuracy(ok ? 1 : 0, 1));
            }
            if (details != null) {
                printDetails(details, g.document().id(), text, predicted, gold, pairs);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("overlap", overlap);
        metrics.put("exact", exact);
        metrics.put("attribution", attribution);
        metrics.put("via", via);
        return new EvaluationReport("quotes", goldName, corpus.size(), failures.size(), metrics, null, failures);
    }

    private static void printDetails(PrintStream out, String doc, String text, List<Quote> predicted,
                                     List<QuoteGold.GoldQuote> gold, List<int[]> pairs) {
        boolean[] pm = new boolean[predicted.size()];
        boolean[] gm = new boolean[gold.size()];
        for (int[] pair : pairs) {
            pm[pair[0]] = true;
            gm[pair[1]] = true;
            Quote p = predicted.get(pair[0]);
            QuoteGold.GoldQuote g = gold.get(pair[1]);
            if (!speakerMatches(p.speaker(), g.speaker())) {
                out.println(doc + "\tSPEAKER\t" + (g.direct() ? "direct" : "indirect") + "\tpred="
                        + (p.speaker() == null ? "-" : p.speaker().text()) + "\tgold=" + g.speaker()
                        + "\tcue=" + (p.cue() == null ? "-" : p.cue().text()) + "\t" + clip(text, g.content()));
            } else if (!viaMatches(p.via(), g.via())) {
                out.println(doc + "\tVIA\tpred=" + p.via().stream().map(SourceRef::text).toList() + "\tgold=" + g.via()
                        + "\t" + clip(text, g.content()));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!pm[i]) {
                Quote p = predicted.get(i);
                out.println(doc + "\tSPURIOUS\t" + p.kind() + "\tpred=" + (p.speaker() == null ? "-" : p.speaker().text())
                        + "\tcue=" + (p.cue() == null ? "-" : p.cue().text()) + "\t" + clip(text, p.content().span()));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!gm[i]) {
                QuoteGold.GoldQuote g = gold.get(i);
                out.println(doc + "\tMISSED\t" + (g.direct() ? "direct" : "indirect") + "\tgold=" + g.speaker()
                        + "\tcue=" + (g.cue() == null ? "-" : text.substring(g.cue().start(), g.cue().end())) + "\t" + clip(text, g.content()));
            }
        }
    }

    private static String clip(String text, Span s) {
        String t = text.substring(s.start(), s.end()).replace('\n', ' ');
        return "[" + s.start() + "," + s.end() + "] " + (t.length() > 160 ? t.substring(0, 160) + "…" : t);
    }

    /** A span without spaces and punctuation at either end. */
    static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    static boolean speakerMatches(SourceRef predicted, List<String> goldNames) {
        if (goldNames.isEmpty()) {
            return predicted == null;
        }
        return predicted != null && nameMatches(predicted.text(), goldNames);
    }

    static boolean viaMatches(List<SourceRef> predicted, List<List<String>> gold) {
        if (predicted.size() != gold.size()) {
            return false;
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!nameMatches(predicted.get(i).text(), gold.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whole-name or head-word match against any of the names, ignoring case, accents and leading determiners. */
    static boolean nameMatches(String predicted, List<String> names) {
        String p = normalise(predicted);
        String ph = head(predicted);
        for (String name : names) {
            if (normalise(name).equals(p) || (!ph.isEmpty() && head(name).equals(ph))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replaceAll("\\s+", " ").strip();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : fold(s).replace(",", " , ").replace("(", " ( ").replace(")", " ").split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            int apo = w.indexOf('\'');
            if (apo > 0 && apo < w.length() - 1) {
                out.add(w.substring(0, apo + 1));
                out.add(w.substring(apo + 1));
            } else {
                out.add(w);
            }
        }
        while (!out.isEmpty() && DETERMINERS.contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.remove(0);
        }
        return out;
    }

    static String normalise(String s) {
        return String.join(" ", words(s)).toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /**
     * The head word of a name: a proper name's last word ("Vladimir Poutine" → poutine, "le site
     * Buzzfeed" → buzzfeed), else a description's first noun ("les services régionaux" → services,
     * "le porte-parole du ministère" → porte-parole).
     */
    static String head(String s) {
        List<String> all = words(s);
        if (!all.isEmpty() && isCapitalised(all.get(0))
                && all.stream().allMatch(x -> isCapitalised(x) || NAME_PARTICLES.contains(x.toLowerCase(Locale.ROOT)))) {
            // a proper name ("Vladimir Poutine", "La Corée du Sud"): its last capitalised word
            for (int i = all.size() - 1; i >= 0; i--) {
                if (isCapitalised(all.get(i))) {
                    return clean(all.get(i));
                }
            }
        }
        List<String> w = new ArrayList<>();
        for (String x : words(s)) {
            if (PHRASE_BREAKS.contains(x.toLowerCase(Locale.ROOT))) {
                break;
            }
            w.add(x);
        }
        if (w.isEmpty()) {
            return "";
        }
        String last = w.get(w.size() - 1);
        return clean(isCapitalised(last) ? last : w.get(0));
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static String clean(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
