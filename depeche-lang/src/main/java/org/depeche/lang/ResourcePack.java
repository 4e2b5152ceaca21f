package org.depeche.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * A pack whose files are class-path resources under {@code org/depeche/lang/<code>/} (the jar of a
 * {@code depeche-lang-<code>} module). The constructor checks the pack against the {@link PackLayout}:
 * every file present, every key of a keyed file present, {@code pack.properties} naming the code.
 */
public abstract class ResourcePack implements Language {

    /** The pack's own description: {@code code} and {@code name}. */
    public static final String PROPERTIES = "pack.properties";
    /** The closed classes of words. */
    public static final String WORDS = "words.tsv";

    private final String code;
    private final String base;
    private final String name;
    private final Function<String, URL> locate;
    private final WordClasses words;
    private final Properties properties;

    protected ResourcePack(String code) {
        this(code, null);
    }

    /**
     * A pack that finds its files with {@code locate} (a file name to its URL, null when absent)
     * instead of the class path: for tests of the checks.
     */
    protected ResourcePack(String code, Function<String, URL> locate) {
        this.code = code;
        this.base = "org/depeche/lang/" + code + "/";
        this.locate = locate != null ? locate : file -> getClass().getClassLoader().getResource(base + file);
        Properties props = new Properties();
        try (InputStream in = open(PROPERTIES)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PackException(this, PROPERTIES, "cannot be read: " + e.getMessage(), e);
        }
        if (!code.equals(props.getProperty("code"))) {
            throw new PackException(this, PROPERTIES, "has code '" + props.getProperty("code")
                    + "', expected '" + code + "'");
        }
        this.name = props.getProperty("name", code);
        this.properties = props;
        List<String> missing = new ArrayList<>();
        for (String file : PackLayout.get().files().keySet()) {
            if (this.locate.apply(file) == null) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            throw new PackException(this, String.join(", ", missing), "missing (every pack has the files of "
                    + "org/depeche/lang/layout.txt)");
        }
        this.words = WordClasses.parse(this, WORDS, lines(WORDS));
        for (Map.Entry<String, List<String>> e : PackLayout.get().files().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Set<String> keys = e.getKey().equals(WORDS) ? words.names()
                    : e.getKey().equals(PROPERTIES) ? props.stringPropertyNames() : firstColumn(e.getKey());
            for (String key : e.getValue()) {
                if (!keys.contains(key)) {
                    throw new PackException(this, e.getKey(), "has no key " + key);
                }
            }
        }
    }

    private Set<String> firstColumn(String file) {
        Set<String> keys = new HashSet<>();
        for (PackLine line : lines(file)) {
            keys.add(line.text().strip().split("\t")[0].strip());
        }
        return keys;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public boolean has(String file) {
        return locate.apply(file) != null;
    }

    @Override
    public String resource(String file) {
        url(file);
        return base + file;
    }

    @Override
    public String folder(String dir) {
        return "/" + base + dir + "/";
    }

    @Override
    public URL url(String file) {
        URL url = locate.apply(file);
        if (url == null) {
            throw new PackException(this, file, "missing (" + base + file + ")");
        }
        return url;
    }

    @Override
    public List<PackLine> lines(String file) {
        List<PackLine> out = new ArrayList<>();
        try (InputStream in = open(file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new PackLine(n, line));
                }
            }
        } catch (IOException e) {
            throw new PackException(this, file, "cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public boolean flag(String key) {
        String v = properties.getProperty(key);
        if (v == null) {
            throw new PackException(this, PROPERTIES, "has no key " + key);
        }
        if (!v.strip().equals("true") && !v.strip().equals("false")) {
            throw new PackException(this, PROPERTIES, "key " + key + " is '" + v + "', expected true or false");
        }
        return Boolean.parseBoolean(v.strip());
    }

    @Override
    public WordClasses words() {
        return words;
    }

    @Override
    public String toString() {
        return "language pack '" + code + "' (" + name + ")";
    }
}
