package org.depeche.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
record Sidecar(String id, LocalDate published, String url, String source, String title, String lang) {

    private static final Set<String> FIELDS = Set.of("id", "published", "url", "source", "title", "lang");

    static Sidecar read(Path file) throws InputException {
        JsonNode n;
        try {
            n = DepecheJson.mapper().readTree(file.toFile());
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

    /** The document with every field this sidecar gives in place of the one read from the file. */
    Document applyTo(Document d) {
        DocumentMeta m = d.meta() == null ? DocumentMeta.of(d.id()) : d.meta();
        DocumentMeta meta = new DocumentMeta(m.origin(), or(url, m.url()), or(source, m.source()), or(title, m.title()),
                m.format(), m.encoding());
        return Document.of(or(id, d.id()), or(lang, d.lang()), published != null ? published : d.published(), meta, d.text());
    }

    /**
     * The document with the {@code published} day of a depeche-gold/1 annotation file, when it
     * has no date of its own (the gold's date is what the annotators resolved times against).
     */
    static Document goldDate(Path gold, Document d) {
        if (d.published() != null) {
            return d;
        }
        try {
            JsonNode node = DepecheJson.mapper().readTree(gold.toFile()).get("published");
            LocalDate date = node == null || node.isNull() ? null : Dates.parse(node.asText()).orElse(null);
            return date == null ? d : Document.of(d.id(), d.lang(), date, d.meta(), d.text());
        } catch (IOException | RuntimeException e) {
            return d;
        }
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
