package org.depeche.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Argument rules that read syntax and word classes, French and English, on parsed sentences
 * written for these tests ({@link ParsedText} notation: form/UPOS/head/deprel[/NER]).
 */
class EventArgumentRulesTest {

    private static List<Event> events(String lang, String parsed) {
        Document doc = new EventExtractor(lang).apply(new ParsedText().sentence(parsed).document(lang));
        return doc.events();
    }

    private static Event only(String lang, String type, String parsed) {
        List<Event> of = events(lang, parsed).stream().filter(e -> e.type().equals(type)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private static List<String> fillers(Event e, String role) {
        return e.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.filler().text()).toList();
    }

    @Test
    void shouldTakeLocativePhraseHeadedByPlaceNounAsPlaceInFrench() {
        Event e = only("fr", "Conflict.Attack", "Un/DET/2/det inconnu/NOUN/4/nsubj a/AUX/4/aux attaqué/VERB/0/root "
                + "deux/NUM/6/nummod passants/NOUN/4/obj dans/ADP/9/case une/DET/9/det gare/NOUN/4/obl ./PUNCT/4/punct");
        assertThat(fillers(e, "Place")).containsExactly("une gare");
        assertThat(fillers(e, "Target")).containsExactly("deux passants");
    }

    @Test
    void shouldTakeLocativePhraseOfTheVerbANominalTriggerIsSubjectOf() {
        Event e = only("fr", "Conflict.Attack", "Une/DET/2/det explosion/NOUN/3/nsubj retentit/VERB/0/root "
                + "devant/ADP/6/case la/DET/6/det mairie/NOUN/3/obl ./PUNCT/3/punct");
        assertThat(fillers(e, "Place")).containsExactly("la mairie");
    }

    @Test
    void shouldTakeLocativePhraseHeadedByPlaceNounAsPlaceInEnglish() {
        Event e = only("en", "Conflict.Attack", "A/DET/2/det man/NOUN/3/nsubj attacked/VERB/0/root two/NUM/5/nummod "
                + "guards/NOUN/3/obj in/ADP/8/case a/DET/8/det hospital/NOUN/3/obl ./PUNCT/3/punct");
        assertThat(fillers(e, "Place")).containsExactly("a hospital");
    }

    @Test
    void shouldNotTakeLocativePhraseOfAnotherNounAsPlace() {
        Event e = only("fr", "Conflict.Attack", "Un/DET/2/det inconnu/NOUN/4/nsubj a/AUX/4/aux attaqué/VERB/0/root "
                + "deux/NUM/6/nummod passants/NOUN/4/obj dans/ADP/9/case un/DET/9/det film/NOUN/4/obl ./PUNCT/4/punct");
        assertThat(fillers(e, "Place")).isEmpty();
    }

    @Test
    void shouldReadDeComplementOfNominalAttackAsAttacker() {
        Event e = only("fr", "Conflict.Attack", "L'/DET/2/det offensive/NOUN/6/nsubj de/ADP/5/case l'/DET/5/det "
                + "armée/NOUN/2/nmod a/AUX/7/aux repris/VERB/0/root ./PUNCT/7/punct");
        assertThat(fillers(e, "Attacker")).containsExactly("l' armée");
        assertThat(fillers(e, "Target")).isEmpty();
    }

    @Test
    void shouldNotReadDeComplementNamingAPlaceAsAttacker() {
        Event e = only("fr", "Conflict.Attack", "L'/DET/2/det attaque/NOUN/6/nsubj de/ADP/5/case la/DET/5/det "
                + "préfecture/NOUN/2/nmod a/AUX/6/aux échoué/VERB/0/root ./PUNCT/6/punct");
        assertThat(fillers(e, "Attacker")).isEmpty();
    }

    @Test
    void shouldReadDeComplementNamingAWeaponAsInstrument() {
        Event e = only("fr", "Conflict.Attack", "L'/DET/2/det explosion/NOUN/7/nsubj d'/ADP/5/case une/DET/5/det "
                + "bombe/NOUN/2/nmod a/AUX/7/aux surpris/VERB/0/root ./PUNCT/7/punct");
        assertThat(fillers(e, "Instrument")).containsExactly("une bombe");
        assertThat(fillers(e, "Attacker")).isEmpty();
    }

    @Test
    void shouldReadOfComplementOfNominalAttackAsAttackerInEnglish() {
        Event e = only("en", "Conflict.Attack", "The/DET/2/det offensive/NOUN/6/nsubj of/ADP/5/case the/DET/5/det "
                + "army/NOUN/2/nmod has/AUX/6/aux stalled/VERB/0/root ./PUNCT/6/punct");
        assertThat(fillers(e, "Attacker")).containsExactly("the army");
    }

    @Test
    void shouldNeverMakeAWeaponTheTarget() {
        Event e = only("fr", "Conflict.Attack", "Le/DET/2/det suspect/NOUN/4/nsubj a/AUX/4/aux attaqué/VERB/0/root "
                + "un/DET/6/det couteau/NOUN/4/obj ./PUNCT/4/punct");
        assertThat(fillers(e, "Target")).isEmpty();
        assertThat(fillers(e, "Instrument")).containsExactly("un couteau");
    }

    @Test
    void shouldNeverMakeAWeaponTheTargetInEnglish() {
        Event e = only("en", "Conflict.Attack", "The/DET/2/det suspect/NOUN/3/nsubj attacked/VERB/0/root "
                + "a/DET/5/det rifle/NOUN/3/obj ./PUNCT/3/punct");
        assertThat(fillers(e, "Target")).isEmpty();
        assertThat(fillers(e, "Instrument")).containsExactly("a rifle");
    }

    @Test
    void shouldMakeTheSubjectOfAConverseSupportVerbTheTarget() {
        Event e = only("fr", "Conflict.Attack", "La/DET/2/det ville/NOUN/4/nsubj a/AUX/4/aux subi/VERB/0/root "
                + "un/DET/6/det bombardement/NOUN/4/obj ./PUNCT/4/punct");
        assertThat(fillers(e, "Target")).containsExactly("La ville");
        assertThat(fillers(e, "Attacker")).isEmpty();
    }

    @Test
    void shouldKeepTheSubjectOfAnOrdinarySupportVerbTheAttacker() {
        Event e = only("fr", "Conflict.Attack", "L'/DET/2/det armée/NOUN/4/nsubj a/AUX/4/aux lancé/VERB/0/root "
                + "un/DET/6/det bombardement/NOUN/4/obj ./PUNCT/4/punct");
        assertThat(fillers(e, "Attacker")).containsExactly("L' armée");
        assertThat(fillers(e, "Target")).isEmpty();
    }

    @Test
    void shouldMakeTheSubjectOfAConverseSupportVerbTheTargetInEnglish() {
        Event e = only("en", "Conflict.Attack", "The/DET/2/det town/NOUN/3/nsubj suffered/VERB/0/root "
                + "an/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct");
        assertThat(fillers(e, "Target")).containsExactly("The town");
        assertThat(fillers(e, "Attacker")).isEmpty();
    }

    @Test
    void shouldMakeThePassiveAgentOfAMeetingAnEntity() {
        Event e = only("fr", "Contact.Meet", "La/DET/2/det ministre/NOUN/5/nsubj:pass a/AUX/5/aux été/AUX/5/aux:pass "
                + "rencontrée/VERB/0/root par/ADP/8/case le/DET/8/det maire/NOUN/5/obl:agent ./PUNCT/5/punct");
        assertThat(fillers(e, "Entity")).contains("le maire");
    }

    @Test
    void shouldMakeThePassiveAgentOfAnElectionTheVoters() {
        Event e = only("fr", "Personnel.Elect", "Le/DET/2/det candidat/NOUN/5/nsubj:pass a/AUX/5/aux été/AUX/5/aux:pass "
                + "élu/VERB/0/root par/ADP/8/case les/DET/8/det députés/NOUN/5/obl:agent ./PUNCT/5/punct");
        assertThat(fillers(e, "Person")).containsExactly("Le candidat");
        assertThat(fillers(e, "Entity")).containsExactly("les députés");
    }

    @Test
    void shouldMakeThePassiveAgentOfAnAppointmentTheEntityInEnglish() {
        Event e = only("en", "Personnel.Elect", "The/DET/2/det mayor/NOUN/4/nsubj:pass was/AUX/4/aux:pass "
                + "elected/VERB/0/root by/ADP/7/case the/DET/7/det council/NOUN/4/obl:agent ./PUNCT/4/punct");
        assertThat(fillers(e, "Person")).containsExactly("The mayor");
        assertThat(fillers(e, "Entity")).containsExactly("the council");
    }
}
