package org.depeche.nlp;

import java.util.function.Predicate;
import org.depeche.model.Document;
import org.depeche.model.Layer;
import org.depeche.model.Sentence;
import org.depeche.model.Token;
import java.util.List;
import java.util.Set;

/**
 * Turns a document's text into sentences, words (POS, lemma where available, dependency parse)
 * and named-entity mentions for one language. Implementations load their models once and are
 * safe to call from several threads.
 */
public interface LanguagePipeline {

    /** ISO 639-1 code of the language this pipeline handles. */
    String lang();

    /** Layers every analysed document carries. */
    Set<Layer> provides();

    /** Analyses the document's text and parses every sentence. */
    default Document analyze(Document doc) {
        return analyze(doc, ParseSelector.ALL);
    }

    /** Analyses the document's text and parses only the sentences the selector asks for. */
    Document analyze(Document doc, ParseSelector selector);

    /** Decides, from a sentence's words (tagged, not yet parsed), whether to parse it. */
    @FunctionalInterface
    interface ParseSelector {
        ParseSelector ALL = (sentence, words) -> true;
        ParseSelector NONE = (sentence, words) -> false;

        boolean shouldParse(Sentence sentence, List<Token> words);

        static ParseSelector anyWord(Predicate<Token> test) {
            return (sentence, words) -> words.stream().anyMatch(test);
        }
    }
}
