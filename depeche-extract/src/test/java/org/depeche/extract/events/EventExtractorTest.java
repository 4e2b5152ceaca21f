package org.depeche.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityType;
import org.depeche.model.Event;
import org.depeche.model.Layer;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static final EventExtractor FRENCH = new EventExtractor("fr");

    private static final String GIFT = "Le/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux offert/VERB/0/root "
            + "trois/NUM/6/nummod chevaux/NOUN/4/obj blancs/ADJ/6/amod à/ADP/9/case Marie/PROPN/4/obl/PER ./PUNCT/4/punct";
    private static final String KILLED = "Le/DET/2/det soldat/NOUN/5/nsubj:pass aurait/AUX/5/aux été/AUX/5/aux:pass "
            + "tué/VERB/0/root hier/ADV/5/advmod ./PUNCT/5/punct";

    private static Event only(Document doc) {
        assertThat(doc.events()).hasSize(1);
        return doc.events().get(0);
    }

    private static List<String> fillers(Event e, String role) {
        return e.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.filler().text()).toList();
    }

    @Test
    void shouldReadOnlyTokensPosAndParse() {
        assertThat(FRENCH.requires()).isEqualTo(Set.of(Layer.TOKENS, Layer.POS, Layer.DEPPARSE));
        assertThat(FRENCH.provides()).containsExactly(Layer.EVENTS);
    }

    @Test
    void shouldExtractGiftWithGiverRecipientAndCountedItems() {
        Document doc = FRENCH.apply(new ParsedText().sentence(GIFT).document("fr"));
        Event e = only(doc);
        assertThat(e.type()).isEqualTo("Transaction.Transfer-Ownership");
        assertThat(e.trigger().text()).isEqualTo("a offert");
        assertThat(fillers(e, "Seller")).containsExactly("Le ministre");
        assertThat(fillers(e, "Buyer")).containsExactly("Marie");
        assertThat(fillers(e, "Artifact")).containsExactly("trois chevaux blancs");
        assertThat(e.arguments().stream().filter(a -> a.role().equals("Artifact")).findFirst().orElseThrow().quantity())
                .isEqualTo(3);
        assertThat(e.polarity()).isEqualTo(Event.Polarity.POSITIVE);
        assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(doc.has(Layer.EVENTS)).isTrue();
    }

    @Test
    void shouldMarkAgreementSaidNotToBeSignedNegative() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Aucun/DET/2/det traité/NOUN/6/nsubj:pass n'/ADV/6/advmod "
                + "a/AUX/6/aux été/AUX/6/aux:pass signé/VERB/0/root ./PUNCT/6/punct").document("fr")));
        assertThat(e.type()).isEqualTo("Contact.Agreement");
        assertThat(e.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
    }

    @Test
    void shouldMarkPossibleAgreementAsOtherModality() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Un/DET/3/det possible/ADJ/3/amod accord/NOUN/4/nsubj "
                + "inquiète/VERB/0/root les/DET/6/det voisins/NOUN/4/obj ./PUNCT/4/punct").document("fr")));
        assertThat(e.type()).isEqualTo("Contact.Agreement");
        assertThat(e.modality()).isEqualTo(Event.Modality.OTHER);
        assertThat(e.polarity()).isEqualTo(Event.Polarity.POSITIVE);
    }

    @Test
    void shouldReadNewsConditionalAsAssertedWithPassiveSubjectAsVictim() {
        Event e = only(FRENCH.apply(new ParsedText().sentence(KILLED).document("fr")));
        assertThat(e.type()).isEqualTo("Life.Die");
        assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(fillers(e, "Victim")).containsExactly("Le soldat");
    }

    @Test
    void shouldMarkFutureAsOtherAndFindDestination() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Le/DET/2/det convoi/NOUN/3/nsubj partira/VERB/0/root "
                + "vers/ADP/5/case Lyon/PROPN/3/obl/LOC ./PUNCT/3/punct").document("fr")));
        assertThat(e.type()).isEqualTo("Movement.Transport");
        assertThat(e.modality()).isEqualTo(Event.Modality.OTHER);
        assertThat(fillers(e, "Artifact")).containsExactly("Le convoi");
        assertThat(fillers(e, "Destination")).containsExactly("Lyon");
    }

    @Test
    void shouldMarkMeetingThatDidNotHappenNegative() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Le/DET/2/det ministre/NOUN/6/nsubj n'/ADV/6/advmod "
                + "a/AUX/6/aux pas/ADV/6/advmod rencontré/VERB/0/root le/DET/8/det roi/NOUN/6/obj ./PUNCT/6/punct")
                .document("fr")));
        assertThat(e.type()).isEqualTo("Contact.Meet");
        assertThat(e.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
        assertThat(fillers(e, "Entity")).containsExactly("Le ministre", "le roi");
    }

    @Test
    void shouldLinkTwoReportsOfTheSameGiftAndShareTheirParticipants() {
        Document doc = FRENCH.apply(new ParsedText()
                .sentence("Paul/PROPN/3/nsubj/PER a/AUX/3/aux reçu/VERB/0/root deux/NUM/5/nummod livres/NOUN/3/obj "
                        + "de/ADP/7/case Marie/PROPN/3/obl/PER ./PUNCT/3/punct")
                .sentence("Paul/PROPN/3/nsubj/PER a/AUX/3/aux reçu/VERB/0/root ces/DET/5/det livres/NOUN/3/obj "
                        + "anciens/ADJ/5/amod ./PUNCT/3/punct")
                .document("fr"));
        assertThat(doc.events()).hasSize(2);
        Event first = doc.events().get(0);
        Event second = doc.events().get(1);
        assertThat(first.coreferent()).containsExactly(second.id());
        assertThat(second.coreferent()).containsExactly(first.id());
        assertThat(fillers(second, "Seller")).containsExactly("Marie");
    }

    @Test
    void shouldNotLinkGiftsFromDifferentGivers() {
        Document doc = FRENCH.apply(new ParsedText()
                .sentence("Paul/PROPN/3/nsubj/PER a/AUX/3/aux reçu/VERB/0/root un/DET/5/det livre/NOUN/3/obj "
                        + "de/ADP/7/case Marie/PROPN/3/obl/PER ./PUNCT/3/punct")
                .sentence("Paul/PROPN/3/nsubj/PER a/AUX/3/aux reçu/VERB/0/root un/DET/5/det stylo/NOUN/3/obj "
                        + "de/ADP/7/case Jeanne/PROPN/3/obl/PER ./PUNCT/3/punct")
                .document("fr"));
        assertThat(doc.events()).hasSize(2).allSatisfy(e -> assertThat(e.coreferent()).isEmpty());
    }

    @Test
    void shouldUseTimeQuoteAndEntityLayersWhenPresent() {
        Document parsed = new ParsedText().sentence(GIFT).document("fr");
        String text = parsed.text();
        int hier = text.indexOf("Marie");
        Document doc = parsed
                .withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", 0, 2, "Le", null, "t0")))
                .withQuotes(List.of(new Quote("q1", Quote.QuoteKind.INDIRECT, TextSpan.of(text, 0, text.length() - 2),
                        null, new SourceRef(hier, hier + 5, "Marie", "m1", null), List.of())))
                .withEntities(parsed.mentions(), List.of(new Entity("e7", EntityType.PERSON, "Marie", List.of("m1"),
                        List.of(), null)));
        Event e = only(FRENCH.apply(doc));
        assertThat(e.time()).isEqualTo("2024-05-01");
        assertThat(e.sources()).extracting(SourceRef::text).containsExactly("Marie");
        assertThat(e.arguments()).filteredOn(a -> a.role().equals("Buyer")).extracting(Event.Argument::entity)
                .containsExactly("e7");
    }

    @Test
    void shouldLeaveTimeSourceAndEntityEmptyWithoutThoseLayers() {
        Event e = only(FRENCH.apply(new ParsedText().sentence(GIFT).document("fr")));
        assertThat(e.time()).isNull();
        assertThat(e.sources()).isEmpty();
        assertThat(e.arguments()).allSatisfy(a -> assertThat(a.entity()).isNull());
    }

    @Test
    void shouldExtractEnglishArrestWithCountedPersonAndPlace() {
        Event e = only(new EventExtractor("en").apply(new ParsedText().sentence("Police/NOUN/2/nsubj arrested/VERB/0/root "
                + "two/NUM/4/nummod men/NOUN/2/dobj in/ADP/6/case Paris/PROPN/2/nmod/LOC ./PUNCT/2/punct").document("en")));
        assertThat(e.type()).isEqualTo("Justice.Arrest-Jail");
        assertThat(fillers(e, "Agent")).containsExactly("Police");
        assertThat(fillers(e, "Person")).containsExactly("two men");
        assertThat(fillers(e, "Place")).containsExactly("Paris");
    }

    @Test
    void shouldFindNoEventInSentenceWithoutTrigger() {
        Document doc = FRENCH.apply(new ParsedText().sentence("Le/DET/2/det ciel/NOUN/3/nsubj est/AUX/3/cop "
                + "bleu/ADJ/0/root ./PUNCT/3/punct").document("fr"));
        assertThat(doc.events()).isEmpty();
        assertThat(doc.has(Layer.EVENTS)).isTrue();
    }

    @Test
    void shouldAskForParseOnlyOfSentencesWithTriggerWords() {
        Document withTrigger = new ParsedText().sentence(KILLED).document("fr");
        Document without = new ParsedText().sentence("Le/DET/2/det ciel/NOUN/3/nsubj est/AUX/3/cop bleu/ADJ/0/root")
                .document("fr");
        assertThat(FRENCH.needsParse(withTrigger.tokens())).isTrue();
        assertThat(FRENCH.needsParse(without.tokens())).isFalse();
    }

    @Test
    void shouldNotTakeATallyOfTheDeadForADeathEvenWhenLemmatised() {
        // the gold conventions count "fait cinq morts" as a death mention, but a tally brought "à 86 morts" is no
        // mention; with a lemmatiser the plural's lemma is "mort", still no event
        Document parsed = new ParsedText().sentence("Le/DET/2/det bilan/NOUN/4/nsubj s'/PRON/4/expl:pv élève/VERB/0/root "
                + "à/ADP/7/case 86/NUM/7/nummod morts/NOUN/4/obl ./PUNCT/4/punct").document("fr");
        List<org.depeche.model.Token> lemmatised = parsed.tokens().stream()
                .map(t -> new org.depeche.model.Token(t.index(), t.sentence(), t.text(), t.start(), t.end(), t.surface(),
                        t.pos(), t.text().equals("morts") ? "mort" : t.text().toLowerCase(java.util.Locale.ROOT),
                        t.head(), t.deprel(), t.ner()))
                .toList();
        Document doc = parsed.withAnalysis(Set.of(Layer.LEMMA), parsed.sentences(), lemmatised, parsed.mentions());
        assertThat(FRENCH.apply(doc).events()).isEmpty();
    }

    @Test
    void shouldMatchAnInflectedFormThroughItsLemma() {
        // a form the inflection rules do not generate (1st person plural) is found through its lemma
        Document parsed = new ParsedText().sentence("Nous/PRON/2/nsubj attaquons/VERB/0/root "
                + "le/DET/4/det palais/NOUN/2/obj ./PUNCT/2/punct").document("fr");
        List<org.depeche.model.Token> lemmatised = parsed.tokens().stream()
                .map(t -> new org.depeche.model.Token(t.index(), t.sentence(), t.text(), t.start(), t.end(), t.surface(),
                        t.pos(), t.text().equals("attaquons") ? "attaquer" : null, t.head(), t.deprel(), t.ner()))
                .toList();
        Document doc = parsed.withAnalysis(Set.of(Layer.LEMMA), parsed.sentences(), lemmatised, parsed.mentions());
        Event e = only(FRENCH.apply(doc));
        assertThat(e.type()).isEqualTo("Conflict.Attack");
        assertThat(fillers(e, "Target")).containsExactly("le palais");
    }

    @Test
    void shouldSurviveAMalformedParseWithACycle() {
        // offert → chevaux → des → offert: not a tree; the stage must still return
        Document doc = new ParsedText().sentence("Le/DET/2/det ministre/NOUN/4/nsubj a/AUX/4/aux offert/VERB/5/root "
                + "des/DET/6/det chevaux/NOUN/4/obj ./PUNCT/4/punct").document("fr");
        assertThat(FRENCH.apply(doc).events()).hasSize(1);
    }

    @Test
    void shouldDateAnEventByTheMeetingThatFramesIt() {
        // "Mercredi, le roi a rencontré le ministre. Pendant cette rencontre, aucun accord ne fut signé."
        Document parsed = new ParsedText()
                .sentence("Mercredi/NOUN/5/obl:mod le/DET/3/det roi/NOUN/5/nsubj a/AUX/5/aux rencontré/VERB/0/root "
                        + "le/DET/7/det ministre/NOUN/5/obj ./PUNCT/5/punct")
                .sentence("Aucun/DET/2/det accord/NOUN/6/nsubj:pass n'/ADV/6/advmod a/AUX/6/aux été/AUX/6/aux:pass "
                        + "signé/VERB/0/root lors/ADV/10/case de/ADP/8/fixed cette/DET/10/det rencontre/NOUN/6/obl "
                        + "./PUNCT/6/punct")
                .document("fr");
        Document doc = parsed.withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", 0, 8,
                "Mercredi", null, "t0")));
        List<Event> events = FRENCH.apply(doc).events();
        Event accord = events.stream().filter(e -> e.type().equals("Contact.Agreement")).findFirst().orElseThrow();
        assertThat(accord.polarity()).isEqualTo(Event.Polarity.NEGATIVE);
        assertThat(accord.time()).isEqualTo("2024-05-01");
        Event meeting = events.stream().filter(e -> e.trigger().text().equals("rencontre")).findFirst().orElseThrow();
        assertThat(meeting.coreferent()).isNotEmpty();
    }
    /** "La Chine exporte . Mercredi, Poutine a rencontré Xi à Moscou . Pendant cette rencontre, aucun accord ne fut signé ." */
    private static Document summit(List<String> xiTitles) {
        Document parsed = new ParsedText()
                .sentence("La/DET/2/det Chine/PROPN/3/nsubj/LOC exporte/VERB/0/root ./PUNCT/3/punct")
                .sentence("Mercredi/NOUN/3/obl:mod Poutine/PROPN/3/nsubj/PER rencontré/VERB/0/root Xi/PROPN/3/obj/PER "
                        + "à/ADP/6/case Moscou/PROPN/3/obl/LOC ./PUNCT/3/punct")
                .sentence("Aucun/DET/2/det accord/NOUN/6/nsubj:pass n'/ADV/6/advmod a/AUX/6/aux été/AUX/6/aux:pass "
                        + "signé/VERB/0/root lors/ADV/10/case de/ADP/8/fixed cette/DET/10/det rencontre/NOUN/6/obl "
                        + "./PUNCT/6/punct")
                .document("fr");
        int mercredi = parsed.text().indexOf("Mercredi");
        return parsed
                .withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", mercredi, mercredi + 8,
                        "Mercredi", null, "t0")))
                .withEntities(parsed.mentions(), List.of(
                        new Entity("e1", EntityType.LOCATION, "Chine", List.of("m1"), List.of(), null),
                        new Entity("e2", EntityType.PERSON, "Poutine", List.of("m2"), List.of("président russe"), null),
                        new Entity("e3", EntityType.PERSON, "Xi", List.of("m3"), xiTitles, null),
                        new Entity("e4", EntityType.LOCATION, "Moscou", List.of("m4"), List.of(), null)));
    }

    @Test
    void shouldNameTheCountriesOfTheMeetingParticipantsAsPartiesOfAnAgreementItFrames() {
        Event accord = FRENCH.apply(summit(List.of("président chinois"))).events().stream()
                .filter(e -> e.type().equals("Contact.Agreement")).findFirst().orElseThrow();
        assertThat(fillers(accord, "Entity")).containsExactlyInAnyOrder("Moscou", "Chine");
        assertThat(accord.arguments()).filteredOn(a -> a.role().equals("Entity")).extracting(Event.Argument::entity)
                .containsExactlyInAnyOrder("e4", "e1");
    }

    @Test
    void shouldNotNamePartiesWhenTheParticipantsCountriesAreUnknown() {
        Event accord = FRENCH.apply(summit(List.of("dirigeant"))).events().stream()
                .filter(e -> e.type().equals("Contact.Agreement")).findFirst().orElseThrow();
        assertThat(fillers(accord, "Entity")).isEmpty();
    }

    /** "La Russie exporte . Le pays attend des livraisons d'obus ADJ dont Kiev a NOUN ." */
    private static Document deliveries(String adjective, String noun) {
        Document parsed = new ParsedText()
                .sentence("La/DET/2/det Russie/PROPN/3/nsubj/LOC exporte/VERB/0/root ./PUNCT/3/punct")
                .sentence("Le/DET/2/det pays/NOUN/3/nsubj attend/VERB/0/root des/DET/5/det livraisons/NOUN/3/obj "
                        + "d'/ADP/7/case obus/NOUN/5/nmod " + adjective + "/ADJ/7/amod dont/PRON/10/nmod "
                        + "Kiev/PROPN/11/nsubj/LOC a/VERB/5/acl:relcl " + noun + "/NOUN/11/obj ./PUNCT/3/punct")
                .document("fr");
        return parsed.withEntities(parsed.mentions(), List.of(
                new Entity("e1", EntityType.LOCATION, "Russie", List.of("m1"), List.of(), null),
                new Entity("e2", EntityType.LOCATION, "Kiev", List.of("m2"), List.of(), null)));
    }

    @Test
    void shouldTakeTheSellerFromADemonymOnTheItemsAndTheBuyerFromWhoNeedsThem() {
        Event e = byTrigger(FRENCH.apply(deliveries("russes", "besoin")), "livraisons");
        assertThat(fillers(e, "Seller")).containsExactly("Russie");
        assertThat(fillers(e, "Buyer")).containsExactly("Kiev");
    }

    @Test
    void shouldNotGuessSellerOrBuyerWithoutADemonymOrAClauseOfNeed() {
        Event e = byTrigger(FRENCH.apply(deliveries("lourds", "peur")), "livraisons");
        assertThat(fillers(e, "Seller")).isEmpty();
        assertThat(fillers(e, "Buyer")).isEmpty();
    }

    @Test
    void shouldTakeThePlaceNamedInTheGiversOfficeWhenTheEventNamesNone() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Le/DET/2/det maire/NOUN/6/nsubj de/ADP/4/case "
                + "Lyon/PROPN/2/nmod/LOC a/AUX/6/aux offert/VERB/0/root un/DET/8/det livre/NOUN/6/obj à/ADP/10/case "
                + "Marie/PROPN/6/obl/PER ./PUNCT/6/punct").document("fr")));
        assertThat(fillers(e, "Place")).containsExactly("Lyon");
    }

    @Test
    void shouldNotTakeAPlaceFromADescriptionThatHoldsNone() {
        Event e = only(FRENCH.apply(new ParsedText().sentence("Le/DET/2/det dirigeant/NOUN/6/nsubj de/ADP/4/case "
                + "Lyon/PROPN/2/nmod/LOC a/AUX/6/aux offert/VERB/0/root un/DET/8/det livre/NOUN/6/obj à/ADP/10/case "
                + "Marie/PROPN/6/obl/PER ./PUNCT/6/punct").document("fr")));
        assertThat(fillers(e, "Place")).isEmpty();
    }

    private static Event byTrigger(Document doc, String trigger) {
        return doc.events().stream().filter(e -> e.trigger().text().endsWith(trigger)).findFirst().orElseThrow();
    }

    @Test
    void shouldTakeTheSpeakerOfAPostPosedCueAsSourceOfEventsOutsideTheQuoteMarks() {
        // "La mairie a offert à Paul un vélo « rouge » , a annoncé la préfecture ."
        Document parsed = new ParsedText().sentence("La/DET/2/det mairie/NOUN/4/nsubj a/AUX/4/aux offert/VERB/0/root "
                + "à/ADP/6/case Paul/PROPN/4/obl/PER un/DET/8/det vélo/NOUN/4/obj «/PUNCT/10/punct rouge/ADJ/8/amod "
                + "»/PUNCT/10/punct ,/PUNCT/4/punct a/AUX/15/aux annoncé/VERB/4/advcl la/DET/17/det "
                + "préfecture/NOUN/15/obj ./PUNCT/4/punct").document("fr");
        String text = parsed.text();
        int rouge = text.indexOf("rouge");
        int cue = text.indexOf("a annoncé");
        int speaker = text.indexOf("la préfecture");
        Document doc = parsed.withQuotes(List.of(new Quote("q1", Quote.QuoteKind.DIRECT, TextSpan.of(text, rouge, rouge + 5),
                new Quote.Cue(cue, cue + 9, "a annoncé", "annoncer"),
                new SourceRef(speaker, speaker + 13, "la préfecture", null, null), List.of())));
        Event e = only(FRENCH.apply(doc));
        assertThat(e.sources()).extracting(SourceRef::text).containsExactly("la préfecture");
    }

    @Test
    void shouldNotTakeTheSpeakerOfAReportInAnotherSentence() {
        Document parsed = new ParsedText().sentence(GIFT)
                .sentence("«/PUNCT/2/punct Bravo/INTJ/5/ccomp »/PUNCT/2/punct ,/PUNCT/5/punct dit/VERB/0/root "
                        + "Jeanne/PROPN/5/nsubj/PER ./PUNCT/5/punct")
                .document("fr");
        String text = parsed.text();
        int bravo = text.indexOf("Bravo");
        int cue = text.indexOf("dit");
        int speaker = text.indexOf("Jeanne");
        Document doc = parsed.withQuotes(List.of(new Quote("q1", Quote.QuoteKind.DIRECT, TextSpan.of(text, bravo, bravo + 5),
                new Quote.Cue(cue, cue + 3, "dit", "dire"), new SourceRef(speaker, speaker + 6, "Jeanne", null, null),
                List.of())));
        assertThat(only(FRENCH.apply(doc)).sources()).isEmpty();
    }

    @Test
    void shouldDateAndPlaceAnEventByTheEventAnAnaphoricVisitRefersTo() {
        // "Hier , Paul a rencontré des élèves à Lyon . Lors de cette visite , Paul a reçu un livre ."
        Document parsed = new ParsedText()
                .sentence("Hier/ADV/5/advmod ,/PUNCT/5/punct Paul/PROPN/5/nsubj/PER a/AUX/5/aux rencontré/VERB/0/root "
                        + "des/DET/7/det élèves/NOUN/5/obj à/ADP/9/case Lyon/PROPN/5/obl/LOC ./PUNCT/5/punct")
                .sentence("Lors/ADV/4/case de/ADP/1/fixed cette/DET/4/det visite/NOUN/8/obl ,/PUNCT/8/punct "
                        + "Paul/PROPN/8/nsubj/PER a/AUX/8/aux reçu/VERB/0/root un/DET/10/det livre/NOUN/8/obj ./PUNCT/8/punct")
                .document("fr");
        Document doc = parsed.withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", 0, 4, "Hier",
                null, "t0")));
        Event gift = byTrigger(FRENCH.apply(doc), "a reçu");
        assertThat(gift.time()).isEqualTo("2024-05-01");
        assertThat(fillers(gift, "Place")).containsExactly("Lyon");
    }

    @Test
    void shouldCarryTheTimeOfThePreviousSentenceToAnUndatedEvent() {
        // "Hier , Paul a rencontré Marie . Ensuite , Paul a quitté Lyon ."
        Document parsed = new ParsedText()
                .sentence("Hier/ADV/5/advmod ,/PUNCT/5/punct Paul/PROPN/5/nsubj/PER a/AUX/5/aux rencontré/VERB/0/root "
                        + "Marie/PROPN/5/obj/PER ./PUNCT/5/punct")
                .sentence("Ensuite/ADV/5/advmod ,/PUNCT/5/punct Paul/PROPN/5/nsubj/PER a/AUX/5/aux quitté/VERB/0/root "
                        + "Lyon/PROPN/5/obj/LOC ./PUNCT/5/punct")
                .document("fr");
        Document doc = parsed.withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", 0, 4, "Hier",
                null, "t0")));
        assertThat(byTrigger(FRENCH.apply(doc), "a quitté").time()).isEqualTo("2024-05-01");
    }

    @Test
    void shouldNotCarryTimeAcrossASentenceWithoutEvent() {
        // "Hier , Paul a rencontré Marie . Le ciel est bleu . Paul a quitté Lyon ."
        Document parsed = new ParsedText()
                .sentence("Hier/ADV/5/advmod ,/PUNCT/5/punct Paul/PROPN/5/nsubj/PER a/AUX/5/aux rencontré/VERB/0/root "
                        + "Marie/PROPN/5/obj/PER ./PUNCT/5/punct")
                .sentence("Le/DET/2/det ciel/NOUN/4/nsubj est/AUX/4/cop bleu/ADJ/0/root ./PUNCT/4/punct")
                .sentence("Paul/PROPN/3/nsubj/PER a/AUX/3/aux quitté/VERB/0/root Lyon/PROPN/3/obj/LOC ./PUNCT/3/punct")
                .document("fr");
        Document doc = parsed.withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-05-01", 0, 4, "Hier",
                null, "t0")));
        assertThat(byTrigger(FRENCH.apply(doc), "a quitté").time()).isNull();
    }

    /** "Paul et Marie se sont vus . Les deux amis ont rencontré le maire ." with Paul, Marie and the group as entities. */
    private static Document groupStory(String secondSentence) {
        Document parsed = new ParsedText()
                .sentence("Paul/PROPN/5/nsubj/PER et/CCONJ/3/cc Marie/PROPN/1/conj/PER se/PRON/5/expl vus/VERB/0/root "
                        + "./PUNCT/5/punct")
                .sentence(secondSentence)
                .document("fr");
        return parsed.withEntities(parsed.mentions(), List.of(
                new Entity("e1", EntityType.PERSON, "Paul", List.of("m1"), List.of(), null),
                new Entity("e2", EntityType.PERSON, "Marie", List.of("m2"), List.of(), null),
                new Entity("e3", EntityType.PERSON, "amis", List.of("m3"), List.of(), null)));
    }

    @Test
    void shouldExpandAGroupMentionIntoThePersonsJustNamed() {
        Document doc = groupStory("Les/DET/3/det deux/NUM/3/nummod amis/NOUN/5/nsubj/PER ont/AUX/5/aux "
                + "rencontré/VERB/0/root le/DET/7/det maire/NOUN/5/obj ./PUNCT/5/punct");
        Event meeting = only(FRENCH.apply(doc));
        assertThat(fillers(meeting, "Entity")).containsExactlyInAnyOrder("Paul", "Marie", "le maire");
        assertThat(meeting.arguments()).filteredOn(a -> a.role().equals("Entity")).extracting(Event.Argument::entity)
                .contains("e1", "e2");
    }

    @Test
    void shouldKeepAGroupMentionWhenFewerPersonsWereNamed() {
        Document doc = groupStory("Les/DET/3/det trois/NUM/3/nummod amis/NOUN/5/nsubj/PER ont/AUX/5/aux "
                + "rencontré/VERB/0/root le/DET/7/det maire/NOUN/5/obj ./PUNCT/5/punct");
        assertThat(fillers(only(FRENCH.apply(doc)), "Entity")).containsExactlyInAnyOrder("Les trois amis", "le maire");
    }

    @Test
    void shouldMakeEachGiverOfAMutualGiftAlsoARecipient() {
        Document doc = FRENCH.apply(new ParsedText().sentence("Paul/PROPN/6/nsubj/PER et/CCONJ/3/cc Marie/PROPN/1/conj/PER "
                + "se/PRON/6/expl sont/AUX/6/aux offert/VERB/0/root mutuellement/ADV/6/advmod des/DET/9/det "
                + "fleurs/NOUN/6/obj ./PUNCT/6/punct").document("fr"));
        Event gift = only(doc);
        assertThat(fillers(gift, "Seller")).containsExactlyInAnyOrder("Paul", "Marie");
        assertThat(fillers(gift, "Buyer")).containsExactlyInAnyOrder("Paul", "Marie");
        Event plain = only(FRENCH.apply(new ParsedText().sentence(GIFT).document("fr")));
        assertThat(fillers(plain, "Buyer")).containsExactly("Marie");
    }

    @Test
    void shouldTakeAnObjectTheParserHungOnAParticipleAsTheOrigin() {
        // "Le roi a quitté à bord de son avion blindé la capitale ."
        Event e = only(FRENCH.apply(new ParsedText().sentence("Le/DET/2/det roi/NOUN/4/nsubj a/AUX/4/aux quitté/VERB/0/root "
                + "à/ADP/6/case bord/NOUN/4/obl de/ADP/9/case son/DET/9/det avion/NOUN/6/nmod blindé/VERB/9/acl "
                + "la/DET/12/det capitale/NOUN/10/obj ./PUNCT/4/punct").document("fr")));
        assertThat(e.type()).isEqualTo("Movement.Transport");
        assertThat(fillers(e, "Origin")).containsExactly("la capitale");
        assertThat(fillers(e, "Vehicle")).containsExactly("son avion blindé");
    }
    @Test
    void shouldNotLinkADemonstrativeMentionToAnEventNamedOnlyAfterIt() {
        // "Lors de cette visite , Paul a reçu un livre . Paul s' est rendu à Lyon ."
        Document doc = FRENCH.apply(new ParsedText()
                .sentence("Lors/ADV/4/case de/ADP/1/fixed cette/DET/4/det visite/NOUN/8/obl ,/PUNCT/8/punct "
                        + "Paul/PROPN/8/nsubj/PER a/AUX/8/aux reçu/VERB/0/root un/DET/10/det livre/NOUN/8/obj ./PUNCT/8/punct")
                .sentence("Paul/PROPN/4/nsubj/PER s'/PRON/4/expl est/AUX/4/aux rendu/VERB/0/root à/ADP/6/case "
                        + "Lyon/PROPN/4/obl/LOC ./PUNCT/4/punct")
                .document("fr"));
        assertThat(byTrigger(doc, "visite").coreferent()).isEmpty();
        assertThat(byTrigger(doc, "rendu").coreferent()).isEmpty();
    }
    @Test
    void shouldKeepOneDestinationPerMovementButAllItsConjuncts() {
        // "Paul s' est rendu à Lyon , assistant à un concert ."
        Event trip = only(FRENCH.apply(new ParsedText().sentence("Paul/PROPN/4/nsubj/PER s'/PRON/4/expl est/AUX/4/aux "
                + "rendu/VERB/0/root à/ADP/6/case Lyon/PROPN/4/obl/LOC ,/PUNCT/4/punct assistant/NOUN/4/obj "
                + "à/ADP/11/case un/DET/11/det concert/NOUN/4/obl ./PUNCT/4/punct").document("fr")));
        assertThat(fillers(trip, "Destination")).containsExactly("Lyon");
        // "Paul s' est rendu à Lyon et à Dijon ."
        Event tour = only(FRENCH.apply(new ParsedText().sentence("Paul/PROPN/4/nsubj/PER s'/PRON/4/expl est/AUX/4/aux "
                + "rendu/VERB/0/root à/ADP/6/case Lyon/PROPN/4/obl/LOC et/CCONJ/9/cc à/ADP/9/case "
                + "Dijon/PROPN/6/conj/LOC ./PUNCT/4/punct").document("fr")));
        assertThat(fillers(tour, "Destination")).containsExactly("Lyon", "Dijon");
    }
    @Test
    void shouldReadAnIndefiniteConjunctUnderADefiniteNounAsAnotherItem() {
        // "La mairie a offert un vélo pour les enfants et des livres ." / "… et les parents ."
        String gift = "La/DET/2/det mairie/NOUN/4/nsubj a/AUX/4/aux offert/VERB/0/root un/DET/6/det vélo/NOUN/4/obj "
                + "pour/ADP/9/case les/DET/9/det enfants/NOUN/6/nmod et/CCONJ/12/cc %s/DET/12/det %s/NOUN/9/conj "
                + "./PUNCT/4/punct";
        Event books = only(FRENCH.apply(new ParsedText().sentence(String.format(gift, "des", "livres")).document("fr")));
        assertThat(fillers(books, "Artifact")).containsExactly("un vélo pour les enfants", "des livres");
        Event parents = only(FRENCH.apply(new ParsedText().sentence(String.format(gift, "les", "parents")).document("fr")));
        assertThat(fillers(parents, "Artifact")).containsExactly("un vélo pour les enfants");
    }
}
