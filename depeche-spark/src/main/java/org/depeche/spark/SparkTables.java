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
import org.depeche.store.StoreSchema;

/** The store's tables (depeche-store's schema script) as Spark schemas, and its rows as Spark rows. */
final class SparkTables {

    /** The partition column every per-document table carries: the publication month, {@code yyyy-MM}. */
    static final String MONTH = "published_month";

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
