package org.depeche.store;

import java.util.List;

/** The rows of a read-only SQL query: column names, then values (JDBC objects) in that order. */
public record SqlResult(List<String> columns, List<List<Object>> rows) {

    public SqlResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
