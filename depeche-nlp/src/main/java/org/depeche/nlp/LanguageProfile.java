package org.depeche.nlp;

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
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.depeche.lang.PackLine;

/**
 * What a language pipeline needs to know about one language: CoreNLP properties for the base
 * and parser pipelines (read from the language pack's {@code nlp/corenlp.properties}), whether
 * the language has lemmas (from CoreNLP's {@code lemma} annotator, or from the {@link Lemmatizer}
 * that the property {@value #LEMMATIZER} names), and how its tagger's tags map to Universal POS
 * (the pack's {@code nlp/upos.tsv}, empty when the tagger already emits UPOS).
 *
 * <p>A system property {@code depeche.<lang>.<property>} replaces one property of the file (to try
 * another model without rebuilding).
 *
 * <p>Adding a language means adding its pack (docs/language-packs.md) and a CoreNLP model dependency.
 */
public record LanguageProfile(String lang, Properties properties, boolean hasLemmas, Map<String, String> upos) {

    /** Property naming Depeche's own lemmatiser for a language CoreNLP cannot lemmatise ("french"). */
    public static final String LEMMATIZER = "depeche.lemmatizer";


    /** Loads the profile of a language from its pack ({@code nlp/corenlp.properties}, {@code nlp/upos.tsv}). */
    public static LanguageProfile load(String lang) {
        Language pack = Languages.get(lang);
        Properties props = new Properties();
        try (InputStream in = pack.open("nlp/corenlp.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to load nlp/corenlp.properties of " + pack, e);
        }
        // experiments: -Ddepeche.<lang>.<property>=value replaces one property of the file
        String prefix = "depeche." + lang + ".";
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                props.setProperty(name.substring(prefix.length()), System.getProperty(name));
            }
        }
        Map<String, String> upos = new HashMap<>();
        for (PackLine line : pack.lines("nlp/upos.tsv")) {
            String[] cols = line.text().split("\t");
            upos.put(cols[0], cols[1]);
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
     * Titles that precede a person's name without being part of it, from the pack's
     * {@code nlp/name-titles.txt} (an empty file when the language has none).
     */
    public Set<String> nameTitles() {
        Set<String> out = new HashSet<>();
        for (PackLine line : Languages.get(lang).lines("nlp/name-titles.txt")) {
            out.add(line.text().strip());
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
