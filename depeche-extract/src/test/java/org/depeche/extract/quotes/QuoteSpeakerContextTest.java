package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.MentionKind;
import org.depeche.model.Quote;
import org.depeche.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Speakers found around a quote rather than on its cue (a colon, the sentence before, the same
 * speaker going on, a pronoun resolved by the entity layer), and quoted words that nobody utters,
 * in French and English, on sentences written for these tests.
 */
class QuoteSpeakerContextTest {

    private static final QuoteExtractor FRENCH = new QuoteExtractor("fr");
    private static final QuoteExtractor ENGLISH = new QuoteExtractor("en");

    private static List<Quote> quotes(QuoteExtractor extractor, Document doc) {
        return extractor.apply(doc).quotes();
    }

    /** Adds a pronoun mention on one word and the given clusters to a hand-parsed document. */
    private static Document withPronounCluster(Document doc, int pronounToken, List<Entity> entities) {
        Token t = doc.tokens().get(pronounToken);
        List<EntityMention> mentions = new ArrayList<>(doc.mentions());
        mentions.add(new EntityMention("m" + (mentions.size() + 1), EntityType.PERSON, t.start(), t.end(), t.text(),
                pronounToken, pronounToken + 1, MentionKind.PRONOUN));
        return doc.withEntities(mentions, entities);
    }

    // ---- French ------------------------------------------------------------------------------

