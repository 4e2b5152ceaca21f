package org.depeche.eval.coref;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.depeche.eval.CorpusRunner;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.ParseMode;
import org.depeche.extract.entities.EntityMerger;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Span;
import org.depeche.nlp.LanguagePipeline.ParseSelector;

/**
 * Scores entity merging (within-document coreference) against POPCORN: MUC, B³, CEAF-e and their
 * average F1 (the CoNLL-2012 score), plus mention detection.
 *
 * <p><b>What is compared.</b> POPCORN types entities with a fine ontology; the ones Depeche's
 * entities stand for are persons, one or many (CIVILIAN, MILITARY, TERRORIST_OR_CRIMINAL and
 * GROUP_OF_INDIVIDUALS → PER: "les manifestants … ils" is a person entity in the plural for
 * Depeche), organisations (NON_GOVERNMENTAL_ORGANISATION, NON_MILITARY_GOVERNMENT_ORGANISATION,
 * MILITARY_ORGANISATION, INTERGOVERNMENTAL_ORGANISATION → ORG) and places (PLACE → LOC).
 * Materials, events, times, quantities and attributes are not. The key holds the compared
 * types' entities, singletons included (POPCORN annotates them, unlike CoNLL-2012); the response
 * holds Depeche's PER, ORG and LOC entities, singletons included, without the mentionless country
 * entities that metonymy creates.
 *
 * <p><b>Mention matching.</b> The reference scorer compares exact spans. POPCORN's spans are
 * minimal ("Adelys Adams" without "Madame", "forces de l'ordre" with its complement), which
 * Depeche follows but not always: a response mention is aligned one-to-one with a key mention of
 * the same span first, then, among those left, with a key mention it contains or that contains it
 * when they share their first or last character (same head-side boundary: "Mme Adelys Adams" ↔
 * "Adelys Adams", "forces" ↔ "forces de l'ordre"). An aligned response mention takes the key
 * mention's identity; unaligned response mentions stay in the response as spurious (twinless)
 * mentions, except those that align the same way with a key mention of a type not compared
 * ("maison" annotated as an object, "incendie" as an event): those are left out, since the key
 * says what they are and does not score it. The headline metrics ({@code muc}, {@code b3},
 * {@code ceafe}, {@code conll}, {@code mentions}) use exact-span alignment only, the reference
 * scorer's rule; {@code nested_spans} gives the same metrics under the alignment above, for
 * comparison.
 */
public final class CorefEvaluation {

    static final Map<String, EntityType> SCORED = Map.of(
            "CIVILIAN", EntityType.PERSON, "MILITARY", EntityType.PERSON,
            "TERRORIST_OR_CRIMINAL", EntityType.PERSON,
            "NON_GOVERNMENTAL_ORGANISATION", EntityType.ORGANIZATION,
            "NON_MILITARY_GOVERNMENT_ORGANISATION", EntityType.ORGANIZATION,
            "MILITARY_ORGANISATION", EntityType.ORGANIZATION,
            "INTERGOVERNMENTAL_ORGANISATION", EntityType.ORGANIZATION,
            "GROUP_OF_INDIVIDUALS", EntityType.PERSON,
            "PLACE", EntityType.LOCATION);

    private CorefEvaluation() {
    }

    public static EvaluationReport run(Path gold, String lang, int threads, Consumer<AnalysisResult> progress) {
        return run(gold, lang, threads, null, progress);
    }

    /**
     * As above, parsing the sentences the standard analysis parses in mode {@code parse}, or none
     * when it is null (entity merging alone needs no parse).
     */
    public static EvaluationReport run(Path gold, String lang, int threads, ParseMode parse,
                                       Consumer<AnalysisResult> progress) {
        List<PopcornCorpus.GoldDocument> corpus = PopcornCorpus.read(gold, lang);
        Analyzer analyzer = parse == null
                ? new Analyzer(l -> List.of(EntityMerger.forLanguage(l)), ParseSelector.NONE)
                : Analyzer.someStages(l -> List.of(EntityMerger.forLanguage(l)), parse);
        List<AnalysisResult> results = CorpusRunner.run(
                corpus.stream().map(PopcornCorpus.GoldDocument::document).toList(), analyzer::analyze, threads,
                progress);
        return score(gold.toString(), corpus, results);
    }

