package org.depeche.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** The whole pipeline (CoreNLP French, parse, time) on the seed wire story published 2023-09-18. */
class SeedStoryTimeIT {

    private static Path shared(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Path.of("../shared").resolve(relative);
    }

    @Test
    void resolvesHierMercrediAndCesDerniersJours() throws IOException {
        Path story = shared("examples/kim-vladivostok.fr.txt");
        assumeTrue(Files.exists(story), "seed story not found at " + story);
        Document doc = Document.of("kim", "fr", LocalDate.of(2023, 9, 18), DocumentMeta.of(story.toString()),
                Files.readString(story, StandardCharsets.UTF_8));
        AnalysisResult result = Analyzer.standard().analyze(doc);
        assertThat(result).isInstanceOf(AnalysisResult.Analyzed.class);
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
