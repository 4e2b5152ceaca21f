package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {

    @Test
    void tablesAndColumnsAreReadFromTheSchemaScriptInOrder() {
        assertThat(StoreSchema.tables()).startsWith("store_meta", "documents", "sentences")
                .contains("event_arguments", "sources", "store_entities", "store_aliases");
        assertThat(StoreSchema.columnNames("sentences")).containsExactly("doc_key", "sentence", "s_start", "s_end", "text",
                "parsed");
        assertThat(StoreSchema.columns("documents").get(0)).isEqualTo(new StoreSchema.Column("doc_key", "TEXT", false));
        assertThat(StoreSchema.columns("documents")).extracting(StoreSchema.Column::name).endsWith("analysis", "ingested_at");
        assertThat(StoreSchema.columns("cluster_members")).extracting(StoreSchema.Column::sqlType)
                .containsExactly("TEXT", "TEXT", "TEXT", "DOUBLE PRECISION");
        assertThat(StoreSchema.columns("quotes").stream().filter(StoreSchema.Column::nullable).map(StoreSchema.Column::name))
                .contains("cue_start", "speaker_text").doesNotContain("q_start", "text");
    }

    @Test
    void everyFactRowHasOneValuePerColumnOfItsTable() {
        StoreRows rows = StoreRows.of("k", TestDocs.bridgeFr(), k -> List.of(), new java.sql.Timestamp(0));
        for (String table : StoreRows.FACT_TABLES) {
            for (Object[] r : rows.rows(table)) {
                assertThat(r).as(table).hasSize(StoreSchema.columns(table).size());
            }
        }
        assertThat(rows.rows("quotes")).isNotEmpty();
        assertThat(StoreRows.documentRow("k", TestDocs.bridgeFr(), new java.sql.Timestamp(0)))
                .hasSize(StoreSchema.columns("documents").size());
        assertThat(rows.storeEntities()).allSatisfy(r -> assertThat(r).hasSize(StoreSchema.columns("store_entities").size()));
        assertThat(rows.aliases()).allSatisfy(r -> assertThat(r).hasSize(StoreSchema.columns("store_aliases").size()));
    }
}
