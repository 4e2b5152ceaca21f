package org.depeche.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON Schema describes what {@link DepecheJson} writes, every layer included. */
class SchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Document.class.getResourceAsStream("depeche-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void shouldValidateADocumentCarryingEveryLayer() throws Exception {
        String text = "Selon Anne, Paul a reçu hier cinq livres à Lyon.";
        Document doc = Documents.tokenized("d", text);
        EntityMention anne = new EntityMention("m1", EntityType.PERSON, 6, 10, "Anne", 1, 2, MentionKind.NAME);
        EntityMention paul = new EntityMention("m2", EntityType.PERSON, 12, 16, "Paul", 3, 4, MentionKind.NAME);
        doc = doc.withAnalysis(Set.of(Layer.NER), doc.sentences(), doc.tokens(), List.of(anne, paul))
                .withEntities(List.of(anne, paul), List.of(new Entity("e1", EntityType.PERSON, "Anne", List.of("m1"),
                        List.of(), null)))
                .withTimexes(List.of(new TimeExpression("t1", TimexType.DATE, "2024-03-13", 24, 28, "hier", null, "t0")))
                .withQuotes(List.of(new Quote("q1", Quote.QuoteKind.INDIRECT, TextSpan.of(text, 12, 47),
                        new Quote.Cue(0, 5, "Selon", "selon"), new SourceRef(6, 10, "Anne", "m1", "e1"), List.of())))
                .withEvents(List.of(new Event("v1", "Transaction.Transfer-Ownership", TextSpan.of(text, 19, 23),
                        List.of(new Event.Argument("Recipient", TextSpan.of(text, 12, 16), null, null),
                                new Event.Argument("Artifact", TextSpan.of(text, 29, 40), null, 5)),
                        "2024-03-13", Event.Polarity.POSITIVE, Event.Modality.ASSERTED,
                        List.of(new SourceRef(6, 10, "Anne", "m1", null)), List.of())));

        JsonNode json = DepecheJson.mapper().readTree(DepecheJson.write(doc));
        Set<ValidationMessage> errors = schema().validate(json);

        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRejectADocumentWithAnUnknownTimexType() throws Exception {
        JsonNode json = DepecheJson.mapper().readTree(DepecheJson.write(Documents.tokenized("d", "Un mot.")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).putArray("timexes").addObject()
                .put("id", "t1").put("type", "WHENEVER").put("value", "x").put("start", 0).put("end", 1).put("text", "U");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void shouldValidateAndRoundTripADocumentWithAStageError() throws Exception {
        Document doc = Documents.tokenized("d", "Un mot.").withTimexes(List.of())
                .withError(new StageError("quotes", "failed: broken"));
        String written = DepecheJson.write(doc);

        assertThat(schema().validate(DepecheJson.mapper().readTree(written))).isEmpty();
        assertThat(DepecheJson.read(written).errors()).containsExactly(new StageError("quotes", "failed: broken"));
    }

    @Test
    void shouldWriteNoErrorEntryWhenEveryStageRan() throws Exception {
        JsonNode json = DepecheJson.mapper().readTree(DepecheJson.write(Documents.tokenized("d", "Un mot.")));
        assertThat(json.has("errors")).isFalse();
    }

    @Test
    void shouldRejectAStageErrorWithoutItsStage() throws Exception {
        JsonNode json = DepecheJson.mapper().readTree(DepecheJson.write(Documents.tokenized("d", "Un mot.")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).putArray("errors").addObject().put("message", "x");
        assertThat(schema().validate(json)).isNotEmpty();
    }
}
