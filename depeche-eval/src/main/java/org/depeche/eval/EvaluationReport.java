package org.depeche.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.depeche.model.DepecheJson;

/**
 * What {@code depeche evaluate} prints: the {@code --json} contract of the evaluation format
 * (layer, gold folder, document count, metrics, baselines) and a human-readable table.
 *
 * @param metrics   metric name → {@link Prf}, {@link Accuracy}, or a nested map of them (per type)
 * @param baselines system name → its own report's metrics, scored in the same run
 * @param failures  one line per document that could not be processed (scored as all misses)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EvaluationReport(String layer, String gold, int documents, int failed,
                               Map<String, Object> metrics, Map<String, Map<String, Object>> baselines,
                               List<String> failures) {

    public String toJson() {
        try {
            return DepecheJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table with one row per metric, for people. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s on %s: %d documents, %d failed%n", layer, gold, documents, failed));
        appendSystem(out, "depeche", metrics);
        if (baselines != null) {
            // a baseline is {"metrics": {…}} in the JSON contract: print its metrics, not the wrapper
            baselines.forEach((name, m) -> appendSystem(out, name, m.size() == 1 && m.get("metrics") instanceof Map<?, ?>
                    ? castMap(m.get("metrics")) : m));
        }
        for (String f : failures == null ? List.<String>of() : failures) {
            out.append("failed: ").append(f).append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static void appendSystem(StringBuilder out, String system, Map<String, Object> metrics) {
        out.append(String.format(Locale.ROOT, "%n%-32s %9s %9s %9s %7s %7s %7s%n", system,
                "precision", "recall", "F1", "tp", "fp", "fn"));
        appendRows(out, "", metrics);
    }

    @SuppressWarnings("unchecked")
    private static void appendRows(StringBuilder out, String prefix, Map<String, Object> metrics) {
        metrics.forEach((name, value) -> {
            String label = prefix + name;
            if (value instanceof Prf p) {
                out.append(String.format(Locale.ROOT, "%-32s %9.3f %9.3f %9.3f %7d %7d %7d%n", label,
                        p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
            } else if (value instanceof Accuracy a) {
                out.append(String.format(Locale.ROOT, "%-32s accuracy %.3f (%d/%d)%n", label, a.accuracy(),
                        a.correct(), a.count()));
            } else if (value instanceof Map<?, ?> nested) {
                appendRows(out, label + ".", (Map<String, Object>) nested);
            }
        });
    }
}
