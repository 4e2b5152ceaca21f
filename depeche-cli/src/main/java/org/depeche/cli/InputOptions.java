package org.depeche.cli;

import org.depeche.io.ReadOptions;
import org.depeche.options.ReadingOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How articles are read, and how many are analysed at once: the options {@code analyze} and {@code ingest} share (a picocli mixin). */
final class InputOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** --lang, --published, --encoding, --max-size: declared once, with depeche spark (depeche-options). */
    @Mixin
    ReadingOptions reading = new ReadingOptions();

    ReadOptions readOptions() {
        return reading.readOptions();
    }
}
