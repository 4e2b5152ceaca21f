package org.depeche.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.OrderedParallel;
import org.depeche.io.InputRecord;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;

/**
 * {@code depeche bench --store}: what the store costs beside analysis, and how fast it answers.
 *
 * <ol>
 *   <li>Ingest overhead: the same articles are analysed alone, then ingested (analysis and
 *       store) into an empty store, in the same JVM after a warm-up; overhead = ingest / analyze − 1.
 *       The write time alone (sum of {@code put}) is given too, being steadier on a busy machine.</li>
 *   <li>Volume: the analysed articles are stored again under new URLs (new keys, same facts)
 *       until the store holds the asked number of articles; put latency and store size per article.</li>
 *   <li>Queries: each kind of {@code depeche query} asked with varied arguments taken from the
 *       store's own content; p50 / p95 latency per kind (the first search builds the index: timed apart).</li>
 * </ol>
 */
public final class StoreBench {

    private StoreBench() {
    }

    public static void run(List<Document> raw, List<Document> warmup, Analyzer analyzer, int threads, String url,
                           int articles, int repeats, PrintStream out) {
        run(raw, warmup, analyzer, threads, url, articles, repeats, List.of(), out);
    }

    /**
     * @param precomputed analysed documents (depeche/1) to copy for the volume phase instead of the
     *                    ones this run analyses (empty: the analysed ones); with {@code raw} empty the
     *                    overhead phase is skipped (no analysis at all)
     */
    public static void run(List<Document> raw, List<Document> warmup, Analyzer analyzer, int threads, String url,
                           int articles, int repeats, List<Document> precomputed, PrintStream out) {
        try (Store store = Store.open(url)) {
            long n = store.documentCount();
            if (n > 0 && n >= articles) {
                out.printf(Locale.ROOT, "store %s already holds %,d articles: query latency only%n", store.url(), n);
                queries(store, repeats, out);
                return;
            }
        }
        List<Document> analysed = raw.isEmpty() ? List.of() : overhead(raw, warmup, analyzer, threads, url, out);
        List<Document> copies = precomputed.isEmpty() ? analysed : precomputed;
        if (copies.isEmpty()) {
            throw new StoreException("bench has no analysed article to copy");
        }
        if (!precomputed.isEmpty()) {
            out.printf(Locale.ROOT, "%nvolume phase: copies of %d precomputed analyses (not analysed in this run)%n",
                    precomputed.size());
        }
        try (Store store = Store.open(url)) {
            long have = store.documentCount();
            List<Double> putMs = new ArrayList<>();
            int copy = 0;
            long tv = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            while (have + batch.size() < articles) {
                copy++;
                for (Document d : copies) {
                    if (have + batch.size() >= articles) {
                        break;
                    }
                    batch.add(copyOf(d, "bench:copy/" + copy));
                    if (batch.size() == Ingest.DEFAULT_BATCH) {
                        have += timedBatch(store, batch, putMs);
                    }
                }
            }
            have += timedBatch(store, batch, putMs);
            double volS = (System.nanoTime() - tv) / 1e9;
            long size = store.sizeBytes();
            out.printf(Locale.ROOT, "%nvolume: %,d articles in the store (%,d copies of the analysed ones added in %.1f s)%n",
                    have, putMs.size(), volS);
            if (!putMs.isEmpty()) {
                out.printf(Locale.ROOT, "write time per article (batches of %d)   p50 %.1f ms   p95 %.1f ms%n", Ingest.DEFAULT_BATCH, pct(putMs, 50), pct(putMs, 95));
            }
            out.printf(Locale.ROOT, "store size      %.1f MB   %.1f KB per article (text %.1f KB per article; copies share their strings,"
                    + " which DuckDB compresses: a lower bound for distinct articles)%n",
                    size / 1048576.0, size / 1024.0 / have, copies.stream().mapToInt(d -> d.text().length()).average()
                            .orElse(0) / 1024.0);
            queries(store, repeats, out);
        }
    }

