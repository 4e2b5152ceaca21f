package org.depeche.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.NerEvaluation;
import org.depeche.eval.coref.CorefEvaluation;
import org.depeche.eval.events.EventEvaluation;
import org.depeche.eval.events.PopcornEvents;
import org.depeche.eval.quotes.QuoteEvaluation;
import org.depeche.eval.time.TimeEvaluation;
import org.depeche.eval.train.WinerSplit;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.ParseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code depeche evaluate LAYER}: scores one layer against annotated data. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Scores Depeche against human-annotated data and prints precision, recall and F1",
            "(a table, or with --json the machine-readable object of the evaluation contract).",
            ""},
        subcommands = {EvaluateCommand.Ner.class, EvaluateCommand.Time.class, EvaluateCommand.Coref.class, EvaluateCommand.Events.class,
                EvaluateCommand.Quotes.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  depeche evaluate quotes --gold ../shared/eval/gold --json",
            "  depeche evaluate ner --gold ../shared/corpora/winer-fr",
            "  depeche evaluate ner --gold ../shared/corpora/winer-fr --json > ner.json",
            "  depeche evaluate time --gold ../shared/corpora/french-timebank",
            "  depeche evaluate coref --gold ../shared/corpora/popcorn",
            "  depeche evaluate events --gold ../shared/eval/gold --json",
            "  depeche evaluate events --gold ../shared/corpora/popcorn/train.json"})
final class EvaluateCommand extends GroupCommand {

    /** Options every layer's evaluation shares. */
    static final class Common {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold documents.")
        Path gold;

        @Option(names = "--json", description = "Print one JSON object (the evaluate output contract).")
        boolean json;

        @Option(names = "--threads", paramLabel = "N", description = "Documents analysed in parallel (default: ${DEFAULT-VALUE}).")
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
        boolean quiet;

        @Option(names = "--parse", paramLabel = "WHICH",
                description = "Sentences parsed, as analyze --parse: needed (default, as analyze) or all; the layer "
                        + "is measured on the sentences the standard analysis parses. NER runs before the parser and does not depend on it.")
        ParseMode parse;

        /**
         * Checks that the gold folder exists, runs the evaluation behind a progress bar and prints its
         * report (the table, or with --json the JSON object).
         *
         * @param evaluation runs the evaluation, calling the consumer it is given once per document
         * @return the exit status
         */
        int run(String task, Function<Consumer<AnalysisResult>, EvaluationReport> evaluation) {
            return run(task, evaluation, EvaluationReport::toTable);
        }

        /** As {@link #run(String, Function)}, with the layer's own table when not --json. */
        int run(String task, Function<Consumer<AnalysisResult>, EvaluationReport> evaluation,
                Function<EvaluationReport, String> table) {
            int bad = checkGold();
            return bad != 0 ? bad : evaluate(task, evaluation, table);
        }

        /** As {@link #run(String, Function, Function)}, without checking the gold folder. */
        int evaluate(String task, Function<Consumer<AnalysisResult>, EvaluationReport> evaluation,
                Function<EvaluationReport, String> table) {
            EvaluationReport report;
            try (ProgressBar bar = Progress.bar(task, -1, quiet)) {
                report = evaluation.apply(r -> Progress.step(bar));
            }
            System.out.print(json ? report.toJson() + System.lineSeparator() : table.apply(report));
            System.out.flush();
            return report.documents() > 0 && report.failed() == report.documents() ? DepecheCommand.NOTHING_DONE : 0;
        }

        ParseMode parseOr(ParseMode historic) {
            return parse != null ? parse : historic;
        }

        private int checkGold() {
            if (!Files.isDirectory(gold)) {
                System.err.println("depeche: " + gold + ": no such folder");
                return 2;
            }
            return 0;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Named-entity mentions against brat standoff files (WiNER-fr): exact and relaxed",
                "(overlapping) P/R/F1, micro over Person, Organization, Location and per type.",
                "The publication date of each text is read from its file name. CoreNLP's French NER",
                "produces no Date, Hour, Event or Product: those WiNER types are not scored."})
    static final class Ner implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--lang", description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
        String lang = "fr";

        @Option(names = "--split", paramLabel = "PART",
                description = "Documents scored: all (default), heldout (WiNER-fr articles from May 2017 on, never"
                        + " seen by the news model's training) or train (the earlier ones).")
        WinerSplit.Part split = WinerSplit.Part.ALL;

        @Option(names = "--details", description = "Print each spurious (FP) and missed (FN) mention on stderr.")
        boolean details;

        @Override
        public Integer call() {
            return common.run("ner", progress -> NerEvaluation.run(common.gold, lang, split, common.threads,
                    details ? System.err : null, progress));
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = {
                "Time expressions against ISO-TimeML .tml files (French TimeBank), scored",
                "TempEval-3 style: strict (exact span) and relaxed (overlapping span)",
                "extraction P/R/F1, then value and type F1 over the relaxed matches. The DCT",
                "(the TIMEX3 with functionInDocument=CREATION_TIME) anchors relative times",
                "and is not scored. HeidelTime 2.2.1 (news mode, same texts, same DCT) is",
                "scored the same way as a baseline."})
    static final class Time implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--lang", description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
        String lang = "fr";

