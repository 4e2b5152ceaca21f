package org.depeche.cli;

import picocli.CommandLine.Option;

/** Articles analysed in parallel: the --threads option of analyze and ingest (a picocli mixin). */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles analysed in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
}
