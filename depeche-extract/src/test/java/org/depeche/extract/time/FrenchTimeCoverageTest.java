package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depeche.extract.time.TimeAssertions.extract;
import static org.depeche.extract.time.TimeAssertions.find;

import java.time.LocalDate;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** French phenomena of ISO-TimeML beyond plain dates: one sentence per kind, written for these tests. */
class FrenchTimeCoverageTest {

    private static void assertTimex(String dct, String text, String span, String type, String value) {
        TimeExpression t = find(TaggedDocs.plain("fr", LocalDate.parse(dct), text), span);
        assertThat(t.type()).as(span).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).as(span).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-20 | Le conseil a tranché hier mardi après un long débat.      | hier mardi          | DATE | 2024-03-19
            2024-03-20 | La grue est tombée le 12 mars au soir sur le chantier.    | le 12 mars au soir  | TIME | 2024-03-12TEV
            2024-03-20 | Le décollage est prévu à 18 h GMT depuis la base.         | 18 h GMT            | TIME | 2024-03-20T18:00Z
            2024-03-20 | La facture date du 12-03-99 selon le greffe.              | 12-03-99            | DATE | 1999-03-12
            2024-03-20 | Le club végète en division inférieure depuis 97.          | 97                  | DATE | 1997
            2024-03-20 | La récolte a souffert pendant les mois d'hiver passés.    | les mois d'hiver    | DATE | XXXX-WI
            """)
    void resolvesCompoundExpressions(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            L'usine a ouvert en 2019 et l'année suivante elle a embauché.      | l'année suivante   | DATE | 2020
            La digue a cédé le 3 mai 2021 et trois jours plus tard l'eau baissait. | trois jours plus tard | DATE | 2021-05-06
            Le pont a fermé en 2011 et cette année-là le maire a démissionné.  | cette année-là     | DATE | 2011
            Le bail a été signé le 4 juin 2020 ; le même jour, la mairie a voté. | le même jour     | DATE | 2020-06-04
            Le chantier a repris en avril 2018 et la semaine précédente il pleuvait. | la semaine précédente | DATE | 2018-W14
            """)
    void countsNarrativeUnitsFromTheLastDateOfTheStory(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Les prix ont récemment grimpé dans la région.            | récemment          | TIME     | PAST_REF
            Le service est désormais payant pour tous.               | désormais          | TIME     | PRESENT_REF
            La ligne rouvrira bientôt selon la direction.            | bientôt            | TIME     | FUTURE_REF
            Le bac traverse deux fois par an vers l'île.             | deux fois par an   | SET      | P1Y
            Les bergers montent chaque été vers les alpages.         | chaque été         | SET      | XXXX-SU
            Le bilan mensuel sera publié par la préfecture.          | mensuel            | SET      | P1M
            Le président a promis des réformes pour son quinquennat. | son quinquennat        | DURATION | P5Y
            Les travaux dureront deux à trois ans selon la mairie.   | deux à trois ans   | DURATION | P3Y
            Les grévistes ont bloqué le dépôt toute la journée.      | toute la journée   | DURATION | P1D
            Le meurtrier a été condamné à 10 ans par la cour.        | 10 ans             | DURATION | P10Y
            """)
    void coversReferenceWordsSetsAndDurations(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le peintre est mort à 85 ans dans son atelier.",
        "Le chômage touche surtout les 18-25 ans du quartier.",
        "Les sports d'hiver attirent les familles.",
        "Le marché de Noël ouvre ses chalets.",
        "L'hebdomadaire a publié une longue enquête.",
        "Une quinzaine de manifestants ont bloqué la route."
    })
    void ignoresAgesGenericSeasonsHolidaysAndPeriodicals(String text) {
        assertThat(extract(TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"), text))).isEmpty();
    }

    @Test
    void aToldSeasonInThePastIsTheLastOne() {
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-10-20"),
                "Le/DET pont/NOUN a/AUX été/AUX réparé/VERB au/ADP printemps/NOUN ./PUNCT");
        assertThat(find(doc, "printemps").value()).isEqualTo("2024-SP");
    }

    @Test
    void aSeasonOfAHabitStaysGeneric() {
        Document doc = TaggedDocs.of("fr", LocalDate.parse("2024-10-20"),
                "En/ADP hiver/NOUN ,/PUNCT la/DET station/NOUN se/PRON remplit/VERB ./PUNCT");
        assertThat(find(doc, "hiver").value()).isEqualTo("XXXX-WI");
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-20 | Le car partira à 6 heures du matin de la gare.              | 6 heures du matin      | TIME | 2024-03-20T06:00
            2024-03-20 | La salle ferme à 11 h du soir pendant les fêtes.            | 11 h du soir           | TIME | 2024-03-20T23:00
            2024-03-20 | Le cortège est arrivé vers 14 heures devant la préfecture.  | 14 heures              | TIME | 2024-03-20T14:00
            2024-03-20 | Le colis a été livré le matin du 12 mars au dépôt.          | le matin du 12 mars    | TIME | 2024-03-12TMO
            2024-03-20 | Des tirs ont éclaté dans la nuit du 3 au 4 février.         | la nuit du 3 au 4 février | TIME | 2024-02-03TNI
            2024-03-20 | Le relevé du 12/03 a surpris les techniciens.               | 12/03                  | DATE | 2024-03-12
            """)
    void joinsThePartOfTheDayToItsClockTimeOrDate(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            La crue a atteint la ville le 5 mai 2021 ; le jeudi suivant, l'eau baissait. | le jeudi suivant | DATE | 2021-05-06
            Le marché a rouvert le 5 mai 2021 ; le lundi précédent, il avait plu.       | le lundi précédent | DATE | 2021-05-03
            Le juge a rendu sa décision le 2 juin 2021 ; ce soir-là, la foule a applaudi. | ce soir-là      | TIME | 2021-06-02TEV
            Le navire a accosté le 9 juillet 2020 et le soir même il repartait.          | le soir même     | TIME | 2020-07-09TEV
            """)
    void placesNarrativeWeekdaysAndPartsOfTheDayFromTheStory(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Les semaines à venir diront si la digue tient.                  | Les semaines à venir   | DURATION | PXW
            Le conseil tranchera dans les mois qui viennent.                | les mois qui viennent  | DURATION | PXM
            Au cours de la dernière décennie, le bourg a perdu ses commerces. | la dernière décennie | DURATION | P10Y
            Le village attend sa route depuis des années.                   | des années             | DURATION | PXY
            Après de longues semaines de silence, le maire a parlé.         | de longues semaines    | DURATION | PXW
            """)
    void coversComingPeriodsTheLastUnitAndVagueAmounts(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @Test
    void theLastWeekOfAMonthIsNotADuration() {
        assertThat(extract(TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"),
                "La dernière semaine de mai a été pluvieuse.")))
                .noneMatch(t -> t.type() == TimexType.DURATION);
    }

    @Test
    void aMonthlyMagazineIsNoSet() {
        assertThat(extract(TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"),
                "Le mensuel régional a publié un sondage."))).isEmpty();
    }

    @Test
    void withinTheDayIsTheDayOfPublication() {
        assertThat(find(TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"),
                "Le préfet doit s'exprimer dans la journée."), "la journée").value()).isEqualTo("2024-06-10");
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            La dernière semaine de mars, la fanfare a répété chaque soir.  | La dernière semaine de mars | DATE | 2024-W13
            La récolte commence la première semaine d'octobre 2025.        | la première semaine d'octobre 2025 | DATE | 2025-W40
            La coopérative a vendu moins de pommes ce trimestre.           | ce trimestre      | DATE | 2024-Q2
            Les ventes ont reculé le trimestre dernier, selon la coopérative. | le trimestre dernier | DATE | 2024-Q1
            """)
    void placesTheWeeksAtTheEndsOfAMonthAndTheQuarterOfTheDct(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Au troisième jour de la grève, les bus restaient au dépôt.      | troisième jour        | DATE | 2024-06-10
            Les cours ont baissé pour la deuxième journée consécutive.     | la deuxième journée consécutive | DATE | 2024-06-10
            Le dernier jour du festival, la pluie est revenue.            | Le dernier jour       | DATE | 2024-06-10
            """)
    void aDayOfAnEventIsTheDayTheStoryIsAt(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @Test
    void theFirstDayOfTheMonthIsNoDayOfAnEvent() {
        assertThat(extract(TaggedDocs.plain("fr", LocalDate.parse("2024-06-10"),
                "Le loyer est dû le premier jour du mois.")))
                .extracting(TimeExpression::text).doesNotContain("le premier jour");
    }
}
