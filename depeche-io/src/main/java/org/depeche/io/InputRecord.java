package org.depeche.io;

import org.depeche.model.Document;

/** One unit read from the input: a document ready for analysis, or a failure to report. */
public sealed interface InputRecord {

    /** Where it came from: a path, "-" for standard input, "path:LINE" for a JSONL line. */
    String origin();

    record Article(Document document) implements InputRecord {
        @Override
        public String origin() {
            return document.meta().origin();
        }
    }

    record Failure(String origin, String message) implements InputRecord {
        /** One line for the user: {@code origin: message}. */
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }
}
