package org.depeche.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;

/**
 * Reader of {@code depeche-gold/1} files ({@code <doc>.gold.json} beside {@code <doc>.txt}; see the
 * evaluation FORMAT.md), for what every layer shares: finding the files, checking the format, and
 * the document each annotates (its text, id, language and publication date). Each layer's reader
 * parses its own part of the file ({@code quotes}, {@code events}) from {@link GoldFile#root()}.
 */
public final class DepecheGold {

    private static final String SUFFIX = ".gold.json";

    /** One gold file: the document it annotates and its whole JSON object. */
    public record GoldFile(Document document, JsonNode root) {
    }

    private DepecheGold() {
    }

    /**
     * Every {@code *.gold.json} of a folder, sorted by path, read and handed to a layer's parser.
     *
     * @param subfolders whether to look in subfolders too
     * @param defaultLang the language of a file that names none (null: none)
     * @param layer the layer's parsing of one file
     */
    public static <T> List<T> read(Path folder, boolean subfolders, String defaultLang, Function<GoldFile, T> layer) {
        List<Path> files;
        try (Stream<Path> s = subfolders ? Files.walk(folder) : Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<T> out = new ArrayList<>();
        for (Path f : files) {
            out.add(layer.apply(readOne(f, defaultLang)));
        }
        return out;
    }

    /**
     * One {@code <doc>.gold.json} and the {@code <doc>.txt} beside it.
     *
     * @param defaultLang the language when the file names none (null: none)
     * @throws IllegalArgumentException when the file is not {@code depeche-gold/1}
     */
    public static GoldFile readOne(Path file, String defaultLang) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - SUFFIX.length());
        try {
            JsonNode root = DepecheJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!"depeche-gold/1".equals(root.path("format").asText())) {
                throw new IllegalArgumentException(file + ": not a depeche-gold/1 file");
            }
            Path txt = file.resolveSibling(base + ".txt");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String id = root.path("doc").asText(base);
            String lang = root.path("lang").asText(defaultLang);
            LocalDate published = root.hasNonNull("published") ? LocalDate.parse(root.get("published").asText()) : null;
            return new GoldFile(Document.of(id, lang, published, DocumentMeta.of(txt.toString()), text), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + file, e);
        }
    }
}
