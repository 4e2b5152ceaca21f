package org.depeche.eval.coref;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Span;

/**
 * Reads POPCORN files (a JSON object: document id → {text, entities: [{id, type, mentions:
 * [{value, start, end}]}], relations}), every {@code *.json} file of a folder. The texts carry no
 * publication date.
 */
public final class PopcornCorpus {

    /** A gold entity: POPCORN type and its mentions' spans. */
    public record GoldEntity(String type, List<Span> mentions) {
    }

    public record GoldDocument(Document document, List<GoldEntity> entities) {
    }

    private PopcornCorpus() {
    }

    public static List<GoldDocument> read(Path folder, String lang) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            JsonNode root;
            try {
                root = DepecheJson.mapper().readTree(f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to read " + f, e);
            }
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode d = e.getValue();
                if (!d.has("text") || !d.has("entities")) {
                    continue;
                }
                String text = d.get("text").asText();
                List<GoldEntity> entities = new ArrayList<>();
                for (JsonNode ent : d.get("entities")) {
                    List<Span> spans = new ArrayList<>();
                    for (JsonNode m : ent.get("mentions")) {
                        int start = m.get("start").asInt();
                        int end = m.get("end").asInt();
                        if (start >= 0 && end > start && end <= text.length()) {
                            spans.add(new Span(start, end));
                        }
                    }
                    entities.add(new GoldEntity(ent.get("type").asText(), spans));
                }
                String id = f.getFileName().toString().replaceFirst("\\.json$", "") + "/" + e.getKey();
                docs.add(new GoldDocument(Document.of(id, lang, null, DocumentMeta.of(id), text), entities));
            }
        }
        return docs;
    }
}
