package org.depeche.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depeche.eval.EvaluationReport;
import org.depeche.eval.Prf;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;
import org.depeche.testsupport.DocumentInvariants;

/**
 * Events through the real French pipeline: the seed story of {@code shared/examples} and the
 * score on {@code shared/eval/gold} (a regression guard on the acceptance bar).
 */
class EventsIT {

    private static Document seed;

    @BeforeAll
    static void analyseSeedStory() throws IOException {
        Path txt = SharedData.path("examples/kim-vladivostok.fr.txt");
        Document doc = Document.of("kim", "fr", LocalDate.of(2023, 9, 18), DocumentMeta.of(txt.toString()),
                Files.readString(txt, StandardCharsets.UTF_8));
        AnalysisResult r = Analyzer.standard().analyze(doc);
        assertThat(r).isInstanceOf(AnalysisResult.Analyzed.class);
        seed = ((AnalysisResult.Analyzed) r).document();
        DocumentInvariants.assertHolds(seed);
    }

    private static List<Event> events(String type, String triggerWord) {
        return seed.events().stream().filter(e -> e.type().equals(type) && e.trigger().text().contains(triggerWord))
                .toList();
    }

    private static List<String> fillers(Event e, String role) {
        return e.arguments().stream().filter(a -> a.role().equals(role)).map(a -> a.filler().text()).toList();
    }

    @Test
    void shouldFindTheDroneGiftWithGiverRecipientAndCountedItemsAndLinkItsTwoReports() {
        List<Event> gifts = events("Transaction.Transfer-Ownership", "reçu");
        assertThat(gifts).hasSizeGreaterThanOrEqualTo(2);
        Event first = gifts.get(0);
        assertThat(fillers(first, "Buyer")).anySatisfy(f -> assertThat(f).contains("Kim Jong Un"));
        assertThat(fillers(first, "Seller")).anySatisfy(f -> assertThat(f).contains("gouverneur"));
        assertThat(first.arguments()).anySatisfy(a -> {
            assertThat(a.role()).isEqualTo("Artifact");
            assertThat(a.filler().text()).contains("drones");
            assertThat(a.quantity()).isEqualTo(5);
        });
        assertThat(first.coreferent()).contains(gifts.get(1).id());
        assertThat(fillers(first, "Place")).containsExactly("Primorye");
    }

    @Test
    void shouldNameTheTwoCountriesAsPartiesOfTheDeniedAgreementAndTheArmsTrade() {
        Event denied = events("Contact.Agreement", "accord").stream()
                .filter(e -> e.polarity() == Event.Polarity.NEGATIVE).findFirst().orElseThrow();
        assertThat(fillers(denied, "Entity")).hasSize(2)
                .anySatisfy(f -> assertThat(f).containsAnyOf("Russie", "Moscou", "Kremlin"))
                .anySatisfy(f -> assertThat(f).containsAnyOf("Corée", "RPDC", "Pyongyang"));
        Event deliveries = events("Transaction.Transfer-Ownership", "livraisons").get(0);
        assertThat(fillers(deliveries, "Seller")).singleElement().satisfies(f -> assertThat(f).containsAnyOf("Corée", "RPDC", "Pyongyang"));
        assertThat(fillers(deliveries, "Buyer")).containsExactly("Moscou");
    }

    @Test
    void shouldReadTheDeniedAgreementAsNegativeAndThePossibleOneAsOther() {
        List<Event> accords = events("Contact.Agreement", "accord");
        assertThat(accords).anySatisfy(e -> assertThat(e.polarity()).isEqualTo(Event.Polarity.NEGATIVE));
        assertThat(accords).anySatisfy(e -> assertThat(e.modality()).isEqualTo(Event.Modality.OTHER));
    }

    @Test
    void shouldFindTheDepartureByArmouredTrain() {
        Event leave = events("Movement.Transport", "quitté").get(0);
        assertThat(fillers(leave, "Artifact")).anySatisfy(f -> assertThat(f).contains("Kim Jong Un"));
        assertThat(fillers(leave, "Vehicle")).anySatisfy(f -> assertThat(f).contains("train blindé"));
        assertThat(fillers(leave, "Destination")).anySatisfy(f -> assertThat(f).contains("frontière"));
    }

    private static List<String> sources(Event e) {
        return e.sources().stream().map(org.depeche.model.SourceRef::text).toList();
    }

    @Test
    void shouldAttributeTheGiftReportedOutsideItsQuoteMarksToTheRegionalServicesAndLinkItToTheDroneGift() {
        Event kit = events("Transaction.Transfer-Ownership", "offert").stream()
                .filter(e -> fillers(e, "Seller").stream().anyMatch(f -> f.contains("gouverneur"))).findFirst().orElseThrow();
        assertThat(sources(kit)).anySatisfy(s -> assertThat(s).contains("services régionaux"));
        assertThat(fillers(kit, "Buyer")).anySatisfy(f -> assertThat(f).contains("Kim"));
        assertThat(fillers(kit, "Artifact")).anySatisfy(f -> assertThat(f).contains("protection pare-balles"))
                .anySatisfy(f -> assertThat(f).contains("vêtements spéciaux"));
        Event drones = events("Transaction.Transfer-Ownership", "reçu").get(0);
        assertThat(drones.coreferent()).contains(kit.id());
        assertThat(sources(drones)).anySatisfy(s -> assertThat(s).contains("TASS"));
        assertThat(drones.time()).isEqualTo("2023-09-17");
    }

