package org.depeche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour every backend must have; one subclass per backend gives the store URL. */
abstract class StoreContract {

    @TempDir
    Path tmp;

    Store store;

    /** A URL of an empty store, fresh for each test. */
    abstract String freshUrl() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        store = Store.open(freshUrl());
        for (Document d : List.of(TestDocs.bridgeFr(), TestDocs.meetingEn(), TestDocs.deliveryFr())) {
            assertThat(store.put(d).stored()).isTrue();
        }
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private String stored(String docKey) {
        return store.document(docKey).orElseThrow().text();
    }

    @Test
    void quotesBySpeakerFindTheFullNameAcrossArticlesWithOffsetsIntoTheStoredText() {
        List<QuoteRow> rows = store.quotes(QuoteQuery.bySpeaker("Paul Verdier"));
        assertThat(rows).extracting(QuoteRow::doc).containsExactly("meeting-en", "pont-fr");
        for (QuoteRow r : rows) {
            assertThat(stored(r.docKey()).substring(r.start(), r.end())).isEqualTo(r.text());
            assertThat(r.sentence()).contains(r.text());
            assertThat(r.speakerEntity()).isEqualTo("PER:paul verdier");
        }
        assertThat(rows.get(1).via()).containsExactly("Nordpresse");
        assertThat(rows.get(1).cue()).isEqualTo("a déclaré");
    }

    @Test
    void aSpeakerGivenAsADescriptionIsFoundByTheNameOfItsClusterItsSurnameOrTitleAndName() {
        assertThat(store.put(TestDocs.describedSpeakerFr()).stored()).isTrue();
        for (String asked : List.of("Claire Fontaine", "claire FONTAINE", "Fontaine", "la directrice Claire Fontaine",
                "PER:claire fontaine", "la directrice du port")) {
            List<QuoteRow> rows = store.quotes(QuoteQuery.bySpeaker(asked));
            assertThat(rows).as(asked).extracting(QuoteRow::doc).containsExactly("port-fr");
            QuoteRow r = rows.get(0);
            assertThat(r.speaker()).isEqualTo("la directrice du port");
            assertThat(r.speakerEntity()).isEqualTo("PER:claire fontaine");
            assertThat(stored(r.docKey()).substring(r.start(), r.end())).isEqualTo(r.text());
        }
        assertThat(store.quotes(QuoteQuery.bySpeaker("Marie Fontaine"))).isEmpty();
        assertThat(store.quotes(QuoteQuery.bySpeaker("la directrice"))).isEmpty();
    }

    @Test
    void aLoneSurnameInAnArticleWithoutTheFullNameDoesNotJoinIt() {
        EntityProfile p = store.entity("Paul Verdier", 50);
        assertThat(p.entities()).extracting(EntityProfile.Summary::id).containsExactly("PER:paul verdier");
        assertThat(p.entities().get(0).articles()).isEqualTo(2);
        assertThat(store.resolve("Verdier")).containsExactlyInAnyOrder("PER:paul verdier", "PER~verdier");
    }

    @Test
    void aSurnameNoArticleUsedAloneStillFindsTheFullNameAtQueryTime() {
        assertThat(store.resolve("Kowal")).containsExactly("PER:anna kowal");
        assertThat(store.resolve("Anna")).isEmpty();
    }

    @Test
    void quotesFilterByRelayTopicAndDates() {
        assertThat(store.quotes(new QuoteQuery(null, "Nordpresse", null, null, null, 100)))
                .extracting(QuoteRow::doc).containsExactly("pont-fr");
        assertThat(store.quotes(new QuoteQuery(null, null, "Verdier", null, null, 100)))
                .extracting(QuoteRow::doc).containsExactly("livraison-fr");
        assertThat(store.quotes(new QuoteQuery("Paul Verdier", null, null, LocalDate.parse("2024-03-05"), null, 100)))
                .extracting(QuoteRow::doc).containsExactly("meeting-en");
        assertThat(store.quotes(new QuoteQuery("Paul Verdier", null, null, null, LocalDate.parse("2024-03-05"), 100)))
                .extracting(QuoteRow::doc).containsExactly("pont-fr");
        assertThat(store.quotes(QuoteQuery.bySpeaker("Personne Inconnue"))).isEmpty();
    }

