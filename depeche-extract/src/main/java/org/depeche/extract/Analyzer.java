package org.depeche.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.depeche.lang.Languages;
import org.depeche.model.Document;
import org.depeche.model.Pipeline;
import org.depeche.model.Stage;
import org.depeche.nlp.LanguageDetector;
import org.depeche.nlp.LanguagePipeline;
import org.depeche.nlp.LanguagePipeline.ParseSelector;
import org.depeche.nlp.LanguagePipelines;

/**
 * The whole analysis of an article: language (given or detected), the language pipeline, then
 * Depeche's own stages. One instance serves every thread; models and lexicons load once, on the
 * first document of each language.
 */
public final class Analyzer {

    private final LanguagePipelines pipelines = new LanguagePipelines();
    private final LanguageDetector detector = new LanguageDetector();
    private final Function<String, List<Stage>> stagesForLanguage;
    private final Map<String, Pipeline> stagePipelines = new ConcurrentHashMap<>();
    private final Selection selectorFor;

    /**
     * @param stagesForLanguage the extraction stages to run after the language pipeline, per language
     * @param parseSelector     which sentences the dependency parser runs on, or null to parse the
     *                          sentences some stage needs a parse for ({@link Stage#needsParse})
     */
    public Analyzer(Function<String, List<Stage>> stagesForLanguage, ParseSelector parseSelector) {
        this(stagesForLanguage, parseSelector != null ? (Selection) (lang, stages) -> parseSelector
                : (Selection) (lang, stages) -> neededBy(stages.stages()));
    }

    /** Which sentences to parse, for a language and the stages that will run on it. */
    private interface Selection extends BiFunction<String, Pipeline, ParseSelector> {
    }

    private Analyzer(Function<String, List<Stage>> stagesForLanguage, Selection selectorFor) {
        this.stagesForLanguage = stagesForLanguage;
        this.selectorFor = selectorFor;
    }

    private static ParseSelector neededBy(List<Stage> stages) {
        return (sentence, words) -> stages.stream().anyMatch(st -> st.needsParse(words));
    }

    /** An analyzer with every stage Depeche has, parsing every sentence. */
    public static Analyzer standard() {
        return new Analyzer(Stages::standard, ParseSelector.ALL);
    }

    /** An analyzer with every stage Depeche has, parsing only the sentences a stage needs parsed. */
    public static Analyzer standardParsingOnDemand() {
        return new Analyzer(Stages::standard, (ParseSelector) null);
    }

    /** An analyzer with every stage Depeche has, parsing as the mode says. */
    public static Analyzer standard(ParseMode mode) {
        return mode == ParseMode.ALL ? standard() : standardParsingOnDemand();
    }

    /**
     * An analyzer running only some stages but parsing the sentences the standard analysis would
     * parse in this mode, so that a layer is measured as {@code analyze} computes it.
     */
    public static Analyzer someStages(Function<String, List<Stage>> stagesForLanguage, ParseMode mode) {
        if (mode == ParseMode.ALL) {
            return new Analyzer(stagesForLanguage, ParseSelector.ALL);
        }
        Map<String, ParseSelector> standardByLang = new ConcurrentHashMap<>();
        return new Analyzer(stagesForLanguage,
                (Selection) (lang, stages) -> standardByLang.computeIfAbsent(lang, l -> neededBy(Stages.standard(l))));
    }

    /** An analyzer running only the language pipeline (tokens, POS, NER; parse as the selector says). */
    public static Analyzer nlpOnly(ParseSelector parseSelector) {
        return new Analyzer(lang -> List.of(), parseSelector);
    }

    /** Analyses one document; never throws for a bad document, it returns {@link AnalysisResult.Failed}. */
    public AnalysisResult analyze(Document doc) {
        String origin = doc.meta() == null ? doc.id() : doc.meta().origin();
        try {
            String lang = doc.lang();
            if (lang == null || lang.isBlank()) {
                lang = detector.detect(doc.text()).orElse(null);
                if (lang == null) {
                    return new AnalysisResult.Failed(origin, "cannot tell the language; name it with --lang");
                }
            }
            if (!Languages.isSupported(lang)) {
                return new AnalysisResult.Failed(origin, "language '" + lang + "' is not supported (supported: "
                        + String.join(", ", Languages.supported()) + "); force one with --lang");
            }
            LanguagePipeline nlp = pipelines.forLanguage(lang);
            Pipeline stages = stages(lang);
            ParseSelector selector = selectorFor.apply(lang, stages);
            Document analysed = nlp.analyze(doc.withLang(lang), selector);
            return new AnalysisResult.Analyzed(stages.apply(analysed));
        } catch (RuntimeException | StackOverflowError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new AnalysisResult.Failed(origin, "analysis failed: " + msg.lines().findFirst().orElse(msg));
        }
    }

    /** The language pipeline for a language, loading it if needed (for warm-up and benchmarks). */
    public LanguagePipeline pipeline(String lang) {
        return pipelines.forLanguage(lang);
    }

    /** Loads everything a language needs (models, stages and their data) before the first document. */
    public void load(String lang) {
        stages(lang);
    }

    private Pipeline stages(String lang) {
        LanguagePipeline nlp = pipelines.forLanguage(lang);
        return stagePipelines.computeIfAbsent(lang,
                l -> Pipeline.of(nlp.provides(), new ArrayList<>(stagesForLanguage.apply(l))));
    }
}
