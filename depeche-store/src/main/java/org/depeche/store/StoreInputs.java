package org.depeche.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.depeche.io.ArticleReader;
import org.depeche.io.DecodedText;
import org.depeche.io.HtmlArticle;
import org.depeche.io.InputException;
import org.depeche.io.InputRecord;
import org.depeche.io.ReadOptions;
import org.depeche.io.TextDecoder;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * What {@code depeche ingest} reads: everything {@link ArticleReader} reads (text, HTML, JSONL,
 * folders, standard input) plus RSS and Atom feeds (ROME: each item's content, else its
 * description; its link, date and guid) and WARC files (jwarc: each HTML response with status
 * 200, its target URI and date). Streams one {@link InputRecord} at a time; a bad file, item or
 * record becomes a failure naming it ({@code feed.rss#3}, {@code crawl.warc.gz@10452}) and
 * reading goes on.
 *
 * <p>Folders are walked in name order for {@code .txt .text .html .htm .xhtml .jsonl .ndjson}
 * (as {@code analyze} does), {@code .rss .atom}, {@code .xml} files that are feeds, and
 * {@code .warc .warc.gz}; other files ({@code .gold.json} annotations beside articles…) are not articles.
 */
public final class StoreInputs extends Lookahead<InputRecord> implements Closeable {

    private static final Set<String> FEED_EXT = Set.of("rss", "atom");

    private final ReadOptions options;
    private final InputStream stdin;
    private final Deque<String> pending = new ArrayDeque<>();
    private Iterator<InputRecord> current;
    private Closeable currentCloser;

    public StoreInputs(List<String> inputs, ReadOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        pending.addAll(inputs);
    }

    @Override
    protected InputRecord read() {
        while (true) {
            if (current != null) {
                if (current.hasNext()) {
                    return current.next();
                }
                closeCurrent();
            }
            String input = pending.poll();
            if (input == null) {
                return null;
            }
            if (input.equals("-")) {
                open(new ArticleReader(List.of("-"), options, stdin));
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<String> children = walk(path);
                if (children.isEmpty()) {
                    return new InputRecord.Failure(input, "folder has no articles (.txt, .html, .jsonl, .rss, .atom,"
                            + " .warc)");
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
                continue;
            }
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                if (!Files.exists(path)) {
                    return new InputRecord.Failure(input, "no such file");
                }
                try {
                    open(new WarcItems(path));
                } catch (IOException e) {
                    return new InputRecord.Failure(input, "not a WARC file: " + e.getMessage());
                }
                continue;
            }
            if (FEED_EXT.contains(extension(name)) || extension(name).equals("xml")) {
                if (!Files.exists(path)) {
                    return new InputRecord.Failure(input, "no such file");
                }
                FeedItems feed = new FeedItems(path);
                open(feed);
                continue;
            }
            open(withSidecar(path, new ArticleReader(List.of(input), options, stdin)));
        }
    }

    /**
     * The sidecar files of a text or HTML file {@code NAME.txt}: {@code NAME.meta.json}, metadata
     * the user gives ({@code id}, {@code published}, {@code url}, {@code source}, {@code title},
     * {@code lang}: the fields of a JSONL article), which win over what is read from the file
     * itself; else, for the publication date only, the {@code published} field of a depeche-gold/1
     * annotation {@code NAME.gold.json}, as {@code evaluate} reads it (an article with a date of its
     * own, from its HTML or its file name, keeps it).
     */
    private static Iterator<InputRecord> withSidecar(Path path, ArticleReader reader) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path meta = path.resolveSibling(stem + ".meta.json");
        Path gold = path.resolveSibling(stem + ".gold.json");
        boolean hasMeta = Files.isRegularFile(meta);
        if (!hasMeta && !Files.isRegularFile(gold)) {
            return reader;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public InputRecord next() {
                InputRecord r = reader.next();
                if (!(r instanceof InputRecord.Article a)) {
                    return r;
                }
                try {
                    return new InputRecord.Article(Sidecar.apply(a.document(), hasMeta ? Sidecar.read(meta) : null,
                            hasMeta ? null : goldDate(gold)));
                } catch (InputException e) {
                    return new InputRecord.Failure(meta.toString(), e.getMessage());
                }
            }
        };
    }

    private static LocalDate goldDate(Path gold) {
        try {
            return Sidecar.goldDate(Files.readAllBytes(gold));
        } catch (IOException e) {
            return null;
        }
    }

    private void open(Iterator<InputRecord> it) {
        current = it;
        currentCloser = it instanceof Closeable c ? c : null;
    }

    private void closeCurrent() {
        if (currentCloser != null) {
            try {
                currentCloser.close();
            } catch (IOException ignored) {
                // read to the end already
            }
        }
        current = null;
        currentCloser = null;
    }

    private static List<String> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(StoreInputs::isInput)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean isInput(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = extension(name);
        if (ArticleReader.readsFromFolder(p) || FEED_EXT.contains(ext) || name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return true;
        }
        return ext.equals("xml") && looksLikeFeed(p);
    }

    private static boolean looksLikeFeed(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String langOf(String declared) {
        if (options.lang() != null) {
            return options.lang();
        }
        if (declared == null || declared.length() < 2) {
            return null;
        }
        String l = declared.substring(0, 2).toLowerCase(Locale.ROOT);
        return l.equals("fr") || l.equals("en") ? l : null;
    }

    /** The text of an HTML fragment or page; plain text stays as it is. */
    private static String textOf(String value) throws InputException {
        String v = value.strip();
        if (v.indexOf('<') < 0) {
            return v;
        }
        String html = HtmlArticle.looksLikeHtml(v) ? v : "<html><body>" + v + "</body></html>";
        return HtmlArticle.parse(html).text();
    }

    private static LocalDate dateOf(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The items of one RSS or Atom feed. */
    private final class FeedItems implements Iterator<InputRecord> {
        private final Path path;
        private Iterator<SyndEntry> entries;
        private SyndFeed feed;
        private InputRecord failure;
        private int index;

        FeedItems(Path path) {
            this.path = path;
            try (XmlReader reader = new XmlReader(Files.newInputStream(path))) {
                feed = new SyndFeedInput().build(reader);
                entries = feed.getEntries().iterator();
                if (!entries.hasNext()) {
                    failure = new InputRecord.Failure(path.toString(), "feed has no items");
                }
            } catch (Exception e) {
                String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                failure = new InputRecord.Failure(path.toString(), "not a readable RSS/Atom feed: " + msg);
                entries = java.util.Collections.emptyIterator();
            }
        }

        @Override
        public boolean hasNext() {
            return failure != null || entries.hasNext();
        }

        @Override
        public InputRecord next() {
            if (failure != null) {
                InputRecord f = failure;
                failure = null;
                return f;
            }
            SyndEntry e = entries.next();
            index++;
            String origin = path + "#" + index;
            String value = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    value = c.getValue();
                    break;
                }
            }
            if (value == null && e.getDescription() != null && e.getDescription().getValue() != null) {
                value = e.getDescription().getValue();
            }
            if (value == null || value.isBlank()) {
                return new InputRecord.Failure(origin, "feed item has neither content nor description");
            }
            String text;
            try {
                text = textOf(value);
            } catch (InputException ex) {
                return new InputRecord.Failure(origin, ex.getMessage());
            }
            if (text.isBlank()) {
                return new InputRecord.Failure(origin, "feed item has no text");
            }
            LocalDate published = Optional.ofNullable(dateOf(e.getPublishedDate())).or(() -> Optional.ofNullable(
                    dateOf(e.getUpdatedDate()))).orElse(options.published());
            String link = e.getLink() != null && !e.getLink().isBlank() ? e.getLink().strip() : null;
            String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link != null ? link : origin;
            String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
            DocumentMeta meta = new DocumentMeta(origin, link, feed.getTitle(), e.getTitle(), format, "UTF-8");
            return new InputRecord.Article(Document.of(id, langOf(feed.getLanguage()), published, meta, text));
        }
    }

    /** The HTML responses of one WARC file, read record by record. */
    private final class WarcItems extends Lookahead<InputRecord> implements Closeable {
        private final Path path;
        private final WarcReader reader;
        private boolean done;

        WarcItems(Path path) throws IOException {
            this.path = path;
            this.reader = new WarcReader(path);
            reader.onWarning(w -> { });
        }

        @Override
        protected InputRecord read() {
            while (!done) {
                InputRecord r = record();
                if (r != null) {
                    return r;
                }
            }
            return null;
        }

        /** The next article or failure; null for a record that is not an HTML page (skipped). */
        private InputRecord record() {
            WarcRecord record;
            long offset = reader.position();
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    done = true;
                    return null;
                }
                record = r.get();
                offset = reader.position();
            } catch (IOException | RuntimeException e) {
                done = true;
                return new InputRecord.Failure(path + "@" + offset, "unreadable WARC record: " + e.getMessage());
            }
            String origin = path + "@" + offset;
            if (!(record instanceof WarcResponse resp)) {
                return null;
            }
            try {
                if (!resp.contentType().base().equals(MediaType.HTTP)) {
                    return null;
                }
                HttpResponse http = resp.http();
                MediaType type = http.contentType();
                String base = type == null ? "" : type.base().toString();
                if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                    return null;
                }
                byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                        options.maxBytes() + 1));
                if (body.length > options.maxBytes()) {
                    return new InputRecord.Failure(origin, "response too large (limit " + options.maxBytes() / 1048576
                            + " MB; raise it with --max-size)");
                }
                String charset = options.encoding() != null ? options.encoding() : type.parameters().get("charset");
                DecodedText decoded;
                try {
                    decoded = TextDecoder.decode(body, charset);
                } catch (InputException badCharset) {
                    decoded = TextDecoder.decode(body, null);
                }
                HtmlArticle.Parsed page = HtmlArticle.parse(decoded.text());
                LocalDate published = page.published().orElse(resp.date() == null ? options.published()
                        : resp.date().atZone(ZoneOffset.UTC).toLocalDate());
                String target = resp.target();
                DocumentMeta meta = new DocumentMeta(origin, target, hostOf(target), page.title(), "warc", decoded.encoding());
                return new InputRecord.Article(Document.of(target, options.lang(), published, meta, page.text()));
            } catch (InputException e) {
                return new InputRecord.Failure(origin, e.getMessage());
            } catch (IOException | RuntimeException e) {
                return new InputRecord.Failure(origin, "unreadable HTTP response: " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static String hostOf(String uri) {
        try {
            return java.net.URI.create(uri).getHost();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
