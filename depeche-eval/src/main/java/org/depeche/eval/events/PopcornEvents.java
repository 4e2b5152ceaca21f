package org.depeche.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.depeche.eval.CorpusRunner;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.eval.SpanMatcher;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Event;
import org.depeche.model.Span;

/**
 * Scores event triggers against POPCORN ({@code corpora/popcorn/*.json}): every mention of a
 * POPCORN event entity whose class maps to an ACE subtype ({@code popcorn-types.tsv}) is a gold
 * trigger of that subtype; predictions are Depeche's events of the mapped subtypes only.
 * Identification and classification P/R/F1 as for depeche-gold/1 (overlapping triggers, one to
 * one). POPCORN's participants are relations between entities, not event roles: arguments are
 * not scored here.
 */
public final class PopcornEvents {

    /** A gold trigger: its span, ACE subtype and POPCORN class. */
    public record Trigger(Span span, String type, String popcornClass) {
        public Trigger(Span span, String type) {
            this(span, type, type);
        }
    }

    /** A POPCORN text with its mapped triggers. */
    public record GoldDocument(Document document, List<Trigger> triggers) {
    }

    private PopcornEvents() {
    }

    /** POPCORN class → ACE subtype. */
    public static Map<String, String> mapping() {
        Map<String, String> map = new LinkedHashMap<>();
        String path = "/org/depeche/eval/events/popcorn-types.tsv";
        try (InputStream in = PopcornEvents.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("resource not found");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    map.put(c[0].trim(), c[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + path, e);
        }
        return map;
    }

    public static List<GoldDocument> read(Path file) {
        Map<String, String> map = mapping();
        List<GoldDocument> out = new ArrayList<>();
        try {
            JsonNode root = DepecheJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> doc = it.next();
                String text = doc.getValue().path("text").asText();
                List<Trigger> triggers = new ArrayList<>();
                for (JsonNode e : doc.getValue().path("entities")) {
                    String type = map.get(e.path("type").asText());
                    if (type == null) {
                        continue;
                    }
                    for (JsonNode m : e.path("mentions")) {
                        triggers.add(new Trigger(new Span(m.path("start").asInt(), m.path("end").asInt()), type,
                                e.path("type").asText()));
                    }
                }
                out.add(new GoldDocument(Document.of(doc.getKey(), "fr", null, DocumentMeta.of(file + "#" + doc.getKey()),
                        text), triggers));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read " + file, e);
        }
        return out;
    }

    public static EvaluationReport run(Path file, int threads, Consumer<AnalysisResult> progress) {
        return run(file, threads, null, progress);
    }

    /**
     * As {@link #run(Path, int, Consumer)}, printing on {@code details} (when not null) each missed
     * gold trigger (with its POPCORN class), each spurious and each mistyped prediction, in context.
     */
    public static EvaluationReport run(Path file, int threads, PrintStream details, Consumer<AnalysisResult> progress) {
        List<GoldDocument> corpus = read(file);
        Analyzer analyzer = Analyzer.standardParsingOnDemand();
        List<AnalysisResult> results = CorpusRunner.run(corpus.stream().map(GoldDocument::document).toList(),
                analyzer::analyze, threads, progress);
        if (details != null) {
            for (int i = 0; i < corpus.size(); i++) {
                if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                    printDetails(details, corpus.get(i), a.document());
                }
            }
        }
        return score(file.toString(), corpus, results);
    }

    private static void printDetails(PrintStream out, GoldDocument gold, Document doc) {
        Set<String> mapped = new TreeSet<>(mapping().values());
        List<Event> predicted = doc.events().stream().filter(e -> mapped.contains(e.type())).toList();
        String text = doc.text();
        for (Trigger g : gold.triggers()) {
            Event hit = predicted.stream().filter(e -> overlaps(e.trigger().span(), g.span())).findFirst().orElse(null);
            if (hit == null) {
                out.println("MISSED\t" + doc.id() + "\t" + g.popcornClass() + "\t" + g.type() + "\t"
                        + context(text, g.span()));
            } else if (!hit.type().equals(g.type())) {
                out.println("MISTYPED\t" + doc.id() + "\t" + g.popcornClass() + "\t" + hit.type() + "\t"
                        + context(text, g.span()));
            }
        }
        for (Event e : predicted) {
            if (gold.triggers().stream().noneMatch(g -> overlaps(e.trigger().span(), g.span()))) {
                out.println("SPURIOUS\t" + doc.id() + "\t-\t" + e.type() + "\t" + context(text, e.trigger().span()));
            }
        }
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String context(String text, Span s) {
        int lo = Math.max(0, s.start() - 60);
        int hi = Math.min(text.length(), s.end() + 60);
        return (text.substring(lo, s.start()) + "[" + text.substring(s.start(), s.end()) + "]"
                + text.substring(s.end(), hi)).replace('\n', ' ');
    }

    public static EvaluationReport score(String name, List<GoldDocument> corpus, List<AnalysisResult> results) {
        Set<String> mapped = new TreeSet<>(mapping().values());
        Prf ident = Prf.ZERO;
        Prf classif = Prf.ZERO;
        Map<String, Prf> byType = new LinkedHashMap<>();
        mapped.forEach(t -> byType.put(t, Prf.ZERO));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            List<Trigger> gold = corpus.get(i).triggers();
            List<Event> predicted = List.of();
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                predicted = a.document().events().stream().filter(e -> mapped.contains(e.type())).toList();
            } else {
                failures.add(results.get(i).toString());
            }
            int id = SpanMatcher.overlapping(predicted, gold, e -> e.trigger().span(), Trigger::span, (p, g) -> true);
            List<int[]> pairs = SpanMatcher.match(predicted, gold, e -> e.trigger().span(), Trigger::span,
                    (p, g) -> p.type().equals(g.type()), true);
            ident = ident.plus(Prf.of(id, predicted.size(), gold.size()));
            classif = classif.plus(Prf.of(pairs.size(), predicted.size(), gold.size()));
            for (String t : mapped) {
                int tp = (int) pairs.stream().filter(pq -> gold.get(pq[1]).type().equals(t)).count();
                int np = (int) predicted.stream().filter(e -> e.type().equals(t)).count();
                int ng = (int) gold.stream().filter(g -> g.type().equals(t)).count();
                byType.merge(t, Prf.of(tp, np, ng), Prf::plus);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("trigger_identification", ident);
        metrics.put("trigger_classification", classif);
        metrics.put("by_type", new LinkedHashMap<String, Object>(byType));
        return new EvaluationReport("events", name, corpus.size(), failures.size(), metrics, null, failures);
    }
}
