package org.depeche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final String TEXT = "« Nous partirons », a dit Anne’s 🙂 à Paris.\r\nFin.";

    @Test
    void shouldRejectSpansThatRunBackwardsOrPastTheText() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        Document doc = Documents.tokenized("d", "court");
        EntityMention tooLong = new EntityMention("m1", EntityType.PERSON, 0, 99, "x", 0, 1, MentionKind.NAME);
        assertThatThrownBy(() -> doc.withAnalysis(Set.of(Layer.NER), doc.sentences(), doc.tokens(), List.of(tooLong)))
                .hasMessageContaining("ends past the text");
    }

    @Test
    void shouldRoundTripThroughJsonUnchanged() {
        Document doc = Documents.tokenized("doc-1", TEXT);
        int paris = TEXT.indexOf("Paris");
        EntityMention m = new EntityMention("m1", EntityType.LOCATION, paris, paris + 5, "Paris", 8, 9, MentionKind.NAME);
        doc = doc.withAnalysis(Set.of(Layer.NER), doc.sentences(), doc.tokens(), List.of(m))
                .withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-03-13", 0, 1, "«", null, "t0")));

        String json = DepecheJson.write(doc);
        Document back = DepecheJson.read(json);

        assertThat(back).isEqualTo(doc);
        assertThat(json).startsWith("{\"schema\":\"depeche/1\"").contains("\"published\":\"2024-03-14\"");
        assertThat(back.layers()).containsExactly(Layer.TOKENS, Layer.NER, Layer.TIME);
    }

    @Test
    void shouldSliceBackEveryTokenOfATextWithEmojiCrlfAndTypographicQuotes() {
        Document doc = Documents.tokenized("d", TEXT);
        assertThat(doc.tokens()).allSatisfy(t -> assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(doc.tokens()).extracting(Token::text).contains("«", "Anne’s", "🙂", "Paris", "Fin");
    }

    @Test
    void shouldKeepTheDocumentImmutable() {
        Document doc = Documents.tokenized("d", "Un mot.");
        assertThatThrownBy(() -> doc.tokens().add(doc.tokens().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }
}
