package org.depeche.options;

import java.time.LocalDate;
import java.util.Locale;
import org.depeche.io.ReadOptions;
import picocli.CommandLine.Option;

/**
 * How articles are read: the options of analyze, ingest and spark that become depeche-io's
 * {@link ReadOptions} (a picocli mixin).
 */
public final class ReadingOptions {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the articles: fr, en, or auto (the record's own, else detected per article; default).")
    String lang = "auto";

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none of their own.")
    LocalDate published;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the encoding of text and HTML files.")
    String encoding;

    @Option(names = "--max-size", paramLabel = "MB",
            description = "Refuse inputs larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb = ReadOptions.DEFAULT_MAX_BYTES / 1048576.0;

    /** The language to force ({@code fr}, {@code en}), or null for auto. */
    public String forcedLang() {
        return "auto".equalsIgnoreCase(lang) ? null : lang.toLowerCase(Locale.ROOT);
    }

    public LocalDate published() {
        return published;
    }

    public String encoding() {
        return encoding;
    }

    public long maxBytes() {
        return (long) (maxSizeMb * 1048576);
    }

    public ReadOptions readOptions() {
        return new ReadOptions(forcedLang(), published, encoding, maxBytes());
    }
}
