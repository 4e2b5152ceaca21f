package org.depeche.options;

import org.depeche.extract.Analyzer;
import org.depeche.extract.ParseMode;
import picocli.CommandLine.Option;

/**
 * Which sentences get a dependency parse: the --parse option of analyze, ingest, serve, bench and
 * spark (a picocli mixin).
 */
public final class AnalysisOptions {

    @Option(names = "--parse", paramLabel = "WHICH",
            description = "Sentences that get a dependency parse: needed (default) — only those an extractor reads "
                    + "the parse of (`parsedSentences` and each sentence's `parsed` in the JSON say which; every "
                    + "evaluation figure is the same as with all) — or all (for the whole parse in CoNLL-U).")
    ParseMode parse = ParseMode.NEEDED;

    /** The mode chosen. */
    public ParseMode parse() {
        return parse;
    }

    /** The standard analyzer with that mode. */
    public Analyzer analyzer() {
        return Analyzer.standard(parse);
    }
}
