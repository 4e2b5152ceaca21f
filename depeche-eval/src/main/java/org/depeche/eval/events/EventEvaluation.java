package org.depeche.eval.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Layer;
import org.depeche.model.Pipeline;
import org.depeche.model.SourceRef;

/**
 * Scores events against {@code depeche-gold/1} files, as {@code eval/FORMAT.md} says.
 *
 * <ul>
 *   <li>{@code trigger_identification}: a predicted event matches a gold one whose trigger span
 *       it overlaps (one-to-one, exact spans first), whatever the types;</li>
 *   <li>{@code trigger_classification}: the same, and the types are equal;</li>
 *   <li>{@code arguments}: (role, filler) pairs over all predicted and all gold events (those of
 *       unmatched events count as false positives / negatives); inside a classification-matched
 *       pair, a predicted argument matches a gold filler of the same role when one of its names
 *       matches one of the filler's acceptable names ({@link NameMatch}). A predicted argument's
 *       names are its words and, when it points at an entity cluster, that cluster's mentions.
 *       The event's time counts as a {@code Time-Within} argument whose value is compared;</li>
 *   <li>{@code polarity}, {@code modality}, {@code source}: accuracy over classification-matched
 *       pairs. Sources are right when each gold source matches a distinct predicted source and
 *       no predicted source is left over ({@code []} = {@code []}).</li>
 * </ul>
 * Gold documents are scored per mention, as annotated (FORMAT.md): linked predicted mentions
 * still count one by one.
 */
public final class EventEvaluation {

    private EventEvaluation() {
    }

    /**
     * Analyses the gold texts and scores them.
     *
     * @param parsed optional folder of depeche/1 JSON files ({@code <doc>.json}) already through the
     *               language pipeline: when given, only Depeche's own stages run on them (no CoreNLP)
     */
    public static EvaluationReport run(Path gold, Path parsed, int threads, Consumer<AnalysisResult> progress) {
        return run(gold, parsed, threads, null, progress);
    }

    /**
     * As {@link #run(Path, Path, int, Consumer)}, printing each mismatch on {@code details} when it is not null:
     * missed and spurious triggers, wrong types, and the unmatched arguments of classified pairs.
     */
    public static EvaluationReport run(Path gold, Path parsed, int threads, java.io.PrintStream details,
                                       Consumer<AnalysisResult> progress) {
        return run(gold, parsed, threads, ParseMode.NEEDED, details, progress);
    }

