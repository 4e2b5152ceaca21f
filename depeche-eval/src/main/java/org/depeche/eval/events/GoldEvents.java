package org.depeche.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
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

    public static List<GoldDocument> read(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            out.add(readOne(f));
        }
        return out;
    }

    static GoldDocument readOne(Path goldFile) {
        try {
            JsonNode root = DepecheJson.mapper().readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
            if (!"depeche-gold/1".equals(root.path("format").asText())) {
                throw new IllegalArgumentException(goldFile + ": not a depeche-gold/1 file");
            }
            String id = root.path("doc").asText(goldFile.getFileName().toString().replace(".gold.json", ""));
            Path txt = goldFile.resolveSibling(goldFile.getFileName().toString().replace(".gold.json", ".txt"));
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            LocalDate published = root.hasNonNull("published") ? LocalDate.parse(root.get("published").asText()) : null;
            Document doc = Document.of(id, root.path("lang").asText("fr"), published, DocumentMeta.of(txt.toString()), text);
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
            return new GoldDocument(doc, events);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read " + goldFile, e);
        }
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