    @Test
    void shouldTakeTheNounBeforeAColonAsTheSpeakerOfAVerblessIntroduction() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det maire/NOUN/0/root :/PUNCT/6/punct «/PUNCT/6/punct "
                + "Nous/PRON/6/nsubj reconstruirons/VERB/2/parataxis le/DET/8/det pont/NOUN/6/obj "
                + "»/PUNCT/6/punct ./PUNCT/2/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.DIRECT);
            assertThat(q.content().text()).isEqualTo("Nous reconstruirons le pont");
            assertThat(q.speaker().text()).isEqualTo("Le maire");
        });
    }

    @Test
    void shouldGiveAQuoteThatGoesOnAfterReportedWordsTheSameSpeaker() {
        Document doc = ParsedText.of("fr",
                "La/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux affirmé/VERB/0/root que/SCONJ/8/mark "
                        + "la/DET/7/det réforme/NOUN/8/nsubj avancerait/VERB/4/ccomp ./PUNCT/4/punct",
                "«/PUNCT/3/punct Nous/PRON/3/nsubj tiendrons/VERB/0/root nos/DET/5/det engagements/NOUN/3/obj "
                        + "envers/ADP/8/case les/DET/8/det familles/NOUN/3/obl ./PUNCT/3/punct »/PUNCT/3/punct");
        List<Quote> quotes = quotes(FRENCH, doc);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).kind()).isEqualTo(Quote.QuoteKind.DIRECT);
        assertThat(quotes.get(1).speaker().text()).isEqualTo("La ministre");
    }

    @Test
    void shouldTakeTheSpeakerOfTheSentenceBeforeForAQuoteStandingAlone() {
        Document doc = ParsedText.of("fr",
                "Paul/PROPN/5/nsubj/_/PER Marchal/PROPN/1/flat/_/PER s'/PRON/5/expl est/AUX/5/aux "
                        + "exprimé/VERB/0/root après/ADP/8/case le/DET/8/det match/NOUN/5/obl ./PUNCT/5/punct",
                "«/PUNCT/4/punct Nous/PRON/4/nsubj avons/AUX/4/aux joué/VERB/0/root sans/ADP/6/case "
                        + "peur/NOUN/4/obl ./PUNCT/4/punct »/PUNCT/4/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).startsWith("Nous avons joué sans peur");
            assertThat(q.speaker().text()).isEqualTo("Paul Marchal");
        });
    }

    @Test
    void shouldResolveAPronounSpeakerThroughItsEntityClusterWhereNoNameOrRoleCame() {
        Document doc = ParsedText.of("fr",
                "La/DET/2/det cheffe/NOUN/3/nsubj arrive/VERB/0/root ./PUNCT/3/punct",
                "«/PUNCT/3/punct Nous/PRON/3/nsubj ouvrirons/VERB/10/ccomp une/DET/5/det ligne/NOUN/3/obj "
                        + "»/PUNCT/3/punct ,/PUNCT/3/punct a/AUX/10/aux -t-elle/PRON/10/nsubj ajouté/VERB/0/root "
                        + "./PUNCT/10/punct");
        int pronoun = 12;
        assertThat(doc.tokens().get(pronoun).text()).isEqualTo("-t-elle");
        Token la = doc.tokens().get(0);
        Token cheffe = doc.tokens().get(1);
        List<EntityMention> mentions = new ArrayList<>(doc.mentions());
        mentions.add(new EntityMention("m1", EntityType.PERSON, la.start(), cheffe.end(), "La cheffe", 0, 2,
                MentionKind.NOMINAL));
        doc = withPronounCluster(doc.withEntities(mentions, List.of()), pronoun, List.of(
                new Entity("e1", EntityType.PERSON, "La cheffe", List.of("m1", "m2"), List.of(), null)));
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.speaker().text()).isEqualTo("La cheffe");
            assertThat(q.speaker().entity()).isEqualTo("e1");
        });
    }

    @Test
    void shouldNotTakeAQuotedProperNameForSomeonesWords() {
        Document doc = ParsedText.of("fr", "Le/DET/2/det gouvernement/NOUN/3/nsubj finance/VERB/0/root "
                + "le/DET/5/det plan/NOUN/3/obj «/PUNCT/7/punct Horizon/PROPN/5/appos »/PUNCT/7/punct "
                + "./PUNCT/3/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    @Test
    void shouldReadPourXAsTheSpeakerAfterALeadingConjunction() {
        Document doc = ParsedText.of("fr", "Mais/CCONJ/10/cc ,/PUNCT/5/punct pour/ADP/5/case le/DET/5/det "
                + "maire/NOUN/10/obl ,/PUNCT/5/punct «/PUNCT/10/punct le/DET/9/det chantier/NOUN/10/nsubj "
                + "prendra/VERB/0/root deux/NUM/12/nummod ans/NOUN/10/obj »/PUNCT/10/punct ./PUNCT/10/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("le chantier prendra deux ans");
            assertThat(q.speaker().text()).isEqualTo("le maire");
        });
    }

    @Test
    void shouldNotTakeAQuotedHeadlineClosingItsLineForSpeech() {
        Document doc = ParsedText.of("fr", "Mise/NOUN/0/root à/ADP/3/case jour/NOUN/1/nmod —/PUNCT/6/punct "
                + "«/PUNCT/6/punct Grève/NOUN/1/appos des/ADP/9/case contrôleurs/NOUN/6/nmod aériens/ADJ/9/amod "
                + "dans/ADP/12/case le/DET/12/det sud/NOUN/6/nmod »/PUNCT/6/punct");
        assertThat(quotes(FRENCH, doc)).isEmpty();
    }

    @Test
    void shouldReadAReactingVerbAfterAQuoteAsItsCue() {
        Document doc = ParsedText.of("fr", "«/PUNCT/2/punct C'est/VERB/0/root une/DET/4/det victoire/NOUN/2/obj "
                + "»/PUNCT/2/punct ,/PUNCT/8/punct a/AUX/8/aux réagi/VERB/2/parataxis la/DET/10/det "
                + "présidente/NOUN/8/nsubj ./PUNCT/2/punct");
        assertThat(quotes(FRENCH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("C'est une victoire");
            assertThat(q.speaker().text()).isEqualTo("la présidente");
            assertThat(q.cue().lemma()).isEqualTo("réagir");
        });
    }

    // ---- English -----------------------------------------------------------------------------

    @Test
    void shouldTakeTheSubjectOfTheClauseBeforeAColonAsTheSpeaker() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the minister/NOUN/3/nsubj/minister "
                + "appeared/VERB/0/root/appear on/ADP/5/case/on television/NOUN/3/obl/television :/PUNCT/9/punct/: "
                + "“/PUNCT/9/punct/“ we/PRON/9/nsubj/we lost/VERB/3/parataxis/lose nothing/PRON/9/obj/nothing "
                + "”/PUNCT/9/punct/” ./PUNCT/3/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("we lost nothing");
            assertThat(q.speaker().text()).isEqualTo("The minister");
        });
    }

    @Test
    void shouldNeverResolveAPronounSpeakerToAPlace() {
        Document doc = ParsedText.of("en",
                "Springfield/PROPN/2/nsubj/Springfield/LOC hosts/VERB/0/root/host the/DET/4/det/the "
                        + "summit/NOUN/2/obj/summit ./PUNCT/2/punct/.",
                "“/PUNCT/4/punct/“ We/PRON/4/nsubj/we are/AUX/4/cop/be ready/ADJ/8/ccomp/ready ,/PUNCT/4/punct/, "
                        + "”/PUNCT/4/punct/” he/PRON/8/nsubj/he said/VERB/0/root/say ./PUNCT/8/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("We are ready ,");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void shouldNotTakeAQuotedEnglishProperNameForSomeonesWords() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the minister/NOUN/3/nsubj/minister "
                + "funds/VERB/0/root/fund the/DET/8/det/the “/PUNCT/6/punct/“ Northway/PROPN/8/compound/Northway "
                + "Bridge/PROPN/6/flat/Bridge ”/PUNCT/6/punct/” plan/NOUN/3/obj/plan ./PUNCT/3/punct/.");
        assertThat(quotes(ENGLISH, doc)).isEmpty();
    }

    @Test
    void shouldReportTheClauseOfAConfidingVerbFromTheSecondPassOverTheClass() {
        Document doc = ParsedText.of("en", "The/DET/2/det/the coach/NOUN/3/nsubj/coach confided/VERB/0/root/confide "
                + "that/SCONJ/7/mark/that the/DET/6/det/the team/NOUN/7/nsubj/team struggled/VERB/3/ccomp/struggle "
                + "./PUNCT/3/punct/.");
        assertThat(quotes(ENGLISH, doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.QuoteKind.INDIRECT);
            assertThat(q.content().text()).isEqualTo("the team struggled");
            assertThat(q.speaker().text()).isEqualTo("The coach");
        });
    }

    // ---- a speaker is a noun phrase ----------------------------------------------------------

    @Test
    void shouldTakeTheNounBeforeTheRelativePronounWhenTheParseHangsTheRelativeCueOnAVerb() {
        Document fr = ParsedText.of("fr", "Le/DET/2/det gardien/NOUN/4/nsubj a/AUX/4/aux parlé/VERB/0/root "
                + "à/ADP/6/case Paul/PROPN/4/obl/_/PER Martin/PROPN/6/flat:name/_/PER ,/PUNCT/10/punct qui/PRON/10/nsubj "
                + "affirme/VERB/4/acl:relcl que/SCONJ/15/mark les/DET/13/det portes/NOUN/15/nsubj étaient/AUX/15/cop "
                + "fermées/ADJ/10/ccomp ./PUNCT/4/punct");
        assertThat(quotes(FRENCH, fr)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("les portes étaient fermées");
            assertThat(q.speaker().text()).isEqualTo("Paul Martin");
        });
        Document en = ParsedText.of("en", "The/DET/2/det guard/NOUN/3/nsubj spoke/VERB/0/root to/ADP/5/case "
                + "Ann/PROPN/3/obl/_/PER Lee/PROPN/5/flat/_/PER ,/PUNCT/9/punct who/PRON/9/nsubj said/VERB/3/acl:relcl/say "
                + "that/SCONJ/14/mark the/DET/12/det doors/NOUN/14/nsubj were/AUX/14/cop shut/ADJ/9/ccomp ./PUNCT/3/punct");
        assertThat(quotes(ENGLISH, en)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the doors were shut");
            assertThat(q.speaker().text()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void shouldGiveNoSpeakerWhenTheParseMakesAnAdjectiveTheSubjectOfTheCue() {
        Document fr = ParsedText.of("fr", "Épuisée/ADJ/3/nsubj ,/PUNCT/1/punct affirme/VERB/0/root que/SCONJ/8/mark "
                + "la/DET/6/det route/NOUN/8/nsubj est/AUX/8/cop longue/ADJ/3/ccomp ./PUNCT/3/punct");
        assertThat(quotes(FRENCH, fr)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("la route est longue");
            assertThat(q.speaker()).isNull();
        });
        Document en = ParsedText.of("en", "Exhausted/ADJ/3/nsubj ,/PUNCT/1/punct insists/VERB/0/root/insist that/SCONJ/8/mark "
                + "the/DET/6/det road/NOUN/8/nsubj is/AUX/8/cop long/ADJ/3/ccomp ./PUNCT/3/punct");
        assertThat(quotes(ENGLISH, en)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the road is long");
            assertThat(q.speaker()).isNull();
        });
    }
}