        @Option(names = "--no-baseline", description = "Do not run HeidelTime.")
        boolean noBaseline;

        @Option(names = "--details", description = "Print each mismatch (system, document, predicted, gold) on stderr.")
        boolean details;

        @Override
        public Integer call() {
            return common.run("time", progress -> TimeEvaluation.run(common.gold, lang, common.threads,
                    common.parseOr(ParseMode.NEEDED), !noBaseline,
                    details ? System.err : null, progress));
        }
    }

    @Command(name = "coref", mixinStandardHelpOptions = true,
            description = {
                "Entity merging (within-document coreference) against POPCORN: MUC, B3, CEAF-e",
                "and their average F1 (the CoNLL-2012 score), plus mention detection. Persons,",
                "organisations and places are compared (POPCORN's CIVILIAN, MILITARY,",
                "TERRORIST_OR_CRIMINAL, GROUP_OF_INDIVIDUALS; its four organisation types; PLACE),",
                "singletons included.",
                "A response mention matches a key mention of the same span only, as the CoNLL",
                "reference scorer does; nested_spans gives the same metrics when a response mention",
                "may also match a key mention nested in it or around it that shares its start or end."})
    static final class Coref implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--lang", description = "Language of the corpus (default: ${DEFAULT-VALUE}).")
        String lang = "fr";

        @Override
        public Integer call() {
            return common.run("coref", progress -> CorefEvaluation.run(common.gold, lang, common.threads, common.parseOr(ParseMode.NEEDED),
                            progress),
                    CorefEvaluation::table);
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {
                "Events against depeche-gold/1 files (<doc>.gold.json beside <doc>.txt): trigger",
                "identification and classification P/R/F1 (a prediction matches a gold event whose",
                "trigger it overlaps), argument P/R/F1 over (role, filler) pairs, and polarity,",
                "modality and source accuracy on matched events. Each gold file names its language",
                "and publication date. Given a POPCORN JSON file instead (corpora/popcorn/train.json),",
                "scores the triggers of the POPCORN event classes that map to ACE subtypes."})
    static final class Events implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--parsed", paramLabel = "DIR",
                description = "Folder of depeche/1 JSON (<doc>.json) already through the language pipeline:"
                        + " run only Depeche's own stages on them (no CoreNLP).")
        Path parsed;

        @Option(names = "--details", description = "Print each mismatch (missed, spurious or mistyped trigger, "
                + "unmatched arguments) on stderr. For development sets only: never on a check set.")
        boolean details;

        @Override
        public Integer call() {
            boolean popcorn = Files.isRegularFile(common.gold) && common.gold.toString().endsWith(".json");
            if (popcorn) {
                return common.evaluate("events", progress -> PopcornEvents.run(common.gold, common.threads,
                        details ? System.err : null, progress),
                        EvaluationReport::toTable);
            }
            return common.run("events", progress -> EventEvaluation.run(common.gold, parsed, common.threads,
                    common.parseOr(ParseMode.NEEDED), details ? System.err : null, progress));
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {
                "Quotes and attribution against depeche-gold/1 files (<doc>.gold.json beside <doc>.txt):",
                "content P/R/F1 by overlap and exact span (trimmed of spaces and punctuation), attribution",
                "F1 (content and speaker both right) and the accuracy of the via chain on matched quotes."})
    static final class Quotes implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--parsed", paramLabel = "DIR",
                description = "Score documents parsed earlier (depeche analyze JSON, <doc>.json) instead of running "
                        + "the language pipeline; the extraction stages run again.")
        Path parsed;

        @Option(names = "--details", description = "Print each mismatch (missed, spurious, wrong speaker or via) on stderr.")
        boolean details;

        @Option(names = "--lang", description = "Language of the corpus (default: ${DEFAULT-VALUE}); with en, CoreNLP's "
                + "quote annotator with quote attribution is scored beside Depeche as a baseline, with direct-quote figures.")
        String lang = "fr";

        @Option(names = "--no-baseline", description = "Do not run the CoreNLP quote baseline (English).")
        boolean noBaseline;

        @Option(names = "--baseline-coref", description = "Give the CoreNLP quote baseline its statistical coreference "
                + "(needs DEPECHE_HEAP=6g or more).")
        boolean baselineCoref;

        @Override
        public Integer call() {
            java.io.PrintStream out = details ? System.err : null;
            return common.run("quotes", progress -> parsed != null
                    ? QuoteEvaluation.runParsed(common.gold, parsed, out, progress)
                    : QuoteEvaluation.run(common.gold, common.threads, common.parseOr(ParseMode.NEEDED),
                            "en".equals(lang) && !noBaseline,
                            baselineCoref, out, progress));
        }
    }
}
