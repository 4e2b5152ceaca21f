package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depeche.extract.time.TimeAssertions.extract;
import static org.depeche.extract.time.TimeAssertions.find;

import java.time.LocalDate;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** English phenomena of ISO-TimeML beyond plain dates: one sentence per kind, written for these tests. */
class EnglishTimeCoverageTest {

    private static void assertTimex(String dct, String text, String span, String type, String value) {
        TimeExpression t = find(TaggedDocs.plain("en", LocalDate.parse(dct), text), span);
        assertThat(t.type()).as(span).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).as(span).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-11-02 | Profits rose in the third quarter of 2023 at the mill.     | the third quarter of 2023 | DATE | 2023-Q3
            2024-11-02 | The bank posted third-quarter earnings above forecasts.    | third-quarter             | DATE | 2024-Q3
            2024-11-02 | Exports fell in the first half of last year in the region.  | the first half of last year | DATE | 2023-H1
            2024-11-02 | The figures for Q2 2022 were revised twice.                 | Q2 2022                   | DATE | 2022-Q2
            2024-05-01 | The launch is set for 14:30 UTC tomorrow at the base.        | 14:30 UTC tomorrow        | TIME | 2024-05-02T14:30Z
            2024-05-01 | Polls close at 8 p.m. EST in the state.                     | 8 p.m. EST                | TIME | 2024-05-01T20:00-05
            2024-10-10 | Their August figures disappointed the board.                | August                    | DATE | 2024-08
            2024-06-10 | The club will meet again in October of next year.           | October                   | DATE | 2025-10
            2024-06-10 | Sales picked up at the end of the year in the shops.        | the end of the year       | DATE | 2024
            2024-06-10 | Traders expect a rebound later today on the markets.        | later today               | DATE | 2024-06-10
            """)
    void resolvesCompoundAndCalendarExpressions(String dct, String text, String span, String type, String value) {
        assertTimex(dct, text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The firm opened in 1998 and the following year it hired fifty staff. | the following year | DATE | 1999
            The dam burst on 3 March 2021 and two days later the town was empty. | two days later     | DATE | 2021-03-05
            Rents rose in May 2019 and fell the year before in the city.         | the year before    | DATE | 2018
            The plant closed in 2011 and that year the mayor resigned.           | that year          | DATE | 2011
            """)
    void countsNarrativeUnitsFromTheLastDateOfTheStory(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Nobody knows what the future holds for the mine.        | the future      | DATE     | FUTURE_REF
            The lake has shrunk in the past, the guide said.         | the past        | DATE     | PAST_REF
            More recently the council changed its mind.              | More recently   | DATE     | PAST_REF
            The rules stay fixed for the foreseeable future.         | the foreseeable future | DATE | FUTURE_REF
            The ferry sails twice a week to the island.              | twice a week    | SET      | P1W
            Reports arrive quarterly from the branches.              | quarterly       | SET      | P3M
            Crime has fallen in recent years in the district.        | recent years    | DURATION | PXY
            The two villages have quarrelled for years over water.   | years           | DURATION | PXY
            The regime unveiled a five-year plan for the railways.   | five-year       | DURATION | P5Y
            The strike lasted two and a half days at the port.       | two and a half days | DURATION | P2.5D
            """)
    void coversReferenceWordsSetsAndDurations(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "This may change if the vote fails.",
        "June Carter sang at the fair.",
        "A quarter of the votes were spoiled.",
        "The singer, in his 40s, plans a tour.",
        "A sharp fall in prices hurt the farmers.",
        "Tickets for the winter olympics sold out."
    })
    void ignoresLookAlikes(String text) {
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"), text))).isEmpty();
    }

    @Test
    void aModalOpensAFutureVerbGroupForABareMonth() {
        // 2024-06-05: "should close in October" is the coming October, not the last one
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-06-05"),
                "The/DET sale/NOUN should/AUX be/AUX completed/VERB in/ADP October/PROPN ./PUNCT");
        assertThat(find(doc, "October").value()).isEqualTo("2024-10");
    }

    @Test
    void aToldSeasonInThePastIsTheLastOne() {
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-10-20"),
                "The/DET bridge/NOUN was/AUX repaired/VERB in/ADP the/DET spring/NOUN ./PUNCT");
        assertThat(find(doc, "the spring").value()).isEqualTo("2024-SP");
    }

    @Test
    void aSeasonOfAHabitStaysGeneric() {
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-10-20"),
                "Tourists/NOUN flock/VERB here/ADV in/ADP summer/NOUN ./PUNCT");
        assertThat(find(doc, "summer").value()).isEqualTo("XXXX-SU");
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Over the past decade the village lost its school.           | the past decade     | DURATION | P10Y
            Rents have doubled in the past year across the county.      | the past year       | DURATION | P1Y
            Rents have doubled in the past three years in the county.   | the past three years | DURATION | P3Y
            Rents may climb further in the months ahead, agents say.    | the months ahead    | DURATION | PXM
            The choir sings in the chapel each winter.                  | each winter         | SET      | XXXX-WI
            """)
    void valuesPastPeriodsByTheirNumberAndComingOnesAsVague(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The levee broke on May 5, 2021, and the following Thursday the water fell. | the following Thursday | DATE | 2021-05-06
            The market reopened on May 5, 2021; the previous Monday it had rained.      | the previous Monday    | DATE | 2021-05-03
            The parcel arrived on the morning of March 12, 2021 at the depot.           | the morning of March 12, 2021 | TIME | 2021-03-12TMO
            The mill burned in the spring of 2019 and that summer it was rebuilt.       | that summer            | DATE | 2019-SU
            """)
    void placesNarrativeWeekdaysAndPartsOfADate(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @Test
    void shortlyBeforeAClockTimeIsNoFutureReference() {
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "The alarm rang shortly before midnight in the hall.")))
                .extracting(TimeExpression::text).containsExactly("midnight");
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The co-op reported annual growth of four percent in its fields. | annual         | DURATION | P1Y
            Members pay a yearly fee to use the hall.                      | yearly         | DURATION | P1Y
            The mill posted its first annual net loss since it opened.     | annual         | DURATION | P1Y
            The annual fair filled the green with stalls.                  | annual         | SET      | P1Y
            The fair is held annually on the green.                        | annually       | SET      | P1Y
            """)
    void anAdjectiveOfAYearBeforeAMeasuredQuantityIsItsPeriodElseARecurrence(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Orders dropped in the last quarter, the bakery said.           | the last quarter | DATE | 2024-Q1
            The shop hopes to break even this quarter with its new oven.   | this quarter     | DATE | 2024-Q2
            Orders dropped in the last quarter of 2022 at the bakery.      | the last quarter of 2022 | DATE | 2022-Q4
            The fence was painted in the last week of March by volunteers.  | the last week of March | DATE | 2024-W13
            The school opens in the first week of September, 2025.         | the first week of September, 2025 | DATE | 2025-W36
            The dig ended in the last week of March 2009 after a storm.    | the last week of March 2009 | DATE | 2009-W13
            """)
    void placesDeicticQuartersAndTheWeeksAtTheEndsOfAMonth(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            On the third day of the strike the buses stayed in the depot.   | the third day        | DATE | 2024-06-10
            Shares slid for the second straight day on the exchange.       | the second straight day | DATE | 2024-06-10
            """)
    void aDayOfAnEventIsTheDayTheStoryIsAt(String text, String span, String type, String value) {
        assertTimex("2024-06-10", text, span, type, value);
    }

    @Test
    void theFirstDayOfTheMonthIsNoDayOfAnEvent() {
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "Rents are due on the first day of the month in the block.")))
                .extracting(TimeExpression::text).doesNotContain("the first day");
    }

    @Test
    void aQuarterAloneIsAShare() {
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "About a quarter of the members voted against the plan."))).isEmpty();
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "Roughly a quarter stayed home on the day."))).extracting(TimeExpression::text)
                .doesNotContain("a quarter");
    }

    @Test
    void atThatTimeIsTheDayTheStoryIsAt() {
        Document doc = TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "The bridge shut on May 3, 2021. At that time the ferry was the only way across.");
        assertThat(find(doc, "that time").value()).isEqualTo("2021-05-03");
        assertThat(extract(TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "Geese fly south at that time of year."))).isEmpty();
    }
}
