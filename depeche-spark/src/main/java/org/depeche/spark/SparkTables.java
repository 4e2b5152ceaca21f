package org.depeche.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.depeche.store.StoreRows;
import org.depeche.store.StoreSchema;

/**
 * The store's tables (depeche-store's schema script) as Spark schemas, its rows as Spark rows, and
 * the one row type of the analysis pass ({@link #TAGGED}): every row of every table the job writes,
 * tagged with its table.
 */
final class SparkTables {

    /** The partition column every per-document table carries: the publication month, {@code yyyy-MM}. */
    static final String MONTH = "published_month";

    /** The tag column of {@link #TAGGED}: the table a row belongs to. */
    static final String TABLE = "table";

    /** The job's own table of records it could not read or analyse. */
    static final String FAILURES = "failures";

    /** The tables that are partitioned by {@link #MONTH}: the document and its facts, in writing order. */
    static final List<String> PER_DOCUMENT = perDocument();

    /** Every table a row of the analysis pass may belong to. */
    static final List<String> OUTPUTS = outputs();

    /**
     * A row of any table: {@link #TABLE}, {@link #MONTH} (for the per-document tables), then one
     * nullable struct per table of {@link #OUTPUTS}, named after it, of which the row fills the
     * one its tag names. The analysis pass writes these, the job splits them by tag.
     */
    static final StructType TAGGED = tagged();

    private static List<String> perDocument() {
        List<String> t = new ArrayList<>();
        t.add("documents");
        t.addAll(StoreRows.FACT_TABLES);
        return List.copyOf(t);
    }

    private static List<String> outputs() {
        List<String> t = new ArrayList<>(perDocument());
        t.addAll(List.of("store_entities", "store_aliases", FAILURES));
        return List.copyOf(t);
    }

    private static StructType tagged() {
        StructType s = DataTypes.createStructType(List.of(
                DataTypes.createStructField(TABLE, DataTypes.StringType, false),
                DataTypes.createStructField(MONTH, DataTypes.StringType, true)));
        for (String t : OUTPUTS) {
            s = s.add(t, columnsOf(t), true);
        }
        return s;
    }

    /** The columns of one of {@link #OUTPUTS}: a store table's, or the failures' (id, origin, message). */
    static StructType columnsOf(String table) {
        if (table.equals(FAILURES)) {
            return DataTypes.createStructType(List.of(
                    DataTypes.createStructField("id", DataTypes.StringType, true),
                    DataTypes.createStructField("origin", DataTypes.StringType, false),
                    DataTypes.createStructField("message", DataTypes.StringType, false)));
        }
        return schema(table, false);
    }

    /** A row of {@link #TAGGED}: the values of one row of {@code table} (store values, {@link #row}), and its month. */
    static Row tagged(String table, Object[] values, String month) {
        int at = OUTPUTS.indexOf(table);
        if (at < 0) {
            throw new IllegalArgumentException("not a table of the job: " + table);
        }
        Object[] out = new Object[2 + OUTPUTS.size()];
        out[0] = table;
        out[1] = month;
        out[2 + at] = row(values, null, false);
        return RowFactory.create(out);
    }

    private SparkTables() {
    }

    /** The Spark schema of a store table, optionally followed by the {@link #MONTH} column. */
    static StructType schema(String table, boolean withMonth) {
        List<StructField> fields = new ArrayList<>();
        for (StoreSchema.Column c : StoreSchema.columns(table)) {
            fields.add(DataTypes.createStructField(c.name(), type(c.sqlType()), c.nullable()));
        }
        if (withMonth) {
            fields.add(DataTypes.createStructField(MONTH, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "TEXT" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "TIMESTAMP" -> DataTypes.TimestampType;
            case "DOUBLE PRECISION" -> DataTypes.DoubleType;
            default -> throw new IllegalArgumentException("no Spark type for SQL type " + sql);
        };
    }

    /** A store row ({@link org.depeche.store.StoreRows} values) as a Spark row, with the month when given. */
    static Row row(Object[] values, String month, boolean withMonth) {
        Object[] out = new Object[values.length + (withMonth ? 1 : 0)];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            out[i] = v instanceof LocalDate d ? Date.valueOf(d) : v;
        }
        if (withMonth) {
            out[values.length] = month;
        }
        return RowFactory.create(out);
    }

    static String month(LocalDate published) {
        return published == null ? null : published.toString().substring(0, 7);
    }
}
