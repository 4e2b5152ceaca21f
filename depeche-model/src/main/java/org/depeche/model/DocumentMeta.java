package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a document came from.
 *
 * @param origin   file path, "-" for standard input, with ":LINE" for a JSONL record
 * @param url      the article's URL, if known
 * @param source   the publisher or feed, if known
 * @param title    the title, if the input had one (HTML {@code <title>})
 * @param format   the input format: text, html or jsonl
 * @param encoding the character encoding the input was decoded from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentMeta(String origin, String url, String source, String title, String format,
                           String encoding) {

    public static DocumentMeta of(String origin) {
        return new DocumentMeta(origin, null, null, null, "text", "UTF-8");
    }
}
