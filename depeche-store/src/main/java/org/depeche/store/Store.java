package org.depeche.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;

/**
 * A store of analysed articles that analysts can query: one schema (docs/store.md) on DuckDB
 * (a file, embedded) or PostgreSQL (a server shared by a team).
 *
 * <p>{@link #put} writes one document in one transaction: a document is there whole or not at
 * all, and putting a document the store already holds (same text, same URL) changes nothing.
 * Thread-safe: calls are serialised on one connection.
 *
 * <pre>{@code
 * try (Store store = Store.open("depeche.duckdb")) {        // or "postgresql://user:pw@host/db"
 *     store.put(analysedDocument);
 *     List<QuoteRow> rows = store.quotes(QuoteQuery.bySpeaker("Paul Verdier"));
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    /** Version of the schema this code writes and reads (store_meta.schema_version). */
    public static final int SCHEMA_VERSION = 2;

    /** The database kinds the store runs on. */
    public enum Backend { DUCKDB, POSTGRESQL }

    private static final String SEP = "\u001f";
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");
    private static final Pattern HOLDER = Pattern.compile("held in (.+?) \\(PID");

    private final String url;
    private final Backend backend;
    private final boolean readOnly;
    private final Connection conn;
    /** DuckDB (one writer per file): joinable alias → "storeEntity\ttype" entries, kept in step with commits. */
    private final Map<String, List<String[]>> aliasCache;
    /** DuckDB: ids of the store entities and "id SEP alias_norm" of the aliases present, so only new ones are appended. */
    private final java.util.Set<String> knownEntities = new java.util.HashSet<>();
    private final java.util.Set<String> knownAliases = new java.util.HashSet<>();
    /** DuckDB writer: the largest doc_no stored or handed out by this session. */
    private long lastDocNo;

    private Store(String url, Backend backend, boolean readOnly, Connection conn) throws SQLException {
        this.url = url;
        this.backend = backend;
        this.readOnly = readOnly;
        this.conn = conn;
        if (!readOnly) {
            createSchema();
        }
        checkVersion();
        conn.setAutoCommit(false);
        aliasCache = backend == Backend.DUCKDB && !readOnly ? loadAliases() : null;
        if (aliasCache != null) {
            selectEach("SELECT store_entity FROM store_entities", r -> knownEntities.add((String) r.get(0)));
            selectEach("SELECT store_entity, alias_norm FROM store_aliases", r -> knownAliases.add(r.get(0) + SEP + r.get(1)));
            lastDocNo = longQuery("SELECT coalesce(max(doc_no), 0) FROM documents");
        }
    }

    /** Opens (creating when needed) a store for reading and writing. */
    public static Store open(String url) {
        return open(url, false);
    }

    /**
     * Opens a store.
     *
     * @param url      a DuckDB file ({@code depeche.duckdb}, {@code duckdb:path}) or a PostgreSQL URL
     *                 ({@code postgresql://user:password@host:5432/db}, or a {@code jdbc:postgresql:} URL)
     * @param readOnly for queries only: DuckDB opens the file read-only (many readers may share it),
     *                 PostgreSQL sessions are read-only
     */
    public static Store open(String url, boolean readOnly) {
        Backend backend = backendOf(url);
        try {
            if (backend == Backend.POSTGRESQL) {
                Properties p = new Properties();
                String jdbc = postgresJdbc(url, p);
                Connection c = DriverManager.getConnection(jdbc, p);
                if (readOnly) {
                    c.setReadOnly(true);
                }
                return new Store(url, backend, readOnly, c);
            }
            if (url.startsWith("parquet:") || isParquetStore(Path.of(url.startsWith("duckdb:") ? url.substring(7) : url))) {
                return openParquet(Path.of(url.startsWith("parquet:") ? url.substring("parquet:".length()) : url), readOnly);
            }
            Path file = Path.of(url.startsWith("duckdb:") ? url.substring("duckdb:".length()) : url);
            if (readOnly && !Files.exists(file)) {
                throw new StoreException("no store at " + file + " (create it with: depeche ingest SOURCE --store " + file + ")");
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Properties p = new Properties();
            if (readOnly) {
                p.setProperty("duckdb.read_only", "true");
                p.setProperty("enable_external_access", "false");
            }
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            return new Store(file.toString(), backend, readOnly, c);
        } catch (SQLException e) {
            throw new StoreException(explainOpen(url, backend, e), e);
        } catch (IOException | ClassNotFoundException e) {
            throw new StoreException("cannot open store " + url + ": " + e.getMessage(), e);
        }
    }

    /** Whether a path is a folder of the store's tables as Parquet (what {@code depeche spark} writes). */
    public static boolean isParquetStore(Path path) {
        Path documents = path.resolve("documents");
        if (!Files.isDirectory(documents)) {
            return false;
        }
        // a folder of articles may have a documents/ sub-folder of texts: only Parquet files make it a store
        try (var files = Files.walk(documents)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * A folder of Parquet tables (one sub-folder per table, Hive-partitioned, as {@code depeche spark}
     * writes them) queried through DuckDB: an in-memory database whose tables are views over the
     * files, so every query of this class runs on them unchanged. Read-only; SQL may read only
     * files under that folder.
     */
    private static Store openParquet(Path dir, boolean readOnly) throws SQLException, ClassNotFoundException {
        if (!readOnly) {
            throw new StoreException("store " + dir + " is a folder of Parquet tables (written by depeche spark): it can"
                    + " be queried (depeche query … --store " + dir + ") but not written; ingest into a DuckDB file instead");
        }
        if (!isParquetStore(dir)) {
            throw new StoreException("no Parquet store at " + dir + " (no documents/ folder; write one with: depeche spark"
                    + " INPUT " + dir + ")");
        }
        Class.forName("org.duckdb.DuckDBDriver");
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            for (String sql : script("schema-" + SCHEMA_VERSION + ".sql")) {
                st.execute(sql);
            }
            boolean hasMeta = false;
            String root = dir.toAbsolutePath().normalize().toString();
            for (String table : StoreSchema.tables()) {
                Path folder = dir.resolve(table);
                if (!hasParquet(folder)) {
                    continue;
                }
                hasMeta |= table.equals("store_meta");
                StringBuilder cols = new StringBuilder();
                for (StoreSchema.Column col : StoreSchema.columns(table)) {
                    cols.append(cols.length() == 0 ? "" : ", ").append("CAST(").append(col.name()).append(" AS ")
                            .append(col.sqlType()).append(") AS ").append(col.name());
                }
                st.execute("DROP TABLE " + table);
                st.execute("CREATE VIEW " + table + " AS SELECT " + cols + " FROM read_parquet('"
                        + quoted(folder.toAbsolutePath().normalize() + "/**/*.parquet")
                        + "', hive_partitioning = true, union_by_name = true)");
                if (table.equals("store_meta")) {
                    // before the other views, which name this version's columns
                    try (ResultSet rs = st.executeQuery("SELECT meta_value FROM store_meta WHERE meta_key = 'schema_version'")) {
                        if (rs.next() && !rs.getString(1).equals(Integer.toString(SCHEMA_VERSION))) {
                            throw new StoreException("store " + dir + " has schema version " + rs.getString(1)
                                    + "; this Depeche reads version " + SCHEMA_VERSION + " (run depeche spark again)");
                        }
                    }
                }
            }
            if (!hasMeta) {
                st.execute("INSERT INTO store_meta VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
            }
            st.execute("SET allowed_directories = ['" + quoted(root) + "']");
            st.execute("SET enable_external_access = false");
            st.execute("SET lock_configuration = true");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return new Store(dir.toString(), Backend.DUCKDB, true, c);
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.walk(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new StoreException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String s) {
        return s.replace("'", "''");
    }

    static Backend backendOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("postgresql://") || u.startsWith("postgres://") || u.startsWith("jdbc:postgresql:")
                ? Backend.POSTGRESQL : Backend.DUCKDB;
    }

    /** A JDBC URL for a postgresql:// URL, with its user and password moved into properties. */
    static String postgresJdbc(String url, Properties props) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
        if (uri.getUserInfo() != null) {
            String[] up = uri.getUserInfo().split(":", 2);
            props.setProperty("user", java.net.URLDecoder.decode(up[0], StandardCharsets.UTF_8));
            if (up.length > 1) {
                props.setProperty("password", java.net.URLDecoder.decode(up[1], StandardCharsets.UTF_8));
            }
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + host + port + path + query;
    }

    private static String explainOpen(String url, Backend backend, SQLException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (backend == Backend.DUCKDB && msg.contains("lock")) {
            Matcher pid = PID.matcher(msg);
            Matcher holder = HOLDER.matcher(msg);
            String who = (holder.find() ? holder.group(1) : "another process")
                    + (pid.find() ? " (PID " + pid.group(1) + ")" : "");
            return "store " + url + " is in use by " + who + ": a DuckDB file has one writer at a time, "
                    + "and no reader while it writes; wait for it to finish, or use a PostgreSQL store "
                    + "(--store postgresql://…) for several writers";
        }
        return "cannot open store " + redact(url) + ": " + msg.lines().findFirst().orElse(msg);
    }

    private static String redact(String url) {
        return url.replaceAll("://([^:/@]+):[^@]*@", "://$1:***@");
    }

    public String url() {
        return redact(url);
    }

    public Backend backend() {
        return backend;
    }

    public boolean readOnly() {
        return readOnly;
    }

    // ------------------------------------------------------------------ schema

    private void createSchema() throws SQLException {
        conn.setAutoCommit(true);
        try (Statement st = conn.createStatement()) {
            for (String sql : script("schema-" + SCHEMA_VERSION + ".sql")) {
                st.execute(sql);
            }
            if (backend == Backend.POSTGRESQL) {
                for (String sql : script("indexes-" + SCHEMA_VERSION + ".sql")) {
                    st.execute(sql);
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO store_meta (meta_key, meta_value) VALUES ('schema_version', ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, Integer.toString(SCHEMA_VERSION));
            ps.executeUpdate();
        }
    }

    private void checkVersion() throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT meta_value FROM store_meta WHERE meta_key = 'schema_version'")) {
            if (!rs.next()) {
                throw new StoreException("store " + url() + " has no schema version: not a Depeche store");
            }
            int v = Integer.parseInt(rs.getString(1));
            if (v != SCHEMA_VERSION) {
                throw new StoreException("store " + url() + " has schema version " + v + "; this Depeche reads version "
                        + SCHEMA_VERSION + " (ingest the articles again into a new store)");
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("store_meta")) {
                throw new StoreException("store " + url() + " is not a Depeche store (no store_meta table)", e);
            }
            throw e;
        }
    }

    /** The statements of a schema script, split on lines holding only ';'. */
    static List<String> script(String name) {
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String part : text.split("(?m)^;\\s*$")) {
                String sql = part.lines().filter(l -> !l.strip().startsWith("--")).map(l -> l.replaceAll("\\s+--.*$", ""))
                        .reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    out.add(sql);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ writing

    /** The key of a document: sha-256 of its text, and of its URL when it has one. */
    public static String keyOf(Document doc) {
        return keyOf(doc.text(), doc.meta() == null ? null : doc.meta().url());
    }

    public static String keyOf(String text, String url) {
        String h = sha256(text);
        return url == null || url.isBlank() ? h : sha256(h + "\n" + url.strip());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the store holds the document with this key. */
    public synchronized boolean contains(String docKey) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM documents WHERE doc_key = ?")) {
            ps.setString(1, docKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            } finally {
                conn.commit();
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    /**
     * Stores an analysed document and every fact in it, in one transaction.
     *
     * @return stored false when the store already held it (nothing written)
     */
    public PutResult put(Document doc) {
        return putAll(List.of(doc)).get(0);
    }

    /**
     * Stores analysed documents in one transaction: all of them or (on a failure) none. Documents
     * the store already holds, or given twice, are skipped. Cheaper per document than {@link #put}
     * (DuckDB appends each table once per batch).
     */
    public synchronized List<PutResult> putAll(List<Document> docs) {
        if (readOnly) {
            throw new StoreException("store " + url() + " is open read-only");
        }
        Map<String, List<String[]>> added = new HashMap<>();
        Batch batch = new Batch();
        List<PutResult> results = new ArrayList<>();
        try {
            Map<String, Document> fresh = new LinkedHashMap<>();
            for (Document d : docs) {
                fresh.putIfAbsent(keyOf(d), d);
            }
            java.util.Set<String> existing = new java.util.HashSet<>();
            List<Object> keys = new ArrayList<>(fresh.keySet());
            for (List<Object> r : selectIn("SELECT doc_key FROM documents WHERE doc_key IN ", keys)) {
                existing.add((String) r.get(0));
            }
            fresh.keySet().removeAll(existing);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            List<Object[]> docRows = new ArrayList<>();
            Map<String, Long> docNo = new HashMap<>();
            for (Map.Entry<String, Document> e : fresh.entrySet()) {
                Document doc = e.getValue();
                long no = nextDocNo();
                docNo.put(e.getKey(), no);
                docRows.add(StoreRows.documentRow(e.getKey(), no, doc, now));
            }
            java.util.Set<String> stored = new java.util.HashSet<>(fresh.keySet());
            if (!docRows.isEmpty()) {
                String cols = String.join(", ", StoreSchema.columnNames("documents"));
                if (backend == Backend.DUCKDB) {
                    append("documents", docRows);
                } else {
                    stored = insertReturningKeys(cols, docRows);
                }
            }
            for (Map.Entry<String, Document> e : fresh.entrySet()) {
                if (stored.contains(e.getKey())) {
                    writeFacts(e.getKey(), docNo.get(e.getKey()), e.getValue(), added, batch);
                }
            }
            flush(batch);
            conn.commit();
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (Document d : docs) {
                String k = keyOf(d);
                results.add(new PutResult(k, stored.contains(k) && reported.add(k)));
            }
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            if (isDuplicate(e) && docs.size() == 1) {
                return List.of(new PutResult(keyOf(docs.get(0)), false));
            }
            throw e instanceof StoreException se ? se : fail("write " + docs.size() + " document(s) to", e);
        }
        if (aliasCache != null) {
            added.forEach((k, v) -> aliasCache.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            knownEntities.addAll(batch.storeEntities.keySet());
            knownAliases.addAll(batch.aliases.keySet());
        }
        return results;
    }

    /** The rows of one transaction, table by table. */
    private static final class Batch {
        final Map<String, Object[]> storeEntities = new LinkedHashMap<>();
        final Map<String, Object[]> aliases = new LinkedHashMap<>();
        final Map<String, String> columns = new LinkedHashMap<>();
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

        void add(String table, String cols, List<Object[]> r) {
            columns.putIfAbsent(table, cols);
            rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(r);
        }
    }

    private void flush(Batch batch) throws SQLException {
        if (aliasCache != null) {
            // DuckDB, the only writer: append what is new (known from memory), no conflict checks
            batch.storeEntities.keySet().removeIf(knownEntities::contains);
            batch.aliases.keySet().removeIf(knownAliases::contains);
            append("store_entities", batch.storeEntities.values());
            append("store_aliases", batch.aliases.values());
        } else {
            insertRows("store_entities", "store_entity, type, name, created_at", batch.storeEntities.values(), true);
            insertRows("store_aliases", "store_entity, alias_norm, alias, alias_kind, joinable", batch.aliases.values(), true);
        }
        for (Map.Entry<String, List<Object[]>> t : batch.rows.entrySet()) {
            insertRows(t.getKey(), batch.columns.get(t.getKey()), t.getValue(), false);
        }
    }

    /**
     * The next document number: DuckDB, the only writer of its file, counts in memory from the
     * largest stored; PostgreSQL draws from the sequence, shared by concurrent writers (a number
     * drawn for a document another writer stored first is left unused).
     */
    private long nextDocNo() throws SQLException {
        if (backend == Backend.DUCKDB) {
            return ++lastDocNo;
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('doc_numbers')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** PostgreSQL: inserts documents, skipping keys another writer stored meanwhile; the keys inserted. */
    private java.util.Set<String> insertReturningKeys(String cols, List<Object[]> rows) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        String tuple = "(" + String.join(",", java.util.Collections.nCopies(cols.split(",").length, "?")) + ")";
        for (Object[] row : rows) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO documents (" + cols + ") VALUES " + tuple
                    + " ON CONFLICT DO NOTHING RETURNING doc_key")) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private List<List<Object>> selectIn(String sqlPrefix, List<Object> values) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            List<Object> chunk = values.subList(from, Math.min(values.size(), from + 500));
            try (PreparedStatement ps = conn.prepareStatement(sqlPrefix + "("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(List.of(rs.getString(1)));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isDuplicate(Exception e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("duplicate key") && m.contains("documents");
    }

    private void writeFacts(String key, long docNo, Document doc, Map<String, List<String[]>> added, Batch batch) {
        StoreRows facts = StoreRows.of(key, docNo, doc, k -> lookupAlias(k, added), Timestamp.valueOf(LocalDateTime.now()));
        for (Object[] se : facts.storeEntities()) {
            batch.storeEntities.putIfAbsent((String) se[0], se);
        }
        for (Object[] a : facts.aliases()) {
            if (batch.aliases.putIfAbsent(a[0] + SEP + a[1], a) == null && (Boolean) a[4]) {
                added.computeIfAbsent((String) a[1], x -> new ArrayList<>()).add(new String[] {(String) a[0], facts.typeOf((String) a[0])});
            }
        }
        for (String table : StoreRows.FACT_TABLES) {
            batch.add(table, String.join(", ", StoreSchema.columnNames(table)), facts.rows(table));
        }
    }

    /** Rows of one table in multi-row INSERT statements (a few statements per article, not one per row). */
    private void insertRows(String table, String columns, Collection<Object[]> rows, boolean ignoreExisting)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (backend == Backend.DUCKDB && !ignoreExisting) {
            append(table, rows);
            return;
        }
        int width = columns.split(",").length;
        String tuple = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
        int perStatement = Math.max(1, 2000 / width);
        List<Object[]> all = new ArrayList<>(rows);
        for (int from = 0; from < all.size(); from += perStatement) {
            List<Object[]> chunk = all.subList(from, Math.min(all.size(), from + perStatement));
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES "
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), tuple))
                    + (ignoreExisting ? " ON CONFLICT DO NOTHING" : "");
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int i = 1;
                for (Object[] row : chunk) {
                    for (Object v : row) {
                        bind(ps, i++, v);
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    /**
     * DuckDB's appender: rows in table column order, within the open transaction (a rollback
     * drops them, which {@code DuckDbStoreTest} checks); far cheaper than INSERT statements there.
     */
    private void append(String table, Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (org.duckdb.DuckDBAppender app = conn.unwrap(org.duckdb.DuckDBConnection.class).createAppender(table)) {
            for (Object[] row : rows) {
                app.beginRow();
                for (Object v : row) {
                    if (v == null) {
                        app.appendNull();
                    } else if (v instanceof String x) {
                        app.append(x);
                    } else if (v instanceof Integer x) {
                        app.append(x.intValue());
                    } else if (v instanceof Long x) {
                        app.append(x.longValue());
                    } else if (v instanceof Boolean x) {
                        app.append(x.booleanValue());
                    } else if (v instanceof Timestamp x) {
                        app.append(x.toLocalDateTime());
                    } else if (v instanceof LocalDate x) {
                        app.append(x);
                    } else {
                        app.append(v.toString());
                    }
                }
                app.endRow();
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof Timestamp t) {
            ps.setTimestamp(i, t);
        } else if (v instanceof LocalDate d) {
            ps.setDate(i, java.sql.Date.valueOf(d));
        } else {
            ps.setObject(i, v);
        }
    }

    private List<String[]> lookupAlias(String norm, Map<String, List<String[]>> added) {
        List<String[]> out = new ArrayList<>(added.getOrDefault(norm, List.of()));
        if (aliasCache != null) {
            out.addAll(aliasCache.getOrDefault(norm, List.of()));
            return out;
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT a.store_entity, e.type FROM store_aliases a"
                + " JOIN store_entities e ON e.store_entity = a.store_entity WHERE a.joinable AND a.alias_norm = ?")) {
            ps.setString(1, norm);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    private Map<String, List<String[]>> loadAliases() throws SQLException {
        Map<String, List<String[]>> map = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.alias_norm, a.store_entity, e.type FROM store_aliases a"
                     + " JOIN store_entities e ON e.store_entity = a.store_entity WHERE a.joinable")) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        conn.commit();
        return map;
    }

    // ------------------------------------------------------------------ reading

    /** Number of documents stored. */
    public synchronized long documentCount() {
        return longQuery("SELECT count(*) FROM documents");
    }

    /** The stored document (its depeche/1 form, every layer) with this key or id. */
    public synchronized Optional<Document> document(String keyOrId) {
        List<List<Object>> rows = select("SELECT analysis FROM documents WHERE doc_key = ? OR id = ? ORDER BY doc_key LIMIT 1",
                keyOrId, keyOrId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(DepecheJson.read((String) rows.get(0).get(0)));
    }

    /** Every stored document (its depeche/1 form), in key order. */
    public synchronized void forEachDocument(java.util.function.Consumer<Document> each) {
        selectEach("SELECT analysis FROM documents ORDER BY doc_key", r -> each.accept(DepecheJson.read((String) r.get(0))));
    }

    /**
     * Every stored document (its depeche/1 form), in the order the database reads them: no sort,
     * so a store of any size streams through (what {@link Ingest#copy} reads).
     */
    public synchronized void forEachDocumentUnsorted(java.util.function.Consumer<Document> each) {
        selectEach("SELECT analysis FROM documents", r -> each.accept(DepecheJson.read((String) r.get(0))));
    }

    /** The store entities a name leads to: through any alias, a store entity id, or a country's name. */
    public synchronized List<String> resolve(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String norm = Names.normalize(name);
        List<String> out = new ArrayList<>();
        for (List<Object> r : select("SELECT DISTINCT store_entity FROM store_aliases WHERE alias_norm = ?"
                + " UNION SELECT store_entity FROM store_entities WHERE store_entity = ?", norm, name.strip())) {
            out.add((String) r.get(0));
        }
        String[] words = norm.split(" ");
        for (int k = 1; out.isEmpty() && k <= words.length - 2; k++) {
            // a title or description before a name ("la ministre Anne Roche"): the longest ending of
            // two words or more that is a joining name
            String ending = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            for (List<Object> r : select("SELECT DISTINCT store_entity FROM store_aliases WHERE alias_norm = ? AND joinable"
                    + " ORDER BY store_entity", ending)) {
                out.add((String) r.get(0));
            }
        }
        if (out.isEmpty() && Names.words(norm) == 1) {
            // a lone surname no article used alone: the persons whose full name ends with it
            for (List<Object> r : select("SELECT DISTINCT a.store_entity FROM store_aliases a JOIN store_entities e"
                    + " ON e.store_entity = a.store_entity WHERE e.type = 'PER' AND a.alias_kind = 'name'"
                    + " AND a.alias_norm LIKE ? ORDER BY a.store_entity", "% " + norm)) {
                out.add((String) r.get(0));
            }
        }
        String country = EntityJoiner.countryOf(name, null);
        if (country != null && !out.contains("country:" + country)) {
            out.add("country:" + country);
        }
        return out;
    }

    /** Quotes matching every given filter, newest articles first. */
    public synchronized List<QuoteRow> quotes(QuoteQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        if (q.speaker() != null) {
            where.append(" AND (").append(nameMatch("q.speaker_store_entity", "q.speaker_norm", q.speaker(), args)).append(')');
        }
        if (q.via() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM sources s WHERE s.doc_no = q.doc_no AND s.owner_kind = 'quote'"
                    + " AND s.owner_id = q.quote_id AND s.role = 'via' AND (")
                    .append(nameMatch("s.store_entity", "s.name_norm", q.via(), args)).append("))");
        }
        if (q.about() != null) {
            List<String> ids = resolve(q.about());
            where.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_no = q.doc_no AND m.m_start >= q.q_start"
                    + " AND m.m_end <= q.q_end AND ").append(in("m.store_entity", ids, args)).append(')');
        }
        dates(where, "q.published", args, q.since(), q.until());
        return quoteRows(where.toString(), args, q.limit());
    }

    private List<QuoteRow> quoteRows(String where, List<Object> args, int limit) {
        String sql = withSentence("SELECT q.doc_key, q.published, q.quote_id, q.kind, q.q_start, q.q_end, q.text,"
                + " q.speaker_text, q.speaker_store_entity, q.cue_text, q.doc_no, q.sentence, q.q_start AS pos FROM quotes q"
                + where + " ORDER BY q.published DESC NULLS LAST, q.doc_no, q.q_start LIMIT " + limit(limit));
        List<List<Object>> rows = select(sql, args.toArray());
        Map<String, List<String>> via = sourcesOf("quote", "AND role = 'via' ", rows, 3);
        List<QuoteRow> out = new ArrayList<>();
        for (List<Object> r : rows) {
            out.add(new QuoteRow(str(r.get(1)), str(r.get(0)), date(r.get(2)), str(r.get(3)), str(r.get(4)), num(r.get(5)),
                    num(r.get(6)), str(r.get(7)), str(r.get(8)), str(r.get(9)), str(r.get(10)),
                    via.getOrDefault(r.get(11) + SEP + r.get(3), List.of()), str(r.get(14))));
        }
        return out;
    }

    /** The source texts of the quotes or events in these rows (doc_no in column 11, item id in column idCol). */
    private Map<String, List<String>> sourcesOf(String ownerKind, String roleFilter, List<List<Object>> rows, int idCol) {
        Map<String, List<String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<Object> keys = rows.stream().map(r -> r.get(11)).distinct().toList();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        rows.forEach(r -> wanted.add(r.get(11) + SEP + r.get(idCol)));
        for (int from = 0; from < keys.size(); from += 500) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            List<Object> args = new ArrayList<>(chunk);
            args.add(0, ownerKind);
            for (List<Object> s : select("SELECT doc_no, owner_id, text FROM sources WHERE owner_kind = ? " + roleFilter
                    + "AND doc_no IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ") ORDER BY doc_no, owner_id, position", args.toArray())) {
                String k = s.get(0) + SEP + s.get(1);
                if (wanted.contains(k)) {
                    out.computeIfAbsent(k, x -> new ArrayList<>()).add(str(s.get(2)));
                }
            }
        }
        return out;
    }

    /** Event mentions matching every given filter, newest articles first. */
    public synchronized List<EventRow> events(EventQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        if (q.type() != null) {
            where.append(" AND (lower(e.type) = ? OR lower(e.type) LIKE ?)");
            args.add(q.type().toLowerCase(Locale.ROOT));
            args.add(q.type().toLowerCase(Locale.ROOT) + ".%");
        }
        if (q.participant() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_arguments a WHERE a.doc_no = e.doc_no AND a.event_id = e.event_id"
                    + " AND (").append(argMatch(q.participant(), args)).append("))");
        }
        if (q.place() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_arguments a WHERE a.doc_no = e.doc_no AND a.event_id = e.event_id"
                    + " AND a.role = 'Place' AND (").append(argMatch(q.place(), args)).append("))");
        }
        if (q.polarity() != null) {
            where.append(" AND e.polarity = ?");
            args.add(q.polarity().toUpperCase(Locale.ROOT));
        }
        if (q.modality() != null) {
            where.append(" AND e.modality = ?");
            args.add(q.modality().toUpperCase(Locale.ROOT));
        }
        if (q.source() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM sources s WHERE s.doc_no = e.doc_no AND s.owner_kind = 'event'"
                    + " AND s.owner_id = e.event_id AND (")
                    .append(nameMatch("s.store_entity", "s.name_norm", q.source(), args)).append("))");
        }
        dates(where, "e.published", args, q.since(), q.until());
        return eventRows(where.toString(), args, q.limit());
    }

    private String argMatch(String name, List<Object> args) {
        List<String> ids = resolve(name);
        String inIds = ids.isEmpty() ? null : in("a.store_entity", ids, args);
        args.add(name.toLowerCase(Locale.ROOT).strip());
        args.add("%" + name.toLowerCase(Locale.ROOT).strip() + "%");
        String byText = "(a.store_entity IS NULL AND (lower(a.text) = ? OR lower(a.text) LIKE ?))";
        return inIds == null ? byText : inIds + " OR " + byText;
    }

    private List<EventRow> eventRows(String where, List<Object> args, int limit) {
        String sql = withSentence("SELECT e.doc_key, e.published, e.event_id, e.type, e.trigger_start, e.trigger_end,"
                + " e.trigger_text, e.time_value, e.polarity, e.modality, e.doc_no, e.sentence, e.trigger_start AS pos"
                + " FROM events e" + where + " ORDER BY e.published DESC NULLS LAST, e.doc_no, e.trigger_start LIMIT " + limit(limit));
        List<List<Object>> rows = select(sql, args.toArray());
        Map<String, List<EventRow.Argument>> argsOf = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<Object> keys = new ArrayList<>();
            StringBuilder inList = new StringBuilder();
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (List<Object> r : rows) {
                if (seen.add(r.get(11))) {
                    keys.add(r.get(11));
                    inList.append(inList.length() == 0 ? "?" : ",?");
                }
            }
            for (List<Object> a : select("SELECT doc_no, event_id, role, text, a_start, a_end, store_entity"
                    + " FROM event_arguments WHERE doc_no IN (" + inList + ") ORDER BY doc_no, event_id, position",
                    keys.toArray())) {
                argsOf.computeIfAbsent(a.get(0) + SEP + a.get(1), k -> new ArrayList<>()).add(new EventRow.Argument(
                        str(a.get(2)), str(a.get(3)), num(a.get(4)), num(a.get(5)), str(a.get(6))));
            }
        }
        Map<String, List<String>> sources = sourcesOf("event", "", rows, 3);
        List<EventRow> out = new ArrayList<>();
        for (List<Object> r : rows) {
            out.add(new EventRow(str(r.get(1)), str(r.get(0)), date(r.get(2)), str(r.get(3)), str(r.get(4)), num(r.get(5)),
                    num(r.get(6)), str(r.get(7)), argsOf.getOrDefault(r.get(11) + SEP + r.get(3), List.of()),
                    str(r.get(8)), str(r.get(9)), str(r.get(10)), sources.getOrDefault(r.get(11) + SEP + r.get(3), List.of()),
                    str(r.get(14))));
        }
        return out;
    }

    /** Everything about a name: its store entities, their quotes, events, company and timeline. */
    public synchronized EntityProfile entity(String name, int limit) {
        List<String> ids = resolve(name);
        List<EntityProfile.Summary> summaries = new ArrayList<>();
        if (ids.isEmpty()) {
            return new EntityProfile(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        for (String id : ids) {
            List<List<Object>> se = select("SELECT type, name FROM store_entities WHERE store_entity = ?", id);
            if (se.isEmpty()) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (List<Object> a : select("SELECT alias, alias_kind FROM store_aliases WHERE store_entity = ?"
                    + " ORDER BY alias_kind, alias", id)) {
                if ("title".equals(a.get(1))) {
                    titles.add(str(a.get(0)));
                } else if (!"country".equals(a.get(1))) {
                    aliases.add(str(a.get(0)));
                }
            }
            List<List<Object>> counts = select("SELECT count(*), count(DISTINCT doc_no) FROM mentions WHERE store_entity = ?", id);
            summaries.add(new EntityProfile.Summary(id, str(se.get(0).get(0)), str(se.get(0).get(1)), aliases, titles,
                    ((Number) counts.get(0).get(0)).longValue(), ((Number) counts.get(0).get(1)).longValue()));
        }
        List<Object> args = new ArrayList<>();
        List<QuoteRow> by = quoteRows(" WHERE " + in("q.speaker_store_entity", ids, args), args, limit);
        args = new ArrayList<>();
        List<QuoteRow> about = quoteRows(" WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.doc_no = q.doc_no"
                + " AND m.m_start >= q.q_start AND m.m_end <= q.q_end AND " + in("m.store_entity", ids, args) + ")", args, limit);
        args = new ArrayList<>();
        List<EventRow> events = eventRows(" WHERE EXISTS (SELECT 1 FROM event_arguments a WHERE a.doc_no = e.doc_no"
                + " AND a.event_id = e.event_id AND " + in("a.store_entity", ids, args) + ")", args, limit);
        args = new ArrayList<>();
        String inA = in("a.store_entity", ids, args);
        String notInB = in("b.store_entity", ids, args);
        List<EntityProfile.Cooccurrence> co = new ArrayList<>();
        for (List<Object> r : select("SELECT b.store_entity, se.type, se.name, count(DISTINCT b.doc_no) AS n"
                + " FROM entities a JOIN entities b ON b.doc_no = a.doc_no AND b.store_entity IS NOT NULL AND NOT (" + notInB + ")"
                + " JOIN store_entities se ON se.store_entity = b.store_entity"
                + " WHERE " + inA + " GROUP BY b.store_entity, se.type, se.name ORDER BY n DESC, b.store_entity LIMIT 20",
                args.toArray())) {
            co.add(new EntityProfile.Cooccurrence(str(r.get(0)), str(r.get(1)), str(r.get(2)), ((Number) r.get(3)).longValue()));
        }
        args = new ArrayList<>();
        List<EntityProfile.Day> days = new ArrayList<>();
        for (List<Object> r : select("SELECT m.published, count(*), count(DISTINCT m.doc_no) FROM mentions m"
                + " WHERE " + in("m.store_entity", ids, args)
                + " GROUP BY m.published ORDER BY m.published NULLS LAST", args.toArray())) {
            days.add(new EntityProfile.Day(date(r.get(0)), ((Number) r.get(1)).longValue(), ((Number) r.get(2)).longValue()));
        }
        return new EntityProfile(name, summaries, by, about, events, co, days);
    }

    /** Each source: what it is cited for, whose words it relays and who relays it, with an example. */
    public synchronized List<SourceRow> sources(int limit) {
        String keyExpr = "s.source_key";
        List<List<Object>> rows = select("SELECT t.k, coalesce(se.name, t.text), t.speaker, t.via, t.source, t.articles,"
                + " t.total FROM (SELECT " + keyExpr + " AS k, min(s.text) AS text,"
                + " sum(CASE WHEN s.role = 'speaker' THEN 1 ELSE 0 END) AS speaker,"
                + " sum(CASE WHEN s.role = 'via' THEN 1 ELSE 0 END) AS via,"
                + " sum(CASE WHEN s.role = 'source' THEN 1 ELSE 0 END) AS source,"
                + " count(DISTINCT s.doc_no) AS articles, count(*) AS total"
                + " FROM sources s WHERE s.name_norm <> '' GROUP BY " + keyExpr + " ORDER BY total DESC, k LIMIT " + limit(limit)
                + ") t LEFT JOIN store_entities se ON se.store_entity = t.k ORDER BY t.total DESC, t.k");
        if (rows.isEmpty()) {
            return List.of();
        }
        // the details of the sources listed only
        List<Object> keys = new ArrayList<>();
        rows.forEach(r -> keys.add(r.get(0)));
        String listed = " AND s.source_key IN (" + String.join(",", java.util.Collections.nCopies(keys.size(), "?")) + ")";
        Map<String, List<String>> citedFor = new HashMap<>();
        for (List<Object> r : select("SELECT " + keyExpr + ", e.type, count(*) AS n FROM sources s JOIN events e"
                + " ON e.doc_no = s.doc_no AND e.event_id = s.owner_id WHERE s.owner_kind = 'event'" + listed
                + " GROUP BY " + keyExpr + ", e.type ORDER BY n DESC, e.type", keys.toArray())) {
            citedFor.computeIfAbsent(str(r.get(0)), k -> new ArrayList<>()).add(r.get(1) + " (" + r.get(2) + ")");
        }
        Map<String, List<String>> relays = new HashMap<>();
        Map<String, List<String>> relayedBy = new HashMap<>();
        for (List<Object> r : select("SELECT v.source_key, coalesce(min(sv.name), min(v.text)),"
                + " coalesce(q.speaker_store_entity, q.speaker_norm), coalesce(min(sq.name), min(q.speaker_text)), count(*) AS n"
                + " FROM sources v JOIN quotes q ON q.doc_no = v.doc_no AND q.quote_id = v.owner_id"
                + " LEFT JOIN store_entities sv ON sv.store_entity = v.store_entity"
                + " LEFT JOIN store_entities sq ON sq.store_entity = q.speaker_store_entity"
                + " WHERE v.owner_kind = 'quote' AND v.role = 'via' AND q.speaker_norm IS NOT NULL"
                + " GROUP BY v.source_key, coalesce(q.speaker_store_entity, q.speaker_norm)"
                + " ORDER BY n DESC")) {
            relays.computeIfAbsent(str(r.get(0)), k -> new ArrayList<>()).add(r.get(3) + " (" + r.get(4) + ")");
            relayedBy.computeIfAbsent(str(r.get(2)), k -> new ArrayList<>()).add(r.get(1) + " (" + r.get(4) + ")");
        }
        Map<String, List<Object>> example = new HashMap<>();
        for (List<Object> r : select("SELECT x.k, d.id, x.doc_key, x.src_start, x.src_end, st.text FROM (SELECT " + keyExpr
                + " AS k, s.doc_key, s.doc_no, s.sentence, s.src_start, s.src_end, row_number() OVER (PARTITION BY " + keyExpr
                + " ORDER BY s.published DESC NULLS LAST, s.doc_no, s.src_start) AS rn FROM sources s"
                + " WHERE s.name_norm <> ''" + listed + ") x JOIN documents d ON d.doc_no = x.doc_no"
                + " LEFT JOIN sentences st ON st.doc_no = x.doc_no AND st.sentence = x.sentence WHERE x.rn = 1", keys.toArray())) {
            example.put(str(r.get(0)), r);
        }
        List<SourceRow> out = new ArrayList<>();
        for (List<Object> r : rows) {
            String k = str(r.get(0));
            List<String> cited = new ArrayList<>(citedFor.getOrDefault(k, List.of()));
            long quotesCount = ((Number) r.get(2)).longValue() + ((Number) r.get(3)).longValue();
            if (quotesCount > 0) {
                cited.add(0, "quotes (" + quotesCount + ")");
            }
            List<Object> ex = example.get(k);
            out.add(new SourceRow(k, str(r.get(1)), ((Number) r.get(2)).longValue(), ((Number) r.get(3)).longValue(),
                    ((Number) r.get(4)).longValue(), ((Number) r.get(5)).longValue(), cited,
                    relays.getOrDefault(k, List.of()), relayedBy.getOrDefault(k, List.of()),
                    ex == null ? null : str(ex.get(1)), ex == null ? null : str(ex.get(2)), ex == null ? 0 : num(ex.get(3)),
                    ex == null ? 0 : num(ex.get(4)), ex == null ? null : str(ex.get(5))));
        }
        return out;
    }

    /**
     * Runs one read-only query (SELECT, WITH, EXPLAIN, DESCRIBE, SHOW) and rolls back whatever happened.
     * On PostgreSQL the transaction is READ ONLY; a DuckDB store opened read-only refuses every write.
     */
    public synchronized SqlResult sql(String query, int maxRows) {
        String q = query.strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        String first = q.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (!List.of("SELECT", "WITH", "EXPLAIN", "DESCRIBE", "SHOW", "VALUES", "FROM", "TABLE").contains(first)
                || q.contains(";")) {
            throw new StoreException("only one read-only statement (SELECT, WITH, EXPLAIN, DESCRIBE, SHOW) is allowed");
        }
        try (Statement st = conn.createStatement()) {
            if (backend == Backend.POSTGRESQL) {
                st.execute("SET TRANSACTION READ ONLY");
            }
            st.setMaxRows(maxRows);
            try (ResultSet rs = st.executeQuery(q)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    cols.add(md.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= cols.size(); i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return new SqlResult(cols, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstLine(e), e);
        } finally {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // nothing was written
            }
        }
    }

    /** Rows for the full-text index: (kind, doc_key, id, lang, start, end, text, sentence). */
    synchronized void forEachSearchUnit(java.util.function.Consumer<List<Object>> unit) {
        selectEach("SELECT 'sentence', s.doc_key, d.id, d.lang, s.s_start, s.s_end, s.text, s.text FROM sentences s"
                + " JOIN documents d ON d.doc_no = s.doc_no", unit);
        selectEach("SELECT 'quote', q.doc_key, d.id, d.lang, q.q_start, q.q_end, q.text, st.text FROM quotes q"
                + " JOIN documents d ON d.doc_no = q.doc_no"
                + " LEFT JOIN sentences st ON st.doc_no = q.doc_no AND st.sentence = q.sentence", unit);
    }

    /** Bytes the store takes: the DuckDB file (after a checkpoint), or the tables of the PostgreSQL schema. */
    public synchronized long sizeBytes() {
        if (backend == Backend.DUCKDB) {
            try {
                if (!readOnly) {
                    try (Statement st = conn.createStatement()) {
                        st.execute("CHECKPOINT");
                    }
                    conn.commit();
                }
                Path file = Path.of(url);
                if (Files.isDirectory(file)) {
                    try (var files = Files.walk(file)) {
                        return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                    }
                }
                Path wal = Path.of(url + ".wal");
                return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
            } catch (IOException | SQLException e) {
                throw new StoreException("cannot measure " + url() + ": " + e.getMessage(), e);
            }
        }
        return longQuery("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");
    }

    /** A token that changes whenever documents are added (count and last ingestion time). */
    public synchronized String stamp() {
        List<List<Object>> r = select("SELECT count(*), max(ingested_at) FROM documents");
        return r.get(0).get(0) + "@" + r.get(0).get(1);
    }

    // ------------------------------------------------------------------ helpers

    /** The rows whose store entity is one the name leads to, or whose own words are the name (normalised). */
    private String nameMatch(String entityCol, String normCol, String name, List<Object> args) {
        List<String> ids = resolve(name);
        args.add(Names.normalize(name));
        String byNorm = normCol + " = ?";
        if (ids.isEmpty()) {
            return byNorm;
        }
        // the norm placeholder comes after the ids in the SQL
        Object norm = args.remove(args.size() - 1);
        String in = in(entityCol, ids, args);
        args.add(norm);
        return in + " OR " + byNorm;
    }

    /**
     * The rows of a query on one table of facts (ordered and limited; published, doc_no, sentence
     * and its order key "pos" among its columns) as the document's id, the query's columns, and
     * the text of their sentence last: documents and sentences are joined to the rows returned
     * only, not to every row matched.
     */
    private static String withSentence(String limitedQuery) {
        return "SELECT d.id, x.*, st.text AS sentence_text FROM (" + limitedQuery + ") x"
                + " JOIN documents d ON d.doc_no = x.doc_no"
                + " LEFT JOIN sentences st ON st.doc_no = x.doc_no AND st.sentence = x.sentence"
                + " ORDER BY x.published DESC NULLS LAST, x.doc_no, x.pos";
    }

    private static String in(String col, Collection<String> ids, List<Object> args) {
        if (ids.isEmpty()) {
            return "1=0";
        }
        args.addAll(ids);
        return col + " IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    }

    private static void dates(StringBuilder where, String col, List<Object> args, LocalDate since, LocalDate until) {
        if (since != null) {
            where.append(" AND ").append(col).append(" >= ?");
            args.add(java.sql.Date.valueOf(since));
        }
        if (until != null) {
            where.append(" AND ").append(col).append(" <= ?");
            args.add(java.sql.Date.valueOf(until));
        }
    }

    private static int limit(int limit) {
        return limit <= 0 ? 1000 : limit;
    }

    private long longQuery(String sql) {
        return ((Number) select(sql).get(0).get(0)).longValue();
    }

    private List<List<Object>> select(String sql, Object... args) {
        List<List<Object>> rows = new ArrayList<>();
        selectEach(sql, rows::add, args);
        return rows;
    }

    private void selectEach(String sql, java.util.function.Consumer<List<Object>> each, Object... args) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    each.accept(row);
                }
            }
            conn.commit();
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // reported below
            }
            throw fail("read", e);
        }
    }

    private static Object plain(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof java.time.LocalDate || o == null || o instanceof Number || o instanceof String
                || o instanceof Boolean) {
            return o;
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return o.toString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : LocalDate.parse(o.toString().substring(0, 10));
    }

    private StoreException fail(String what, Exception e) {
        return new StoreException("cannot " + what + " store " + url() + ": " + firstLine(e), e);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public synchronized void close() {
        try {
            if (!conn.isClosed()) {
                conn.rollback();
                conn.close();
            }
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }
}
