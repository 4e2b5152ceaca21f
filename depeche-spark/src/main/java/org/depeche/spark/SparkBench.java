package org.depeche.spark;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.extract.OrderedParallel;
import org.depeche.io.ArticleReader;
import org.depeche.io.InputRecord;
import org.depeche.model.DepecheJson;

/**
 * {@code depeche spark --bench ROUNDS}: the same articles through {@code analyze}'s path at one
 * thread (reader, {@link Analyzer}, depeche/1 JSON) and through the whole Spark job at
 * {@code local[1]} and {@code local[2]}, in one JVM (models loaded once, by a warm-up round of
 * the analyze path that is not counted), ROUNDS rounds each, medians reported; the heap retained
 * after a full GC is printed after every round.
 */
final class SparkBench {

    private SparkBench() {
    }

    static int run(JobOptions base, int rounds) throws IOException {
        Analyzer analyzer = ExecutorAnalyzer.get(base.parseAll());
        long articles = cliRound(base, analyzer);
        System.err.printf(Locale.ROOT, "bench: warm-up (analyze path, models loaded): %d articles; heap after GC %d MB%n",
                articles, retainedMb());
        List<Double> cli = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        Path tmp = Files.createTempDirectory("depeche-spark-bench");
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            cliRound(base, analyzer);
            cli.add((System.nanoTime() - t0) / 1e9);
            report("analyze path, 1 thread", r, cli);
        }
        for (String master : List.of("local[1]", "local[2]")) {
            SparkSession spark = SparkSession.builder().appName("depeche-bench").master(master)
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
            try {
                for (int r = 0; r < rounds; r++) {
                    JobOptions o = new JobOptions(base.inputs(), tmp.resolve(master.replaceAll("\\W", "") + "-" + r).toString(),
                            base.lang(), base.published(), base.encoding(), base.maxBytes(), base.parseAll(),
                            base.partitions(), false, true);
                    DepecheJob.Summary s = DepecheJob.run(spark, o);
                    (master.equals("local[1]") ? one : two).add(s.seconds());
                    report("spark job " + master + " (" + s.documents() + " documents)", r,
                            master.equals("local[1]") ? one : two);
                }
            } finally {
                spark.stop();
            }
        }
        double mCli = median(cli);
        double m1 = median(one);
        double m2 = median(two);
        System.out.printf(Locale.ROOT, "%d articles, median of %d rounds:%n", articles, rounds);
        System.out.printf(Locale.ROOT, "  analyze path, 1 thread  %7.1f s  %6.2f articles/s%n", mCli, articles / mCli);
        System.out.printf(Locale.ROOT, "  spark job, local[1]     %7.1f s  %6.2f articles/s  (%.2fx the analyze path)%n",
                m1, articles / m1, mCli / m1);
        System.out.printf(Locale.ROOT, "  spark job, local[2]     %7.1f s  %6.2f articles/s  (scaling %.2fx over local[1])%n",
                m2, articles / m2, m1 / m2);
        System.out.printf(Locale.ROOT, "  heap retained after GC at the end: %d MB (max heap %d MB)%n", retainedMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    /** One pass of analyze's path at one thread: the reader, the Analyzer, the JSON written to nowhere. */
    private static long cliRound(JobOptions o, Analyzer analyzer) {
        long[] n = {0};
        Writer sink = Writer.nullWriter();
        try (ArticleReader reader = new ArticleReader(o.inputs(), o.readOptions(), System.in)) {
            OrderedParallel.map(reader, record -> record instanceof InputRecord.Article a
                            ? analyzer.analyze(a.document())
                            : new AnalysisResult.Failed(record.origin(), ((InputRecord.Failure) record).message()),
                    1, result -> {
                        if (result instanceof AnalysisResult.Analyzed a) {
                            try {
                                sink.write(DepecheJson.write(a.document()));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            n[0]++;
                        }
                    });
        }
        return n[0];
    }

    private static void report(String what, int round, List<Double> times) {
        System.err.printf(Locale.ROOT, "bench: %s, round %d: %.1f s; heap after GC %d MB%n", what, round + 1,
                times.get(times.size() - 1), retainedMb());
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    /** Old-generation (tenured) heap in use just after a full GC, in MB. */
    private static long retainedMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null) {
                used += p.getCollectionUsage().getUsed();
            }
        }
        return used >> 20;
    }
}
