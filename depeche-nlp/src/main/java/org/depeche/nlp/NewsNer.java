package org.depeche.nlp;

import edu.stanford.nlp.ie.crf.CRFBiasedClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Depeche's news NER model on top of CoreNLP's: a CRF trained on news (WiNER-fr, see
 * {@code depeche train ner}) that reads, beside each word, the label CoreNLP's own model gave it
 * (stacking), and CLDR place names as a gazette. It relabels the tokens of a sentence after
 * CoreNLP's {@code ner} annotator has run. Loaded once per model path; {@link #tag} is thread-safe.
 */
public final class NewsNer {

    /** Profile property: classpath or file path of the model; absent = CoreNLP's labels are kept. */
    public static final String MODEL = "depeche.ner.news.model";
    /** Profile property: the gazette the model was trained with (its features need it at run time). */
    public static final String GAZETTE = "depeche.ner.news.gazette";
    /**
     * Profile property: classes (comma-separated, e.g. "LOC,PER") for which a name that CoreNLP's
     * own model found and the news model left wholly unlabelled is kept (a union for recall).
     */
    public static final String FILL = "depeche.ner.news.fill";
    /**
     * Profile property: a bias added to the score of the outside class "O" at every token (0 by
     * default); below zero the model labels more tokens as names (recall for precision).
     */
    public static final String OUTSIDE_BIAS = "depeche.ner.news.outsideBias";

    private static final Map<String, NewsNer> LOADED = new ConcurrentHashMap<>();

    private final CRFClassifier<CoreLabel> crf;
    private final Set<String> fill;

    private NewsNer(CRFClassifier<CoreLabel> crf, Set<String> fill) {
        this.crf = crf;
        this.fill = fill;
    }

    /** The model a profile names, loaded once, or null when the profile names none. */
    static NewsNer of(Properties profile) {
        String model = profile.getProperty(MODEL);
        if (model == null || model.isBlank()) {
            return null;
        }
        String gazette = profile.getProperty(GAZETTE, "");
        Set<String> fill = new HashSet<>();
        for (String c : profile.getProperty(FILL, "").split(",")) {
            if (!c.isBlank()) {
                fill.add(c.strip());
            }
        }
        double bias = Double.parseDouble(profile.getProperty(OUTSIDE_BIAS, "0"));
        return LOADED.computeIfAbsent(model + "|" + gazette + "|" + fill + "|" + bias,
                k -> load(model, gazette, Set.copyOf(fill), bias));
    }

    private static NewsNer load(String model, String gazette, Set<String> fill, double outsideBias) {
        Properties p = new Properties();
        if (!gazette.isBlank()) {
            p.setProperty("gazette", gazette);
        }
        try {
            if (outsideBias == 0) {
                return new NewsNer(CRFClassifier.getClassifier(model, p), fill);
            }
            CRFBiasedClassifier<CoreLabel> biased = new CRFBiasedClassifier<>(p);
            biased.loadClassifier(model, p);
            biased.setBiasWeight("O", outsideBias);
            return new NewsNer(biased, fill);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Unable to load the news NER model " + model, e);
        }
    }

    /** Relabels a sentence's tokens in place (NamedEntityTagAnnotation, IOB2 labels such as B-PER or O). */
    void tag(List<CoreLabel> sentence) {
        List<CoreLabel> input = new ArrayList<>(sentence.size());
        for (CoreLabel t : sentence) {
            CoreLabel c = new CoreLabel();
            c.setWord(featureWord(t.word()));
            c.setValue(c.word());
            c.setTag(baseLabel(t.ner()));
            input.add(c);
        }
        List<CoreLabel> out = crf.classifySentence(input);
        String[] labels = new String[sentence.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        }
        if (!fill.isEmpty()) {
            fill(input, labels);
        }
        for (int i = 0; i < labels.length; i++) {
            sentence.get(i).setNER(labels[i]);
        }
    }

    /** Keeps the base model's names of the {@link #FILL} classes where the news model labelled none of their tokens. */
    private void fill(List<CoreLabel> input, String[] labels) {
        int i = 0;
        while (i < labels.length) {
            String base = input.get(i).tag();
            String cls = base.startsWith("I-") || base.startsWith("B-") ? base.substring(2) : base;
            int j = i + 1;
            while (j < labels.length && input.get(j).tag().equals(base)) {
                j++;
            }
            if (fill.contains(cls)) {
                boolean free = true;
                for (int k = i; k < j; k++) {
                    free &= "O".equals(labels[k]);
                }
                if (free) {
                    for (int k = i; k < j; k++) {
                        labels[k] = (k == i ? "B-" : "I-") + cls;
                    }
                }
            }
            i = j;
        }
    }

    /** The word as the model sees it: whitespace inside a token (French "1 000") becomes "_". */
    public static String featureWord(String word) {
        return word.replaceAll("\\s", "_");
    }

    /** CoreNLP's label of a token as the model's feature: its class, "O" for none. */
    public static String baseLabel(String ner) {
        return ner == null || ner.isEmpty() ? "O" : ner;
    }
}
