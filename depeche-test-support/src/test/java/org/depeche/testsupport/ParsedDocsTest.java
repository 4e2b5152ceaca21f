package org.depeche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.depeche.model.Document;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.testsupport.ParsedDocs.Column;
import org.junit.jupiter.api.Test;

class ParsedDocsTest {

    @Test
    void shouldBuildAParsedSentenceWithDocumentLevelHeadsAndMentions() {
        Document d = ParsedDocs.lang("fr").published(LocalDate.of(2024, 1, 2))
                .sentence("Marie/PROPN/3/nsubj/_/PER Curie/PROPN/1/flat/_/PER dort/VERB/0/root/dormir")
                .sentence("Elle/PRON/2/nsubj rêve/VERB/0/root")
                .build();
        assertThat(d.text()).isEqualTo("Marie Curie dort Elle rêve");
        assertThat(d.layers()).contains(Layer.TOKENS, Layer.POS, Layer.LEMMA, Layer.NER, Layer.DEPPARSE);
        assertThat(d.tokens().get(0).head()).isEqualTo(2);
        assertThat(d.tokens().get(2).head()).isEqualTo(-1);
        assertThat(d.tokens().get(3).head()).isEqualTo(4);
        assertThat(d.tokens().get(2).lemma()).isEqualTo("dormir");
        assertThat(d.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Marie Curie");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        DocumentInvariants.assertHolds(d);
    }

    @Test
    void shouldLeaveSentencesWithoutHeadsUnparsedAndSplitAtFullStops() {
        Document d = ParsedDocs.lang("fr").columns(Column.FORM, Column.UPOS)
                .splitAtFullStops("Il/PRON dort/VERB ./PUNCT le/DET 12/03/NUM")
                .build();
        assertThat(d.sentences()).hasSize(2).noneMatch(s -> s.parsed());
        assertThat(d.has(Layer.DEPPARSE)).isFalse();
        assertThat(d.tokens().get(4).text()).isEqualTo("12/03");
        assertThat(d.tokens().get(4).pos()).isEqualTo("NUM");
        DocumentInvariants.assertHolds(d);
    }

    @Test
    void shouldReadUnderscoresAsSpacesOnlyWhenAsked() {
        Document spaced = ParsedDocs.lang("en").columns(Column.FORM, Column.UPOS, Column.NER).underscoreForSpace()
                .sentence("New_York/PROPN/LOC").build();
        Document kept = ParsedDocs.lang("en").columns(Column.FORM, Column.UPOS).sentence("snake_case/NOUN").build();
        assertThat(spaced.text()).isEqualTo("New York");
        assertThat(spaced.mentions()).singleElement().extracting(m -> m.type()).isEqualTo(EntityType.LOCATION);
        assertThat(kept.text()).isEqualTo("snake_case");
    }
}
