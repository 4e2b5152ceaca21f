package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.depeche.io.InputException;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.junit.jupiter.api.Test;

/** The one rule of ingest and depeche spark for the files beside an article (Sidecar.apply). */
class SidecarTest {

    private static final LocalDate GOLD = LocalDate.of(2024, 3, 10);

    private static Document article(LocalDate published) {
        return Document.of("a", "fr", published, DocumentMeta.of("a.txt"), "Le pont ferme lundi.");
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void withoutASidecarOnlyAnUndatedArticleTakesTheGoldDay() {
        assertThat(Sidecar.apply(article(null), null, GOLD).published()).isEqualTo(GOLD);
        assertThat(Sidecar.apply(article(LocalDate.of(2024, 3, 9)), null, GOLD).published())
                .isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(Sidecar.apply(article(null), null, null).published()).isNull();
    }

    @Test
    void aSidecarGivesEveryFieldItHasOverTheFileAndTheGoldDayIsNotUsed() throws Exception {
        Sidecar meta = Sidecar.parse(json("{\"published\": \"2024-03-12\", \"url\": \"https://example.org/pont\","
                + " \"id\": \"pont-12\", \"lang\": \"FR\"}"));
        Document d = Sidecar.apply(article(LocalDate.of(2024, 3, 9)), meta, GOLD);
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(d.id()).isEqualTo("pont-12");
        assertThat(d.lang()).isEqualTo("fr");
        assertThat(d.meta().url()).isEqualTo("https://example.org/pont");
        assertThat(d.meta().origin()).isEqualTo("a.txt");
        Document undated = Sidecar.apply(article(null), Sidecar.parse(json("{\"source\": \"Le Courrier\"}")), GOLD);
        assertThat(undated.published()).isNull();
        assertThat(undated.meta().source()).isEqualTo("Le Courrier");
    }

    @Test
    void aSidecarWithAnUnknownFieldABadDateOrNoObjectIsRefused() {
        assertThatThrownBy(() -> Sidecar.parse(json("{\"publised\": \"2024-03-12\"}"))).isInstanceOf(InputException.class)
                .hasMessageContaining("publised");
        assertThatThrownBy(() -> Sidecar.parse(json("{\"published\": \"mardi\"}"))).isInstanceOf(InputException.class)
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> Sidecar.parse(json("[1]"))).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Sidecar.parse(new byte[0])).isInstanceOf(InputException.class);
    }

    @Test
    void theGoldDayIsTheAnnotationFilesPublishedFieldElseNull() {
        assertThat(Sidecar.goldDate(json("{\"doc\": \"a\", \"published\": \"2024-03-10\"}"))).isEqualTo(GOLD);
        assertThat(Sidecar.goldDate(json("{\"doc\": \"a\"}"))).isNull();
        assertThat(Sidecar.goldDate(json("{\"published\": \"bientôt\"}"))).isNull();
        assertThat(Sidecar.goldDate(json("not json"))).isNull();
    }
}