    /** As above, parsing the sentences {@code parse} says (when the documents are analysed here). */
    public static EvaluationReport run(Path gold, Path parsed, int threads, ParseMode parse,
                                       java.io.PrintStream details, Consumer<AnalysisResult> progress) {
        List<GoldEvents.GoldDocument> corpus = GoldEvents.read(gold);
        List<Document> docs = corpus.stream().map(GoldEvents.GoldDocument::document).toList();
        List<AnalysisResult> results;
        if (parsed != null) {
            results = CorpusRunner.run(docs, d -> fromParsed(parsed, d), threads, progress);
        } else {
            Analyzer analyzer = Analyzer.standard(parse);
            results = CorpusRunner.run(docs, analyzer::analyze, threads, progress);
        }
        EvaluationReport report = score(gold.toString(), corpus, results);
        if (details != null) {
            for (int i = 0; i < corpus.size(); i++) {
                if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                    printDetails(details, corpus.get(i), a.document());
                }
            }
        }
        return report;
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 60));
        return s.replace('\n', ' ');
    }

    /** One line per mismatch: document, kind, types, and the trigger in its context. */
    static void printDetails(java.io.PrintStream out, GoldEvents.GoldDocument g, Document doc) {
        List<Event> predicted = doc.events();
        List<GoldEvents.GoldEvent> gold = g.events();
        String text = doc.text();
        List<int[]> pairs = SpanMatcher.match(predicted, gold, e -> e.trigger().span(),
                GoldEvents.GoldEvent::trigger, (p, q) -> p.type().equals(q.type()), true);
        boolean[] pUsed = new boolean[predicted.size()];
        boolean[] gUsed = new boolean[gold.size()];
        for (int[] pq : pairs) {
            pUsed[pq[0]] = true;
            gUsed[pq[1]] = true;
            Event p = predicted.get(pq[0]);
            GoldEvents.GoldEvent q = gold.get(pq[1]);
            StringBuilder pa = new StringBuilder();
            for (Event.Argument a : p.arguments()) {
                pa.append(a.role()).append('=').append(a.filler().text()).append("; ");
            }
            if (p.time() != null) {
                pa.append("Time=").append(p.time());
            }
            out.printf("ARGS\t%s\t%s\t%s%n\tgold: %s%n\tpred: %s%n", g.document().id(), q.type(),
                    context(text, q.trigger().start(), q.trigger().end()), q.args(), pa);
            if (!p.modality().name().equals(q.modality()) || !p.polarity().name().equals(q.polarity())) {
                out.printf("FACT\t%s\t%s\tgold %s %s, predicted %s %s\t%s%n", g.document().id(), q.type(),
                        q.polarity(), q.modality(), p.polarity(), p.modality(),
                        context(text, q.trigger().start(), q.trigger().end()));
            }
        }
        for (int k = 0; k < gold.size(); k++) {
            if (!gUsed[k]) {
                GoldEvents.GoldEvent q = gold.get(k);
                String other = "";
                for (int j = 0; j < predicted.size(); j++) {
                    if (!pUsed[j] && predicted.get(j).trigger().start() < q.trigger().end()
                            && q.trigger().start() < predicted.get(j).trigger().end()) {
                        other = " (predicted " + predicted.get(j).type() + ")";
                    }
                }
                out.printf("MISS\t%s\t%s%s\t%s\t%s%n", g.document().id(), q.type(), other, q.modality(),
                        context(text, q.trigger().start(), q.trigger().end()));
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!pUsed[j]) {
                Event p = predicted.get(j);
                out.printf("SPURIOUS\t%s\t%s\t%s\t%s%n", g.document().id(), p.type(), p.modality(),
                        context(text, p.trigger().start(), p.trigger().end()));
            }
        }
    }

    private static AnalysisResult fromParsed(Path folder, Document goldDoc) {
        Path f = folder.resolve(goldDoc.id() + ".json");
        try {
            Document d = DepecheJson.read(Files.readString(f, StandardCharsets.UTF_8));
            if (!d.text().equals(goldDoc.text())) {
                return new AnalysisResult.Failed(goldDoc.id(), f + " holds another text");
            }
            Pipeline p = Pipeline.of(d.layers(), Stages.standard(d.lang()));
            return new AnalysisResult.Analyzed(p.apply(d));
        } catch (IOException e) {
            return new AnalysisResult.Failed(goldDoc.id(), "Unable to read " + f + ": " + new UncheckedIOException(e).getMessage());
        } catch (RuntimeException e) {
            return new AnalysisResult.Failed(goldDoc.id(), "analysis failed: " + e);
        }
    }

    /** Scores analysis results against their gold documents (same order). */
    public static EvaluationReport score(String goldName, List<GoldEvents.GoldDocument> corpus,
                                         List<AnalysisResult> results) {
        Prf ident = Prf.ZERO;
        Prf classif = Prf.ZERO;
        Prf args = Prf.ZERO;
        Accuracy polarity = new Accuracy(0, 0);
        Accuracy modality = new Accuracy(0, 0);
        Accuracy source = new Accuracy(0, 0);
        Map<String, Prf> byType = new LinkedHashMap<>();
        Map<String, Prf> byRole = new java.util.TreeMap<>();
        Map<String, Integer> roleHits = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            GoldEvents.GoldDocument g = corpus.get(i);
            Document doc = null;
            List<Event> predicted = List.of();
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                doc = a.document();
                predicted = doc.events();
            } else {
                failures.add(results.get(i).toString());
            }
            List<GoldEvents.GoldEvent> gold = g.events();
            List<int[]> idPairs = SpanMatcher.match(predicted, gold, e -> e.trigger().span(),
                    GoldEvents.GoldEvent::trigger, (p, q) -> true, true);
            ident = ident.plus(Prf.of(idPairs.size(), predicted.size(), gold.size()));
            List<int[]> pairs = SpanMatcher.match(predicted, gold, e -> e.trigger().span(),
                    GoldEvents.GoldEvent::trigger, (p, q) -> p.type().equals(q.type()), true);
            classif = classif.plus(Prf.of(pairs.size(), predicted.size(), gold.size()));
            for (String type : types(predicted, gold)) {
                int tp = (int) pairs.stream().filter(pq -> gold.get(pq[1]).type().equals(type)).count();
                int np = (int) predicted.stream().filter(e -> e.type().equals(type)).count();
                int ng = (int) gold.stream().filter(e -> e.type().equals(type)).count();
                byType.merge(type, Prf.of(tp, np, ng), Prf::plus);
            }
            int correctArgs = 0;
            for (int[] pq : pairs) {
                Event p = predicted.get(pq[0]);
                GoldEvents.GoldEvent q = gold.get(pq[1]);
                correctArgs += matchedArguments(doc, p, q, roleHits);
                polarity = polarity.plus(new Accuracy(p.polarity().name().equals(q.polarity()) ? 1 : 0, 1));
                modality = modality.plus(new Accuracy(p.modality().name().equals(q.modality()) ? 1 : 0, 1));
                source = source.plus(new Accuracy(sourcesMatch(doc, p.sources(), q.source()) ? 1 : 0, 1));
            }
            Map<String, Integer> nPred = new HashMap<>();
            Map<String, Integer> nGold = new HashMap<>();
            for (Event e : predicted) {
                e.arguments().forEach(a -> nPred.merge(a.role(), 1, Integer::sum));
                if (e.time() != null) {
                    nPred.merge("Time-Within", 1, Integer::sum);
                }
            }
            for (GoldEvents.GoldEvent e : gold) {
                e.args().forEach((role, fillers) -> nGold.merge(role, fillers.size(), Integer::sum));
            }
            java.util.Set<String> roles = new java.util.TreeSet<>(nPred.keySet());
            roles.addAll(nGold.keySet());
            roles.addAll(roleHits.keySet());
            for (String role : roles) {
                byRole.merge(role, Prf.of(roleHits.getOrDefault(role, 0), nPred.getOrDefault(role, 0),
                        nGold.getOrDefault(role, 0)), Prf::plus);
            }
            roleHits.clear();
            int predictedArgs = predicted.stream().mapToInt(EventEvaluation::argumentCount).sum();
            int goldArgs = gold.stream().mapToInt(e -> e.args().values().stream().mapToInt(List::size).sum()).sum();
            args = args.plus(Prf.of(correctArgs, predictedArgs, goldArgs));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("trigger_identification", ident);
        metrics.put("trigger_classification", classif);
        metrics.put("arguments", args);
        metrics.put("polarity", polarity);
        metrics.put("modality", modality);
        metrics.put("source", source);
        metrics.put("by_type", new LinkedHashMap<String, Object>(byType));
        metrics.put("by_role", new LinkedHashMap<String, Object>(byRole));
        return new EvaluationReport("events", goldName, corpus.size(), failures.size(), metrics, null, failures);
    }

    private static List<String> types(List<Event> predicted, List<GoldEvents.GoldEvent> gold) {
        java.util.TreeSet<String> t = new java.util.TreeSet<>();
        predicted.forEach(e -> t.add(e.type()));
        gold.forEach(e -> t.add(e.type()));
        return new ArrayList<>(t);
    }

    static int argumentCount(Event e) {
        return e.arguments().size() + (e.time() == null ? 0 : 1);
    }

    /** Number of the predicted event's arguments (and time) that match distinct gold fillers. */
    static int matchedArguments(Document doc, Event p, GoldEvents.GoldEvent q) {
        return matchedArguments(doc, p, q, new HashMap<>());
    }

    /** As {@link #matchedArguments(Document, Event, GoldEvents.GoldEvent)}, counting the matches per role in {@code hits}. */
    static int matchedArguments(Document doc, Event p, GoldEvents.GoldEvent q, Map<String, Integer> hits) {
        Map<String, boolean[]> used = new HashMap<>();
        q.args().forEach((role, fillers) -> used.put(role, new boolean[fillers.size()]));
        int correct = 0;
        for (Event.Argument a : p.arguments()) {
            List<List<String>> fillers = q.args().get(a.role());
            if (fillers == null) {
                continue;
            }
            List<String> names = namesOf(doc, a.filler().text(), a.entity());
            boolean[] u = used.get(a.role());
            for (int k = 0; k < fillers.size(); k++) {
                if (!u[k] && NameMatch.anyMatches(names, fillers.get(k))) {
                    u[k] = true;
                    correct++;
                    hits.merge(a.role(), 1, Integer::sum);
                    break;
                }
            }
        }
        if (p.time() != null && q.args().containsKey("Time-Within")) {
            List<List<String>> fillers = q.args().get("Time-Within");
            boolean[] u = used.get("Time-Within");
            for (int k = 0; k < fillers.size(); k++) {
                if (!u[k] && fillers.get(k).stream().anyMatch(v -> NameMatch.timeMatches(p.time(), v))) {
                    u[k] = true;
                    correct++;
                    hits.merge("Time-Within", 1, Integer::sum);
                    break;
                }
            }
        }
        return correct;
    }

    /** The words of a filler, plus the mentions of its entity cluster when it has one. */
    static List<String> namesOf(Document doc, String text, String entity) {
        List<String> names = new ArrayList<>();
        names.add(text);
        if (entity != null && doc != null && doc.has(Layer.ENTITIES)) {
            Map<String, EntityMention> byId = new HashMap<>();
            doc.mentions().forEach(m -> byId.put(m.id(), m));
            for (Entity e : doc.entities()) {
                if (e.id().equals(entity)) {
                    for (String mid : e.mentions()) {
                        EntityMention m = byId.get(mid);
                        if (m != null) {
                            names.add(m.text());
                        }
                    }
                }
            }
        }
        return names;
    }

    static boolean sourcesMatch(Document doc, List<SourceRef> predicted, List<List<String>> gold) {
        if (predicted.size() != gold.size()) {
            return false;
        }
        boolean[] used = new boolean[predicted.size()];
        for (List<String> g : gold) {
            boolean found = false;
            for (int k = 0; k < predicted.size() && !found; k++) {
                if (!used[k] && NameMatch.anyMatches(namesOf(doc, predicted.get(k).text(), predicted.get(k).entity()), g)) {
                    used[k] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
