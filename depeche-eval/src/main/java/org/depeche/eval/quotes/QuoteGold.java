package org.depeche.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Span;

/**
 * Reader of {@code depeche-gold/1} files ({@code <doc>.gold.json} beside {@code <doc>.txt}; see
 * the evaluation FORMAT.md): the quotes of each document, with the document's text.
 */
public final class QuoteGold {

    /** One gold quote: content span, direct or not, acceptable speaker names, cue span, via chain. */
    public record GoldQuote(Span content, boolean direct, List<String> speaker, Span cue, List<List<String>> via) {
        public GoldQuote {
            speaker = List.copyOf(speaker);
            via = via.stream().map(List::copyOf).toList();
        }
    }

    /** A gold document: the text to analyse and its gold quotes. */
    public record GoldDocument(Document document, List<GoldQuote> quotes) {
    }

    private QuoteGold() {
    }

    /** Every {@code *.gold.json} of a folder, sorted by name. */
    public static List<GoldDocument> read(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Path f : files) {
            out.add(readOne(f));
        }
        return out;
    }

    static GoldDocument readOne(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - ".gold.json".length());
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (!"depeche-gold/1".equals(root.path("format").asText())) {
                throw new IllegalArgumentException(file + ": not a depeche-gold/1 file");
            }
            Path txt = file.resolveSibling(base + ".txt");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String id = root.path("doc").asText(base);
            String lang = root.path("lang").asText(null);
            LocalDate published = root.hasNonNull("published") ? LocalDate.parse(root.get("published").asText()) : null;
            Document doc = Document.of(id, lang, published, DocumentMeta.of(txt.toString()), text);
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                List<String> speaker = new ArrayList<>();
                q.path("speaker").forEach(s -> speaker.add(s.asText()));
                List<List<String>> via = new ArrayList<>();
                for (JsonNode v : q.path("via")) {
                    List<String> names = new ArrayList<>();
                    v.forEach(s -> names.add(s.asText()));
                    via.add(names);
                }
                quotes.add(new GoldQuote(span(q.get("content")), q.path("direct").asBoolean(), speaker,
                        q.hasNonNull("cue") ? span(q.get("cue")) : null, via));
            }
            return new GoldDocument(doc, quotes);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + file, e);
        }
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }
}
