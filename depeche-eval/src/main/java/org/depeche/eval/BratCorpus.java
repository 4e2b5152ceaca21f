package org.depeche.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.depeche.io.Dates;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Span;

/** A folder of brat standoff documents ({@code .txt} + {@code .ann}), walked recursively. */
public final class BratCorpus {

    /** A text-bound annotation: {@code T1<TAB>Type start end[;start end]<TAB>text}. */
    public record Entity(String id, String type, Span span, String text) {
    }

    /** A gold document: the text (as a Depeche document, publication date from the file name) and its entities. */
    public record GoldDocument(Document document, List<Entity> entities) {
    }

    private BratCorpus() {
    }

    public static List<GoldDocument> read(Path folder, String lang) {
        List<Path> txts;
        try (Stream<Path> walk = Files.walk(folder)) {
            txts = walk.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> Files.exists(annFor(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path txt : txts) {
            try {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Document doc = Document.of(id, lang, Dates.fromFileName(id).orElse(null),
                        DocumentMeta.of(txt.toString()), text);
                docs.add(new GoldDocument(doc, parseAnn(Files.readAllLines(annFor(txt), StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to read " + txt, e);
            }
        }
        return docs;
    }

    /** Parses the text-bound annotations of an .ann file; other annotation kinds are skipped. */
    public static List<Entity> parseAnn(List<String> lines) {
        List<Entity> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("T")) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            if (cols.length < 2) {
                continue;
            }
            String[] typeAndSpans = cols[1].split(" ", 2);
            String[] fragments = typeAndSpans[1].split(";");
            int start = Integer.parseInt(fragments[0].split(" ")[0]);
            int end = Integer.parseInt(fragments[fragments.length - 1].split(" ")[1]);
            out.add(new Entity(cols[0], typeAndSpans[0], new Span(start, end), cols.length > 2 ? cols[2] : ""));
        }
        return out;
    }

    private static Path annFor(Path txt) {
        return txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
    }
}
