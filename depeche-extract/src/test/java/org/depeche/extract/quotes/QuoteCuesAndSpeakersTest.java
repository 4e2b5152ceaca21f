package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Quote;
import org.junit.jupiter.api.Test;

/** Cue lexicon, negation, passive reports and speaker choice, in French and English, on sentences written for these tests. */
class QuoteCuesAndSpeakersTest {

    private static final QuoteExtractor FRENCH = new QuoteExtractor("fr");
    private static final QuoteExtractor ENGLISH = new QuoteExtractor("en");

    private static List<Quote> quotes(QuoteExtractor extractor, Document doc) {
        return extractor.apply(doc).quotes();
    }

    // ---- French ------------------------------------------------------------------------------

    @Test
    void shouldReportTheClauseOfAnAnsweringVerbFromTheWholeClassOfReportingVerbs() {
        Document doc = ParsedText.of("fr", "La/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux rétorqué/VERB/0/root "
                + "que/SCONJ/9/mark la/DET/7/det loi/NOUN/9/nsubj:pass sera/AUX/9/aux:pass appliquée/VERB/4/ccomp "
                + "./PUNCT/4/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.INDIRECT);
            assertThat(q.content().text()).isEqualTo("la loi sera appliquée");
            assertThat(q.speaker().text()).isEqualTo("La ministre");
            assertThat(q.cue().lemma()).isEqualTo("rétorquer");
        });
    }

    @Test
    void shouldReportTheClauseOfAVerbalLocutionOfSpeech() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det syndicat/NOUN/4/nsubj a/AUX/4/aux fait/VERB/0/root "
                + "valoir/VERB/4/xcomp que/SCONJ/9/mark les/DET/8/det salaires/NOUN/9/nsubj baissent/VERB/5/ccomp "
                + "./PUNCT/4/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("les salaires baissent");
            assertThat(q.speaker().text()).isEqualTo("Le syndicat");
            assertThat(q.cue().text()).isEqualTo("a fait valoir");
        });
    }

    @Test
    void shouldNotReportTheClauseOfANegatedCue() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det maire/NOUN/5/nsubj n'/ADV/5/advmod a/AUX/5/aux "
                + "dit/VERB/0/root pas/ADV/5/advmod que/SCONJ/10/mark le/DET/9/det pont/NOUN/10/nsubj "
                + "fermera/VERB/5/ccomp ./PUNCT/5/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    @Test
    void shouldNotTakeTheSubjectOfAPassiveCueForReportedWords() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det projet/NOUN/10/nsubj:pass ,/PUNCT/5/punct très/ADV/5/advmod "
                + "coûteux/ADJ/2/amod ,/PUNCT/5/punct a/AUX/10/aux été/AUX/10/aux:pass annoncé/VERB/0/root "
                + "par/ADP/12/case la/DET/12/det mairie/NOUN/10/obl:agent ./PUNCT/10/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    @Test
    void shouldAttributeQuotedWordsWithNoCueToTheNamedSubjectOfTheirVerb() {
        Document doc = ParsedText.of("fr", "Les/DET/2/det députés/NOUN/3/nsubj cherchent/VERB/0/root à/ADP/5/mark "
                + "limiter/VERB/3/xcomp «/PUNCT/8/punct le/DET/8/det risque/NOUN/5/obj »/PUNCT/8/punct "
                + "./PUNCT/3/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.DIRECT);
            assertThat(q.content().text()).isEqualTo("le risque");
            assertThat(q.speaker().text()).isEqualTo("Les députés");
        });
    }

    @Test
    void shouldNotGiveAScareQuotedTermTheSubjectOfItsSentenceWhenThatSubjectIsNoSpeaker() {
        Document doc = ParsedText.of("fr", "La/DET/2/det crue/NOUN/3/nsubj cause/VERB/0/root des/DET/5/det "
                + "«/PUNCT/6/punct dégâts/NOUN/3/obj »/PUNCT/6/punct ./PUNCT/3/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    // ---- English -----------------------------------------------------------------------------

    @Test
    void shouldAttributeAQuoteToTheSubjectOfSaidAfterIt() {
        Document doc = ParsedText.of("en", "“/PUNCT/4/punct We/PRON/4/nsubj/we will/AUX/4/aux/will "
                + "rebuild/VERB/7/ccomp/rebuild ,/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/0/root/say "
                + "Mara/PROPN/7/nsubj/Mara/PER Quillon/PROPN/8/flat/Quillon/PER ./PUNCT/7/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.DIRECT);
            assertThat(q.content().text()).isEqualTo("We will rebuild ,");
            assertThat(q.speaker().text()).isEqualTo("Mara Quillon");
        });
    }

    @Test
    void shouldReportAThatClauseWhoseOwnVerbIsAlsoACue() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the band/NOUN/3/nsubj/band said/VERB/0/root/say "
                + "that/SCONJ/6/mark/that it/PRON/6/nsubj/it claimed/VERB/3/ccomp/claim "
                + "victory/NOUN/6/obj/victory ./PUNCT/3/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("it claimed victory");
            assertThat(q.speaker().text()).isEqualTo("The band");
            assertThat(q.cue().lemma()).isEqualTo("say");
        });
    }

    @Test
    void shouldNotReportTheClauseOfANegatedEnglishCue() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the senator/NOUN/5/nsubj/senator has/AUX/5/aux/have "
                + "not/PART/5/advmod/not said/VERB/0/root/say how/ADV/9/advmod/how she/PRON/9/nsubj/she "
                + "will/AUX/9/aux/will vote/VERB/5/ccomp/vote ./PUNCT/5/punct/.");
        assertThat(quotes(ENGLISH, doc)).isEmpty();
    }

    @Test
    void shouldReportTheClauseOfATellingVerbWithTheHearerAside() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the mayor/NOUN/3/nsubj/mayor told/VERB/0/root/tell "
                + "reporters/NOUN/3/obj/reporter that/SCONJ/9/mark/that the/DET/7/det/the bridge/NOUN/9/nsubj/bridge "
                + "would/AUX/9/aux/would reopen/VERB/3/ccomp/reopen ./PUNCT/3/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the bridge would reopen");
            assertThat(q.speaker().text()).isEqualTo("The mayor");
            assertThat(q.cue().lemma()).isEqualTo("tell");
        });
    }

    @Test
    void shouldAttributeTheRestOfTheSentenceToTheObjectOfAccordingTo() {
        Document doc = ParsedText.of("en", "According/VERB/4/case/accord to/ADP/1/fixed/to the/DET/4/det/the "
                + "engineers/NOUN/8/obl/engineer ,/PUNCT/4/punct the/DET/7/det/the beams/NOUN/8/nsubj/beam "
                + "crack/VERB/0/root/crack ./PUNCT/8/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the beams crack");
            assertThat(q.speaker().text()).isEqualTo("the engineers");
            assertThat(q.cue().text()).isEqualTo("According to");
        });
    }
}
