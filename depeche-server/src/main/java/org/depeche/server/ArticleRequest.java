package org.depeche.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.depeche.io.ArticleReader;
import org.depeche.io.Dates;
import org.depeche.io.InputRecord;
import org.depeche.io.OutputFormat;
import org.depeche.io.ReadOptions;
import org.depeche.lang.Languages;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;

/**
 * An article sent to the API, turned into a {@link Document} exactly as {@code depeche analyze}
 * reads a file: the same decoding, HTML extraction and JSON fields ({@link ArticleReader}).
 *
 * <p>Body by {@code Content-Type}: {@code text/plain} (its {@code charset}, else detected as for a
 * text file), {@code text/html}, {@code application/json} (an object with the JSONL fields), or
 * none / {@code application/octet-stream} / {@code application/x-www-form-urlencoded} (what
 * {@code curl --data-binary} sends): read as {@code depeche analyze -} reads standard input — a
 * JSON object if it starts with '{', else text, HTML when it looks like HTML.
 */
final class ArticleRequest {

    /** Query parameters of POST /v1/analyze (and of POST /v1/documents, less {@code format} and {@code pretty}). */
    static final Set<String> ANALYZE_PARAMETERS = Set.of("format", "lang", "published", "id", "pretty");
    static final Set<String> DOCUMENT_PARAMETERS = Set.of("lang", "published", "id");
    /** Fields of a JSON body: those of a JSONL line. */
    static final Set<String> JSON_FIELDS = Set.of("id", "text", "html", "published", "lang", "url", "source", "title");
    static final Set<String> FORMATS = Set.of("json", "conllu", "brat", "timeml");

