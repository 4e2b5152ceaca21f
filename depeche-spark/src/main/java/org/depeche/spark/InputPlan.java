package org.depeche.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.depeche.io.ArticleReader;
import org.depeche.io.ReadOptions;
import org.depeche.store.Sidecar;

/**
 * What the job reads, found on the driver through Hadoop's file systems (local, HDFS, S3…): text
 * and HTML files, JSONL files, Parquet datasets, and the failures found while listing (a missing
 * path, a file over the size limit, a folder without articles). Folders are walked as
 * {@code analyze} walks them. The files beside a text or HTML file are read here too: its
 * {@code NAME.meta.json} sidecar (kept as bytes, applied on the executor) and the {@code published}
 * day of its {@code NAME.gold.json}; the executor applies them by depeche-store's one rule,
 * {@link Sidecar#apply}, as {@code ingest} does.
 */
final class InputPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A path as the user gave it and as Hadoop qualifies it: origins are written with the former. */
    record Root(String given, String qualified) implements Serializable {
        String originOf(String uri) {
            if (uri.equals(qualified)) {
                return given;
            }
            if (uri.startsWith(qualified)) {
                String rest = uri.substring(qualified.length());
                String base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
                return base + (rest.startsWith("/") ? rest : "/" + rest);
            }
            return uri;
        }
    }

    /** A failure found while listing: where, and why. */
    record Failure(String origin, String message) implements Serializable {
    }

    final List<Root> roots = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final List<String> jsonl = new ArrayList<>();
    final List<String> parquet = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    /** Article path without its extension → the publication date of the annotation file beside it. */
    final Map<String, LocalDate> goldDates = new HashMap<>();
    /** Article path without its extension → the bytes of the {@code NAME.meta.json} beside it. */
    final Map<String, byte[]> metas = new HashMap<>();

    static InputPlan of(List<String> inputs, Configuration conf, ReadOptions options) throws IOException {
        InputPlan plan = new InputPlan();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (java.io.FileNotFoundException e) {
                plan.failures.add(new Failure(input, "no such file"));
                continue;
            }
            String qualified = status.getPath().toString();
            plan.roots.add(new Root(input, qualified));
            if (status.isDirectory()) {
                plan.walk(fs, status.getPath(), input, options);
            } else {
                plan.file(fs, status, true, options);
                plan.besideGiven(fs, status.getPath());
            }
        }
        return plan;
    }

    private void walk(FileSystem fs, Path dir, String given, ReadOptions options) throws IOException {
        List<LocatedFileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            found.add(it.next());
        }
        found.sort(java.util.Comparator.comparing(s -> s.getPath().toString()));
        if (found.stream().anyMatch(s -> s.getPath().getName().endsWith(".parquet"))) {
            parquet.add(dir.toString());
            return;
        }
        int before = files.size() + jsonl.size();
        for (LocatedFileStatus s : found) {
            String name = s.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(GOLD) || name.toLowerCase(Locale.ROOT).endsWith(META)) {
                beside(fs, s.getPath());
                continue;
            }
            if (ArticleReader.readsFromFolder(java.nio.file.Path.of(name))) {
                file(fs, s, false, options);
            }
        }
        if (files.size() + jsonl.size() == before) {
            failures.add(new Failure(given, "folder has no .txt, .html or .jsonl files"));
        }
    }

    private void file(FileSystem fs, FileStatus s, boolean given, ReadOptions options) {
        String p = s.getPath().toString();
        String name = s.getPath().getName();
        if (name.endsWith(".parquet")) {
            parquet.add(p);
        } else if (ArticleReader.isJsonl(name)) {
            jsonl.add(p);
        } else if (s.getLen() > options.maxBytes()) {
            failures.add(new Failure(originOf(p), ArticleReader.tooLarge(s.getLen(), options)));
        } else {
            files.add(p);
        }
    }

    private static final String GOLD = ".gold.json";
    private static final String META = ".meta.json";

    /** Records a sidecar or annotation file under the stem of the article it sits beside. */
    private void beside(FileSystem fs, Path file) {
        String p = file.toString();
        boolean gold = p.toLowerCase(Locale.ROOT).endsWith(GOLD);
        String stem = p.substring(0, p.length() - (gold ? GOLD : META).length());
        byte[] bytes;
        try (InputStream in = fs.open(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            if (!gold) {
                // an unreadable sidecar fails its article on the executor, as ingest does
                metas.put(stem, new byte[0]);
            }
            return;
        }
        if (!gold) {
            metas.put(stem, bytes);
            return;
        }
        LocalDate date = Sidecar.goldDate(bytes);
        if (date != null) {
            goldDates.put(stem, date);
        }
    }

    /** A file given by name: the sidecar and annotation files beside it, when there are any. */
    private void besideGiven(FileSystem fs, Path file) throws IOException {
        String p = file.toString();
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        String stem = dot > slash ? p.substring(0, dot) : p;
        for (String ext : List.of(GOLD, META)) {
            Path f = new Path(stem + ext);
            if (fs.isFile(f)) {
                beside(fs, f);
            }
        }
    }

    /** The origin of a file as {@code analyze} would name it: the given path, then the path inside a given folder. */
    String originOf(String uri) {
        for (Root r : roots) {
            if (uri.equals(r.qualified()) || uri.startsWith(r.qualified() + "/")) {
                return r.originOf(uri);
            }
        }
        return uri;
    }

    /** The publication date an undated file takes from the annotation file beside it, or null. */
    LocalDate goldDateOf(String uri) {
        return goldDates.get(stemOf(uri));
    }

    /** The bytes of the {@code NAME.meta.json} beside a file, or null when there is none. */
    byte[] metaOf(String uri) {
        return metas.get(stemOf(uri));
    }

    /** A file's path without its extension. */
    static String stemOf(String uri) {
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        return dot > slash ? uri.substring(0, dot) : uri;
    }

    boolean isEmpty() {
        return files.isEmpty() && jsonl.isEmpty() && parquet.isEmpty() && failures.isEmpty();
    }
}
