package org.depeche.model;

import java.util.List;
import java.util.Set;

/**
 * One step of analysis: reads some layers of a document and returns a new document with more.
 *
 * <p>Stages never mutate their input and must be safe to call from several threads at once;
 * anything expensive (models, lexicons, compiled patterns) is loaded once, when the stage is
 * built.
 */
public interface Stage {

    /** Short name used in messages ("time", "quotes"…). */
    String name();

    /** Layers the input document must carry. */
    Set<Layer> requires();

    /**
     * Layers this stage reads when the document carries them, and does without otherwise (events
     * use the times, quotes and entity clusters of earlier stages). {@link Pipeline#of} refuses a
     * pipeline in which a stage providing one of them runs after this one.
     */
    default Set<Layer> uses() {
        return Set.of();
    }

    /** Layers the output document carries in addition. */
    Set<Layer> provides();

    /** Computes this stage's layers and returns the document with them applied. */
    Document apply(Document doc);

    /**
     * Whether this stage needs the dependency parse of a sentence, judged from its tagged words
     * before parsing. The parser is most of the cost of analysis, so a stage that reads the parse
     * only around its cue words should say so here. By default a stage that requires
     * {@link Layer#DEPPARSE} needs every sentence parsed.
     */
    default boolean needsParse(List<Token> sentenceWords) {
        return requires().contains(Layer.DEPPARSE);
    }
}
