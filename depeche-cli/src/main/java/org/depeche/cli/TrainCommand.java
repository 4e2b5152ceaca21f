package org.depeche.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.depeche.eval.train.NerTrainer;
import org.depeche.eval.train.WinerSplit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code depeche train ner}: trains the French news NER model. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {"Trains Depeche's own models.", ""},
        subcommands = {TrainCommand.Ner.class},
        footerHeading = "%nExamples:%n",
        footer = {"  depeche train ner --gold ../shared/corpora/winer-fr"})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Trains the French news NER model (CoreNLP CRFClassifier) on the WiNER-fr articles",
                "published before --heldout-from; the later ones are held out for scoring",
                "(`depeche evaluate ner --split heldout`). Each token carries CoreNLP's own French",
                "label as a feature; CLDR place names (ICU) are its gazette. Prints how long it took.",
                "Heap: DEPECHE_HEAP=6g ./depeche train ner … (about 4 GB are used)."},
            footerHeading = "%nExamples:%n",
            footer = {
                "  DEPECHE_HEAP=6g depeche train ner --gold ../shared/corpora/winer-fr",
                "  depeche train ner --gold ../shared/corpora/winer-fr --out /tmp/m.crf.ser.gz --props my.prop"})
    static final class Ner implements Callable<Integer> {
        static final String RESOURCES = "depeche-lang-fr/src/main/resources/org/depeche/lang/fr/nlp/";

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The WiNER-fr folder.")
        Path gold;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Model file (default: ${DEFAULT-VALUE}, the model Depeche ships).")
        Path out = Path.of(RESOURCES + "ner-news.crf.ser.gz");

        @Option(names = "--gazette", paramLabel = "FILE", description = "Gazette file written (default: ${DEFAULT-VALUE}).")
        Path gazette = Path.of(RESOURCES + "ner-gazette.txt");

        @Option(names = "--props", paramLabel = "FILE",
                description = "CRF feature properties (default: the shipped org/depeche/lang/fr/nlp/ner-news.prop).")
        Path props;

        @Option(names = "--heldout-from", paramLabel = "YYYY-MM",
                description = "First held-out month (default: ${DEFAULT-VALUE}).")
        YearMonth heldOutFrom = WinerSplit.DEFAULT.heldOutFrom();

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the training file (default: ${DEFAULT-VALUE}).")
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "depeche-train-ner");

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(gold)) {
                System.err.println("depeche: " + gold + ": no such folder");
                return 2;
            }
            Properties p = NerTrainer.defaultProperties();
            if (props != null) {
                p = new Properties();
                try (InputStream in = Files.newInputStream(props)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            NerTrainer.Result r = NerTrainer.train(gold, out, gazette, work, new WinerSplit(heldOutFrom), p, System.err);
            System.out.printf("trained on %d documents (%d sentences, %d tokens), %d held out from %s%n",
                    r.trainDocs(), r.sentences(), r.tokens(), r.heldOutDocs(), heldOutFrom);
            System.out.printf("gazette: %d CLDR place names -> %s%n", r.gazetteEntries(), gazette);
            System.out.printf("model: %s (%.1f MB)%n", r.model(), r.modelBytes() / 1e6);
            System.out.printf("took %.1f s (tokenising and base labels %.1f s, CRF training %.1f s), heap max %d MB%n",
                    (r.tokenizing().toMillis() + r.training().toMillis()) / 1000.0, r.tokenizing().toMillis() / 1000.0,
                    r.training().toMillis() / 1000.0, Runtime.getRuntime().maxMemory() >> 20);
            return 0;
        }
    }
}
