package org.depeche.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.depeche.eval.DepecheGold;
import org.depeche.model.Document;
import org.depeche.model.Span;

/**
 * Reads the events of a folder of {@code depeche-gold/1} files ({@code <doc>.gold.json} beside
 * {@code <doc>.txt}; see {@code eval/FORMAT.md}).
 */
public final class GoldEvents {

    /**
     * One gold event mention.
     *
     * @param args role → fillers, each filler its acceptable names (a time filler: its ISO value)
     * @param source the sources, each its acceptable names
     */
    public record GoldEvent(String type, Span trigger, String triggerText, Map<String, List<List<String>>> args,
                            String polarity, String modality, List<List<String>> source) {
    }

    /** A gold document: the text as a Depeche document (publication date from the gold file) and its events. */
    public record GoldDocument(Document document, List<GoldEvent> events) {
    }

    private GoldEvents() {
    }

    /** Every {@code *.gold.json} of a folder and its subfolders, sorted by path (a file naming no language: French). */
    public static List<GoldDocument> read(Path folder) {
        return DepecheGold.read(folder, true, "fr", GoldEvents::events);
    }

    private static GoldDocument events(DepecheGold.GoldFile file) {
        JsonNode root = file.root();
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            JsonNode tr = e.path("trigger");
            Map<String, List<List<String>>> args = new LinkedHashMap<>();
            e.path("args").fields().forEachRemaining(f -> {
                List<List<String>> fillers = new ArrayList<>();
                for (JsonNode filler : f.getValue()) {
                    fillers.add(names(filler));
                }
                args.put(f.getKey(), fillers);
            });
            List<List<String>> source = new ArrayList<>();
            for (JsonNode s : e.path("source")) {
                source.add(names(s));
            }
            events.add(new GoldEvent(e.path("type").asText(), new Span(tr.path("start").asInt(), tr.path("end").asInt()),
                    tr.path("text").asText(), args, e.path("polarity").asText("POSITIVE"),
                    e.path("modality").asText("ASSERTED"), source));
        }
        return new GoldDocument(file.document(), events);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }
}
