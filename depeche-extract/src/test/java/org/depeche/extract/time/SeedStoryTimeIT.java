package org.depeche.extract.time;

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
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.SharedData;
import org.depeche.testsupport.DocumentInvariants;

/** The whole pipeline (CoreNLP French, parse, time) on the seed wire story published 2023-09-18. */
class SeedStoryTimeIT {

    @Test
    void resolvesHierMercrediAndCesDerniersJours() throws IOException {
        Path story = SharedData.path("examples/kim-vladivostok.fr.txt");
        Document doc = Document.of("kim", "fr", LocalDate.of(2023, 9, 18), DocumentMeta.of(story.toString()),
                Files.readString(story, StandardCharsets.UTF_8));
        AnalysisResult result = Analyzer.standard().analyze(doc);
        assertThat(result).isInstanceOf(AnalysisResult.Analyzed.class);
        DocumentInvariants.assertHolds(((AnalysisResult.Analyzed) result).document());
        List<TimeExpression> timexes = ((AnalysisResult.Analyzed) result).document().timexes();

        assertThat(timexes).filteredOn(t -> t.text().equalsIgnoreCase("hier"))
                .hasSize(3)
                .allSatisfy(t -> {
                    assertThat(t.type()).isEqualTo(TimexType.DATE);
                    assertThat(t.value()).isEqualTo("2023-09-17");
                    assertThat(t.anchor()).isEqualTo("t0");
                });
        assertThat(timexes).filteredOn(t -> t.text().equals("Mercredi"))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2023-09-13"));
        assertThat(timexes).filteredOn(t -> t.text().equals("ces derniers jours"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.type()).isEqualTo(TimexType.DURATION);
                    assertThat(t.value()).isEqualTo("PXD");
                });
    }
}