    @Test
    void shouldDateAndPlaceThePaintingGiftByTheVisitItHappenedDuring() {
        Event painting = events("Transaction.Transfer-Ownership", "reçu").stream()
                .filter(e -> fillers(e, "Artifact").stream().anyMatch(f -> f.contains("peinture"))).findFirst().orElseThrow();
        assertThat(fillers(painting, "Seller")).anySatisfy(f -> assertThat(f).contains("Alexandre Kozlov"));
        assertThat(fillers(painting, "Buyer")).anySatisfy(f -> assertThat(f).contains("Kim"));
        assertThat(painting.time()).isEqualTo("2023-09-17");
        assertThat(fillers(painting, "Place")).anySatisfy(f -> assertThat(f).contains("Vladivostok"));
        assertThat(painting.polarity()).isEqualTo(Event.Polarity.POSITIVE);
        assertThat(painting.modality()).isEqualTo(Event.Modality.ASSERTED);
    }

    @Test
    void shouldGiveBothLeadersAsGiversAndRecipientsOfTheRifles() {
        Event rifles = events("Transaction.Transfer-Ownership", "offert").stream()
                .filter(e -> fillers(e, "Artifact").stream().anyMatch(f -> f.contains("fusil"))).findFirst().orElseThrow();
        for (String role : List.of("Seller", "Buyer")) {
            assertThat(fillers(rifles, role)).anySatisfy(f -> assertThat(f).contains("Poutine"));
            assertThat(fillers(rifles, role)).anySatisfy(f -> assertThat(f).contains("Kim"));
        }
        assertThat(rifles.time()).isEqualTo("2023-09-13");
        assertThat(fillers(rifles, "Place")).anySatisfy(f -> assertThat(f).contains("Vostotchny"));
    }

    @Test
    void shouldFindBothMeetingsWithTheirParticipantsPlacesAndDates() {
        Event summit = events("Contact.Meet", "échange").get(0);
        assertThat(fillers(summit, "Entity")).anySatisfy(f -> assertThat(f).contains("Poutine"));
        assertThat(fillers(summit, "Entity")).anySatisfy(f -> assertThat(f).contains("Kim"));
        assertThat(fillers(summit, "Place")).anySatisfy(f -> assertThat(f).contains("Vostotchny"));
        assertThat(summit.time()).isEqualTo("2023-09-13");
        Event students = events("Contact.Meet", "rencontré").get(0);
        assertThat(fillers(students, "Entity")).anySatisfy(f -> assertThat(f).contains("étudiants nord-coréens"));
        assertThat(fillers(students, "Place")).anySatisfy(f -> assertThat(f).contains("Vladivostok"));
        assertThat(students.time()).isEqualTo("2023-09-17");
    }

    @Test
    void shouldDateTheOceanariumVisitByTheDayTheStoryTells() {
        Event visit = events("Movement.Transport", "rendu").get(0);
        assertThat(fillers(visit, "Artifact")).anySatisfy(f -> assertThat(f).contains("Kim"));
        assertThat(fillers(visit, "Destination")).anySatisfy(f -> assertThat(f).contains("océanarium"));
        assertThat(visit.time()).isEqualTo("2023-09-17");
    }

    @Test
    void shouldGiveTheDepartureItsOriginDateAndReportingAgencies() {
        Event leave = events("Movement.Transport", "quitté").get(0);
        assertThat(fillers(leave, "Origin")).anySatisfy(f -> assertThat(f).contains("Extrême-Orient russe"));
        assertThat(leave.time()).isEqualTo("2023-09-17");
        assertThat(sources(leave)).anySatisfy(s -> assertThat(s).contains("agences de presse russes"));
    }

    @Test
    void shouldDateAndPlaceTheDeniedAgreementByTheMeetingItRefersTo() {
        Event denied = events("Contact.Agreement", "accord").stream()
                .filter(e -> e.polarity() == Event.Polarity.NEGATIVE).findFirst().orElseThrow();
        assertThat(sources(denied)).anySatisfy(s -> assertThat(s).contains("Kremlin"));
        assertThat(denied.time()).isEqualTo("2023-09-13");
        assertThat(fillers(denied, "Place")).anySatisfy(f -> assertThat(f).contains("Vostotchny"));
        Event possible = events("Contact.Agreement", "accord").stream()
                .filter(e -> e.modality() == Event.Modality.OTHER).findFirst().orElseThrow();
        assertThat(sources(possible)).anySatisfy(s -> assertThat(s).contains("coalition"));
    }

    @Test
    void shouldMeetTheAcceptanceBarOnTheGoldFolder() {
        EvaluationReport r = EventEvaluation.run(SharedData.path("eval/gold"), null, 2, x -> { });
        assertThat(r.failed()).isZero();
        assertThat(((Prf) r.metrics().get("trigger_classification")).f1()).isGreaterThanOrEqualTo(0.70);
        assertThat(((Prf) r.metrics().get("arguments")).f1()).isGreaterThanOrEqualTo(0.50);
    }
}
