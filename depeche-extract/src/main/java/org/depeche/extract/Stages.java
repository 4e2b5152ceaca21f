package org.depeche.extract;

import java.util.List;
import org.depeche.extract.entities.EntityMerger;
import org.depeche.extract.events.EventExtractor;
import org.depeche.extract.time.TimeExtractor;
import org.depeche.model.Stage;

/** The extraction stages Depeche runs after the language pipeline, in order, per language. */
public final class Stages {

    private Stages() {
    }

    /** Stages for a language; each later capability (time, entities, quotes, events) adds itself here. */
    public static List<Stage> standard(String lang) {
        // events last: they use time, quotes and entities when those stages ran
        return List.of(TimeExtractor.forLanguage(lang), EntityMerger.forLanguage(lang), new EventExtractor(lang));
    }
}
