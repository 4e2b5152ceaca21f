package org.depeche.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Layer;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;
import org.depeche.testsupport.DocumentInvariants;

/**
 * The seed story of the quotes issue through the whole analysis (CoreNLP French, lemmas, quote
 * extraction): every quote and attribution an analyst finds, with its speaker and source chain.
 */
class SeedStoryIT {

    private static Document doc;

    @BeforeAll
    static void analyse() throws IOException {
        Path story = SharedData.path("examples/kim-vladivostok.fr.txt");
        String text = Files.readString(story, StandardCharsets.UTF_8);
        AnalysisResult r = Analyzer.standard().analyze(Document.of("kim-vladivostok.fr", "fr",
                LocalDate.of(2023, 9, 18), DocumentMeta.of(story.toString()), text));
        assertThat(r).isInstanceOf(AnalysisResult.Analyzed.class);
        doc = ((AnalysisResult.Analyzed) r).document();
        DocumentInvariants.assertHolds(doc);
    }

    private static Quote quoteWith(String words) {
        List<Quote> found = doc.quotes().stream().filter(q -> q.content().text().contains(words)).toList();
        assertThat(found).as("a quote with '%s' among %s", words, doc.quotes()).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a reçu cinq drones kamikazes | TASS",
        "perspectives | président russe",
        "aucun accord n'a été signé | Kremlin",
        "un ensemble de protection pare-balles | services régionaux",
        "des vêtements spéciaux non-détectables | services régionaux",
        "fervente et chaleureuse | KCNA",
        "une nouvelle ère d'amitié | KCNA",
        "cinq drones explosifs | TASS",
        "un possible accord | coalition",
        "un spectacle aquatique | TASS",
        "à bord de son train blindé | agences de presse russes",
    })
    void shouldFindEachQuoteWithItsSpeaker(String words, String speaker) {
        Quote q = quoteWith(words);
        assertThat(q.speaker()).isNotNull();
        assertThat(q.speaker().text()).contains(speaker);
    }

    @Test
    void shouldKeepTassAsTheSourceTheRegionalServicesSpokeThrough() {
        assertThat(quoteWith("des vêtements spéciaux").via()).extracting(SourceRef::text)
                .singleElement().asString().contains("TASS");
        assertThat(quoteWith("aucun accord").via()).isEmpty();
    }

    @Test
    void shouldNotTakeThePaintingsTitleForAQuote() {
        assertThat(doc.quotes()).noneMatch(q -> q.content().text().contains("Roussky"));
        assertThat(doc.quotes()).hasSize(11);
    }

    @Test
    void shouldGiveFrenchWordsTheirLemmas() {
        assertThat(doc.has(Layer.LEMMA)).isTrue();
        assertThat(doc.tokens()).filteredOn(t -> t.text().equals("affirmé")).extracting(Token::lemma)
                .containsOnly("affirmer");
        assertThat(doc.tokens()).filteredOn(t -> t.text().equals("drones")).extracting(Token::lemma)
                .containsOnly("drone");
    }
}
