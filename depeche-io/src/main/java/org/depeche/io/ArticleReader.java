package org.depeche.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;

/**
 * Streams articles from files, folders, JSONL files and standard input, one {@link InputRecord}
 * at a time: a bad file or line becomes a {@link InputRecord.Failure} and reading goes on.
 * Memory stays bounded by one input (JSONL files are read line by line).
 *
 * <p>Formats by extension: {@code .jsonl}/{@code .ndjson} one JSON article per line (fields
 * {@code id}, {@code text} or {@code html}, {@code published}, {@code url}, {@code lang},
 * {@code source}); {@code .html}/{@code .htm}/{@code .xhtml} HTML; anything else text, sniffed
 * for HTML. Folders are walked in name order for the text, HTML and JSONL extensions.
 */
public final class ArticleReader implements Iterator<InputRecord>, Closeable {

    private static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson");
    private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");

    private final ReadOptions options;
    private final Deque<String> pending = new ArrayDeque<>();
    private final InputStream stdin;
    private JsonlLines jsonl;
    private InputRecord next;

    /**
     * @param inputs paths of files or folders, or "-" for standard input
     * @param stdin  what "-" reads
     */
    public ArticleReader(List<String> inputs, ReadOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        pending.addAll(inputs);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    private InputRecord advance() {
        while (true) {
            if (jsonl != null) {
                InputRecord r = jsonl.nextRecord();
                if (r != null) {
                    return r;
                }
                jsonl.close();
                jsonl = null;
            }
            String input = pending.poll();
            if (input == null) {
                return null;
            }
            if (input.equals("-")) {
                return readStdin();
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<String> children = folderInputs(path);
                if (children.isEmpty()) {
                    return new InputRecord.Failure(input, "folder has no .txt, .html or .jsonl files");
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
                continue;
            }
            String ext = extension(path);
            if (JSONL_EXTENSIONS.contains(ext)) {
                try {
                    jsonl = new JsonlLines(input, Files.newInputStream(path));
                } catch (NoSuchFileException e) {
                    return new InputRecord.Failure(input, "no such file");
                } catch (IOException e) {
                    return new InputRecord.Failure(input, "cannot read: " + e.getMessage());
                }
                continue;
            }
            return readFile(path, HTML_EXTENSIONS.contains(ext));
        }
    }

    private static List<String> folderInputs(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(ArticleReader::readsFromFolder)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private InputRecord readFile(Path path, boolean html) {
        String origin = path.toString();
        byte[] bytes;
        try {
            if (!Files.exists(path)) {
                return new InputRecord.Failure(origin, "no such file");
            }
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                return new InputRecord.Failure(origin, tooLarge(size));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new InputRecord.Failure(origin, "cannot read: " + e.getMessage());
        }
        return fromBytes(origin, baseName(path), bytes, html, options);
    }

    /**
     * One article from the bytes of a named text or HTML file, as this reader makes it for a file
     * it was given: its id is the file name without extension, read as HTML by its extension or
     * its content ({@link #fromBytes}), refused when larger than the limit.
     */
    public static InputRecord fromFile(String origin, String fileName, byte[] bytes, ReadOptions options) {
        if (bytes.length > options.maxBytes()) {
            return new InputRecord.Failure(origin, tooLarge(bytes.length, options));
        }
        Path name = Path.of(fileName).getFileName();
        return fromBytes(origin, baseName(name), bytes, HTML_EXTENSIONS.contains(extension(name)), options);
    }

    /** Whether a file is read as JSON Lines (by its extension). */
    public static boolean isJsonl(String fileName) {
        return JSONL_EXTENSIONS.contains(extension(Path.of(fileName)));
    }

    private InputRecord readStdin() {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                return new InputRecord.Failure("-", tooLarge(bytes.length) + " (stopped reading)");
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
            if (head.startsWith("{")) {
                jsonl = new JsonlLines("-", new java.io.ByteArrayInputStream(bytes));
                InputRecord r = jsonl.nextRecord();
                return r != null ? r : new InputRecord.Failure("-", "empty input");
            }
            return fromBytes("-", "stdin", bytes, false, options);
        } catch (IOException e) {
            return new InputRecord.Failure("-", "cannot read standard input: " + e.getMessage());
        }
    }

    /**
     * One article from the bytes of a text or HTML file, as this reader makes it for a file:
     * decoded ({@link TextDecoder}), sniffed for HTML, dated from its id or the options.
     *
     * @param origin where it came from, for messages and {@code meta.origin}
     * @param id     the document id (for a file: its name without extension)
     * @param html   true to read it as HTML whatever it looks like
     */
    public static InputRecord fromBytes(String origin, String id, byte[] bytes, boolean html, ReadOptions options) {
        try {
            DecodedText decoded = TextDecoder.decode(bytes, options.encoding());
            String text = decoded.text();
            LocalDate published = Dates.fromFileName(id).orElse(options.published());
            String title = null;
            String format = "text";
            if (html || HtmlArticle.looksLikeHtml(text)) {
                HtmlArticle.Parsed page = HtmlArticle.parse(text);
                text = page.text();
                title = page.title();
                published = page.published().orElse(published);
                format = "html";
            }
            DocumentMeta meta = new DocumentMeta(origin, null, null, title, format, decoded.encoding());
            return new InputRecord.Article(Document.of(id, options.lang(), published, meta, text));
        } catch (InputException e) {
            return new InputRecord.Failure(origin, e.getMessage());
        }
    }

    /**
     * One article from a JSON object with the JSONL fields ({@code id}, {@code text} or {@code html},
     * {@code published}, {@code url}, {@code lang}, {@code source}, {@code title}), as this reader
     * makes it for a JSONL line.
     *
     * @param where     where it came from, for messages and {@code meta.origin}
     * @param defaultId the id when the object has none
     */
    public static InputRecord fromJson(String where, String defaultId, String json, ReadOptions options) {
        JsonNode node;
        try {
            node = DepecheJson.mapper().readTree(json);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return new InputRecord.Failure(where, "malformed JSON: " + msg);
        }
        if (!node.isObject()) {
            return new InputRecord.Failure(where, "expected a JSON object, found " + node.getNodeType());
        }
        String id = text(node, "id");
        String text = text(node, "text");
        String html = text(node, "html");
        String lang = options.lang() != null ? options.lang() : text(node, "lang");
        LocalDate published = Dates.parse(text(node, "published")).orElse(options.published());
        if (text(node, "published") != null && Dates.parse(text(node, "published")).isEmpty()) {
            return new InputRecord.Failure(where, "unreadable 'published' date: " + text(node, "published"));
        }
        String title = text(node, "title");
        String format = "jsonl";
        try {
            if (text == null && html != null) {
                HtmlArticle.Parsed page = HtmlArticle.parse(html);
                text = page.text();
                title = title != null ? title : page.title();
                if (text(node, "published") == null) {
                    published = page.published().orElse(published);
                }
            }
        } catch (InputException e) {
            return new InputRecord.Failure(where, e.getMessage());
        }
        if (text == null) {
            return new InputRecord.Failure(where, "no 'text' or 'html' field");
        }
        if (text.isBlank()) {
            return new InputRecord.Failure(where, "empty 'text'");
        }
        DocumentMeta meta = new DocumentMeta(where, text(node, "url"), text(node, "source"), title, format, "UTF-8");
        return new InputRecord.Article(Document.of(id != null ? id : defaultId, lang, published, meta, text));
    }

    /**
     * One article from the bytes of a JSONL line (without its line break), as this reader makes it:
     * refused when larger than the limit, decoded as UTF-8, then {@link #fromJson}.
     *
     * @param where where it came from ({@code file:LINE}), also the id when the object has none
     * @return null for a blank line (skipped)
     */
    public static InputRecord fromJsonLine(String where, byte[] line, ReadOptions options) {
        if (line.length > options.maxBytes()) {
            return new InputRecord.Failure(where, tooLarge(line.length, options));
        }
        String json;
        try {
            json = TextDecoder.decode(line, "UTF-8").text();
        } catch (InputException e) {
            if (new String(line, StandardCharsets.UTF_8).isBlank()) {
                return null;
            }
            return new InputRecord.Failure(where, e.getMessage());
        }
        return fromJson(where, where, json, options);
    }

    /** The failure message of an input over the size limit. */
    public static String tooLarge(long size, ReadOptions options) {
        return String.format(Locale.ROOT, "too large (%.1f MB, limit %.1f MB; raise it with --max-size)",
                size / 1048576.0, options.maxBytes() / 1048576.0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private String tooLarge(long size) {
        return tooLarge(size, options);
    }

    /** Whether a folder walk reads this file as articles (by its extension, as {@code analyze} does). */
    public static boolean readsFromFolder(Path p) {
        return FOLDER_EXTENSIONS.contains(extension(p));
    }

    private static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    @Override
    public void close() {
        if (jsonl != null) {
            jsonl.close();
        }
    }

    /** A JSONL file read one line at a time; every line becomes an article or a failure. */
    private final class JsonlLines {
        private final String origin;
        private final Lines lines;
        private int lineNo;

        JsonlLines(String origin, InputStream in) {
            this.origin = origin;
            this.lines = new Lines(in, options.maxBytes());
        }

        InputRecord nextRecord() {
            while (true) {
                byte[] line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    return new InputRecord.Failure(origin + ":" + lineNo, "cannot read: " + e.getMessage());
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                InputRecord r = fromJsonLine(origin + ":" + lineNo, line, options);
                if (r != null) {
                    return r;
                }
            }
        }

        void close() {
            lines.close();
        }
    }

    /**
     * The lines of a stream as bytes, without their line break ({@code \n} or {@code \r\n}), in
     * bounded memory: a line longer than the limit is cut just past it (so it is still refused as
     * too large) and the rest of it skipped.
     */
    public static final class Lines implements Closeable {
        private final InputStream in;
        private final long maxBytes;

        public Lines(InputStream in, long maxBytes) {
            this.in = new BufferedInputStream(in);
            this.maxBytes = maxBytes;
        }

        /** The next line, or null at the end of the stream. */
        public byte[] next() throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (buf.size() <= maxBytes) {
                    buf.write(c);
                }
            }
            if (!any) {
                return null;
            }
            byte[] b = buf.toByteArray();
            int len = b.length;
            if (len > 0 && b[len - 1] == '\r') {
                len--;
            }
            return len == b.length ? b : java.util.Arrays.copyOf(b, len);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to lose
            }
        }
    }
}
