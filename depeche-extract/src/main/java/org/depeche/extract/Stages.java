package org.depeche.extract;

import java.util.ArrayList;
import java.util.List;
import org.depeche.extract.entities.EntityMerger;
import org.depeche.extract.events.EventExtractor;
import org.depeche.extract.quotes.QuoteExtractor;
import org.depeche.extract.time.TimeExtractor;
import org.depeche.model.Stage;

/** The extraction stages Depeche runs after the language pipeline, in order, per language. */
public final class Stages {

    private Stages() {
    }

    /** Stages for a language; each later capability (time, entities, quotes, events) adds itself here. */
    public static List<Stage> standard(String lang) {
        List<Stage> stages = new ArrayList<>();
        stages.add(TimeExtractor.forLanguage(lang));
        stages.add(EntityMerger.forLanguage(lang));
        // quotes after entity merging (speakers link to entity clusters); events last: they use
        // time, quotes and entities when those stages ran (Pipeline.of checks this order from uses())
        if (QuoteExtractor.supports(lang)) {
            stages.add(new QuoteExtractor(lang));
        }
        stages.add(new EventExtractor(lang));
        return List.copyOf(stages);
    }
}
