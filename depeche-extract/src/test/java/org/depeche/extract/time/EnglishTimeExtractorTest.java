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

class EnglishTimeExtractorTest {

    private static TimeExpression timex(String dct, String text, String span) {
        return find(TaggedDocs.plain("en", LocalDate.parse(dct), text), span);
    }

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-01 | The mayor resigned yesterday after the vote.          | yesterday         | DATE | 2023-12-31
            2024-02-28 | The council meets tomorrow in the town hall.          | tomorrow          | DATE | 2024-02-29
            2024-03-01 | Talks resume today in Geneva.                         | today             | DATE | 2024-03-01
            2024-01-01 | Shots were heard last night near the border.          | last night        | TIME | 2023-12-31TNI
            2024-05-10 | The minister spoke this morning on the radio.         | this morning      | TIME | 2024-05-10TMO
            2024-06-10 | The treaty was signed on March 3, 2021 in Paris.      | March 3, 2021     | DATE | 2021-03-03
            2024-06-10 | The treaty was signed on 3 March 2021 in Paris.       | 3 March 2021      | DATE | 2021-03-03
            2024-06-10 | Sales fell in January 2023 across the region.         | January 2023      | DATE | 2023-01
            2024-06-10 | The plant closed in 1998 after a fire.                | 1998              | DATE | 1998
            2024-06-10 | Prices rose in the 1990s across Europe.               | the 1990s         | DATE | 199 
            2024-06-10 | The law changed in early 2023 for farmers.            | early 2023        | DATE | 2023
            2024-03-15 | Prices dropped last week in the north.                | last week         | DATE | 2024-W10
            2024-12-20 | The games open next year in the capital.              | next year         | DATE | 2025
            2024-01-10 | He returns next Monday from Berlin.                   | next Monday       | DATE | 2024-01-15
            2024-01-10 | He returned last Wednesday from Berlin.               | last Wednesday    | DATE | 2024-01-03
            2024-03-10 | He was injured two weeks ago in a crash.              | two weeks ago     | DATE | 2024-02-25
            2024-03-10 | The bridge collapsed three years ago under snow.      | three years ago   | DATE | 2021
            """)
    void resolvesDatesAgainstThePublicationDate(String dct, String text, String span, String type, String value) {
        TimeExpression t = timex(dct, text, span);
        assertThat(t.type()).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The works will last three years according to the city.  | three years        | DURATION | P3Y
            He was freed after twelve days in captivity.            | twelve days        | DURATION | P12D
            They stayed for more than twenty years in the village.  | more than twenty years | DURATION | P20Y
            Fighting raged over the past few days in the east.      | the past few days  | DURATION | PXD
            The library opens every Monday of the year.             | every Monday       | SET      | XXXX-WXX-1
            The census happens every two years in the town.         | every two years    | SET      | P2Y
            The annual dinner took place in Leeds.                  | annual             | SET      | P1Y
            """)
    void recognisesDurationsAndSets(String text, String span, String type, String value) {
        TimeExpression t = timex("2024-06-10", text, span);
        assertThat(t.type()).isEqualTo(TimexType.valueOf(type));
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void bareWeekdayWithAPastTenseVerbIsThePreviousOneAcrossAMonthBoundary() {
        // 2024-03-01 is a Friday: the Wednesday before is 2024-02-28
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-03-01"),
                "On/ADP Wednesday/PROPN ,/PUNCT the/DET two/NUM leaders/NOUN displayed/VERB their/PRON "
                        + "friendship/NOUN ./PUNCT");
        assertThat(find(doc, "Wednesday").value()).isEqualTo("2024-02-28");
    }

    @Test
    void bareWeekdayWithWillIsTheNextOne() {
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-01-31"),
                "The/DET council/NOUN will/AUX meet/VERB on/ADP Tuesday/PROPN ./PUNCT");
        assertThat(find(doc, "Tuesday").value()).isEqualTo("2024-02-06");
    }

    @Test
    void clockTimeTakesTheDayNamedWithIt() {
        Document doc = TaggedDocs.of("en", LocalDate.parse("2024-01-03"),
                "He/PRON left/VERB at/ADP 10/NUM p.m./NOUN on/ADP Monday/PROPN ./PUNCT");
        assertThat(find(doc, "10 p.m.").value()).isEqualTo("2024-01-01T22:00");
    }

    @Test
    void ignoresAges() {
        Document doc = TaggedDocs.plain("en", LocalDate.parse("2024-06-10"),
                "A 45-year-old man and a woman aged 30 were arrested.");
        assertThat(extract(doc)).isEmpty();
    }
}
