package org.depeche.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts (or joins) a Spark session, runs the job, prints the summary; kept apart so {@link SparkCommand} loads no Spark class. */
final class SparkRunner {

    /** Exit status when some records failed and others were analysed. */
    static final int PARTIAL = 3;

    private SparkRunner() {
    }

    static int run(String master, JobOptions options, boolean quiet) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("depeche").master(m);
        if (m.startsWith("local")) {
            // one machine: no web UI, and few shuffle partitions (the aggregated tables are small)
            b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4");
        }
        SparkSession spark = b.getOrCreate();
        try {
            DepecheJob.Summary s = DepecheJob.run(spark, options);
            if (!quiet) {
                s.firstFailures().forEach(f -> System.err.println("depeche: " + f));
                if (s.failures() > s.firstFailures().size()) {
                    System.err.println("depeche: … " + (s.failures() - s.firstFailures().size()) + " more in "
                            + options.output() + "/failures");
                }
                System.err.printf(java.util.Locale.ROOT, "depeche: %d analysed, %d failed in %.1f s (%s)%n",
                        s.documents(), s.failures(), s.seconds(), options.output());
            }
            if (s.documents() == 0) {
                return 1;
            }
            return s.failures() > 0 ? PARTIAL : 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("depeche: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
