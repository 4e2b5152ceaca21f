package org.depeche.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.depeche.io.ReadOptions;
import org.depeche.store.StoreRows;
import org.depeche.store.StoreSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's parts that need neither models nor a Spark session. */
class SparkUnitsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderIsListedAsAnalyzeWalksItWithOriginsAsTheUserWroteThem() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Un texte.");
        Files.writeString(in.resolve("a.gold.json"), "{\"published\": \"2023-09-18\"}");
        Files.writeString(in.resolve("b.jsonl"), "{}\n");
        Files.writeString(in.resolve("notes.md"), "not an article");
        Files.write(in.resolve("big.txt"), new byte[2048]);
        InputPlan plan = InputPlan.of(List.of(in.toString(), tmp.resolve("missing").toString()), new Configuration(),
                new ReadOptions(null, null, null, 1024));
        assertThat(plan.files).hasSize(1);
        assertThat(plan.originOf(plan.files.get(0))).isEqualTo(in + "/a.txt");
        assertThat(plan.goldDateOf(plan.files.get(0))).isEqualTo(LocalDate.of(2023, 9, 18));
        assertThat(plan.metaOf(plan.files.get(0))).isNull();
        assertThat(plan.jsonl).hasSize(1);
        assertThat(plan.failures).extracting(InputPlan.Failure::origin)
                .containsExactlyInAnyOrder(in + "/big.txt", tmp.resolve("missing").toString());
        assertThat(plan.failures).extracting(InputPlan.Failure::message).anyMatch(m -> m.startsWith("too large"))
                .contains("no such file");
    }

    @Test
    void theFilesBesideAnArticleAreFoundForAFolderAndForAFileGivenByName() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("beside"));
        Files.writeString(in.resolve("a.txt"), "Un texte.");
        Files.writeString(in.resolve("a.meta.json"), "{\"published\": \"2024-03-12\"}");
        Files.writeString(in.resolve("b.txt"), "Un autre texte.");
        Files.writeString(in.resolve("b.gold.json"), "{\"published\": \"2024-03-10\"}");
        InputPlan folder = InputPlan.of(List.of(in.toString()), new Configuration(), ReadOptions.defaults());
        assertThat(folder.files).hasSize(2);
        assertThat(new String(folder.metaOf(folder.files.get(0)))).contains("2024-03-12");
        assertThat(folder.goldDateOf(folder.files.get(0))).isNull();
        assertThat(folder.metaOf(folder.files.get(1))).isNull();
        assertThat(folder.goldDateOf(folder.files.get(1))).isEqualTo(LocalDate.of(2024, 3, 10));
        InputPlan given = InputPlan.of(List.of(in.resolve("a.txt").toString(), in.resolve("b.txt").toString()),
                new Configuration(), ReadOptions.defaults());
        assertThat(given.metaOf(given.files.get(0))).isNotNull();
        assertThat(given.goldDateOf(given.files.get(1))).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aFileWithABadSidecarIsAFailureNamingTheSidecarBeforeAnyAnalysis() {
        Row unit = RowFactory.create("file", "in/a.txt", "a.txt", "Un texte.".getBytes(), null, null,
                "{\"publised\": \"2024-03-12\"}".getBytes());
        Row r = failureOf(DepecheJob.analyseUnit(unit, ReadOptions.defaults(), null));
        assertThat(r.getString(1)).isEqualTo("in/a.meta.json");
        assertThat(r.getString(2)).contains("publised");
    }

    @Test
    void docNumbersComeFromTheKeyNonNegativeAndTheSameOnEveryRun() {
        String zeros = "0".repeat(64);
        String top = "f".repeat(64);
        assertThat(DepecheJob.docNoOf(zeros)).isZero();
        assertThat(DepecheJob.docNoOf(top)).isEqualTo(Long.MAX_VALUE);
        String a = org.depeche.store.Store.keyOf("Un texte.", null);
        String b = org.depeche.store.Store.keyOf("Un texte.", "https://example.org/a");
        assertThat(DepecheJob.docNoOf(a)).isEqualTo(DepecheJob.docNoOf(a)).isNotEqualTo(DepecheJob.docNoOf(b))
                .isEqualTo(Long.parseUnsignedLong(a.substring(0, 16), 16) >>> 1);
        assertThat(DepecheJob.docNoOf(b)).isNotNegative();
        assertThat(SparkTables.schema("documents", false).apply("doc_no").dataType()).isEqualTo(DataTypes.LongType);
    }

    @Test
    void aFolderWithoutArticlesIsOneFailure() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("readme.md"), "x");
        InputPlan plan = InputPlan.of(List.of(empty.toString()), new Configuration(), ReadOptions.defaults());
        assertThat(plan.failures).singleElement().extracting(InputPlan.Failure::message).asString().contains("no .txt");
    }

    @Test
    void sparkSchemasFollowTheStoreSchemaWithTheMonthLast() {
        StructType quotes = SparkTables.schema("quotes", true);
        assertThat(quotes.fieldNames()).startsWith(StoreSchema.columnNames("quotes").toArray(String[]::new))
                .endsWith(SparkTables.MONTH).hasSize(StoreSchema.columns("quotes").size() + 1);
        assertThat(quotes.apply("q_start").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(quotes.apply("q_start").nullable()).isFalse();
        assertThat(SparkTables.schema("documents", false).apply("published").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(SparkTables.month(LocalDate.of(2023, 9, 18))).isEqualTo("2023-09");
        assertThat(SparkTables.month(null)).isNull();
    }

    @Test
    void aUnitThatCannotBeReadIsAFailureRowWithItsOriginNeverAnException() {
        Row unit = RowFactory.create("jsonl", "feed.jsonl:7", null, "{\"id\": ".getBytes(), null, null, null);
        Row r = failureOf(DepecheJob.analyseUnit(unit, ReadOptions.defaults(), null));
        assertThat(r.isNullAt(0)).isTrue();
        assertThat(r.getString(1)).isEqualTo("feed.jsonl:7");
        assertThat(r.getString(2)).startsWith("malformed JSON");
        Row blank = RowFactory.create("jsonl", "feed.jsonl:8", null, "   ".getBytes(), null, null, null);
        assertThat(DepecheJob.analyseUnit(blank, ReadOptions.defaults(), null)).isEmpty();
    }

    @Test
    void aTaggedRowFillsTheStructOfItsTableOnlyWithTheStoreValuesAsSparkValues() {
        Row r = SparkTables.tagged("timexes", new Object[] {"k", "t1", "DATE", "2024-03-12", 3, 9, "mardi", null, null, 0,
            7L, LocalDate.of(2024, 3, 12)}, "2024-03");
        assertThat(r.getString(SparkTables.TAGGED.fieldIndex(SparkTables.TABLE))).isEqualTo("timexes");
        assertThat(r.getString(SparkTables.TAGGED.fieldIndex(SparkTables.MONTH))).isEqualTo("2024-03");
        for (String table : SparkTables.OUTPUTS) {
            assertThat(r.isNullAt(SparkTables.TAGGED.fieldIndex(table))).as(table).isEqualTo(!table.equals("timexes"));
        }
        Row timex = r.getStruct(SparkTables.TAGGED.fieldIndex("timexes"));
        assertThat(timex.size()).isEqualTo(StoreSchema.columns("timexes").size());
        assertThat(timex.get(StoreSchema.columnNames("timexes").indexOf("published"))).isEqualTo(Date.valueOf("2024-03-12"));
        assertThat(SparkTables.OUTPUTS).containsAll(StoreRows.FACT_TABLES).contains("documents", "store_entities",
                "store_aliases", "failures");
    }

    /** The failures row (id, origin, message) of the one tagged row a unit gave. */
    private static Row failureOf(List<Row> rows) {
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(0)).isEqualTo(SparkTables.FAILURES);
        return rows.get(0).getStruct(SparkTables.TAGGED.fieldIndex(SparkTables.FAILURES));
    }
}
