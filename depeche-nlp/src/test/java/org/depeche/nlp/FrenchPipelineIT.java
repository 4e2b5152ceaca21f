package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.EntityMention;
import org.depeche.model.Layer;
import org.depeche.model.Sentence;
import org.depeche.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;
import org.depeche.testsupport.DocumentInvariants;

/** The real French CoreNLP pipeline (loads the models once for the class). */
class FrenchPipelineIT {

    private static LanguagePipeline french;

    @BeforeAll
    static void load() {
        french = new LanguagePipelines().forLanguage("fr");
    }

    private static Document analyze(String text) {
        return french.analyze(Document.of("t", "fr", LocalDate.of(2024, 3, 14), DocumentMeta.of("t"), text));
    }

    /** Every span slices back to its own text, and nothing goes backwards. */
    private static void assertOffsetsInvariant(Document doc) {
        DocumentInvariants.assertHolds(doc);
    }

    @Test
    void shouldAnalyseTheSeedWireStory() throws Exception {
        String text = Files.readString(SharedData.path("examples/kim-vladivostok.fr.txt"), StandardCharsets.UTF_8);
        Document doc = analyze(text);

        assertOffsetsInvariant(doc);
        assertThat(doc.layers()).contains(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPPARSE);
        // the wire's glued "TASS.»Le" is a sentence boundary
        int glued = text.indexOf("TASS.»Le") + "TASS.".length();
        assertThat(doc.sentences()).anySatisfy(s -> assertThat(s.start()).isEqualTo(glued));
        assertThat(doc.mentions()).extracting(EntityMention::text)
                .contains("Kim", "Kim Jong Un", "Vladimir Poutine", "TASS", "KCNA", "Vladivostok")
                .doesNotContain("«Ile Roussky»");
        assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.head()).isNotNull());
        assertThat(doc.parsedSentences()).isEqualTo(doc.sentences().size());
    }

    @Test
    void shouldKeepExactOffsetsOnQuotesApostrophesAccentsEmojiAndCrlf() {
        String text = "« C’est un succès 🎉 », a déclaré jeudi Hélène Martin à Montréal.\r\n"
                + "L’équipe du maire s’est rendue au Québec 😀 avec des élus.";
        Document doc = analyze(text);
        assertOffsetsInvariant(doc);
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.tokens()).extracting(Token::text).contains("«", "»", "🎉", "😀", "Hélène");
        assertThat(doc.mentions()).extracting(EntityMention::text).contains("Hélène Martin", "Montréal");
        Token du = doc.tokens().stream().filter(t -> "du".equals(t.surface())).findFirst().orElseThrow();
        assertThat(text.substring(du.start(), du.end())).isEqualTo("du");
    }

    @Test
    void shouldParseOnlyTheSentencesTheSelectorPicks() {
        Document doc = french.analyze(Document.of("t", "fr", null, DocumentMeta.of("t"),
                "Le ministre a parlé. Il pleut. Selon lui, tout va bien."),
                LanguagePipeline.ParseSelector.anyWord(t -> t.text().equalsIgnoreCase("selon")));
        assertThat(doc.sentences()).extracting(Sentence::parsed).containsExactly(false, false, true);
        assertThat(doc.tokensOf(doc.sentences().get(0))).allSatisfy(t -> assertThat(t.head()).isNull());
        assertThat(doc.tokensOf(doc.sentences().get(2))).allSatisfy(t -> assertThat(t.head()).isNotNull());
    }

    @Test
    void shouldGiveTheSameAnalysisFromSeveralThreads() throws Exception {
        List<String> texts = List.of(
                "Le président a reçu hier à Paris la chancelière allemande.",
                "La grève des cheminots se poursuit à Marseille selon la CGT.",
                "Les pompiers de Lyon sont intervenus dans la nuit de samedi.",
                "Le club de Bordeaux a battu Nantes trois buts à un.");
        List<Document> sequential = texts.stream().map(FrenchPipelineIT::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<Document>> futures = texts.stream().map(t -> pool.submit(() -> analyze(t))).toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldParseExactlyAsCoreNlpsDepparseAnnotator() {
        // Depeche calls the parser itself and builds only the basic graph: the arcs must be the annotator's
        String text = "Le maire de la commune a annoncé mardi qu'il quitterait ses fonctions à la fin de l'année, "
                + "ce que ses adjoints n'attendaient pas. Réunis devant la mairie, les habitants se sont dits surpris.";
        Document doc = analyze(text);
        assertThat(doc.parsedSentences()).isEqualTo(doc.sentences().size());
        assertThat(DepparseReference.depecheParse(doc)).containsExactlyElementsOf(DepparseReference.annotatorParse("fr", text));
    }
}
