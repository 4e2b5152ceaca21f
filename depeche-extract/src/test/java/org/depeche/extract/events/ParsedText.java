package org.depeche.extract.events;

import java.time.LocalDate;
import org.depeche.model.Document;
import org.depeche.testsupport.ParsedDocs;
import org.depeche.testsupport.ParsedDocs.Column;

/**
 * Hand-parsed documents for the event tests, in {@link ParsedDocs}' notation with the columns
 * {@code form/UPOS/head/deprel[/NER]} (no lemma), published 2024-05-02.
 */
final class ParsedText {

    private final ParsedDocs doc = ParsedDocs.lang("und")
            .columns(Column.FORM, Column.UPOS, Column.HEAD, Column.DEPREL, Column.NER);

    ParsedText sentence(String words) {
        doc.sentence(words);
        return this;
    }

    Document document(String lang) {
        return doc.published(LocalDate.of(2024, 5, 2)).origin("test").build().withLang(lang);
    }
}
