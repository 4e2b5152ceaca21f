package org.depeche.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.depeche.eval.BratCorpus;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.junit.jupiter.api.Test;

class WinerSplitTest {

    private static BratCorpus.GoldDocument doc(String id, LocalDate published) {
        return new BratCorpus.GoldDocument(Document.of(id, "fr", published, DocumentMeta.of(id), "x"), List.of());
    }

    @Test
    void shouldHoldOutTheArticlesPublishedFromMay2017AndTrainOnTheEarlierOnes() {
        List<BratCorpus.GoldDocument> corpus = List.of(
                doc("a", LocalDate.of(2016, 12, 31)), doc("b", LocalDate.of(2017, 4, 30)),
                doc("c", LocalDate.of(2017, 5, 1)), doc("d", LocalDate.of(2017, 12, 20)), doc("e", null));

        assertThat(WinerSplit.DEFAULT.select(corpus, WinerSplit.Part.TRAIN))
                .extracting(d -> d.document().id()).containsExactly("a", "b", "e");
        assertThat(WinerSplit.DEFAULT.select(corpus, WinerSplit.Part.HELDOUT))
                .extracting(d -> d.document().id()).containsExactly("c", "d");
        assertThat(WinerSplit.DEFAULT.select(corpus, WinerSplit.Part.ALL)).hasSize(5);
    }
}
