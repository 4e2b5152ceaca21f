package org.depeche.eval.train;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.depeche.eval.BratCorpus;

/**
 * The documented split of WiNER-fr used to train and to score the news NER model honestly: every
 * article published from {@link #heldOutFrom} on (read from its file name, {@code 2017_05_02-001})
 * is held out and never seen by training; the earlier ones are the training articles. The default
 * holds out the last eight months of the corpus (May–December 2017), the articles closest to a
 * later year.
 */
public record WinerSplit(YearMonth heldOutFrom) {

    /** May 2017 onwards held out. */
    public static final WinerSplit DEFAULT = new WinerSplit(YearMonth.of(2017, 5));

    public enum Part { TRAIN, HELDOUT, ALL }

    /** Whether a document (by its publication date) belongs to the held-out part; undated documents train. */
    public boolean heldOut(BratCorpus.GoldDocument doc) {
        LocalDate published = doc.document().published();
        return published != null && !YearMonth.from(published).isBefore(heldOutFrom);
    }

    /** The documents of one part, in corpus order. */
    public List<BratCorpus.GoldDocument> select(List<BratCorpus.GoldDocument> corpus, Part part) {
        return switch (part) {
            case ALL -> corpus;
            case TRAIN -> corpus.stream().filter(d -> !heldOut(d)).toList();
            case HELDOUT -> corpus.stream().filter(this::heldOut).toList();
        };
    }
}
