package org.depeche.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language pipelines, each built on first use and then shared by every caller and thread:
 * a French-only run never loads the English models.
 */
public final class LanguagePipelines {

    /** Languages with a pipeline. */
    public static final List<String> SUPPORTED = List.of("fr", "en");

    private final Map<String, LanguagePipeline> pipelines = new ConcurrentHashMap<>();

    /**
     * The pipeline for a language.
     *
     * @throws UnsupportedLanguageException for a language not in {@link #SUPPORTED}
     */
    public LanguagePipeline forLanguage(String lang) {
        if (!SUPPORTED.contains(lang)) {
            throw new UnsupportedLanguageException(lang);
        }
        return pipelines.computeIfAbsent(lang, l -> new CoreNlpPipeline(LanguageProfile.load(l)));
    }

    /** Raised for a language Depeche has no pipeline for. */
    public static final class UnsupportedLanguageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnsupportedLanguageException(String lang) {
            super("unsupported language '" + lang + "' (supported: " + String.join(", ", SUPPORTED) + ")");
        }
    }
}
