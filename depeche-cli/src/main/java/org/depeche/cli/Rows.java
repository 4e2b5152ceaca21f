package org.depeche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depeche.model.DepecheJson;

/** Query results on standard output: an aligned table, JSON Lines or CSV. */
final class Rows {

    enum Format { TABLE, JSON, CSV }

    private static final ObjectMapper JSON = DepecheJson.mapper();
    private static final int MAX_CELL = 60;

    private Rows() {
    }

    /** Table at a terminal, JSON Lines elsewhere, unless the user chose. */
    static Format resolve(Format chosen) {
        return chosen != null ? chosen : System.console() != null ? Format.TABLE : Format.JSON;
    }

    /** Prints records (or maps) as rows with one column per component. */
    static void print(List<?> rows, Format format, PrintStream out) {
        List<JsonNode> nodes = rows.stream().map(r -> (JsonNode) JSON.valueToTree(r)).toList();
        switch (format) {
            case JSON -> nodes.forEach(n -> out.println(n.toString()));
            case CSV -> csv(nodes, out);
            case TABLE -> table(nodes, out);
            default -> throw new IllegalStateException();
        }
    }

    /** A whole object (a profile) as one JSON line. */
    static void printObject(Object o, PrintStream out) {
        out.println(JSON.valueToTree(o).toString());
    }

    private static List<String> columns(List<JsonNode> nodes) {
        List<String> cols = new ArrayList<>();
        for (JsonNode n : nodes) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!cols.contains(f)) {
                    cols.add(f);
                }
            }
        }
        return cols;
    }

    /** One cell: scalars as they are, lists joined with "; ", arguments as "Role: words". */
    static String cell(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(cell(x)));
            return String.join("; ", parts);
        }
        if (v.isObject()) {
            if (v.has("role") && v.has("text")) {
                return v.get("role").asText() + ": " + v.get("text").asText();
            }
            return v.toString();
        }
        return v.asText();
    }

    private static void csv(List<JsonNode> nodes, PrintStream out) {
        List<String> cols = columns(nodes);
        out.println(String.join(",", cols.stream().map(Rows::csvCell).toList()));
        for (JsonNode n : nodes) {
            out.println(String.join(",", cols.stream().map(c -> csvCell(cell(n.get(c)))).toList()));
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static void table(List<JsonNode> nodes, PrintStream out) {
        if (nodes.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<String> cols = columns(nodes);
        // the store's long key is for programs; the table shows the document id
        if (cols.contains("doc")) {
            cols.remove("docKey");
        }
        Map<String, Integer> width = new LinkedHashMap<>();
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode n : nodes) {
            List<String> row = new ArrayList<>();
            for (String c : cols) {
                String s = cell(n.get(c)).replaceAll("\\s+", " ");
                if (s.length() > MAX_CELL) {
                    s = s.substring(0, MAX_CELL - 1) + "…";
                }
                row.add(s);
                width.merge(c, s.length(), Math::max);
            }
            cells.add(row);
        }
        cols.forEach(c -> width.merge(c, c.length(), Math::max));
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (String c : cols) {
            head.append(pad(c, width.get(c))).append("  ");
            rule.append("-".repeat(width.get(c))).append("  ");
        }
        out.println(head.toString().stripTrailing());
        out.println(rule.toString().stripTrailing());
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                line.append(pad(row.get(i), width.get(cols.get(i)))).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + nodes.size() + " row" + (nodes.size() == 1 ? "" : "s") + ")");
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Rows of a SQL result as maps, column order kept. */
    static List<Map<String, Object>> maps(List<String> columns, List<List<Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
