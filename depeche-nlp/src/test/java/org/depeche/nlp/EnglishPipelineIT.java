package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.Token;
import org.junit.jupiter.api.Test;

class EnglishPipelineIT {

    @Test
    void shouldTagLemmatiseParseAndFindNamesInEnglish() {
        String text = "“We will not give up,” Mayor Jane Okafor told reporters in Chicago on Tuesday. "
                + "The city’s unions were meeting.";
        LanguagePipeline english = new LanguagePipelines().forLanguage("en");
        Document doc = english.analyze(Document.of("e", "en", null, DocumentMeta.of("e"), text));

        assertThat(doc.layers()).contains(Layer.LEMMA, Layer.DEPPARSE);
        assertThat(doc.sentences()).hasSize(2);
        for (Token t : doc.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.pos()).isNotNull().doesNotContain("NN", "VB");
        }
        assertThat(doc.tokens()).filteredOn(t -> t.text().equals("told")).extracting(Token::lemma).containsExactly("tell");
        assertThat(doc.tokens()).extracting(Token::text).contains("“", "’s");
        assertThat(doc.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(EntityMention::text).contains("Jane Okafor");
        assertThat(doc.mentions()).extracting(EntityMention::text).contains("Chicago");
    }

    @Test
    void shouldNeverMakeNameMentionsOfPronounsNorKeepTitlesInPersonNames() {
        String text = "Prince Edward spoke to his sister. She said Queen Margaret II had left her castle.";
        LanguagePipeline english = new LanguagePipelines().forLanguage("en");
        Document doc = english.analyze(Document.of("e", "en", null, DocumentMeta.of("e"), text));

        assertThat(doc.mentions()).extracting(EntityMention::text).doesNotContain("his", "She", "her");
        assertThat(doc.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(EntityMention::text).contains("Edward", "Margaret II")
                .doesNotContain("Prince Edward", "Queen Margaret II");
    }

    @Test
    void shouldParseExactlyAsCoreNlpsDepparseAnnotator() {
        String text = "The council voted on Monday to close the old bridge, which engineers had called unsafe. "
                + "Shops near the river say they will lose customers.";
        Document doc = new LanguagePipelines().forLanguage("en").analyze(Document.of("e", "en", null, DocumentMeta.of("e"), text));
        assertThat(DepparseReference.depecheParse(doc)).containsExactlyElementsOf(DepparseReference.annotatorParse("en", text));
    }
}
