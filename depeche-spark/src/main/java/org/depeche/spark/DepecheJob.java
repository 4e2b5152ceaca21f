package org.depeche.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.io.ArticleReader;
import org.depeche.io.InputException;
import org.depeche.io.InputRecord;
import org.depeche.io.ReadOptions;
import org.depeche.model.Document;
import org.depeche.store.Lookahead;
import org.depeche.store.Sidecar;
import org.depeche.store.Store;
import org.depeche.store.StoreRows;

/**
 * Depeche as a Spark job: articles in, the store's tables out as Parquet (docs/spark.md).
 *
 * <ol>
 *   <li>The driver lists the inputs ({@link InputPlan}); text and HTML files are read as bytes
 *       (so that depeche-io detects their encoding, as {@code analyze} does), JSONL files line by
 *       line, Parquet datasets row by row; each becomes an input unit.</li>
 *   <li>The units are spread over partitions; one pass streams each partition through the
 *       executor JVM's one {@link Analyzer} ({@link ExecutorAnalyzer}): the same depeche-io
 *       readers and the same {@code Analyzer} as {@code analyze}. Each analysed document becomes,
 *       in that same pass, every row it puts in the store's tables, through depeche-store's
 *       {@link StoreRows} (the mapping the DuckDB and PostgreSQL store use), each row tagged with
 *       its table ({@link SparkTables#TAGGED}); a unit that cannot be read or analysed becomes a
 *       row of {@code failures}; the job goes on.</li>
 *   <li>The tagged rows are kept on the executors' disks, so each document is analysed once; each
 *       table is written from them by its tag. Nothing written is read back.</li>
 * </ol>
 *
 * <p>Per-document tables are partitioned by publication month ({@code published_month=2023-09});
 * {@code store_entities}, {@code store_aliases}, {@code store_meta} and {@code failures} are not.
 */
public final class DepecheJob {

    /** What a run did. */
    public record Summary(long documents, long failures, List<String> firstFailures, double seconds) {
    }

    /** Unit kinds: a text or HTML file, a JSONL line, a JSON object (a Parquet row), a failure found while listing. */
    private static final String FILE = "file";
    private static final String JSONL = "jsonl";
    private static final String JSON = "json";
    private static final String FAILED = "failed";

    static final StructType UNIT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("origin", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("bytes", DataTypes.BinaryType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("message", DataTypes.StringType, true),
            DataTypes.createStructField("meta", DataTypes.BinaryType, true)));

    private DepecheJob() {
    }

