package org.depeche.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every pack must hold ({@code org/depeche/lang/layout.txt}): the files the stages read, and for
 * a file of keyed rows ({@code words.tsv}) the keys they look up. A pack is checked against it when it
 * loads; adding a file or a key that a stage reads means adding it here and to every pack.
 */
public final class PackLayout {

    private static final String RESOURCE = "/org/depeche/lang/layout.txt";
    private static final PackLayout DEFAULT = read();

    private final Map<String, List<String>> files;

    private PackLayout(Map<String, List<String>> files) {
        this.files = files;
    }

    /** The layout shipped with this module. */
    public static PackLayout get() {
        return DEFAULT;
    }

    /** Every required file, with the keys it must have (an empty list for a file read whole). */
    public Map<String, List<String>> files() {
        return files;
    }

    private static PackLayout read() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = PackLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split("\t");
                List<String> keys = out.computeIfAbsent(cols[0], k -> new ArrayList<>());
                for (int i = 1; i < cols.length; i++) {
                    keys.add(cols[i].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + RESOURCE, e);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PackLayout(java.util.Collections.unmodifiableMap(frozen));
    }
}
