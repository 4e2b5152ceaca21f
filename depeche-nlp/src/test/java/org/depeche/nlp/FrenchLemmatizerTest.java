package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLemmatizerTest {

    private static final FrenchLemmatizer LEMMATIZER = new FrenchLemmatizer();

    @ParameterizedTest
    @CsvSource({
        "déclaré, VERB, déclarer",
        "affirment, VERB, affirmer",
        "a, AUX, avoir",
        "sont, AUX, être",
        "précise, VERB, préciser",
        "assurait, VERB, assurer",
        "chevaux, NOUN, cheval",
        "Ministres, NOUN, ministre",
        "régionaux, ADJ, régional",
        "ont, AUX, avoir",
        "-t-il, PRON, il",
        "Poutine, PROPN, Poutine",
        "xyzzyq, NOUN, xyzzyq",
    })
    void shouldGiveTheLemmaThatAgreesWithThePos(String form, String upos, String lemma) {
        assertThat(LEMMATIZER.lemma(form, upos)).isEqualTo(lemma);
    }

    @ParameterizedTest
    @CsvSource({"ferme, NOUN, ferme", "ferme, VERB, fermer", "ferme, ADJ, ferme"})
    void shouldPickTheReadingOfTheTaggedPos(String form, String upos, String lemma) {
        assertThat(LEMMATIZER.lemma(form, upos)).isEqualTo(lemma);
    }
}
