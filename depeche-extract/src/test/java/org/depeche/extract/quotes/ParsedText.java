package org.depeche.extract.quotes;

import org.depeche.model.Document;
import org.depeche.testsupport.ParsedDocs;

/**
 * Hand-parsed documents for the quote tests, in {@link ParsedDocs}' notation with its default
 * columns: one sentence per string, each word {@code form/UPOS/head/deprel[/lemma[/NER]]}.
 */
final class ParsedText {

    private ParsedText() {
    }

    static Document of(String lang, String... sentences) {
        ParsedDocs doc = ParsedDocs.lang(lang);
        for (String s : sentences) {
            doc.sentence(s);
        }
        return doc.build();
    }
}
