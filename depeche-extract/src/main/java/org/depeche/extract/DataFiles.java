package org.depeche.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the per-language data files of the stages: classpath resources in UTF-8 where blank lines
 * and lines starting with {@code #} are comments and every other line is a row of tab-separated
 * fields. A missing file or a malformed row fails loudly ({@code UncheckedIOException("Unable to
 * load …")}, naming the line).
 */
public final class DataFiles {

    /** A line that is neither blank nor a comment, with its number in the file (from 1). */
    public record Line(int number, String text) {
    }

    private DataFiles() {
    }

    /**
     * The lines of a resource that are neither blank nor comments, as written.
     *
     * @param anchor the class the resource path is resolved against ({@link Class#getResourceAsStream})
     */
    public static List<Line> lines(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException("Unable to load " + path + ": not found", new IOException("not found"));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + path, e);
        }
    }

    /**
     * The rows of a resource: each line that is neither blank nor a comment, stripped of surrounding
     * white space and split on tabs.
     *
     * @param minFields the fields every row must have at least
     */
    public static List<String[]> rows(Class<?> anchor, String path, int minFields) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines(anchor, path)) {
            String[] fields = line.text().strip().split("\t");
            if (fields.length < minFields) {
                throw malformed(path, line.number(), "has " + fields.length + " fields, expected " + minFields
                        + ": " + line.text());
            }
            rows.add(fields);
        }
        return rows;
    }

    /** The error for a malformed line: "Unable to load PATH: line N PROBLEM". */
    public static UncheckedIOException malformed(String path, int line, String problem) {
        return new UncheckedIOException("Unable to load " + path + ": line " + line + " " + problem,
                new IOException("malformed line " + line));
    }
}
