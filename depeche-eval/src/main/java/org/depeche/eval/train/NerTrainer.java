package org.depeche.eval.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.depeche.eval.BratCorpus;
import org.depeche.nlp.LanguageProfile;
import org.depeche.nlp.NewsNer;

/**
 * Trains Depeche's French news NER model: a CoreNLP {@link CRFClassifier} on the training part of
 * WiNER-fr ({@link WinerSplit}), each token carrying the label CoreNLP's own (Wikipedia) model
 * gives it as a feature, with CLDR place names as a gazette. Gold entities are projected onto
 * CoreNLP's tokens (after multi-word splitting, as at run time); where WiNER nests entities the
 * outermost Person, Organization or Location is the label, and Date, Hour, Event and Product are
 * not labels (a Location inside an Event is kept).
 */
public final class NerTrainer {

    /** The scored WiNER types and the labels the model learns for them. */
    static final Map<String, String> LABELS = Map.of("Person", "PER", "Organization", "ORG", "Location", "LOC");

    /** What one training run did. */
    public record Result(int trainDocs, int heldOutDocs, int sentences, int tokens, int gazetteEntries,
                         Path model, long modelBytes, Duration tokenizing, Duration training) {
    }

    private NerTrainer() {
    }

    /**
     * @param gold      the WiNER-fr folder
     * @param model     where the gzip-serialised classifier goes
     * @param gazette   where the gazette file goes (it ships beside the model)
     * @param work      a folder for the training file
     * @param crfProps  the CRF's feature properties (trainFile, gazette, serializeTo are set here)
     */
    public static Result train(Path gold, Path model, Path gazette, Path work, WinerSplit split, Properties crfProps,
                               PrintStream log) {
        long t0 = System.nanoTime();
        List<BratCorpus.GoldDocument> corpus = BratCorpus.read(gold, "fr");
        List<BratCorpus.GoldDocument> train = split.select(corpus, WinerSplit.Part.TRAIN);
        log.printf("depeche: %d WiNER-fr documents, %d for training, %d held out (published from %s)%n",
                corpus.size(), train.size(), corpus.size() - train.size(), split.heldOutFrom());
        Properties base = LanguageProfile.load("fr").baseProperties();
        base.setProperty("ner.buildEntityMentions", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(base);
        int gazetteEntries;
        int sentences = 0;
        int tokens = 0;
        try {
            Files.createDirectories(work);
            if (model.getParent() != null) {
                Files.createDirectories(model.getParent());
            }
            if (gazette.getParent() != null) {
                Files.createDirectories(gazette.getParent());
            }
            gazetteEntries = writeGazette(pipeline, gazette);
            Path trainFile = work.resolve("ner-train.tsv");
            try (BufferedWriter w = Files.newBufferedWriter(trainFile, StandardCharsets.UTF_8)) {
                for (BratCorpus.GoldDocument doc : train) {
                    Annotation ann = new Annotation(doc.document().text());
                    pipeline.annotate(ann);
                    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
                        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
                        List<String> labels = labels(toks, doc.entities());
                        for (int i = 0; i < toks.size(); i++) {
                            CoreLabel t = toks.get(i);
                            w.write(NewsNer.featureWord(t.word()) + "\t" + NewsNer.baseLabel(t.ner()) + "\t"
                                    + labels.get(i) + "\n");
                        }
                        w.write("\n");
                        sentences++;
                        tokens += toks.size();
                    }
                }
            }
            long t1 = System.nanoTime();
            log.printf("depeche: %d sentences, %d tokens written in %.1f s; training the CRF...%n", sentences, tokens,
                    (t1 - t0) / 1e9);
            Properties props = new Properties();
            props.putAll(crfProps);
            props.setProperty("trainFile", trainFile.toString());
            props.setProperty("serializeTo", model.toString());
            if (Boolean.parseBoolean(props.getProperty("useGazettes", "false"))) {
                props.setProperty("gazette", gazette.toString());
            }
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            crf.serializeClassifier(model.toString());
            long t2 = System.nanoTime();
            return new Result(train.size(), corpus.size() - train.size(), sentences, tokens, gazetteEntries, model,
                    Files.size(model), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CRF feature properties shipped with the model ({@code org/depeche/lang/fr/nlp/ner-news.prop}). */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = NerTrainer.class.getResourceAsStream("/org/depeche/lang/fr/nlp/ner-news.prop")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * IOB2 labels of a sentence's tokens: a token takes the outermost scored gold entity that holds
     * the middle of its span.
     */
    static List<String> labels(List<CoreLabel> toks, List<BratCorpus.Entity> entities) {
        String[] out = new String[toks.size()];
        BratCorpus.Entity prev = null;
        for (int i = 0; i < toks.size(); i++) {
            CoreLabel t = toks.get(i);
            double mid = (t.beginPosition() + t.endPosition()) / 2.0;
            BratCorpus.Entity best = null;
            for (BratCorpus.Entity e : entities) {
                if (!LABELS.containsKey(e.type()) || mid < e.span().start() || mid >= e.span().end()) {
                    continue;
                }
                if (best == null || e.span().end() - e.span().start() > best.span().end() - best.span().start()) {
                    best = e;
                }
            }
            if (best == null) {
                out[i] = "O";
            } else {
                out[i] = (best == prev ? "I-" : "B-") + LABELS.get(best.type());
            }
            prev = best;
        }
        return List.of(out);
    }

    /** Writes the CLDR place names, tokenised as CoreNLP tokenises text, in CoreNLP's gazette format. */
    private static int writeGazette(StanfordCoreNLP pipeline, Path gazette) throws IOException {
        Properties tok = new Properties();
        tok.putAll(LanguageProfile.load("fr").baseProperties());
        tok.setProperty("annotators", "tokenize,ssplit,mwt");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tok);
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(gazette, StandardCharsets.UTF_8)) {
            for (String name : Gazetteer.placeNames("fr")) {
                Annotation a = new Annotation(name);
                tokenizer.annotate(a);
                String words = a.get(CoreAnnotations.TokensAnnotation.class).stream()
                        .map(t -> NewsNer.featureWord(t.word())).collect(Collectors.joining(" "));
                if (!words.isBlank()) {
                    w.write("LOC " + words + "\n");
                    n++;
                }
            }
        }
        return n;
    }
}