    @Test
    void eventsFilterByTypeParticipantPlacePolarityAndSource() {
        assertThat(store.events(EventQuery.ofType("contact"))).extracting(EventRow::type)
                .containsExactlyInAnyOrder("Contact.Agreement", "Contact.Meet");
        assertThat(store.events(new EventQuery(null, "Anna Kowal", null, null, null, null, null, null, 100)))
                .extracting(EventRow::doc).containsExactly("meeting-en");
        // a country joins across languages: the French article's "Norvège" and the English "Norway"
        assertThat(store.events(new EventQuery(null, null, "Norvège", null, null, null, null, null, 100)))
                .extracting(EventRow::doc).containsExactly("meeting-en");
        assertThat(store.events(new EventQuery(null, "Norway", null, null, null, null, null, null, 100)))
                .extracting(EventRow::doc).containsExactlyInAnyOrder("meeting-en", "pont-fr");
        List<EventRow> negative = store.events(new EventQuery(null, null, null, null, null, "negative", null, null, 100));
        assertThat(negative).extracting(EventRow::trigger).containsExactly("livré");
        assertThat(negative.get(0).sources()).containsExactly("Marc Olin");
        assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, "Nordpresse", 100)))
                .extracting(EventRow::type).containsExactly("Contact.Agreement");
        EventRow meet = store.events(EventQuery.ofType("Contact.Meet")).get(0);
        assertThat(meet.arguments()).extracting(EventRow.Argument::role).containsExactly("Entity", "Entity", "Place");
        assertThat(stored(meet.docKey()).substring(meet.start(), meet.end())).isEqualTo("met");
        assertThat(meet.sentence()).startsWith("Paul Verdier met");
    }

    @Test
    void entityProfileGathersAliasesQuotesEventsCompanyAndTimeline() {
        EntityProfile p = store.entity("Verdier", 50);
        EntityProfile.Summary full = p.entities().stream().filter(s -> s.id().equals("PER:paul verdier")).findFirst()
                .orElseThrow();
        assertThat(full.aliases()).contains("Paul Verdier", "Verdier");
        assertThat(full.titles()).containsExactly("ministre");
        assertThat(full.mentions()).isEqualTo(4);
        assertThat(p.quotesBy()).hasSize(2);
        assertThat(p.quotesAbout()).extracting(QuoteRow::doc).containsExactly("livraison-fr");
        assertThat(p.events()).hasSize(3);
        assertThat(p.cooccurring()).extracting(EntityProfile.Cooccurrence::id)
                .contains("country:NO", "ORG:nordpresse", "PER:anna kowal", "PER:marc olin");
        assertThat(p.cooccurring().get(0).id()).isEqualTo("country:NO");
        assertThat(p.timeline()).extracting(EntityProfile.Day::day).containsExactly(LocalDate.parse("2024-03-04"),
                LocalDate.parse("2024-03-06"), LocalDate.parse("2024-03-08"));
        assertThat(store.entity("Nobody At All", 50).found()).isFalse();
    }

    @Test
    void sourcesSayWhatEachIsCitedForAndWhoRelaysWhom() {
        List<SourceRow> rows = store.sources(50);
        SourceRow agency = rows.stream().filter(r -> r.source().equals("ORG:nordpresse")).findFirst().orElseThrow();
        assertThat(agency.asRelay()).isEqualTo(1);
        assertThat(agency.asEventSource()).isEqualTo(1);
        assertThat(agency.citedFor()).contains("Contact.Agreement (1)");
        assertThat(agency.relays()).containsExactly("Paul Verdier (1)");
        assertThat(stored(agency.docKey()).substring(agency.start(), agency.end())).isEqualTo("Nordpresse");
        SourceRow minister = rows.stream().filter(r -> r.source().equals("PER:paul verdier")).findFirst().orElseThrow();
        assertThat(minister.asSpeaker()).isEqualTo(2);
        assertThat(minister.relayedBy()).containsExactly("Nordpresse (1)");
    }

    @Test
    void fullTextSearchStemsFrenchAndEnglishAndFindsQuotes() throws Exception {
        try (SearchIndex index = SearchIndex.open(store, tmp.resolve("index"))) {
            List<SearchHit> fr = index.search("routes", 10);
            assertThat(fr).extracting(SearchHit::doc).containsOnly("pont-fr");
            assertThat(fr).extracting(SearchHit::kind).contains("sentence", "quote");
            List<SearchHit> en = index.search("bridge reopening", 10);
            assertThat(en).isNotEmpty();
            assertThat(en.get(0).doc()).isEqualTo("meeting-en");
            for (SearchHit h : en) {
                assertThat(stored(h.docKey()).substring(h.start(), h.end())).isEqualTo(h.text());
            }
            assertThat(index.search("zeppelin", 10)).isEmpty();
        }
    }

    @Test
    void searchIndexIsRebuiltWhenTheStoreChanged() throws Exception {
        try (SearchIndex index = SearchIndex.open(store, tmp.resolve("index2"))) {
            assertThat(index.search("marché", 10)).isEmpty();
        }
        store.put(TestDocs.numbered(1));
        try (SearchIndex index = SearchIndex.open(store, tmp.resolve("index2"))) {
            assertThat(index.search("marché", 10)).extracting(SearchHit::doc).contains("n1");
        }
    }

    @Test
    void sqlAnswersSelectsAndRefusesWrites() {
        SqlResult r = store.sql("SELECT id FROM documents ORDER BY id", 100);
        assertThat(r.columns()).containsExactly("id");
        assertThat(r.rows()).extracting(row -> row.get(0)).containsExactly("livraison-fr", "meeting-en", "pont-fr");
        assertThatThrownBy(() -> store.sql("DELETE FROM documents", 10)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.sql("SELECT 1; DELETE FROM documents", 10)).isInstanceOf(StoreException.class);
        try {
            store.sql("WITH x AS (DELETE FROM documents RETURNING 1) SELECT * FROM x", 10);
        } catch (StoreException refused) {
            // refused outright, or run in a transaction that is rolled back: nothing may change either way
        }
        assertThat(store.documentCount()).isEqualTo(3);
    }

    @Test
    void puttingTheSameArticleAgainAddsNothingButAnotherUrlIsAnotherArticle() {
        Document d = TestDocs.bridgeFr();
        PutResult again = store.put(d);
        assertThat(again.stored()).isFalse();
        assertThat(store.documentCount()).isEqualTo(3);
        assertThat(store.quotes(QuoteQuery.bySpeaker("Paul Verdier"))).hasSize(2);
        DocumentMeta m = d.meta();
        Document elsewhere = new Document(d.schema(), d.id(), d.lang(), d.published(),
                new DocumentMeta(m.origin(), "https://example.org/b", m.source(), m.title(), m.format(), m.encoding()),
                d.text(), d.layers(), d.sentences(), d.tokens(), d.mentions(), d.entities(), d.timexes(), d.quotes(),
                d.events());
        assertThat(store.put(elsewhere).stored()).isTrue();
        assertThat(store.put(elsewhere).stored()).isFalse();
        assertThat(store.documentCount()).isEqualTo(4);
        assertThat(store.contains(Store.keyOf(elsewhere))).isTrue();
    }

    @Test
    void aBatchStoresEachNewArticleOnceAndSkipsTheOthers() {
        List<PutResult> r = store.putAll(List.of(TestDocs.numbered(1), TestDocs.numbered(1), TestDocs.bridgeFr(),
                TestDocs.numbered(2)));
        assertThat(r).extracting(PutResult::stored).containsExactly(true, false, false, true);
        assertThat(store.documentCount()).isEqualTo(5);
        assertThat(store.quotes(QuoteQuery.bySpeaker("Jeanne Morel"))).hasSize(2);
        assertThat(store.entity("Jeanne Morel", 10).entities()).extracting(EntityProfile.Summary::articles)
                .containsExactly(2L);
    }

    @Test
    void aStoredDocumentComesBackWithEveryLayer() {
        Document d = TestDocs.bridgeFr();
        Document back = store.document(Store.keyOf(d)).orElseThrow();
        assertThat(back).isEqualTo(d);
        assertThat(store.document("pont-fr")).contains(d);
    }

    @Test
    void aReadOnlyStoreRefusesToWrite() throws Exception {
        String url = store.url();
        if (store.backend() == Store.Backend.DUCKDB) {
            store.close();
            store = null;
        }
        try (Store ro = Store.open(urlForReopen(url), true)) {
            assertThat(ro.documentCount()).isEqualTo(3);
            assertThatThrownBy(() -> ro.put(TestDocs.numbered(7))).isInstanceOf(StoreException.class);
        }
    }

    /** The URL to open this test's store again (with credentials). */
    abstract String urlForReopen(String shownUrl);

    @Test
    void killedWriterLeavesEveryArticleWholeAndARerunCompletesIt() throws Exception {
        String url = urlForReopen(store.url());
        if (store.backend() == Store.Backend.DUCKDB) {
            store.close();
            store = null;
        }
        int n = 40;
        Process child = Children.ingest(url, n, 30, tmp.resolve("child1.log"));
        Children.awaitLines(tmp.resolve("child1.log"), 5, 60_000);
        child.destroyForcibly().waitFor();
        Process rerun = Children.ingest(url, n, 0, tmp.resolve("child2.log"));
        assertThat(rerun.waitFor()).isZero();
        try (Store s = Store.open(url, true)) {
            assertThat(s.documentCount()).isEqualTo(n + 3);
            SqlResult perDoc = s.sql("SELECT d.id, (SELECT count(*) FROM sentences x WHERE x.doc_key = d.doc_key),"
                    + " (SELECT count(*) FROM quotes x WHERE x.doc_key = d.doc_key),"
                    + " (SELECT count(*) FROM event_arguments x WHERE x.doc_key = d.doc_key)"
                    + " FROM documents d WHERE d.id LIKE 'n%'", 1000);
            assertThat(perDoc.rows()).hasSize(n);
            for (List<Object> row : perDoc.rows()) {
                assertThat(row.subList(1, 4)).as("facts of %s", row.get(0))
                        .extracting(o -> ((Number) o).intValue()).containsExactly(2, 1, 2);
            }
            assertThat(s.quotes(QuoteQuery.bySpeaker("Jeanne Morel"))).hasSize(n);
        }
        assertThat(java.nio.file.Files.readString(tmp.resolve("child2.log"))).contains("stored");
    }
}
