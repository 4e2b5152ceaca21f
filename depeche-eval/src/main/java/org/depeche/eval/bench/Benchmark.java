package org.depeche.eval.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.nlp.LanguageProfile;

/**
 * Depeche beside bare CoreNLP, in one JVM, on the same documents.
 *
 * <p>(a) bare CoreNLP with the annotators Depeche's language pipeline uses plus the dependency
 * parser on every sentence (French: tokenize, ssplit, mwt, pos, ner, depparse); (b) Depeche's full
 * {@code analyze}, JSON writing included. Models are loaded once (CoreNLP's annotator pool shares
 * them between (a) and (b)); warm-up documents run through both first and are not measured.
 * Each configuration runs at 1 thread and at the requested thread count.
 */
public final class Benchmark {

    /** Measures of one system at one thread count. */
    public record Run(String system, int threads, int docs, long tokens, double seconds, double p50Ms, double p95Ms,
                      long peakHeapBytes, int sentences, int parsedSentences) {
        double docsPerSecond() {
            return docs / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** What one document cost: its words and sentences, and how many sentences were parsed. */
    private record Work(int tokens, int sentences, int parsed) {
    }

    /** What the benchmark found. */
    public record Result(double bareLoadSeconds, double depecheLoadSeconds, List<Run> runs) {
    }

    private final String lang;
    private final Analyzer analyzer;
    private final String parseMode;

    /**
     * @param analyzer  the Depeche analysis to measure
     * @param parseMode words for the report: which sentences Depeche parses
     */
    public Benchmark(String lang, Analyzer analyzer, String parseMode) {
        this.lang = lang;
        this.analyzer = analyzer;
        this.parseMode = parseMode;
    }

    /**
     * @param docs the measured documents
     * @param warm documents run through both systems first, not measured
     */
    public Result run(List<Document> docs, List<Document> warm, int threads, PrintStream log) {
        return run(docs, warm, threads, 1, log);
    }

    /**
     * @param rounds how many times each configuration is measured, alternating the two systems;
     *               the run with the median throughput of each configuration is reported
     */
    public Result run(List<Document> docs, List<Document> warm, int threads, int rounds, PrintStream log) {
        Properties props = LanguageProfile.load(lang).baseProperties();
        props.setProperty("annotators", props.getProperty("annotators") + ",depparse");
        long t0 = System.nanoTime();
        StanfordCoreNLP bare = new StanfordCoreNLP(props);
        double bareLoad = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        analyzer.load(lang);
        double depecheLoad = (System.nanoTime() - t0) / 1e9;
        log.printf(Locale.ROOT, "loaded: bare CoreNLP %.1f s, then Depeche %.1f s more (its stages and data; "
                + "CoreNLP's models are shared)%n",
                bareLoad, depecheLoad);

        log.printf(Locale.ROOT, "warm-up: %d documents through both (not measured)%n", warm.size());
        measure("warm-up", warm, 1, d -> bare(bare, d));
        measure("warm-up", warm, 1, this::depeche);
        if (threads > 1) {
            measure("warm-up", warm, threads, d -> bare(bare, d));
            measure("warm-up", warm, threads, this::depeche);
        }

        List<Integer> counts = threads > 1 ? List.of(1, threads) : List.of(1);
        // per configuration (bare 1, Depeche 1, bare T, Depeche T), the runs of every round
        List<List<Run>> byConfig = new ArrayList<>();
        for (int round = 1; round <= Math.max(1, rounds); round++) {
            int config = 0;
            for (int t : counts) {
                log.printf(Locale.ROOT, "round %d: bare CoreNLP, %d thread(s), %d documents…%n", round, t, docs.size());
                record(byConfig, config++, measure("bare CoreNLP", docs, t, d -> bare(bare, d)));
                log.printf(Locale.ROOT, "round %d: Depeche, %d thread(s)…%n", round, t);
                record(byConfig, config++, measure("Depeche (" + parseMode + ")", docs, t, this::depeche));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (List<Run> config : byConfig) {
            List<Run> sorted = new ArrayList<>(config);
            sorted.sort(java.util.Comparator.comparingDouble(Run::tokensPerSecond));
            runs.add(sorted.get(sorted.size() / 2));
        }
        return new Result(bareLoad, depecheLoad, runs);
    }

    private static void record(List<List<Run>> byConfig, int config, Run run) {
        while (byConfig.size() <= config) {
            byConfig.add(new ArrayList<>());
        }
        byConfig.get(config).add(run);
    }

    private static Work bare(StanfordCoreNLP bare, Document d) {
        Annotation a = new Annotation(d.text());
        bare.annotate(a);
        int sentences = a.get(CoreAnnotations.SentencesAnnotation.class).size();
        return new Work(a.get(CoreAnnotations.TokensAnnotation.class).size(), sentences, sentences);
    }

    /** Full analysis and JSON writing (a failed document counts as no work). */
    private Work depeche(Document d) {
        AnalysisResult r = analyzer.analyze(d);
        if (r instanceof AnalysisResult.Analyzed a) {
            Document doc = a.document();
            if (DepecheJson.write(doc).isEmpty()) {
                throw new IllegalStateException("empty JSON for " + doc.id());
            }
            return new Work(doc.tokens().size(), doc.sentences().size(), doc.parsedSentences());
        }
        return new Work(0, 0, 0);
    }

    private static Run measure(String system, List<Document> docs, int threads, Function<Document, Work> work) {
        long before = HeapSampler.retainedAfterGc();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double[] ms = new double[docs.size()];
        long tokens = 0;
        int sentences = 0;
        int parsed = 0;
        long start = System.nanoTime();
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            List<Future<Work>> futures = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    Work w = work.apply(d);
                    ms[index] = (System.nanoTime() - s) / 1e6;
                    return w;
                }));
            }
            for (Future<Work> f : futures) {
                Work w = f.get();
                tokens += w.tokens();
                sentences += w.sentences();
                parsed += w.parsed();
            }
            peak = Math.max(heap.peak(), before);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(system + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(ms);
        return new Run(system, threads, docs.size(), tokens, seconds, percentile(ms, 0.5), percentile(ms, 0.95),
                peak, sentences, parsed);
    }

    /**
     * Streams {@code count} documents made by cycling the given ones (fresh ids) through the full
     * analysis and JSON writing, the way {@code depeche analyze} does, and samples the heap retained
     * after a full collection ten times along the way: flat samples show constant memory.
     *
     * @return the retained heap samples in bytes, the first taken before the run
     */
    public List<Long> stream(List<Document> seed, int count, int threads, PrintStream log) {
        List<Long> samples = new ArrayList<>();
        samples.add(HeapSampler.retainedAfterGc());
        int every = Math.max(1, count / 10);
        java.util.Iterator<Document> generated = new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Document next() {
                Document d = seed.get(next % seed.size());
                next++;
                return Document.of(d.id() + "#" + next, d.lang(), d.published(), d.meta(), d.text());
            }
        };
        int[] done = new int[1];
        long start = System.nanoTime();
        org.depeche.extract.OrderedParallel.map(generated, this::depeche, threads, w -> {
            done[0]++;
            if (done[0] % every == 0) {
                long retained = HeapSampler.retainedAfterGc();
                samples.add(retained);
                log.printf(Locale.ROOT, "  %,d documents, %.0f s: heap retained after GC %.0f MB%n", done[0],
                        (System.nanoTime() - start) / 1e9, retained / 1048576.0);
            }
        });
        return samples;
    }

