package org.depeche.server;

import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;

/** What the server runs on an article: in production the CLI's own {@link Analyzer}. */
public interface Analysis {

    /** Analyses one document; a bad document is a {@link AnalysisResult.Failed}, not an exception. */
    AnalysisResult analyze(Document doc);

    /** Loads the models and data of a language, so that the first request does not wait for them. */
    void load(String lang);

    static Analysis of(Analyzer analyzer) {
        return new Analysis() {
            @Override
            public AnalysisResult analyze(Document doc) {
                return analyzer.analyze(doc);
            }

            @Override
            public void load(String lang) {
                analyzer.load(lang);
            }
        };
    }
}
