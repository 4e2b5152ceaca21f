package org.depeche.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.depeche.io.ReadOptions;
import picocli.CommandLine.Option;

/** How articles are read, and how many are analysed at once: the options {@code analyze} and {@code ingest} share (a picocli mixin). */
final class InputOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the articles: fr, en, or auto (detected per article; default).")
    String lang = "auto";

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none of their own.")
    LocalDate published;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Force the encoding of text and HTML files.")
    String encoding;

    @Option(names = "--max-size", paramLabel = "MB",
            description = "Refuse inputs larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb = ReadOptions.DEFAULT_MAX_BYTES / 1048576.0;

    ReadOptions readOptions() {
        String forced = "auto".equalsIgnoreCase(lang) ? null : lang.toLowerCase(Locale.ROOT);
        return new ReadOptions(forced, published, encoding, (long) (maxSizeMb * 1048576));
    }
}
