package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityType;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static final QuoteExtractor FRENCH = new QuoteExtractor("fr");
    private static final QuoteExtractor ENGLISH = new QuoteExtractor("en");

    private static final String DIRECT_INVERTED = "«/PUNCT/4/punct Nous/PRON/4/nsubj ne/ADV/4/advmod céderons/VERB/9/ccomp "
            + "pas/ADV/4/advmod »/PUNCT/4/punct ,/PUNCT/9/punct a/AUX/9/aux déclaré/VERB/0/root "
            + "Marie/PROPN/9/nsubj/_/PER Dupont/PROPN/10/flat:name/_/PER ./PUNCT/9/punct";

    private static List<Quote> quotes(QuoteExtractor extractor, Document doc) {
        List<Quote> quotes = extractor.apply(doc).quotes();
        for (Quote q : quotes) {
            assertThat(doc.text().substring(q.content().start(), q.content().end())).isEqualTo(q.content().text());
            if (q.speaker() != null) {
                assertThat(doc.text().substring(q.speaker().start(), q.speaker().end())).isEqualTo(q.speaker().text());
            }
        }
        return quotes;
    }

    @Test
    void shouldReportTheQueClauseOfASpeechVerbWithItsSubjectAsSpeaker() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux affirmé/VERB/0/root "
                + "que/SCONJ/9/mark la/DET/7/det réforme/NOUN/9/nsubj:pass sera/AUX/9/aux:pass votée/VERB/4/ccomp "
                + "./PUNCT/4/punct");
        List<Quote> quotes = quotes(FRENCH, doc);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.INDIRECT);
            assertThat(q.content().text()).isEqualTo("la réforme sera votée");
            assertThat(q.speaker().text()).isEqualTo("Le ministre");
            assertThat(q.cue().text()).isEqualTo("a affirmé");
            assertThat(q.cue().lemma()).isEqualTo("affirmer");
        });
    }

    @Test
    void shouldAttributeADirectQuoteToTheInvertedSubjectOfAPostposedCue() {
        List<Quote> quotes = quotes(FRENCH, ParsedText.of("fr", DIRECT_INVERTED));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.DIRECT);
            assertThat(q.content().text()).isEqualTo("Nous ne céderons pas");
            assertThat(q.speaker().text()).isEqualTo("Marie Dupont");
            assertThat(q.speaker().mention()).isEqualTo("m1");
        });
    }

    @Test
    void shouldLinkTheSpeakerToItsEntityClusterWhenEntitiesAreMerged() {
        Document doc = ParsedText.of("fr", DIRECT_INVERTED);
        doc = doc.withEntities(doc.mentions(), List.of(new Entity("e7", EntityType.PERSON, "Marie Dupont",
                List.of("m1"), List.of(), null)));
        assertThat(quotes(FRENCH, doc)).singleElement()
                .satisfies(q -> assertThat(q.speaker().entity()).isEqualTo("e7"));
    }

    @Test
    void shouldTakeTheClauseBeforeAFinalSelonAsReportedSpeech() {
        Document doc = ParsedText.of("fr", "La/DET/2/det grève/NOUN/3/nsubj continue/VERB/0/root ,/PUNCT/7/punct "
                + "selon/ADP/7/case le/DET/7/det syndicat/NOUN/3/obl ./PUNCT/3/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("La grève continue");
            assertThat(q.speaker().text()).isEqualTo("le syndicat");
            assertThat(q.cue().lemma()).isEqualTo("selon");
        });
    }

    @Test
    void shouldNotTakeATitleInQuoteMarksForSpeech() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det musée/NOUN/3/nsubj expose/VERB/0/root une/DET/5/det "
                + "toile/NOUN/3/obj intitulée/VERB/5/acl «/PUNCT/9/punct La/DET/9/det mer/NOUN/6/xcomp "
                + "sous/ADP/12/case le/DET/12/det soleil/NOUN/9/nmod levant/ADJ/12/amod »/PUNCT/9/punct ./PUNCT/3/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    @Test
    void shouldNotTakeScareQuotesOrNounPhraseObjectsForSpeech() {
        Document scare = ParsedText.of("fr", "Le/DET/3/det «/PUNCT/3/punct miracle/NOUN/6/nsubj »/PUNCT/3/punct "
                + "économique/ADJ/3/amod continue/VERB/0/root ./PUNCT/6/punct");
        Document object = ParsedText.of("fr", "Le/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux annoncé/VERB/0/root "
                + "sa/DET/6/det démission/NOUN/4/obj ./PUNCT/4/punct");
        assertThat(quotes(FRENCH, scare)).isEmpty();
        assertThat(quotes(FRENCH, object)).isEmpty();
    }

    @Test
    void shouldResolveAnInvertedPronounToTheLastNamedPerson() {
        Document doc = ParsedText.of("fr",
                "Paul/PROPN/4/nsubj/_/PER Martin/PROPN/1/flat:name/_/PER est/AUX/4/aux arrivé/VERB/0/root "
                        + "hier/ADV/4/advmod ./PUNCT/4/punct",
                "«/PUNCT/4/punct Le/DET/3/det projet/NOUN/4/nsubj avance/VERB/10/ccomp bien/ADV/4/advmod "
                        + "»/PUNCT/4/punct ,/PUNCT/10/punct a/AUX/10/aux -t-il/PRON/10/nsubj ajouté/VERB/0/root "
                        + "./PUNCT/10/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("Le projet avance bien");
            assertThat(q.speaker().text()).isEqualTo("Paul Martin");
            assertThat(q.cue().text()).isEqualTo("a -t-il ajouté");
        });
    }

    @Test
    void shouldKeepTheAgencyThatReceivedTheWordsAsVia() {
        Document doc = ParsedText.of("fr", "Les/DET/2/det pompiers/NOUN/4/nsubj ont/AUX/4/aux déclaré/VERB/0/root "
                + "à/ADP/7/case l'/DET/7/det agence/NOUN/4/obl Reuters/PROPN/7/appos/_/ORG que/SCONJ/13/mark "
                + "le/DET/11/det feu/NOUN/13/nsubj était/AUX/13/aux:pass maîtrisé/VERB/4/ccomp ./PUNCT/4/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("le feu était maîtrisé");
            assertThat(q.speaker().text()).isEqualTo("Les pompiers");
            assertThat(q.via()).extracting(SourceRef::text).containsExactly("Reuters");
        });
    }

    @Test
    void shouldReportWhatAnEnglishSpeakerSaid() {
        Document doc = ParsedText.of("en", "The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root/say that/SCONJ/7/mark "
                + "taxes/NOUN/7/nsubj will/AUX/7/aux rise/VERB/3/ccomp/rise ./PUNCT/3/punct");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("taxes will rise");
            assertThat(q.speaker().text()).isEqualTo("The minister");
            assertThat(q.cue().lemma()).isEqualTo("say");
        });
    }

    @Test
    void shouldResolveSheToldToTheLastNamedPersonInEnglish() {
        Document doc = ParsedText.of("en",
                "Jane/PROPN/3/nsubj/_/PER Smith/PROPN/1/flat/_/PER spoke/VERB/0/root/speak on/ADP/5/case "
                        + "Monday/PROPN/3/obl ./PUNCT/3/punct",
                "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/8/ccomp/win ,/PUNCT/4/punct ”/PUNCT/4/punct "
                        + "she/PRON/8/nsubj told/VERB/0/root/tell reporters/NOUN/8/obj ./PUNCT/8/punct");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.DIRECT);
            assertThat(q.content().text()).startsWith("We will win");
            assertThat(q.speaker().text()).isEqualTo("Jane Smith");
            assertThat(q.via()).isEmpty();
        });
    }

    @Test
    void shouldAttributeAClauseToItsSourceAccordingTo() {
        Document doc = ParsedText.of("en", "Prices/NOUN/3/nsubj will/AUX/3/aux fall/VERB/0/root/fall ,/PUNCT/8/punct "
                + "according/VERB/8/case/accord to/ADP/5/fixed the/DET/8/det bank/NOUN/3/obl ./PUNCT/3/punct");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("Prices will fall");
            assertThat(q.speaker().text()).isEqualTo("the bank");
        });
    }

    @Test
    void shouldKeepTheAgencyAnEnglishSpeakerToldAsVia() {
        Document doc = ParsedText.of("en", "The/DET/2/det company/NOUN/3/nsubj told/VERB/0/root/tell "
                + "Reuters/PROPN/3/obj/_/ORG that/SCONJ/8/mark its/PRON/7/nmod:poss sales/NOUN/8/nsubj "
                + "fell/VERB/3/ccomp/fall sharply/ADV/8/advmod ./PUNCT/3/punct");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("its sales fell sharply");
            assertThat(q.speaker().text()).isEqualTo("The company");
            assertThat(q.via()).extracting(SourceRef::text).containsExactly("Reuters");
        });
    }

    @Test
    void shouldAttributeBothHalvesOfAQuoteSplitByAnIncise() {
        Document doc = ParsedText.of("fr",
                "Paul/PROPN/3/nsubj/_/PER Martin/PROPN/1/flat:name/_/PER parle/VERB/0/root ./PUNCT/3/punct",
                "«/PUNCT/3/punct Nous/PRON/3/nsubj resterons/VERB/8/ccomp »/PUNCT/3/punct ,/PUNCT/8/punct "
                        + "a/AUX/8/aux -t-il/PRON/8/nsubj dit/VERB/0/root ,/PUNCT/12/punct «/PUNCT/12/punct "
                        + "nous/PRON/12/nsubj gagnerons/VERB/8/parataxis »/PUNCT/12/punct ./PUNCT/8/punct");
        List<Quote> quotes = quotes(FRENCH, doc);
        assertThat(quotes).extracting(q -> q.content().text()).containsExactly("Nous resterons", "nous gagnerons");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().text()).isEqualTo("Paul Martin"));
    }

    @Test
    void shouldRecoverTheStartOfAQuoteWhoseOpeningMarkIsMissing() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det maire/NOUN/4/nsubj a/AUX/4/aux offert/VERB/13/ccomp "
                + "une/DET/6/det aide/NOUN/4/obj rapide/ADJ/6/amod aux/ADP/9/case familles/NOUN/6/nmod "
                + "»/PUNCT/6/punct ,/PUNCT/13/punct a/AUX/13/aux déclaré/VERB/0/root la/DET/15/det "
                + "mairie/NOUN/13/nsubj ./PUNCT/13/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("une aide rapide aux familles");
            assertThat(q.speaker().text()).isEqualTo("la mairie");
        });
    }

    @Test
    void shouldAskForTheParseOfSentencesWithSpeechOnly() {
        // a reporting verb, quote marks, "selon", "Pour X," opening the sentence, a multi-word cue
        assertThat(needs(FRENCH, "Le/DET/2/det maire/NOUN/4/nsubj a/AUX/4/aux déclaré/VERB/0/root/déclarer "
                + "la/DET/6/det guerre/NOUN/4/obj")).isTrue();
        assertThat(needs(FRENCH, "Il/PRON/2/nsubj parle/VERB/0/root de/ADP/4/case «/PUNCT/5/punct "
                + "renouveau/NOUN/2/obl »/PUNCT/5/punct")).isTrue();
        assertThat(needs(FRENCH, "Le/DET/2/det bilan/NOUN/3/nsubj monte/VERB/0/root selon/ADP/5/case "
                + "la/DET/6/det police/NOUN/3/obl")).isTrue();
        assertThat(needs(FRENCH, "Mais/CCONJ/5/cc ,/PUNCT/3/punct pour/ADP/4/case la/DET/4/det "
                + "mairesse/NOUN/7/obl ,/PUNCT/4/punct rien/PRON/7/nsubj ne/ADV/7/advmod presse/VERB/0/root")).isTrue();
        assertThat(needs(FRENCH, "La/DET/2/det ministre/NOUN/3/nsubj fait/VERB/0/root/faire valoir/VERB/3/xcomp/valoir "
                + "ses/DET/6/det droits/NOUN/4/obj")).isTrue();
        assertThat(needs(ENGLISH, "The/DET/2/det police/NOUN/3/nsubj left/VERB/0/root ,/PUNCT/6/punct "
                + "according/VERB/6/case to/ADP/4/fixed witnesses/NOUN/3/obl")).isTrue();
    }

    @Test
    void shouldNotAskForTheParseOfSentencesWhereNoWordCanIntroduceSpeech() {
        // a pronoun alone, "pour" inside the sentence, the first word of a multi-word cue alone,
        // a cue's lemma used as a noun: the extractor never reads any of them as speech
        assertThat(needs(FRENCH, "Il/PRON/2/nsubj est/VERB/0/root arrivé/VERB/2/xcomp hier/ADV/2/advmod")).isFalse();
        assertThat(needs(FRENCH, "Elle/PRON/2/nsubj travaille/VERB/0/root pour/ADP/4/case la/DET/4/det "
                + "mairie/NOUN/2/obl")).isFalse();
        assertThat(needs(FRENCH, "Le/DET/2/det maçon/NOUN/3/nsubj fait/VERB/0/root/faire un/DET/5/det "
                + "mur/NOUN/3/obj")).isFalse();
        assertThat(needs(FRENCH, "Un/DET/2/det dire/NOUN/3/nsubj/dire vaut/VERB/0/root/valoir")).isFalse();
        assertThat(needs(ENGLISH, "He/PRON/2/nsubj works/VERB/0/root for/ADP/4/case the/DET/4/det "
                + "city/NOUN/2/obl")).isFalse();
    }

    private static boolean needs(QuoteExtractor extractor, String sentence) {
        return extractor.needsParse(ParsedText.of(extractor == FRENCH ? "fr" : "en", sentence).tokens());
    }
}
