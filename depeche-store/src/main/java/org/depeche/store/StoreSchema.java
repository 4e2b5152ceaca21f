package org.depeche.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and columns of the store's schema, read from the schema script itself
 * ({@code schema-N.sql} for {@link Store#SCHEMA_VERSION} N), so that other writers of the same tables (the Spark job's Parquet
 * files) follow it without a second copy.
 */
public final class StoreSchema {

    /** One column: its name, its SQL type as the script writes it, and whether it may be null. */
    public record Column(String name, String sqlType, boolean nullable) {
    }

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(DOUBLE PRECISION|\\w+)(.*)$");
    private static final Map<String, List<Column>> TABLES = parse();

    private StoreSchema() {
    }

    /** Every table of the schema, in the script's order. */
    public static List<String> tables() {
        return List.copyOf(TABLES.keySet());
    }

    /** The columns of a table in their order (the order rows of {@link StoreRows} follow). */
    public static List<Column> columns(String table) {
        List<Column> c = TABLES.get(table);
        if (c == null) {
            throw new IllegalArgumentException("no table " + table + " in schema " + Store.SCHEMA_VERSION);
        }
        return c;
    }

    public static List<String> columnNames(String table) {
        return columns(table).stream().map(Column::name).toList();
    }

    private static Map<String, List<Column>> parse() {
        Map<String, List<Column>> out = new LinkedHashMap<>();
        for (String statement : Store.script("schema-" + Store.SCHEMA_VERSION + ".sql")) {
            Matcher t = TABLE.matcher(statement);
            if (!t.find()) {
                continue;
            }
            List<Column> cols = new ArrayList<>();
            for (String line : t.group(2).split(",\\s*\n|\n")) {
                Matcher c = COLUMN.matcher(line);
                if (!c.find() || c.group(1).equalsIgnoreCase("PRIMARY")) {
                    continue;
                }
                String rest = c.group(3).toUpperCase(Locale.ROOT);
                cols.add(new Column(c.group(1), c.group(2).toUpperCase(Locale.ROOT),
                        !rest.contains("NOT NULL") && !rest.contains("PRIMARY KEY")));
            }
            out.put(t.group(1), List.copyOf(cols));
        }
        return out;
    }
}