    /** Analyse alone, then ingest into the empty store: the overhead figures; the analysed documents. */
    private static List<Document> overhead(List<Document> raw, List<Document> warmup, Analyzer analyzer, int threads,
                                           String url, PrintStream out) {
        out.printf(Locale.ROOT, "store benchmark: %d articles analysed, %d threads, store %s%n", raw.size(), threads, url);
        analyzeAll(warmup, analyzer, threads);

        long t0 = System.nanoTime();
        List<Document> analysed = analyzeAll(raw, analyzer, threads);
        double analyzeS = (System.nanoTime() - t0) / 1e9;

        Ingest.Summary ingest;
        double putS;
        long distinctSize;
        try (Store store = Store.open(url)) {
            if (store.documentCount() > 0) {
                throw new StoreException("bench needs an empty store: " + store.url() + " holds " + store.documentCount()
                        + " articles");
            }
            long[] putNanos = {0};
            Store timed = store;
            ingest = Ingest.run(raw.stream().map(d -> (InputRecord) new InputRecord.Article(d)).iterator(), analyzer,
                    timed, threads, line -> out.println("  failed: " + line), () -> { });
            distinctSize = store.sizeBytes();
            putS = timePuts(store, analysed, "bench:put/", putNanos) / 1e9;
        }
        out.printf(Locale.ROOT, "%nanalyze alone   %8.1f s   %6.2f docs/s%n", analyzeS, raw.size() / analyzeS);
        out.printf(Locale.ROOT, "ingest          %8.1f s   %6.2f docs/s   overhead %+.1f%% (stored %d)%n", ingest.seconds(),
                raw.size() / ingest.seconds(), 100 * (ingest.seconds() / analyzeS - 1), ingest.stored());
        out.printf(Locale.ROOT, "store writes    %8.1f s   %6.1f ms/doc   = %.1f%% of analysis time%n", putS,
                1000 * putS / analysed.size(), 100 * putS / analyzeS);
        out.printf(Locale.ROOT, "store size after the %d distinct articles: %.1f MB (%.1f KB per article, empty-store"
                + " overhead included)%n", ingest.stored(), distinctSize / 1048576.0,
                distinctSize / 1024.0 / Math.max(1, ingest.stored()));

        return analysed;
    }

    /** Stores a batch in one transaction; adds its time per article to the list; the number stored. */
    private static int timedBatch(Store store, List<Document> batch, List<Double> perArticleMs) {
        if (batch.isEmpty()) {
            return 0;
        }
        long s = System.nanoTime();
        int stored = (int) store.putAll(batch).stream().filter(PutResult::stored).count();
        double ms = (System.nanoTime() - s) / 1e6 / batch.size();
        for (int i = 0; i < batch.size(); i++) {
            perArticleMs.add(ms);
        }
        batch.clear();
        return stored;
    }

    private static List<Document> analyzeAll(List<Document> docs, Analyzer analyzer, int threads) {
        List<Document> out = new ArrayList<>();
        OrderedParallel.map(docs.iterator(), analyzer::analyze, threads, r -> {
            if (r instanceof AnalysisResult.Analyzed a) {
                out.add(a.document());
            }
        });
        return out;
    }

    private static long timePuts(Store store, List<Document> analysed, String prefix, long[] acc) {
        for (int i = 0; i < analysed.size(); i += Ingest.DEFAULT_BATCH) {
            List<Document> batch = analysed.subList(i, Math.min(analysed.size(), i + Ingest.DEFAULT_BATCH)).stream()
                    .map(d -> copyOf(d, prefix + "0")).toList();
            long s = System.nanoTime();
            store.putAll(batch);
            acc[0] += System.nanoTime() - s;
        }
        return acc[0];
    }

