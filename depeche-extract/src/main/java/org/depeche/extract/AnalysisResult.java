package org.depeche.extract;

import org.depeche.model.Document;

/** The outcome of analysing one document: failures are values, so a batch keeps going. */
public sealed interface AnalysisResult {

    String origin();

    record Analyzed(Document document) implements AnalysisResult {
        @Override
        public String origin() {
            return document.meta() == null ? document.id() : document.meta().origin();
        }
    }

    record Failed(String origin, String message) implements AnalysisResult {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }
}
