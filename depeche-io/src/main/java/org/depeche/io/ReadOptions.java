package org.depeche.io;

import java.time.LocalDate;

/**
 * How to read inputs.
 *
 * @param lang      language to force, or null to take it from the record or detect it later
 * @param published publication date for documents that do not carry their own (JSONL field,
 *                  HTML metadata) nor one in their file name; may be null
 * @param encoding  encoding to force for text and HTML files, or null to detect
 * @param maxBytes  larger inputs (files, JSONL lines) are refused
 */
public record ReadOptions(String lang, LocalDate published, String encoding, long maxBytes) {

    /** 2 MB: some hundred times a long news article. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, DEFAULT_MAX_BYTES);
    }
}
