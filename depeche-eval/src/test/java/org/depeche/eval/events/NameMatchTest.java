package org.depeche.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le Président        | président                       | true",
        "l'hôpital           | L’Hopital                       | true",
        "Kim                 | Kim Jong Un                     | true",
        "la foule rassemblée sur la place | la foule          | true",
        "le gouverneur de la région | gouverneur de la région de Primorye | true",
        "de                  | de la police                    | false",
        "la police           | les pompiers                    | false",
        "Paris               | Parisiens                       | false"})
    void shouldMatchNamesByWordsIgnoringCaseAccentsAndDeterminers(String predicted, String gold, boolean expected) {
        assertThat(NameMatch.matches(predicted, gold)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2023-09-17, 2023-09-17, true", "2023-09-17T10:00, 2023-09-17, true", "2023-09, 2023-09-17, false",
        "2023-09-16, 2023-09-17, false"})
    void shouldMatchTimesByValue(String predicted, String gold, boolean expected) {
        assertThat(NameMatch.timeMatches(predicted, gold)).isEqualTo(expected);
    }
}
