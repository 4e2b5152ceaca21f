package org.depeche.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.depeche.io.Dates;
import org.depeche.io.InputException;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;

/**
 * The metadata file beside an article, {@code NAME.meta.json} for {@code NAME.txt} or
 * {@code NAME.html}: what the user knows of the article that its text does not say. Its fields are
 * those of a JSONL article line, all optional:
 *
 * <pre>{"id": "…", "published": "2024-03-18", "url": "https://…", "source": "…", "title": "…", "lang": "fr"}</pre>
 *
 * <p>Each field given replaces what was read from the file (its name as id, a date in its name
 * or its HTML); {@code url} also makes the article's store key, as a JSONL {@code url} does. An
 * unknown field or a bad date is an error naming the file, so a misspelt key is not silently
 * ignored.
 */
public record Sidecar(String id, LocalDate published, String url, String source, String title, String lang) {

    private static final Set<String> FIELDS = Set.of("id", "published", "url", "source", "title", "lang");

    /** The sidecar in a file ({@code NAME.meta.json}). */
    static Sidecar read(Path file) throws InputException {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException("not a readable JSON object: " + firstLine(e));
        }
    }

    /** A sidecar's JSON; an unknown field or a bad date is an {@link InputException}. */
    public static Sidecar parse(byte[] json) throws InputException {
        JsonNode n;
        try {
            n = DepecheJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new InputException("not a readable JSON object: " + firstLine(e));
        }
        if (n == null || !n.isObject()) {
            throw new InputException("not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new InputException("unknown field \"" + f + "\" (known: id, published, url, source, title, lang)");
            }
        }
        LocalDate published = null;
        String date = text(n, "published");
        if (date != null) {
            published = Dates.parse(date).orElseThrow(() -> new InputException("published: not a date: " + date));
        }
        String lang = text(n, "lang");
        return new Sidecar(text(n, "id"), published, text(n, "url"), text(n, "source"), text(n, "title"),
                lang == null ? null : lang.toLowerCase(Locale.ROOT));
    }

    /**
     * What a text or HTML file read from a folder takes from the files beside it, the one rule of
     * {@code ingest} and {@code depeche spark}: with a {@code NAME.meta.json} ({@code meta}),
     * every field it gives; without one, an article that has no date of its own takes the
     * {@code published} day of the annotation file {@code NAME.gold.json} ({@code goldDate},
     * read with {@link #goldDate(byte[])}).
     *
     * @param meta     the sidecar beside the article, or null
     * @param goldDate the gold file's day, or null (not used when there is a sidecar)
     */
    public static Document apply(Document d, Sidecar meta, LocalDate goldDate) {
        if (meta != null) {
            return meta.applyTo(d);
        }
        if (d.published() != null || goldDate == null) {
            return d;
        }
        return Document.of(d.id(), d.lang(), goldDate, d.meta(), d.text());
    }

    /**
     * The {@code published} day of a depeche-gold/1 annotation file ({@code NAME.gold.json}): the
     * day its annotators resolved times against; null when it has none or does not parse.
     */
    public static LocalDate goldDate(byte[] goldJson) {
        try {
            JsonNode node = DepecheJson.mapper().readTree(goldJson).get("published");
            return node == null || node.isNull() ? null : Dates.parse(node.asText()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The document with every field this sidecar gives in place of the one read from the file. */
    public Document applyTo(Document d) {
        DocumentMeta m = d.meta() == null ? DocumentMeta.of(d.id()) : d.meta();
        DocumentMeta meta = new DocumentMeta(m.origin(), or(url, m.url()), or(source, m.source()), or(title, m.title()),
                m.format(), m.encoding());
        return Document.of(or(id, d.id()), or(lang, d.lang()), published != null ? published : d.published(), meta, d.text());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
