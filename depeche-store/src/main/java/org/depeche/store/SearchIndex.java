package org.depeche.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search (Lucene 9) over the sentences of the stored articles and over their quotes.
 * The index is derived data: {@link #open} rebuilds it from the database whenever the store
 * changed since it was built (count and time of the last ingested document).
 *
 * <p>Each unit is indexed with the French analyser (elision, French stop words and light
 * stemming) when its article is French, with the English one (Porter stemming) when it is
 * English, and with the standard analyser always; a query is analysed the three ways and
 * matches any of them. Query syntax is Lucene's: words (all required), "a phrase", OR, -word.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String STAMP = "depeche.store.stamp";
    private final Directory dir;
    private final DirectoryReader reader;
    private final Analyzer analyzer;

    private SearchIndex(Directory dir, DirectoryReader reader, Analyzer analyzer) {
        this.dir = dir;
        this.reader = reader;
        this.analyzer = analyzer;
    }

    /** Where the index of a store lives unless told: beside a DuckDB file, else in the temporary folder. */
    public static Path defaultFolder(Store store) {
        if (store.backend() == Store.Backend.DUCKDB) {
            return Path.of(store.url() + ".search");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "depeche-search-" + Store.sha256(store.url()).substring(0, 12));
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
                Map.of("fr", new FrenchAnalyzer(), "en", new EnglishAnalyzer()));
    }

    /** Opens the index in this folder, rebuilding it first if the store changed since. */
    public static SearchIndex open(Store store, Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            String stamp = store.stamp();
            if (!stamp.equals(stampOf(dir))) {
                rebuild(store, dir, stamp);
            }
            return new SearchIndex(dir, DirectoryReader.open(dir), analyzer());
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String stampOf(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return null;
        }
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return r.getIndexCommit().getUserData().get(STAMP);
        }
    }

    private static void rebuild(Store store, Directory dir, String stamp) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            store.forEachSearchUnit(row -> {
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                String text = (String) row.get(6);
                d.add(new StringField("kind", (String) row.get(0), Field.Store.YES));
                d.add(new StringField("doc_key", (String) row.get(1), Field.Store.YES));
                d.add(new StoredField("doc", (String) row.get(2)));
                d.add(new StoredField("start", ((Number) row.get(4)).intValue()));
                d.add(new StoredField("end", ((Number) row.get(5)).intValue()));
                d.add(new StoredField("text", text));
                if (row.get(7) != null) {
                    d.add(new StoredField("sentence", (String) row.get(7)));
                }
                d.add(new TextField("std", text, Field.Store.NO));
                String lang = (String) row.get(3);
                if ("fr".equals(lang) || "en".equals(lang)) {
                    d.add(new TextField(lang, text, Field.Store.NO));
                }
                try {
                    w.addDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.setLiveCommitData(Map.of(STAMP, stamp).entrySet());
            w.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The best matching sentences and quotes, best first. */
    public List<SearchHit> search(String text, int limit) {
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"fr", "en", "std"}, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query query;
            try {
                query = parser.parse(text);
            } catch (ParseException e) {
                query = parser.parse(QueryParser.escape(text));
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            List<SearchHit> out = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, limit)).scoreDocs) {
                var d = stored.document(sd.doc);
                out.add(new SearchHit(d.get("kind"), d.get("doc_key"), d.get("doc"), d.getField("start").numericValue().intValue(),
                        d.getField("end").numericValue().intValue(), d.get("text"), d.get("sentence"), sd.score));
            }
            return out;
        } catch (ParseException e) {
            throw new StoreException("cannot read the search query: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
