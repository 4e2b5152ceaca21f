package org.depeche.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trigger lexicon of each ACE 2005 class, French and English, on parsed sentences written for
 * these tests ({@link ParsedText} notation: form/UPOS/head/deprel[/NER]), and the sense filters
 * that keep a class word in another sense out.
 */
class EventClassLexiconTest {

    private static List<Event> events(String lang, String parsed) {
        Document doc = new EventExtractor(lang).apply(new ParsedText().sentence(parsed).document(lang));
        return doc.events();
    }

    private static List<String> fillers(Event e, String role) {
        return e.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.filler().text()).toList();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | L'/DET/2/det explosion/NOUN/3/nsubj a/AUX/3/aux fait/VERB/0/root douze/NUM/5/nummod morts/NOUN/3/obj ./PUNCT/3/punct | Life.Die | morts
        fr | L'/DET/2/det explosion/NOUN/3/nsubj a/AUX/3/aux fait/VERB/0/root douze/NUM/5/nummod morts/NOUN/3/obj ./PUNCT/3/punct | Conflict.Attack | explosion
        fr | Trois/NUM/2/nummod randonneurs/NOUN/4/nsubj ont/AUX/4/aux perdu/VERB/0/root la/DET/6/det vie/NOUN/4/obj ./PUNCT/4/punct | Life.Die | ont perdu la vie
        fr | Des/DET/2/det milliers/NOUN/0/root de/ADP/4/case manifestants/NOUN/2/nmod ./PUNCT/2/punct | Conflict.Demonstrate | manifestants
        fr | On/PRON/2/nsubj entend/VERB/0/root des/DET/4/det coups/NOUN/2/obj de/ADP/6/case feu/NOUN/4/nmod ./PUNCT/2/punct | Conflict.Attack | coups de feu
        fr | Les/DET/2/det détenus/NOUN/6/nsubj se/PRON/6/expl:pv sont/AUX/6/aux vite/ADV/6/advmod évadés/VERB/0/root ./PUNCT/6/punct | Movement.Transport | évadés
        fr | Deux/NUM/2/nummod ingénieurs/NOUN/4/nsubj ont/AUX/4/aux créé/VERB/0/root une/DET/6/det entreprise/NOUN/4/obj ./PUNCT/4/punct | Business.Start-Org | ont créé
        fr | Les/DET/2/det deux/NUM/3/nummod banques/NOUN/5/nsubj ont/AUX/5/aux fusionné/VERB/0/root ./PUNCT/5/punct | Business.Merge-Org | ont fusionné
        fr | Le/DET/2/det président/NOUN/5/nsubj s'/PRON/5/expl:pv est/AUX/5/aux entretenu/VERB/0/root par/ADP/7/case téléphone/NOUN/5/obl ./PUNCT/5/punct | Contact.Phone-Write | est entretenu par téléphone
        fr | Elle/PRON/2/nsubj devient/VERB/0/root ministre/NOUN/2/xcomp ./PUNCT/2/punct | Personnel.Start-Position | devient
        fr | Le/DET/2/det juge/NOUN/4/nsubj a/AUX/4/aux libéré/VERB/0/root le/DET/6/det détenu/NOUN/4/obj ./PUNCT/4/punct | Justice.Release-Parole | a libéré
        fr | L'/DET/2/det accusé/NOUN/3/nsubj fera/VERB/0/root appel/NOUN/3/obj ./PUNCT/3/punct | Justice.Appeal | fera appel
        fr | Le/DET/2/det club/NOUN/4/nsubj a/AUX/4/aux fait/VERB/0/root faillite/NOUN/4/obj ./PUNCT/4/punct | Business.Declare-Bankruptcy | faillite
        fr | Le/DET/2/det chef/NOUN/4/nsubj a/AUX/4/aux gracié/VERB/0/root le/DET/6/det condamné/NOUN/4/obj ./PUNCT/4/punct | Justice.Pardon | a gracié
        fr | Ils/PRON/3/nsubj ont/AUX/3/aux divorcé/VERB/0/root ./PUNCT/3/punct | Life.Divorce | ont divorcé
        fr | Les/DET/2/det syndicats/NOUN/3/nsubj négocient/VERB/0/root ./PUNCT/3/punct | Contact.Meet | négocient
        fr | Les/DET/2/det deux/NUM/3/nummod camps/NOUN/5/nsubj ont/AUX/5/aux signé/VERB/0/root un/DET/7/det cessez-le-feu/NOUN/5/obj ./PUNCT/5/punct | Contact.Agreement | cessez-le-feu
        en | The/DET/2/det firm/NOUN/3/nsubj sued/VERB/0/root its/PRON/5/nmod:poss rival/NOUN/3/obj ./PUNCT/3/punct | Justice.Sue | sued
        en | The/DET/2/det city/NOUN/3/nsubj paid/VERB/0/root the/DET/5/det bill/NOUN/3/obj ./PUNCT/3/punct | Transaction.Transfer-Money | paid
        en | The/DET/2/det banks/NOUN/3/nsubj merged/VERB/0/root ./PUNCT/3/punct | Business.Merge-Org | merged
        en | He/PRON/3/nsubj:pass was/AUX/3/aux:pass found/VERB/0/root guilty/ADJ/3/xcomp ./PUNCT/3/punct | Justice.Convict | was found guilty
        en | Thousands/NOUN/0/root of/ADP/3/case protesters/NOUN/1/nmod ./PUNCT/1/punct | Conflict.Demonstrate | protesters
        en | She/PRON/2/nsubj became/VERB/0/root minister/NOUN/2/xcomp ./PUNCT/2/punct | Personnel.Start-Position | became
        en | A/DET/2/det blast/NOUN/3/nsubj shook/VERB/0/root the/DET/5/det town/NOUN/3/obj ./PUNCT/3/punct | Conflict.Attack | blast
        en | The/DET/2/det couple/NOUN/3/nsubj divorced/VERB/0/root ./PUNCT/3/punct | Life.Divorce | divorced
        en | The/DET/2/det governor/NOUN/3/nsubj pardoned/VERB/0/root the/DET/5/det prisoner/NOUN/3/obj ./PUNCT/3/punct | Justice.Pardon | pardoned
        en | Rebels/NOUN/2/nsubj fled/VERB/0/root to/ADP/4/case Mosul/PROPN/2/obl/LOC ./PUNCT/2/punct | Movement.Transport | fled
        en | The/DET/2/det leaders/NOUN/3/nsubj negotiated/VERB/0/root ./PUNCT/3/punct | Contact.Meet | negotiated
        fr | Un/DET/2/det avion/NOUN/4/nsubj a/AUX/4/aux largué/VERB/0/root des/DET/6/det bombes/NOUN/4/obj ./PUNCT/4/punct | Conflict.Attack | a largué
        fr | Les/DET/2/det infirmières/NOUN/4/nsubj sont/AUX/4/aux descendues/VERB/0/root dans/ADP/6/case la/DET/7/det rue/NOUN/4/obl ./PUNCT/4/punct | Conflict.Demonstrate | sont descendues dans la rue
        fr | Les/DET/2/det gendarmes/NOUN/4/nsubj ont/AUX/4/aux appréhendé/VERB/0/root le/DET/6/det fugitif/NOUN/4/obj ./PUNCT/4/punct | Justice.Arrest-Jail | ont appréhendé
        fr | Le/DET/2/det détenu/NOUN/5/nsubj s'/PRON/5/expl:pv est/AUX/5/aux pendu/VERB/0/root ./PUNCT/5/punct | Life.Die | est pendu
        en | Jets/NOUN/2/nsubj drop/VERB/0/root bombs/NOUN/2/obj ./PUNCT/2/punct | Conflict.Attack | drop
        en | Police/NOUN/2/nsubj apprehended/VERB/0/root the/DET/4/det thief/NOUN/2/obj ./PUNCT/2/punct | Justice.Arrest-Jail | apprehended
        """)
    void shouldFindTheTriggerOfEachClass(String lang, String parsed, String type, String trigger) {
        assertThat(events(lang, parsed)).filteredOn(e -> e.type().equals(type))
                .extracting(e -> e.trigger().text()).containsExactly(trigger);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le/DET/2/det bilan/NOUN/4/nsubj s'/PRON/4/expl:pv élève/VERB/0/root à/ADP/7/case douze/NUM/7/nummod morts/NOUN/4/obl ./PUNCT/4/punct
        fr | Les/DET/2/det élus/NOUN/3/nsubj jugent/VERB/0/root le/DET/5/det texte/NOUN/3/obj trop/ADV/7/advmod cher/ADJ/3/xcomp ./PUNCT/3/punct
        fr | Les/DET/2/det travaux/NOUN/0/root à/ADP/4/case partir/VERB/2/acl de/ADP/6/case lundi/NOUN/4/obl ./PUNCT/2/punct
        fr | Un/DET/2/det député/NOUN/0/root de/ADP/4/case Rassemblement/NOUN/2/nmod ./PUNCT/2/punct
        fr | Elle/PRON/2/nsubj devient/VERB/0/root célèbre/ADJ/2/xcomp ./PUNCT/2/punct
        fr | Le/DET/2/det candidat/NOUN/0/root à/ADP/5/case l'/DET/5/det élection/NOUN/2/nmod ./PUNCT/2/punct
        fr | L'/DET/2/det armée/NOUN/4/nsubj a/AUX/4/aux libéré/VERB/0/root la/DET/6/det ville/NOUN/4/obj ./PUNCT/4/punct
        fr | Il/PRON/4/nsubj s'/PRON/4/expl:pv est/AUX/4/aux exécuté/VERB/0/root ./PUNCT/4/punct
        fr | Deux/NUM/2/nummod ingénieurs/NOUN/4/nsubj ont/AUX/4/aux créé/VERB/0/root des/DET/6/det emplois/NOUN/4/obj ./PUNCT/4/punct
        fr | Le/DET/2/det rapport/NOUN/4/nsubj:pass est/AUX/4/aux:pass fondé/VERB/0/root sur/ADP/7/case des/DET/7/det chiffres/NOUN/4/obl ./PUNCT/4/punct
        fr | Cela/PRON/2/nsubj va/VERB/0/root de/ADP/4/case soi/PRON/2/obl ./PUNCT/2/punct
        en | They/PRON/2/nsubj paid/VERB/0/root tribute/NOUN/2/obj ./PUNCT/2/punct
        en | He/PRON/3/nsubj is/AUX/3/aux going/VERB/0/root to/PART/5/mark speak/VERB/3/xcomp ./PUNCT/3/punct
        en | The/DET/2/det band/NOUN/3/nsubj released/VERB/0/root an/DET/5/det album/NOUN/3/obj ./PUNCT/3/punct
        en | The/DET/2/det town/NOUN/3/nsubj was/AUX/3/cop named/VERB/0/root after/ADP/5/case him/PRON/3/obl ./PUNCT/3/punct
        fr | Le/DET/2/det voilier/NOUN/4/nsubj a/AUX/4/aux largué/VERB/0/root les/DET/6/det amarres/NOUN/4/obj ./PUNCT/4/punct
        fr | Le/DET/2/det peintre/NOUN/4/nsubj a/AUX/4/aux pendu/VERB/0/root un/DET/6/det tableau/NOUN/4/obj ./PUNCT/4/punct
        fr | Elle/PRON/2/nsubj appréhende/VERB/0/root de/ADP/4/mark parler/VERB/2/xcomp ./PUNCT/2/punct
        en | The/DET/2/det firm/NOUN/3/nsubj drops/VERB/0/root the/DET/5/det plan/NOUN/3/obj ./PUNCT/3/punct
        """)
    void shouldKeepOtherSensesOfClassWordsOut(String lang, String parsed) {
        assertThat(events(lang, parsed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldFillPlaintiffAndDefendantOfSuitFromTheLightVerbConstruction() {
        List<Event> es = events("fr", "La/DET/2/det société/NOUN/4/nsubj a/AUX/4/aux porté/VERB/0/root plainte/NOUN/4/obj "
                + "contre/ADP/9/case son/DET/9/det ancien/ADJ/9/amod associé/NOUN/4/obl ./PUNCT/4/punct");
        assertThat(es).hasSize(1);
        Event e = es.get(0);
        assertThat(e.type()).isEqualTo("Justice.Sue");
        assertThat(e.trigger().text()).isEqualTo("a porté plainte");
        assertThat(fillers(e, "Plaintiff")).containsExactly("La société");
        assertThat(fillers(e, "Defendant")).containsExactly("son ancien associé");
    }

    @org.junit.jupiter.api.Test
    void shouldFillGiverAndRecipientOfPayment() {
        List<Event> es = events("fr", "L'/DET/2/det État/NOUN/3/nsubj versera/VERB/0/root deux/NUM/5/nummod "
                + "millions/NOUN/3/obj à/ADP/8/case la/DET/8/det commune/NOUN/3/obl ./PUNCT/3/punct");
        assertThat(es).hasSize(1);
        Event e = es.get(0);
        assertThat(e.type()).isEqualTo("Transaction.Transfer-Money");
        assertThat(fillers(e, "Giver")).containsExactly("L' État");
        assertThat(fillers(e, "Recipient")).containsExactly("la commune");
        assertThat(fillers(e, "Money")).containsExactly("deux millions");
        assertThat(e.modality()).isEqualTo(Event.Modality.OTHER);
    }

    @org.junit.jupiter.api.Test
    void shouldTakeThePositionFromThePersonsTitle() {
        List<Event> es = events("fr", "Le/DET/2/det ministre/NOUN/7/nsubj de/ADP/5/case la/DET/5/det Culture/PROPN/2/nmod "
                + "a/AUX/7/aux démissionné/VERB/0/root ./PUNCT/7/punct");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo("Personnel.End-Position");
        assertThat(fillers(es.get(0), "Person")).containsExactly("Le ministre de la Culture");
        assertThat(fillers(es.get(0), "Position")).containsExactly("ministre de la Culture");
    }

    @org.junit.jupiter.api.Test
    void shouldTakeTheDoerOfANominalTriggerFromItsParticiple() {
        List<Event> es = events("fr", "Une/DET/2/det attaque/NOUN/0/root menée/VERB/2/acl par/ADP/6/case des/DET/6/det "
                + "rebelles/NOUN/3/obl:agent ./PUNCT/2/punct");
        assertThat(es).hasSize(1);
        assertThat(fillers(es.get(0), "Attacker")).containsExactly("des rebelles");
    }

    @org.junit.jupiter.api.Test
    void shouldGiveTheInfinitiveTheObjectOfAControlVerbAndNoTopicAsParty() {
        List<Event> es = events("fr", "Cela/PRON/3/nsubj va/AUX/3/aux contraindre/VERB/0/root les/DET/5/det syndicats/NOUN/3/obj "
                + "à/ADP/7/mark négocier/VERB/3/xcomp un/DET/9/det accord/NOUN/7/obj ./PUNCT/3/punct");
        Event meet = es.stream().filter(e -> e.type().equals("Contact.Meet")).findFirst().orElseThrow();
        assertThat(fillers(meet, "Entity")).containsExactly("les syndicats");
    }
}
