package org.depeche.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.depeche.testsupport.DocumentInvariants;

/** Random word salads (after Lucene's checkRandomData): merging never throws and keeps its invariants. */
class EntityMergerRandomTest {

    private static final String[] WORDS = {
        "le/DET", "la/DET", "l'/DET", "un/DET", "une/DET", "les/DET", "de/ADP", "à/ADP", "du/ADP", ",/PUNCT",
        "(/PUNCT", ")/PUNCT", "«/PUNCT", "»/PUNCT", "\"/PUNCT", "./PUNCT", "il/PRON", "elle/PRON", "ils/PRON",
        "lui/PRON", "la/PRON", "ce/DET", "dernier/ADJ", "y/PRON", "a/AUX", "dit/VERB", "président/NOUN",
        "russe/ADJ", "femme/NOUN", "association/NOUN", "ville/NOUN", "pays/NOUN", "police/NOUN", "victimes/NOUN",
        "Ana/PROPN/PER", "Kovac/PROPN/PER", "Moscou/PROPN/LOC", "Kremlin/PROPN/LOC", "RPDC/PROPN/ORG",
        "Corée/PROPN/LOC", "nord/NOUN", "ONU/PROPN/ORG", "Zeta/PROPN/MISC", "Mme/NOUN", "nommée/VERB",
        "cours/NOUN", "lieu/NOUN", "État/PROPN", "état/NOUN"};

    @Test
    void shouldKeepInvariantsOnRandomDocuments() {
        Random random = new Random(20231118L);
        EntityMerger merger = EntityMerger.forLanguage("fr");
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            Document in = Annotated.doc("fr", b.toString());
            Document out = merger.apply(in);
            DocumentInvariants.assertHolds(out);
            Set<String> ids = new HashSet<>();
            for (EntityMention m : out.mentions()) {
                assertThat(ids.add(m.id())).as("unique mention id %s in %s", m.id(), b).isTrue();
                assertThat(m.text()).isEqualTo(out.text().substring(m.start(), m.end()));
                assertThat(m.end()).isGreaterThan(m.start());
            }
            Set<String> inEntities = new HashSet<>();
            Set<String> entityIds = new HashSet<>();
            out.entities().forEach(e -> entityIds.add(e.id()));
            for (Entity e : out.entities()) {
                for (String id : e.mentions()) {
                    assertThat(ids).as("entity %s points at a mention of the document in %s", e.id(), b).contains(id);
                    assertThat(inEntities.add(id)).as("mention %s in one entity only, in %s", id, b).isTrue();
                }
                if (e.standsFor() != null) {
                    assertThat(entityIds).contains(e.standsFor());
                }
            }
            assertThat(inEntities).as("every mention is in an entity, in %s", b).isEqualTo(ids);
        }
    }
}