    /** The same analysed article under another URL: a new key, the same facts. */
    static Document copyOf(Document d, String urlPrefix) {
        DocumentMeta m = d.meta() == null ? DocumentMeta.of(d.id()) : d.meta();
        String url = urlPrefix + "/" + d.id();
        return new Document(d.schema(), d.id() + "@" + urlPrefix, d.lang(), d.published(),
                new DocumentMeta(m.origin(), url, m.source(), m.title(), m.format(), m.encoding()), d.text(), d.layers(),
                d.sentences(), d.tokens(), d.mentions(), d.entities(), d.timexes(), d.quotes(), d.events());
    }

    private static void queries(Store store, int repeats, PrintStream out) {
        List<String> speakers = column(store, "SELECT speaker_text FROM quotes WHERE speaker_store_entity IS NOT NULL"
                + " GROUP BY speaker_text ORDER BY count(*) DESC LIMIT 10");
        List<String> types = column(store, "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 10");
        List<String> names = column(store, "SELECT name FROM store_entities WHERE type IN ('PER', 'ORG', 'LOC')"
                + " AND store_entity NOT LIKE '%~%' ORDER BY name LIMIT 10");
        List<String> words = column(store, "SELECT cue_lemma FROM quotes WHERE cue_lemma IS NOT NULL GROUP BY cue_lemma"
                + " ORDER BY count(*) DESC LIMIT 10");
        Map<String, Supplier<Integer>[]> kinds = new LinkedHashMap<>();
        kinds.put("quotes --speaker", suppliers(speakers, s -> store.quotes(new QuoteQuery(s, null, null, null, null, 1000)).size()));
        kinds.put("quotes --about", suppliers(names, s -> store.quotes(new QuoteQuery(null, null, s, null, null, 1000)).size()));
        kinds.put("events --type", suppliers(types, t -> store.events(EventQuery.ofType(t)).size()));
        kinds.put("events --participant", suppliers(names, n -> store.events(
                new EventQuery(null, n, null, null, null, null, null, null, 1000)).size()));
        kinds.put("entity", suppliers(names, n -> store.entity(n, 50).entities().size()));
        kinds.put("sources", suppliers(List.of("x"), x -> store.sources(100).size()));
        kinds.put("sql (count by type)", suppliers(List.of("x"), x -> store.sql(
                "SELECT type, count(*) FROM events GROUP BY type", 100).rows().size()));
        out.printf(Locale.ROOT, "%nquery latency (%d runs each, arguments varied; rows = mean rows returned):%n", repeats);
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "rows");
        for (Map.Entry<String, Supplier<Integer>[]> k : kinds.entrySet()) {
            measure(k.getKey(), k.getValue(), repeats, out);
        }
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "depeche-bench-search-" + System.nanoTime());
        long t = System.nanoTime();
        try (SearchIndex idx = SearchIndex.open(store, dir)) {
            double build = (System.nanoTime() - t) / 1e6;
            @SuppressWarnings("unchecked")
            Supplier<Integer>[] search = suppliers(words.isEmpty() ? List.of("a") : words, w -> idx.search(w, 20).size());
            measure("search", search, repeats, out);
            out.printf(Locale.ROOT, "(search index built from the store in %.0f ms before the first search)%n", build);
        } finally {
            deleteTree(dir);
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Integer>[] suppliers(List<String> args, java.util.function.Function<String, Integer> f) {
        List<String> a = args.isEmpty() ? List.of("nobody") : args;
        return a.stream().map(x -> (Supplier<Integer>) () -> f.apply(x)).toArray(Supplier[]::new);
    }

    private static void measure(String name, Supplier<Integer>[] calls, int repeats, PrintStream out) {
        calls[0].get();
        List<Double> ms = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            rows += calls[i % calls.length].get();
            ms.add((System.nanoTime() - s) / 1e6);
        }
        out.printf(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f%n", name, pct(ms, 50), pct(ms, 95), rows / (double) repeats);
    }

    private static List<String> column(Store store, String sql) {
        return store.sql(sql, 100).rows().stream().map(r -> String.valueOf(r.get(0))).toList();
    }

    static double pct(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder
        }
    }
}
