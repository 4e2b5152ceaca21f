package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.depeche.model.Document;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {

    @Test
    void tablesAndColumnsAreReadFromTheSchemaScriptInOrder() {
        assertThat(StoreSchema.tables()).startsWith("store_meta", "documents", "sentences")
                .contains("event_arguments", "sources", "store_entities", "store_aliases");
        assertThat(StoreSchema.columnNames("sentences")).containsExactly("doc_key", "sentence", "s_start", "s_end", "text",
                "parsed", "doc_no", "published");
        assertThat(StoreSchema.columns("documents").get(0)).isEqualTo(new StoreSchema.Column("doc_key", "TEXT", false));
        assertThat(StoreSchema.columns("documents")).extracting(StoreSchema.Column::name).endsWith("analysis", "ingested_at", "doc_no");
        assertThat(StoreSchema.columns("quotes")).contains(new StoreSchema.Column("doc_no", "BIGINT", false),
                new StoreSchema.Column("published", "DATE", true));
        assertThat(StoreSchema.columnNames("sources")).endsWith("name_norm", "sentence", "source_key", "doc_no", "published");
        assertThat(StoreSchema.columns("cluster_members")).extracting(StoreSchema.Column::sqlType)
                .containsExactly("TEXT", "TEXT", "TEXT", "DOUBLE PRECISION");
        assertThat(StoreSchema.columns("quotes").stream().filter(StoreSchema.Column::nullable).map(StoreSchema.Column::name))
                .contains("cue_start", "speaker_text").doesNotContain("q_start", "text");
    }

    @Test
    void aSourceRowCarriesItsSentenceAndGroupsByItsStoreEntityElseItsNormalisedText() {
        StoreRows rows = StoreRows.of("k", 1L, TestDocs.bridgeFr(), k -> List.of(), new java.sql.Timestamp(0));
        List<String> cols = StoreSchema.columnNames("sources");
        assertThat(rows.rows("sources")).isNotEmpty().allSatisfy(r -> {
            Object store = r[cols.indexOf("store_entity")];
            assertThat(r[cols.indexOf("source_key")]).isEqualTo(store != null ? store : r[cols.indexOf("name_norm")]);
            assertThat(r[cols.indexOf("sentence")]).isNotNull();
        });
    }

    @Test
    void everyFactRowHasOneValuePerColumnOfItsTableWithItsDocumentsNumberAndDay() {
        Document doc = TestDocs.bridgeFr();
        StoreRows rows = StoreRows.of("k", 7L, doc, k -> List.of(), new java.sql.Timestamp(0));
        for (String table : StoreRows.FACT_TABLES) {
            int no = StoreSchema.columnNames(table).indexOf("doc_no");
            int published = StoreSchema.columnNames(table).indexOf("published");
            for (Object[] r : rows.rows(table)) {
                assertThat(r).as(table).hasSize(StoreSchema.columns(table).size());
                assertThat(r[no]).as(table).isEqualTo(7L);
                assertThat(r[published]).as(table).isEqualTo(doc.published());
            }
        }
        assertThat(rows.rows("quotes")).isNotEmpty();
        Object[] document = StoreRows.documentRow("k", 7L, doc, new java.sql.Timestamp(0));
        assertThat(document).hasSize(StoreSchema.columns("documents").size());
        assertThat(document[StoreSchema.columnNames("documents").indexOf("doc_no")]).isEqualTo(7L);
        assertThat(rows.storeEntities()).allSatisfy(r -> assertThat(r).hasSize(StoreSchema.columns("store_entities").size()));
        assertThat(rows.aliases()).allSatisfy(r -> assertThat(r).hasSize(StoreSchema.columns("store_aliases").size()));
    }
}
