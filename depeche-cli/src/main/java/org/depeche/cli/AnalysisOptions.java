package org.depeche.cli;

import org.depeche.extract.Analyzer;
import picocli.CommandLine.Option;

/** Which sentences get a dependency parse: the --parse option of analyze, ingest, serve and bench (a picocli mixin). */
final class AnalysisOptions {

    /** Sentences parsed: every one, or only those an extractor reads the parse of. */
    enum ParseMode { ALL, NEEDED }

    @Option(names = "--parse", paramLabel = "WHICH",
            description = "Sentences that get a dependency parse: all (default), or needed — only those an "
                    + "extractor reads the parse of (faster; `parsedSentences` in the JSON says how many).")
    ParseMode parse = ParseMode.ALL;

    Analyzer analyzer() {
        return parse == ParseMode.ALL ? Analyzer.standard() : Analyzer.standardParsingOnDemand();
    }
}