    public static EvaluationReport score(String goldName, List<PopcornCorpus.GoldDocument> corpus,
                                         List<AnalysisResult> results) {
        CorefMetrics.Counts muc = CorefMetrics.Counts.ZERO;
        CorefMetrics.Counts b3 = CorefMetrics.Counts.ZERO;
        CorefMetrics.Counts ceafe = CorefMetrics.Counts.ZERO;
        Prf mentions = Prf.ZERO;
        Prf exact = Prf.ZERO;
        CorefMetrics.Counts[] strict = {CorefMetrics.Counts.ZERO, CorefMetrics.Counts.ZERO, CorefMetrics.Counts.ZERO};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            PopcornCorpus.GoldDocument g = corpus.get(i);
            Document doc = null;
            if (results.get(i) instanceof AnalysisResult.Analyzed a) {
                doc = a.document();
            } else {
                failures.add(results.get(i).toString());
            }
            Scored s = scoreDocument(g, doc, false);
            Scored x = scoreDocument(g, doc, true);
            strict[0] = strict[0].plus(CorefMetrics.muc(x.key(), x.response()));
            strict[1] = strict[1].plus(CorefMetrics.b3(x.key(), x.response()));
            strict[2] = strict[2].plus(CorefMetrics.ceafe(x.key(), x.response()));
            muc = muc.plus(CorefMetrics.muc(s.key(), s.response()));
            b3 = b3.plus(CorefMetrics.b3(s.key(), s.response()));
            ceafe = ceafe.plus(CorefMetrics.ceafe(s.key(), s.response()));
            mentions = mentions.plus(s.mentions());
            exact = exact.plus(s.exact());
        }
        // Headline metrics follow the CoNLL reference scorer: mentions align on identical spans only.
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("muc", strict[0].score());
        metrics.put("b3", strict[1].score());
        metrics.put("ceafe", strict[2].score());
        metrics.put("conll", Map.of("f1", (strict[0].f1() + strict[1].f1() + strict[2].f1()) / 3));
        metrics.put("mentions", exact);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("muc", muc.score());
        nested.put("b3", b3.score());
        nested.put("ceafe", ceafe.score());
        nested.put("conll", Map.of("f1", (muc.f1() + b3.f1() + ceafe.f1()) / 3));
        nested.put("mentions", mentions);
        metrics.put("nested_spans", nested);
        return new EvaluationReport("coref", goldName, corpus.size(), failures.size(), metrics, null, failures);
    }

    /** One document's key and response clusterings over aligned mention ids, and mention detection counts. */
    record Scored(List<Set<Integer>> key, List<Set<Integer>> response, Prf mentions, Prf exact) {
    }

    /**
     * @param exactOnly align mentions by identical spans only (the reference scorer's rule), else
     *                  also nested spans sharing a boundary
     */
    static Scored scoreDocument(PopcornCorpus.GoldDocument gold, Document doc, boolean exactOnly) {
        // key mentions: scored types, each span once
        List<Span> keySpans = new ArrayList<>();
        List<Set<Integer>> key = new ArrayList<>();
        Map<Span, Integer> keyIndex = new HashMap<>();
        List<Span> otherSpans = new ArrayList<>();
        for (PopcornCorpus.GoldEntity e : gold.entities()) {
            boolean scored = SCORED.containsKey(e.type());
            Set<Integer> cluster = new LinkedHashSet<>();
            for (Span s : e.mentions()) {
                if (!scored) {
                    otherSpans.add(s);
                } else if (!keyIndex.containsKey(s)) {
                    keyIndex.put(s, keySpans.size());
                    keySpans.add(s);
                    cluster.add(keyIndex.get(s));
                }
            }
            if (!cluster.isEmpty()) {
                key.add(cluster);
            }
        }
        List<List<Span>> responseClusters = new ArrayList<>();
        if (doc != null) {
            Map<String, EntityMention> byId = new HashMap<>();
            doc.mentions().forEach(m -> byId.put(m.id(), m));
            for (Entity e : doc.entities()) {
                if (e.type() == EntityType.MISC || e.mentions().isEmpty()) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                for (String id : e.mentions()) {
                    EntityMention m = byId.get(id);
                    if (m != null && !spans.contains(m.span())) {
                        spans.add(m.span());
                    }
                }
                responseClusters.add(spans);
            }
        }
        List<Span> responseSpans = responseClusters.stream().flatMap(List::stream).distinct().toList();
        Map<Span, Integer> aligned = align(responseSpans, keySpans, exactOnly);
        int exactMatches = align(responseSpans, keySpans, true).size();
        Set<Span> outOfScope = align(responseSpans.stream().filter(s -> !aligned.containsKey(s)).toList(),
                otherSpans, exactOnly).keySet();
        int next = keySpans.size();
        List<Set<Integer>> response = new ArrayList<>();
        int responseCount = 0;
        int exactCount = 0;
        Set<Span> seen = new java.util.HashSet<>();
        for (List<Span> cluster : responseClusters) {
            Set<Integer> ids = new LinkedHashSet<>();
            for (Span s : cluster) {
                if (!seen.add(s)) {
                    continue;
                }
                if (outOfScope.contains(s)) {
                    continue;
                }
                exactCount++;
                Integer k = aligned.get(s);
                ids.add(k != null ? k : next++);
                responseCount++;
            }
            if (!ids.isEmpty()) {
                response.add(ids);
            }
        }
        return new Scored(key, response, Prf.of(aligned.size(), responseCount, keySpans.size()),
                Prf.of(exactMatches, exactCount, keySpans.size()));
    }

    /**
     * One-to-one alignment of response spans with key spans: identical spans first, then (unless
     * {@code exactOnly}) nested spans sharing a boundary, nearest in length first.
     *
     * @return response span → index of its key span in {@code keySpans}
     */
    static Map<Span, Integer> align(List<Span> responseSpans, List<Span> keySpans, boolean exactOnly) {
        Map<Span, Integer> out = new HashMap<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (Span r : responseSpans) {
            int k = keySpans.indexOf(r);
            if (k >= 0 && used.add(k)) {
                out.put(r, k);
            }
        }
        if (exactOnly) {
            return out;
        }
        record Pair(Span r, int k, int diff) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Span r : responseSpans) {
            if (out.containsKey(r)) {
                continue;
            }
            for (int k = 0; k < keySpans.size(); k++) {
                Span g = keySpans.get(k);
                if (used.contains(k)) {
                    continue;
                }
                boolean nested = r.start() <= g.start() && g.end() <= r.end()
                        || g.start() <= r.start() && r.end() <= g.end();
                if (nested && (r.start() == g.start() || r.end() == g.end())) {
                    pairs.add(new Pair(r, k, Math.abs((r.end() - r.start()) - (g.end() - g.start()))));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pair::diff));
        for (Pair p : pairs) {
            if (!out.containsKey(p.r()) && used.add(p.k())) {
                out.put(p.r(), p.k());
            }
        }
        return out;
    }

    /**
     * A key and a response mention that overlap without the same span, or a key mention no
     * response mention overlaps ({@code response} null), or a response mention that overlaps no key
     * mention of any type ({@code key} null).
     *
     * @param kind where they differ: which side is longer, on which end, and the first differing
     *             word ("response+left:m.", "key+right:de", "missed", "spurious")
     */
    public record Mismatch(String kind, String key, String response) {
        @Override
        public String toString() {
            return kind + "\t[" + key + "]\t[" + response + "]";
        }
    }

    /** The boundary mismatches of one document (diagnostics for entity merging's mention spans). */
    public static List<Mismatch> boundaryMismatches(PopcornCorpus.GoldDocument gold, Document doc) {
        String text = doc.text();
        List<Span> keys = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        for (PopcornCorpus.GoldEntity e : gold.entities()) {
            (SCORED.containsKey(e.type()) ? keys : others).addAll(e.mentions());
        }
        Map<String, EntityMention> byId = new HashMap<>();
        doc.mentions().forEach(m -> byId.put(m.id(), m));
        List<Span> responses = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.MISC) {
                continue;
            }
            for (String id : e.mentions()) {
                EntityMention m = byId.get(id);
                if (m != null && !responses.contains(m.span())) {
                    responses.add(m.span());
                }
            }
        }
        List<Mismatch> out = new ArrayList<>();
        Set<Span> keySet = new java.util.HashSet<>(keys);
        Set<Span> responseSet = new java.util.HashSet<>(responses);
        Set<Span> touched = new java.util.HashSet<>();
        for (Span k : keys) {
            if (responseSet.contains(k)) {
                continue;
            }
            Span best = null;
            for (Span r : responses) {
                if (!keySet.contains(r) && r.start() < k.end() && k.start() < r.end()
                        && (best == null || Math.abs(r.start() - k.start()) + Math.abs(r.end() - k.end())
                        < Math.abs(best.start() - k.start()) + Math.abs(best.end() - k.end()))) {
                    best = r;
                }
            }
            if (best == null) {
                out.add(new Mismatch("missed", text.substring(k.start(), k.end()), null));
                continue;
            }
            touched.add(best);
            out.add(new Mismatch(kind(text, k, best), text.substring(k.start(), k.end()),
                    text.substring(best.start(), best.end())));
        }
        for (Span r : responses) {
            if (keySet.contains(r) || touched.contains(r)) {
                continue;
            }
            boolean other = others.stream().anyMatch(o -> o.start() < r.end() && r.start() < o.end());
            out.add(new Mismatch(other ? "spurious-other-type" : "spurious", null, text.substring(r.start(), r.end())));
        }
        return out;
    }

    private static String kind(String text, Span key, Span response) {
        StringBuilder kind = new StringBuilder();
        if (response.start() < key.start()) {
            kind.append("response+left:").append(firstWord(text.substring(response.start(), key.start())));
        } else if (key.start() < response.start()) {
            kind.append("key+left:").append(firstWord(text.substring(key.start(), response.start())));
        }
        if (response.end() > key.end()) {
            kind.append(kind.length() > 0 ? " " : "").append("response+right:")
                    .append(firstWord(text.substring(key.end(), response.end())));
        } else if (key.end() > response.end()) {
            kind.append(kind.length() > 0 ? " " : "").append("key+right:")
                    .append(firstWord(text.substring(response.end(), key.end())));
        }
        return kind.toString();
    }

    private static String firstWord(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        String[] w = t.split("[\\s']+|(?<=['’])");
        return w.length == 0 || w[0].isEmpty() ? "·" : w[0];
    }

    /** The human-readable table: one row per metric. */
    public static String table(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s on %s: %d documents, %d failed%n%n", report.layer(), report.gold(),
                report.documents(), report.failed()));
        out.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s%n", "metric", "precision", "recall", "F1"));
        report.metrics().forEach((name, v) -> row(out, name, v));
        for (String f : report.failures() == null ? List.<String>of() : report.failures()) {
            out.append("failed: ").append(f).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Object v) {
        if (v instanceof CorefMetrics.Score s) {
            out.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f%n", name, s.precision(), s.recall(),
                    s.f1()));
        } else if (v instanceof Prf p) {
            out.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f   (tp %d, fp %d, fn %d)%n", name,
                    p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
        } else if (v instanceof Map<?, ?> m && m.containsKey("f1") && m.size() == 1) {
            out.append(String.format(Locale.ROOT, "%-18s %9s %9s %9.3f%n", name, "", "", m.get("f1")));
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> row(out, name + "." + k, x));
        }
    }
}