    /** The side-by-side table of a result. */
    public static String table(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nload: bare CoreNLP %.1f s; Depeche %.1f s more (stages and their data;"
                + " CoreNLP models shared)%n",
                result.bareLoadSeconds(), result.depecheLoadSeconds()));
        out.append(String.format(Locale.ROOT, "%-26s %7s %6s %9s %9s %9s %9s %10s %12s%n", "system", "threads", "docs",
                "docs/s", "tokens/s", "p50 ms", "p95 ms", "peak heap", "parsed/sent."));
        for (Run r : result.runs()) {
            out.append(String.format(Locale.ROOT, "%-26s %7d %6d %9.2f %9.0f %9.1f %9.1f %7.0f MB %6d/%d%n", r.system(),
                    r.threads(), r.docs(), r.docsPerSecond(), r.tokensPerSecond(), r.p50Ms(), r.p95Ms(),
                    r.peakHeapBytes() / 1048576.0, r.parsedSentences(), r.sentences()));
        }
        List<Run> runs = result.runs();
        Run bare1 = runs.get(0);
        Run dep1 = runs.get(1);
        out.append(String.format(Locale.ROOT, "%nDepeche / bare CoreNLP throughput, 1 thread: %.2f×%n",
                dep1.tokensPerSecond() / bare1.tokensPerSecond()));
        if (runs.size() >= 4) {
            Run bareT = runs.get(2);
            Run depT = runs.get(3);
            out.append(String.format(Locale.ROOT, "Depeche / bare CoreNLP throughput, %d threads: %.2f×%n", depT.threads(),
                    depT.tokensPerSecond() / bareT.tokensPerSecond()));
            out.append(String.format(Locale.ROOT, "scaling 1 → %d threads: bare CoreNLP %.2f×, Depeche %.2f×%n",
                    depT.threads(), bareT.tokensPerSecond() / bare1.tokensPerSecond(),
                    depT.tokensPerSecond() / dep1.tokensPerSecond()));
        }
        out.append("(median of the rounds for each row; warm-up excluded, at 1 and at N threads; tokens are syntactic words after multi-word splitting; peak heap is the"
                + " highest used heap sampled every 20 ms during the run, garbage included)\n");
        return out.toString();
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
