package org.depeche.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.depeche.eval.BratCorpus;
import org.depeche.model.Span;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final String TEXT = "Le musée du Louvre de Paris reçoit Anne Roy et Luc Roy au salon Vinexpo .";

    private static List<CoreLabel> tokens() {
        List<CoreLabel> out = new ArrayList<>();
        int at = 0;
        for (String w : TEXT.split(" ")) {
            int s = TEXT.indexOf(w, at);
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setBeginPosition(s);
            t.setEndPosition(s + w.length());
            out.add(t);
            at = s + w.length();
        }
        return out;
    }

    private static BratCorpus.Entity entity(String type, String words) {
        int s = TEXT.indexOf(words);
        return new BratCorpus.Entity("T", type, new Span(s, s + words.length()), words);
    }

    @Test
    void shouldLabelTheOutermostScoredEntityInIob2AndIgnoreUnscoredTypes() {
        List<BratCorpus.Entity> gold = List.of(
                entity("Organization", "musée du Louvre de Paris"), entity("Location", "Paris"),
                entity("Person", "Anne Roy"), entity("Person", "Luc Roy"),
                entity("Event", "salon Vinexpo"), entity("Organization", "Vinexpo"));

        List<String> labels = NerTrainer.labels(tokens(), gold);

        assertThat(labels).containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O",
                "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "O");
    }

    @Test
    void shouldStartANewEntityWhenTwoNamesOfOneTypeTouch() {
        List<BratCorpus.Entity> gold = List.of(entity("Person", "Anne Roy"), entity("Person", "et Luc Roy"));

        List<String> labels = NerTrainer.labels(tokens(), gold);

        assertThat(labels.subList(7, 12)).containsExactly("B-PER", "I-PER", "B-PER", "I-PER", "I-PER");
    }

    @Test
    void shouldBuildAGazetteOfCldrPlaceNamesInFrench() {
        assertThat(Gazetteer.placeNames("fr")).contains("Allemagne", "Londres", "Afrique", "Moscou");
    }
}