    /** What the server writes in {@code meta.origin} (the CLI writes the file's path there). */
    static final String ORIGIN = "http";

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:-]{1,200}");

    private ArticleRequest() {
    }

    /** One value per accepted parameter; anything undocumented, repeated or empty is a 400. */
    static Map<String, String> parameters(Map<String, List<String>> query, Set<String> accepted) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (!accepted.contains(name)) {
                throw ApiException.badRequest("unknown_parameter", "unknown parameter '" + clip(name)
                        + "'; accepted: " + String.join(", ", new TreeSet<>(accepted)));
            }
            if (e.getValue().size() != 1) {
                throw ApiException.badRequest("bad_parameter", "parameter '" + name + "' given more than once");
            }
            out.put(name, e.getValue().get(0));
        }
        return out;
    }

    /** The output format asked for (json unless {@code format} names another). */
    static OutputFormat format(Map<String, String> params) {
        String f = params.getOrDefault("format", "json").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw ApiException.badRequest("bad_parameter", "format must be one of json, conllu, brat, timeml");
        }
        return OutputFormat.valueOf(f.toUpperCase(Locale.ROOT));
    }

    static boolean pretty(Map<String, String> params) {
        String p = params.getOrDefault("pretty", "false");
        if (!p.equals("true") && !p.equals("false")) {
            throw ApiException.badRequest("bad_parameter", "pretty must be true or false");
        }
        return p.equals("true");
    }

    /**
     * Reads the body, at most {@code maxBytes}: a declared larger length is refused before any byte
     * is read, a longer stream as soon as the limit is passed.
     */
    static byte[] body(long declaredLength, InputStream in, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength, maxBytes);
        }
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge(-1, maxBytes);
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("empty_body", "the request has no body: send the article");
        }
        return bytes;
    }

    private static ApiException tooLarge(long length, long maxBytes) {
        String size = length < 0 ? "more than " + mb(maxBytes) : mb(length);
        return new ApiException(413, "too_large", "the body is " + size + "; the limit is " + mb(maxBytes)
                + " (depeche serve --max-size)");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** The article in the body, as a document ready for analysis. */
    static Document document(String contentType, byte[] body, Map<String, String> params, long maxBytes) {
        String lang = lang(params.get("lang"));
        LocalDate published = published(params.get("published"));
        String id = params.get("id");
        if (id != null && !ID.matcher(id).matches()) {
            throw ApiException.badRequest("bad_parameter",
                    "id must be 1 to 200 letters, digits, '.', '_', ':' or '-'");
        }
        String defaultId = id != null ? id : "doc-" + sha256(body).substring(0, 12);
        MediaType type = MediaType.parse(contentType);
        InputRecord record = switch (type.name) {
            case "text/plain" -> ArticleReader.fromBytes(ORIGIN, defaultId, body, false,
                    new ReadOptions(lang, published, type.charset, maxBytes));
            case "text/html", "application/xhtml+xml" -> ArticleReader.fromBytes(ORIGIN, defaultId, body, true,
                    new ReadOptions(lang, published, type.charset, maxBytes));
            case "application/json" -> json(body, defaultId, id, new ReadOptions(lang, published, null, maxBytes));
            case "", "application/octet-stream", "application/x-www-form-urlencoded" -> startsWithBrace(body)
                    ? json(body, defaultId, id, new ReadOptions(lang, published, null, maxBytes))
                    : ArticleReader.fromBytes(ORIGIN, defaultId, body, false,
                            new ReadOptions(lang, published, null, maxBytes));
            default -> throw new ApiException(415, "unsupported_media_type", "Content-Type " + clip(type.name)
                    + " is not accepted; send text/plain, text/html or application/json");
        };
        if (record instanceof InputRecord.Failure f) {
            throw new ApiException(422, "unreadable_article", f.message());
        }
        return ((InputRecord.Article) record).document();
    }

    private static InputRecord json(byte[] body, String defaultId, String idParam, ReadOptions options) {
        String json = new String(body, StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = DepecheJson.mapper().readTree(json);
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("malformed_json", "the body must be a JSON object with 'text' or 'html'");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!JSON_FIELDS.contains(field)) {
                throw ApiException.badRequest("unknown_field", "unknown field '" + clip(field) + "'; accepted: "
                        + String.join(", ", new TreeSet<>(JSON_FIELDS)));
            }
            JsonNode v = node.get(field);
            if (!v.isTextual() && !v.isNull()) {
                throw ApiException.badRequest("bad_field", "field '" + field + "' must be a string");
            }
        }
        if (node.hasNonNull("lang")) {
            lang(node.get("lang").asText());
        }
        if (node.hasNonNull("published") && Dates.parse(node.get("published").asText()).isEmpty()) {
            throw ApiException.badRequest("bad_field", "published must be a date (YYYY-MM-DD)");
        }
        if (node.hasNonNull("id") && !ID.matcher(node.get("id").asText()).matches()) {
            throw ApiException.badRequest("bad_field", "id must be 1 to 200 letters, digits, '.', '_', ':' or '-'");
        }
        InputRecord record = ArticleReader.fromJson(ORIGIN, defaultId, json, options);
        if (idParam != null && record instanceof InputRecord.Article a && !a.document().id().equals(idParam)) {
            throw ApiException.badRequest("bad_parameter", "the id parameter and the body's id differ");
        }
        return record;
    }

    /** null for auto-detection. */
    private static String lang(String value) {
        if (value == null || value.equalsIgnoreCase("auto")) {
            return null;
        }
        String l = value.toLowerCase(Locale.ROOT);
        if (!Languages.isSupported(l)) {
            throw ApiException.badRequest("bad_parameter", "lang must be auto or one of "
                    + String.join(", ", Languages.supported()));
        }
        return l;
    }

    private static LocalDate published(String value) {
        if (value == null) {
            return null;
        }
        return Dates.parse(value).orElseThrow(() -> ApiException.badRequest("bad_parameter",
                "published must be a date (YYYY-MM-DD)"));
    }

    private static boolean startsWithBrace(byte[] body) {
        for (byte b : body) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A name from the request, cut short for a message. */
    static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** A Content-Type reduced to its media type and charset. */
    private record MediaType(String name, String charset) {
        static MediaType parse(String header) {
            if (header == null || header.isBlank()) {
                return new MediaType("", null);
            }
            String[] parts = header.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            String charset = null;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring(8).replace("\"", "").strip();
                }
            }
            return new MediaType(name, charset);
        }
    }
}
