package org.depeche.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depeche.extract.AnalysisResult;
import org.depeche.extract.Analyzer;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Entity;
import org.depeche.model.EntityType;
import org.depeche.nlp.LanguagePipeline.ParseSelector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;
import org.depeche.testsupport.DocumentInvariants;

/** The seed wire story through CoreNLP's French pipeline and entity merging (reads ../shared at run time). */
class EntityMergerIT {

    private static Document doc;

    @BeforeAll
    static void analyse() throws Exception {
        Path story = SharedData.path("examples/kim-vladivostok.fr.txt");
        Analyzer analyzer = new Analyzer(l -> List.of(EntityMerger.forLanguage(l)), ParseSelector.NONE);
        AnalysisResult r = analyzer.analyze(Document.of("kim", "fr", LocalDate.of(2023, 9, 18),
                DocumentMeta.of(story.toString()), Files.readString(story)));
        assertThat(r).isInstanceOf(AnalysisResult.Analyzed.class);
        doc = ((AnalysisResult.Analyzed) r).document();
        DocumentInvariants.assertHolds(doc);
    }

    private static Entity only(String mentionText) {
        return Annotated.entityOf(doc, mentionText);
    }

    @Test
    void kimJongUnIsOnePersonWithAtLeastSixMentions() {
        Entity kim = only("Kim Jong Un");
        assertThat(kim.type()).isEqualTo(EntityType.PERSON);
        assertThat(kim.name()).isEqualTo("Kim Jong Un");
        assertThat(kim.mentions()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Annotated.texts(doc, kim)).contains("Kim", "dirigeant");
        assertThat(kim.titles()).contains("dirigeant nord-coréen");
        assertThat(doc.entities()).filteredOn(e -> e.name().startsWith("Kim")).hasSize(1);
    }

    @Test
    void thePresidentIsPutin() {
        Entity putin = only("Vladimir Poutine");
        // "le président russe" is spanned as a minimal mention (POPCORN's convention); its demonym stays in the title
        assertThat(Annotated.texts(doc, putin)).containsExactly("Vladimir Poutine", "président");
        assertThat(putin.titles()).contains("président russe");
    }

    @Test
    void bothGovernorMentionsAreKozhemyako() {
        Entity governor = only("Oleg Kojémiako");
        assertThat(Annotated.texts(doc, governor)).containsExactly("gouverneur", "gouverneur", "Oleg Kojémiako");
    }

    @Test
    void agenciesStayApart() {
        Entity tass = only("TASS");
        assertThat(Annotated.texts(doc, tass)).hasSize(4).containsOnly("TASS");
        assertThat(tass.titles()).contains("agence de presse officielle");
        Entity kcna = only("KCNA");
        assertThat(kcna.id()).isNotEqualTo(tass.id());
        assertThat(kcna.titles()).containsExactly("agence de presse officielle nord-coréenne");
    }

    @Test
    void appositionGivesTheMinisterHisTitle() {
        assertThat(only("Alexandre Kozlov").titles()).containsExactly("ministre russe de l'Ecologie");
    }

    @Test
    void northKoreaMergesAcronymAndNameAndPyongyangStandsForIt() {
        Entity korea = only("RPDC");
        assertThat(korea.type()).isEqualTo(EntityType.LOCATION);
        assertThat(Annotated.texts(doc, korea)).containsExactlyInAnyOrder("RPDC", "RPDC", "Corée du nord");
        assertThat(only("Pyongyang").standsFor()).isEqualTo(korea.id());
        Entity russia = only("Russie");
        assertThat(only("Kremlin").standsFor()).isEqualTo(russia.id());
        assertThat(only("Moscou").standsFor()).isEqualTo(russia.id());
    }
}
