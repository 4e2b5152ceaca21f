package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depeche.extract.time.TimeAssertions.extract;
import static org.depeche.extract.time.TimeAssertions.find;

import java.time.LocalDate;
import org.depeche.model.Document;
import org.depeche.model.Layer;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTimeExtractorTest {

    private static void assertTimex(String dct, String text, String span, String type, String value) {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse(dct), text);
        TimeExpression t = find(doc, span);
        assertThat(t.type()).as(span).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).as(span).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-01 | Le maire est arrivé hier au conseil.                 | hier             | DATE | 2023-12-31
            2024-03-01 | Il partira après-demain pour Lyon.                    | après-demain     | DATE | 2024-03-03
            2023-09-18 | Les cours ont chuté avant-hier.                       | avant-hier       | DATE | 2023-09-16
            2023-09-18 | La séance reprend aujourd'hui à Paris.                | aujourd'hui      | DATE | 2023-09-18
            2024-01-01 | Il a parlé hier soir devant les députés.              | hier soir        | TIME | 2023-12-31TEV
            2024-05-10 | Le train est reparti demain matin, dit-on.            | demain matin     | TIME | 2024-05-11TMO
            2024-05-10 | Nous le verrons ce soir à la mairie.                  | ce soir          | TIME | 2024-05-10TEV
            """)
    void resolvesDaysNamedFromThePublicationDate(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-10 | Le congrès s'ouvre le 3 mars 2025 à Lille.            | le 3 mars 2025      | DATE | 2025-03-03
            2024-06-10 | Elle est née le 1er mai 1962 dans la Meuse.           | le 1er mai 1962     | DATE | 1962-05-01
            2024-06-10 | Le vote a eu lieu le 2 juin devant la presse.         | le 2 juin           | DATE | 2024-06-02
            2024-01-05 | Le vote a eu lieu le 28 décembre devant la presse.    | le 28 décembre      | DATE | 2023-12-28
            2023-12-20 | La fête aura lieu le 3 janvier dans la salle.         | le 3 janvier        | DATE | 2024-01-03
            2024-01-10 | Il reprendra son poste mardi 10 décembre à Metz.      | mardi 10 décembre   | DATE | 2024-12-10
            2024-06-10 | Les chiffres de août 2001 étaient meilleurs.          | août 2001           | DATE | 2001-08
            2024-06-10 | La loi sera votée fin septembre 2025 au Sénat.        | fin septembre 2025  | DATE | 2025-09
            2024-06-10 | Le chantier commencera mi-mars 2025 selon le maire.   | mi-mars 2025        | DATE | 2025-03
            2024-06-10 | Tout a changé début 2024 pour la ville.               | début 2024          | DATE | 2024
            2024-06-10 | Le site a fermé en 1998 après un incendie.            | 1998                | DATE | 1998
            2024-06-10 | La ville compte 2003 habitants depuis le recensement. | 2003                | NONE | -
            2024-06-10 | Le club a été fondé au début des années 60 en Alsace. | début des années 60 | DATE | 196X
            2024-06-10 | Le réseau date de la fin du XIXe siècle à Nancy.      | la fin du XIXe siècle | DATE | 18XX
            2024-06-10 | Le contrat a été signé le 12/03/2021 à Paris.         | 12/03/2021          | DATE | 2021-03-12
            2024-06-10 | Les fêtes auront lieu les 14 et 15 septembre à Toul.  | 14                  | DATE | 2024-09-14
            2024-06-10 | Les fêtes auront lieu les 14 et 15 septembre à Toul.  | 15 septembre        | DATE | 2024-09-15
            2024-06-10 | La réunion aura lieu vendredi 14 à la mairie.         | vendredi 14         | DATE | 2024-06-14
            2024-06-10 | Le chômage a reculé au premier trimestre 2023.        | premier trimestre 2023 | DATE | 2023-Q1
            2024-06-10 | Les ventes ont chuté au second semestre de l'année dernière. | second semestre de l'année dernière | DATE | 2023-H2
            2024-06-10 | Le réseau a cédé en novembre 98 rue de Metz.          | novembre 98         | DATE | 1998-11
            2024-06-10 | La sonde est arrivée sur Mars en mars.                | Mars                | NONE | -
            2024-06-10 | Les attaques n'ont toutefois été revendiquées par personne. | été           | NONE | -
            """)
    void resolvesCalendarDates(String dct, String text, String span, String type, String value) {
        if (type.equals("NONE")) {
            Document doc = TaggedDocs.plain("fr", LocalDate.parse(dct), text);
            assertThat(extract(doc)).extracting(TimeExpression::text).doesNotContain(span);
            return;
        }
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-15 | Les prix ont baissé la semaine dernière en Lorraine.     | la semaine dernière  | DATE | 2024-W10
            2024-01-10 | Les prix ont baissé l'année dernière en Lorraine.        | l'année dernière     | DATE | 2023
            2024-01-10 | Le budget de cette année est en hausse.                  | cette année          | DATE | 2024
            2024-01-10 | Le congrès se tiendra le mois prochain à Nancy.          | le mois prochain     | DATE | 2024-02
            2024-12-20 | Le congrès se tiendra l'an prochain à Nancy.             | l'an prochain        | DATE | 2025
            2024-01-10 | Il rentrera lundi prochain de Berlin.                    | lundi prochain       | DATE | 2024-01-15
            2024-01-10 | Il est rentré mercredi dernier de Berlin.                | mercredi dernier     | DATE | 2024-01-03
            2024-02-10 | Le budget a été voté en mars dernier par le conseil.     | mars dernier         | DATE | 2023-03
            2024-02-10 | Le budget sera voté en mars prochain par le conseil.     | mars prochain        | DATE | 2024-03
            2024-02-10 | Les élus se sont réunis l'été dernier à Épinal.          | l'été dernier        | DATE | 2023-SU
            2024-02-10 | La fête revient chaque année en été dans le village.     | été                  | DATE | XXXX-SU
            """)
    void resolvesDeicticExpressions(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @Test
    void readsTheYearOfAMonthFromAYearNamedEarlierInTheSentence() {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"),
                "L'an dernier, en mars, la rivière est sortie de son lit.");
        assertThat(find(doc, "L'an dernier").value()).isEqualTo("2023");
        assertThat(find(doc, "mars").value()).isEqualTo("2023-03");
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-10 | Il a été blessé il y a deux semaines à Metz.       | il y a deux semaines  | DATE | 2024-02-25
            2024-03-10 | Le pont a cédé il y a trois ans sous la neige.      | il y a trois ans      | DATE | 2021
            2024-12-30 | Les travaux finiront dans trois jours au plus tard. | dans trois jours      | DATE | 2025-01-02
            2024-03-10 | Les travaux finiront dans six mois selon la mairie. | dans six mois         | DATE | 2024-09
            """)
    void countsFromThePublicationDate(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{1} → {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            Le chantier durera trois ans selon la mairie.                | trois ans                | P3Y    |
            Il a été libéré après douze jours de captivité.              | douze jours              | P12D   |
            Le bail des deux voisins courra plus de vingt ans.           | plus de vingt ans        | P20Y   | MORE_THAN
            Les travaux dureront environ deux mois dans la rue.          | environ deux mois        | P2M    | APPROX
            Il a été torturé pendant près de 24 heures par ses geôliers. | près de 24 heures        | PT24H  | APPROX
            Le conflit dure depuis un demi-siècle dans la région.        | un demi-siècle           | P50Y   |
            Elle vivait ici depuis plusieurs années avec sa fille.       | plusieurs années         | PXY    |
            L'ambiance était fervente ces derniers jours dans la ville.  | ces derniers jours       | PXD    |
            L'armée a mené 790 sorties ces dernières 24 heures au nord.  | ces dernières 24 heures  | PT24H  |
            Le faussaire purgera 2 ans de prison ferme à Metz.           | 2 ans                    | P2Y    |
            Il a été condamné à vingt-cinq ans de réclusion.             | vingt-cinq ans           | P25Y   |
            Le chantier a duré un an et demi dans le centre.             | un an et demi            | P1.5Y  |
            Il est resté une quinzaine de jours à l'hôpital.             | une quinzaine de jours   | P15D   |
            """)
    void measuresDurations(String text, String span, String value, String mod) {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"), text);
        TimeExpression t = find(doc, span);
        assertThat(t.type()).isEqualTo(TimexType.DURATION);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            La bibliothèque ouvre chaque lundi de l'année.            | chaque lundi       | XXXX-WXX-1
            Le marché se tient tous les mardis sur la place.          | tous les mardis    | XXXX-WXX-2
            La bibliothèque ouvre uniquement le mercredi en août.     | le mercredi        | XXXX-WXX-3
            Il achète chaque jour un journal étranger.                | chaque jour        | P1D
            Le réseau renouvelle 9 kilomètres de tuyaux tous les ans. | tous les ans       | P1Y
            Le recensement a lieu tous les deux ans dans la commune.  | tous les deux ans  | P2Y
            Le dîner annuel du club a eu lieu à Nancy.                | annuel             | P1Y
            """)
    void recognisesRecurringTimes(String text, String span, String value) {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"), text);
        TimeExpression t = find(doc, span);
        assertThat(t.type()).isEqualTo(TimexType.SET);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Les diplomates doivent maintenant trancher.                    | maintenant            | PRESENT_REF
            Aucune commune n'a pour l'instant changé ses tuyaux.           | pour l'instant        | PRESENT_REF
            Le juge a repoussé sa décision à une date ultérieure.          | une date ultérieure   | FUTURE_REF
            Aujourd'hui, ce musicien joue avec les plus grands.            | Aujourd'hui           | PRESENT_REF
            """)
    void recognisesReferencesToPresentAndFuture(String text, String span, String value) {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"), text);
        TimeExpression t = find(doc, span);
        assertThat(t.type()).isEqualTo(TimexType.TIME);
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void placesClockTimesOnTheDayNamedInTheSentence() {
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-02-22"),
                "Le/DET blessé/NOUN a/AUX été/AUX transporté/VERB à/ADP l'/DET hôpital/NOUN mardi/PROPN vers/ADP "
                        + "21/NUM h/NOUN 45/NUM ./PUNCT Il/PRON y/PRON est/AUX mort/VERB hier/ADV à/ADP 9/NUM h/NOUN "
                        + "10/NUM ./PUNCT");
        assertThat(find(doc, "21 h 45").value()).isEqualTo("2024-02-20T21:45");
        assertThat(find(doc, "9 h 10").value()).isEqualTo("2024-02-21T09:10");
        assertThat(find(doc, "21 h 45").anchor()).isEqualTo(find(doc, "mardi").id());
    }

    @Test
    void placesTheDayAfterFromTheLastDayOfTheStory() {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-04-02"),
                "Le 24 mars, elle avait passé la soirée chez un ami. Elle s'est enfuie le lendemain matin.");
        assertThat(find(doc, "Le 24 mars").value()).isEqualTo("2024-03-24");
        assertThat(find(doc, "la soirée").value()).isEqualTo("2024-03-24TEV");
        assertThat(find(doc, "le lendemain matin").value()).isEqualTo("2024-03-25TMO");
    }

    @Test
    void partsOfAPeriodCarryTheirModAndAmountsTheirs() {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-04-02"),
                "En fin d'après-midi, la crise a pris fin quelques années plus tard, après environ deux mois.");
        TimeExpression late = find(doc, "fin d'après-midi");
        assertThat(late.mod()).isEqualTo("END");
        assertThat(late.value()).isEqualTo("2024-04-02TAF");
        assertThat(find(doc, "quelques années").mod()).isNull();
        assertThat(find(doc, "environ deux mois").mod()).isEqualTo("APPROX");
    }

    @Test
    void resolvesTheNightBetweenTwoWeekdaysToTheFirst() {
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-01-04"),
                "Les/DET vols/NOUN de/ADP la/DET nuit/NOUN de/ADP lundi/PROPN à/ADP mardi/PROPN ont/AUX été/AUX "
                        + "jugés/VERB ./PUNCT");
        assertThat(find(doc, "la nuit de lundi à mardi").value()).isEqualTo("2024-01-01TNI");
    }

    @Test
    void resolvesHolidaysToTheNearestOneWithoutTense() {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-03-20"), "Les commerces ouvrent à Pâques.");
        assertThat(find(doc, "Pâques").value()).isEqualTo("2024-03-31");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Une fillette de 6 ans s'est noyée dans la piscine.
            La lycéenne, âgée de 17 ans, verra la rectrice à Metz.
            Les témoins, Paul Martin, 26 ans, et Luc Petit, 27 ans, ont parlé.
            Le projet a été abandonné par la commune.
            Les moins de 17 ans entrent gratuitement.
            Il avait 73 ans et vivait à Toul.
            Le jour de ses 24 ans, elle a gagné.
            Des marcheurs âgés de 65 à 80 ans se sont perdus.
            Les attaques ont par ailleurs été revendiquées.
            """)
    void ignoresAgesAndThePastParticipleOfEtre(String text) {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"), text);
        assertThat(extract(doc)).isEmpty();
    }

    @Test
    void bareWeekdayWithAPastTenseVerbIsThePreviousOneAcrossAMonthBoundary() {
        // 2024-03-01 is a Friday: the Wednesday before is in February (a leap year)
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-03-01"),
                "Mercredi/PROPN ,/PUNCT les/DET deux/NUM dirigeants/NOUN avaient/AUX affiché/VERB leur/DET "
                        + "proximité/NOUN ./PUNCT");
        TimeExpression t = find(doc, "Mercredi");
        assertThat(t.value()).isEqualTo("2024-02-28");
        assertThat(t.anchor()).isEqualTo("t0");
    }

    @Test
    void bareWeekdayWithAFutureTenseVerbIsTheNextOneAcrossAMonthBoundary() {
        // 2024-01-31 is a Wednesday: the coming Tuesday is in February
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-01-31"),
                "Le/DET conseil/NOUN se/PRON réunira/VERB mardi/PROPN à/ADP Nancy/PROPN ./PUNCT");
        assertThat(find(doc, "mardi").value()).isEqualTo("2024-02-06");
    }

    @Test
    void bareWeekdayWithACompoundPastAcrossAYearBoundary() {
        // 2024-01-02 is a Tuesday: the Friday before is in 2023
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-01-02"),
                "Le/DET ministre/NOUN a/AUX démissionné/VERB vendredi/PROPN ./PUNCT");
        assertThat(find(doc, "vendredi").value()).isEqualTo("2023-12-29");
    }

    @Test
    void theParseDecidesWhichVerbGovernsTheWeekday() {
        // "attend" is nearer, but the parse attaches "samedi" to "sont partis" (past)
        Document tagged = TaggedDocs.of("fr", LocalDate.parse("2024-05-15"),
                "Ils/PRON sont/AUX partis/VERB samedi/PROPN et/CCONJ on/PRON les/PRON attend/VERB ./PUNCT");
        Document doc = TaggedDocs.parsed(tagged, new int[] {2, 2, -1, 2, 7, 7, 7, 2, 2},
                new String[] {"nsubj", "aux", "root", "obl:mod", "cc", "nsubj", "obj", "conj", "punct"});
        assertThat(find(doc, "samedi").value()).isEqualTo("2024-05-11");
    }

    @Test
    void aCopulaGivesTheTenseOfAPredicateWithoutVerb() {
        // "était malade lundi": no VERB, the copula is past
        Document tagged = TaggedDocs.of("fr", LocalDate.parse("2024-05-15"),
                "Le/DET ministre/NOUN était/AUX malade/ADJ lundi/PROPN ./PUNCT");
        Document doc = TaggedDocs.parsed(tagged, new int[] {1, 3, 3, -1, 3, 3},
                new String[] {"det", "nsubj", "cop", "root", "obl:mod", "punct"});
        assertThat(find(doc, "lundi").value()).isEqualTo("2024-05-13");
    }

    @Test
    void expressionsAreNumberedAndAnchoredToTheDct() {
        Document doc = TaggedDocs.plain("fr", LocalDate.parse("2023-09-18"),
                "Il est arrivé hier et repart le 3 octobre 2023 pour trois jours.");
        assertThat(extract(doc)).extracting(TimeExpression::id, TimeExpression::text, TimeExpression::anchor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("t1", "hier", "t0"),
                        org.assertj.core.groups.Tuple.tuple("t2", "le 3 octobre 2023", null),
                        org.assertj.core.groups.Tuple.tuple("t3", "trois jours", null));
    }

    @Test
    void withoutAPublicationDateRelativeDaysStayUnresolved() {
        Document doc = TaggedDocs.plain("fr", null, "Il est arrivé hier en 1998.");
        assertThat(find(doc, "hier").value()).isEqualTo("XXXX-XX-XX");
        assertThat(find(doc, "1998").value()).isEqualTo("1998");
    }

    @Test
    void stageDeclaresItsLayersAndAddsTime() {
        TimeExtractor stage = TimeExtractor.forLanguage("fr");
        assertThat(stage.requires()).containsExactly(Layer.TOKENS);
        assertThat(stage.provides()).containsExactly(Layer.TIME);
        Document out = stage.apply(TaggedDocs.plain("fr", LocalDate.parse("2024-01-01"), "Il pleuvait hier."));
        assertThat(out.has(Layer.TIME)).isTrue();
        assertThat(out.timexes()).hasSize(1);
    }
}