    /** Runs the job; the output folder must not exist unless {@code overwrite}. */
    public static Summary run(SparkSession spark, JobOptions o) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Path out = new Path(o.output());
        FileSystem outFs = out.getFileSystem(jsc.hadoopConfiguration());
        if (outFs.exists(out)) {
            if (!o.overwrite()) {
                throw new IllegalArgumentException("output " + o.output() + " exists (add --overwrite to replace it)");
            }
            outFs.delete(out, true);
        }
        spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        InputPlan plan = InputPlan.of(o.inputs(), jsc.hadoopConfiguration(), o.readOptions());
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("nothing to read in " + String.join(", ", o.inputs()));
        }
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, 4 * jsc.defaultParallelism());

        Dataset<Row> tagged = units(spark, jsc, plan, o).repartition(partitions)
                .flatMap(analyse(o), Encoders.row(SparkTables.TAGGED))
                .persist(StorageLevel.DISK_ONLY());
        try {
            // the first action runs the analysis (once: its rows stay on disk) and checks doc_no before anything is written
            Dataset<Row> docs = table(tagged, "documents", true);
            checkDocNumbers(docs);
            for (String table : SparkTables.PER_DOCUMENT) {
                write(table(tagged, table, true), o.output(), table, true);
            }
            write(table(tagged, "store_entities", false).groupBy("store_entity").agg(min("type").as("type"),
                    min("name").as("name"), min("created_at").as("created_at")), o.output(), "store_entities", false);
            write(table(tagged, "store_aliases", false).groupBy("store_entity", "alias_norm").agg(min("alias").as("alias"),
                    min("alias_kind").as("alias_kind"), max("joinable").as("joinable")), o.output(), "store_aliases", false);
            write(spark.createDataFrame(List.of(RowFactory.create("schema_version", Integer.toString(Store.SCHEMA_VERSION)),
                    RowFactory.create("written_by", "depeche spark")), SparkTables.schema("store_meta", false))
                    .coalesce(1), o.output(), "store_meta", false);
            Dataset<Row> failures = table(tagged, SparkTables.FAILURES, false);
            write(failures, o.output(), SparkTables.FAILURES, false);
            if (o.json()) {
                docs.select(col("analysis"), col(SparkTables.MONTH)).write().mode(SaveMode.ErrorIfExists)
                        .partitionBy(SparkTables.MONTH).text(o.output() + "/json");
            }
            long nDocs = 0;
            long nFailed = 0;
            for (Row r : tagged.filter(col(SparkTables.TABLE).isin("documents", SparkTables.FAILURES))
                    .groupBy(SparkTables.TABLE).count().collectAsList()) {
                if (r.getString(0).equals("documents")) {
                    nDocs = r.getLong(1);
                } else {
                    nFailed = r.getLong(1);
                }
            }
            List<String> first = new ArrayList<>();
            if (nFailed > 0) {
                for (Row r : failures.orderBy("origin").limit(100).collectAsList()) {
                    first.add(r.getString(1) + ": " + r.getString(2));
                }
            }
            return new Summary(nDocs, nFailed, first, (System.nanoTime() - t0) / 1e9);
        } finally {
            tagged.unpersist();
        }
    }

    /** The rows of one table among the tagged rows: its columns, then the month when {@code withMonth}. */
    private static Dataset<Row> table(Dataset<Row> tagged, String table, boolean withMonth) {
        Dataset<Row> rows = tagged.filter(col(SparkTables.TABLE).equalTo(table));
        return withMonth ? rows.select(col(table + ".*"), col(SparkTables.MONTH)) : rows.select(col(table + ".*"));
    }

    /** Fails when two different documents of the output share a doc_no ({@link #docNoOf}). */
    private static void checkDocNumbers(Dataset<Row> documents) {
        List<Row> shared = documents.select(col("doc_no"), col("doc_key")).distinct().groupBy("doc_no")
                .agg(functions.count("doc_key").as("n"), min("doc_key").as("a"), max("doc_key").as("b"))
                .filter(col("n").gt(1)).limit(3).collectAsList();
        if (!shared.isEmpty()) {
            Row r = shared.get(0);
            throw new IllegalStateException("documents " + r.getString(2) + " and " + r.getString(3)
                    + " share doc_no " + r.getLong(0) + " (their keys' first 63 bits): the output is not a valid store");
        }
    }

    private static void write(Dataset<Row> rows, String output, String table, boolean byMonth) {
        var w = rows.write().mode(SaveMode.ErrorIfExists);
        if (byMonth) {
            w = w.partitionBy(SparkTables.MONTH);
        }
        w.parquet(output + "/" + table);
    }

    // ------------------------------------------------------------------ input units

    private static Dataset<Row> units(SparkSession spark, JavaSparkContext jsc, InputPlan plan, JobOptions o) {
        List<Dataset<Row>> parts = new ArrayList<>();
        int slices = Math.max(1, jsc.defaultParallelism());
        if (!plan.failures.isEmpty()) {
            List<Row> rows = new ArrayList<>();
            for (InputPlan.Failure f : plan.failures) {
                rows.add(RowFactory.create(FAILED, f.origin(), null, null, null, f.message(), null));
            }
            parts.add(spark.createDataFrame(rows, UNIT));
        }
        Broadcast<InputPlan> shared = jsc.broadcast(plan);
        if (!plan.files.isEmpty()) {
            JavaRDD<Row> files = jsc.binaryFiles(String.join(",", plan.files), slices).map(f -> {
                InputPlan p = shared.value();
                String uri = f._1();
                LocalDate gold = p.goldDateOf(uri);
                return RowFactory.create(FILE, p.originOf(uri), new Path(uri).getName(), f._2().toArray(),
                        gold == null ? null : java.sql.Date.valueOf(gold), null, p.metaOf(uri));
            });
            parts.add(spark.createDataFrame(files, UNIT));
        }
        if (!plan.jsonl.isEmpty()) {
            long maxBytes = o.maxBytes();
            JavaRDD<Row> lines = jsc.binaryFiles(String.join(",", plan.jsonl), slices)
                    .flatMap(f -> jsonlUnits(shared.value().originOf(f._1()), f._2(), maxBytes));
            parts.add(spark.createDataFrame(lines, UNIT));
        }
        for (String p : plan.parquet) {
            parts.add(parquetUnits(spark, p, plan.originOf(p)));
        }
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    /** The lines of a JSONL file, streamed, each with its origin {@code file:LINE} as {@code analyze} names it. */
    private static Iterator<Row> jsonlUnits(String origin, PortableDataStream stream, long maxBytes) throws IOException {
        InputStream in = stream.open();
        ArticleReader.Lines lines = new ArticleReader.Lines(in, maxBytes);
        return new Lookahead<>() {
            int lineNo;
            boolean done;

            @Override
            protected Row read() {
                if (done) {
                    return null;
                }
                try {
                    byte[] line = lines.next();
                    if (line == null) {
                        done = true;
                        lines.close();
                        return null;
                    }
                    lineNo++;
                    return RowFactory.create(JSONL, origin + ":" + lineNo, null, line, null, null, null);
                } catch (IOException e) {
                    done = true;
                    lines.close();
                    return RowFactory.create(FAILED, origin + ":" + lineNo, null, null, null,
                            "cannot read: " + e.getMessage(), null);
                }
            }
        };
    }

    /** A Parquet dataset's rows as the JSON objects of the JSONL fields (id, text or html, published, lang, url, source, title). */
    private static Dataset<Row> parquetUnits(SparkSession spark, String path, String origin) {
        Dataset<Row> in = spark.read().parquet(path);
        List<String> present = Arrays.asList(in.columns());
        List<Column> fields = new ArrayList<>();
        for (String f : List.of("id", "text", "html", "published", "lang", "url", "source", "title")) {
            if (present.contains(f)) {
                fields.add(col(f).cast(f.equals("published") ? "string" : "string").as(f));
            }
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(origin + ": a Parquet input needs the columns id, text or html"
                    + " (published, lang, url, source, title optional); it has " + present);
        }
        Column where = present.contains("id")
                ? functions.concat(lit(origin + "#"), functions.coalesce(col("id").cast("string"),
                        functions.monotonically_increasing_id().cast("string")))
                : functions.concat(lit(origin + "#"), functions.monotonically_increasing_id().cast("string"));
        return in.select(lit(JSON).as("kind"), where.as("origin"), lit(null).cast("string").as("name"),
                functions.encode(functions.to_json(functions.struct(fields.toArray(Column[]::new))), "UTF-8").as("bytes"),
                lit(null).cast("date").as("published"), lit(null).cast("string").as("message"),
                lit(null).cast("binary").as("meta"));
    }

    // ------------------------------------------------------------------ analysis

    /**
     * The analysis pass: each unit through the executor JVM's one Analyzer, built on its first
     * document ({@link ExecutorAnalyzer}), to the tagged rows of every table.
     */
    private static FlatMapFunction<Row, Row> analyse(JobOptions o) {
        return unit -> analyseUnit(unit, o.readOptions(), ExecutorAnalyzer.get(o.parseAll())).iterator();
    }

    /**
     * One unit through depeche-io's reader and the Analyzer: the tagged rows of its document (its
     * {@code documents} row, then its rows of every fact table, store entity and alias, all from
     * {@link StoreRows}), one {@code failures} row, or none (a blank line).
     */
    static List<Row> analyseUnit(Row unit, ReadOptions options, Analyzer analyzer) {
        String kind = unit.getString(0);
        String origin = unit.getString(1);
        String id = null;
        try {
            InputRecord record = switch (kind) {
                case FILE -> besideFiles(ArticleReader.fromFile(origin, unit.getString(2), (byte[]) unit.get(3), options),
                        origin, (byte[]) unit.get(6), unit.isNullAt(4) ? null : unit.getDate(4).toLocalDate());
                case JSONL -> ArticleReader.fromJsonLine(origin, (byte[]) unit.get(3), options);
                case JSON -> ArticleReader.fromJson(origin, origin, new String((byte[]) unit.get(3), StandardCharsets.UTF_8),
                        options);
                default -> new InputRecord.Failure(origin, unit.getString(5));
            };
            if (record == null) {
                return List.of();
            }
            if (record instanceof InputRecord.Failure f) {
                return List.of(failure(f.origin(), null, f.message()));
            }
            Document doc = ((InputRecord.Article) record).document();
            id = doc.id();
            AnalysisResult result = analyzer.analyze(doc);
            if (result instanceof AnalysisResult.Failed f) {
                return List.of(failure(f.origin(), id, f.message()));
            }
            return rowsOf(((AnalysisResult.Analyzed) result).document());
        } catch (RuntimeException | StackOverflowError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return List.of(failure(origin, id, "analysis failed: " + msg));
        }
    }

    /**
     * Every row an analysed document puts in the store's tables, tagged. Its clusters are joined to
     * store entities by their names alone (no lookup of other articles: a task sees one article at
     * a time), so the same full name gets the same store entity in every article (docs/spark.md
     * says where this differs from {@code ingest}).
     */
    static List<Row> rowsOf(Document analysed) {
        String key = Store.keyOf(analysed);
        long no = docNoOf(key);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String month = SparkTables.month(analysed.published());
        List<Row> out = new ArrayList<>();
        out.add(SparkTables.tagged("documents", StoreRows.documentRow(key, no, analysed, now), month));
        StoreRows rows = StoreRows.of(key, no, analysed, k -> List.of(), now);
        for (String table : StoreRows.FACT_TABLES) {
            for (Object[] r : rows.rows(table)) {
                out.add(SparkTables.tagged(table, r, month));
            }
        }
        for (Object[] r : rows.storeEntities()) {
            out.add(SparkTables.tagged("store_entities", r, null));
        }
        for (Object[] r : rows.aliases()) {
            out.add(SparkTables.tagged("store_aliases", r, null));
        }
        return out;
    }

    /**
     * A file's article with what the files beside it give ({@link Sidecar#apply}, the rule of
     * {@code ingest}): its {@code NAME.meta.json}, else the gold file's day; a bad sidecar makes
     * the article a failure naming the sidecar.
     */
    private static InputRecord besideFiles(InputRecord r, String origin, byte[] meta, LocalDate gold) {
        if (!(r instanceof InputRecord.Article a) || (meta == null && gold == null)) {
            return r;
        }
        try {
            return new InputRecord.Article(Sidecar.apply(a.document(), meta == null ? null : Sidecar.parse(meta), gold));
        } catch (InputException e) {
            return new InputRecord.Failure(InputPlan.stemOf(origin) + ".meta.json", e.getMessage());
        }
    }

    /**
     * The doc_no of a document in the job's output. The job has no database sequence and its
     * tasks see one article at a time, so the number is derived from the document's key (hex
     * sha-256): its first 16 hex digits as an unsigned 64-bit number, top bit cleared, a
     * non-negative {@code long}. Deterministic (a rerun gives every article the same number) and,
     * at 63 bits, distinct for distinct keys unless two keys share their first 63 bits
     * ({@link #run} checks that no two keys of one output share a number, and fails if they do).
     */
    static long docNoOf(String docKey) {
        return Long.parseUnsignedLong(docKey.substring(0, 16), 16) >>> 1;
    }

    private static Row failure(String origin, String id, String message) {
        return SparkTables.tagged(SparkTables.FAILURES, new Object[] {id, origin, message}, null);
    }
}
