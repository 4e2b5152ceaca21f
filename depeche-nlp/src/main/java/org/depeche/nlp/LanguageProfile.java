package org.depeche.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Properties;

/**
 * What a language pipeline needs to know about one language: CoreNLP properties for the base
 * and parser pipelines (read from {@code org/depeche/nlp/<lang>/corenlp.properties}), whether
 * the language has lemmas (from CoreNLP's {@code lemma} annotator, or from the {@link Lemmatizer}
 * that the property {@value #LEMMATIZER} names), and how its tagger's tags map to Universal POS
 * ({@code org/depeche/nlp/<lang>/upos.tsv}, absent when the tagger already emits UPOS).
 *
 * <p>A system property {@code depeche.<lang>.<property>} replaces one property of the file (to try
 * another model without rebuilding).
 *
 * <p>Adding a language means adding that folder and a CoreNLP model dependency.
 */
public record LanguageProfile(String lang, Properties properties, boolean hasLemmas, Map<String, String> upos) {

    /** Property naming Depeche's own lemmatiser for a language CoreNLP cannot lemmatise ("french"). */
    public static final String LEMMATIZER = "depeche.lemmatizer";


    /** Loads the profile of a language from its resource folder. */
    public static LanguageProfile load(String lang) {
        Properties props = new Properties();
        String base = "/org/depeche/nlp/" + lang + "/";
        try (InputStream in = LanguageProfile.class.getResourceAsStream(base + "corenlp.properties")) {
            if (in == null) {
                throw new IllegalArgumentException("unsupported language '" + lang + "': no " + base
                        + "corenlp.properties");
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + base + "corenlp.properties", e);
        }
        // experiments: -Ddepeche.<lang>.<property>=value replaces one property of the file
        String prefix = "depeche." + lang + ".";
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                props.setProperty(name.substring(prefix.length()), System.getProperty(name));
            }
        }
        Map<String, String> upos = new HashMap<>();
        try (InputStream in = LanguageProfile.class.getResourceAsStream(base + "upos.tsv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    upos.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load " + base + "upos.tsv", e);
        }
        boolean lemmas = props.getProperty("annotators", "").contains("lemma")
                || props.getProperty(LEMMATIZER) != null;
        return new LanguageProfile(lang, props, lemmas, Map.copyOf(upos));
    }

    /** Properties of the base pipeline: everything but the dependency parser. */
    public Properties baseProperties() {
        Properties p = new Properties();
        p.putAll(properties);
        return p;
    }

    /** Properties of the parser-only pipeline, run after the base one on chosen sentences. */
    public Properties parserProperties() {
        Properties p = new Properties();
        p.putAll(properties);
        p.setProperty("annotators", "depparse");
        return p;
    }

    /**
     * Titles that precede a person's name without being part of it, from
     * {@code org/depeche/nlp/<lang>/name-titles.txt} (empty when the language has none).
     */
    public Set<String> nameTitles() {
        Set<String> out = new HashSet<>();
        try (InputStream in = LanguageProfile.class.getResourceAsStream("/org/depeche/nlp/" + lang + "/name-titles.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read name-titles.txt of " + lang, e);
        }
        return Set.copyOf(out);
    }

    /** The Universal POS tag for a tagger tag (identity when the tagger emits UPOS). */
    public String universalPos(String tag) {
        if (tag == null || upos.isEmpty()) {
            return tag;
        }
        return upos.getOrDefault(tag, "X");
    }

}
