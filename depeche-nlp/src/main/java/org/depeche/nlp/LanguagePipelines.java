package org.depeche.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.depeche.lang.Languages;

/**
 * The language pipelines, each built on first use and then shared by every caller and thread:
 * a French-only run never loads the English models.
 */
public final class LanguagePipelines {

    private final Map<String, LanguagePipeline> pipelines = new ConcurrentHashMap<>();

    /**
     * The pipeline for a language.
     *
     * @throws UnsupportedLanguageException for a language with no pack ({@link Languages#supported()})
     */
    public LanguagePipeline forLanguage(String lang) {
        if (!Languages.isSupported(lang)) {
            throw new UnsupportedLanguageException(lang);
        }
        return pipelines.computeIfAbsent(lang, l -> new CoreNlpPipeline(LanguageProfile.load(l)));
    }

    /** Raised for a language Depeche has no pipeline for. */
    public static final class UnsupportedLanguageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnsupportedLanguageException(String lang) {
            super("unsupported language '" + lang + "' (supported: " + String.join(", ", Languages.supported()) + ")");
        }
    }
}
