package org.depeche.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One quote, with what a reader needs to check it: the document, offsets into the stored text, the sentence.
 *
 * @param docKey        the store's key of the document
 * @param doc           the document's id
 * @param published     its publication date, or null
 * @param quote         the quote's id in the document (q1, q2…)
 * @param kind          DIRECT, INDIRECT or MIXED
 * @param start         start of the quoted words in the stored text
 * @param end           end, exclusive
 * @param text          the quoted words
 * @param speaker       the words naming the speaker, or null
 * @param speakerEntity the store entity of the speaker, or null
 * @param cue           the reporting cue, or null
 * @param via           sources the words passed through, nearest the speaker first
 * @param sentence      the sentence holding the start of the quote
 */
public record QuoteRow(String docKey, String doc, LocalDate published, String quote, String kind, int start, int end,
                       String text, String speaker, String speakerEntity, String cue, List<String> via,
                       String sentence) {

    public QuoteRow {
        via = List.copyOf(via == null ? List.of() : via);
    }
}
