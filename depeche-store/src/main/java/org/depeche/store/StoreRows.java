package org.depeche.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.depeche.model.DepecheJson;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Quote;
import org.depeche.model.Sentence;
import org.depeche.model.SourceRef;
import org.depeche.model.TimeExpression;

/**
 * The rows one analysed document puts in the store's tables (docs/store.md), in each table's
 * column order ({@link StoreSchema}). The one mapping from {@link Document} to rows: {@link Store}
 * writes these rows to DuckDB or PostgreSQL, the Spark job to Parquet.
 *
 * <p>Values are {@code String}, {@code Integer}, {@code Long} (doc_no), {@code Boolean},
 * {@code LocalDate} or {@code Timestamp}, or null. Every fact row ends with its document's
 * {@code doc_no} and {@code published} day (schema 2): the writer chooses the number (the store
 * from its sequence, the Spark job from the key, docs/spark.md), the mapping puts it in place.
 */
public final class StoreRows {

    /** The tables that hold a document's facts (beside {@code documents}), in writing order. */
    public static final List<String> FACT_TABLES = List.of("sentences", "entities", "mentions", "timexes", "quotes",
            "events", "event_arguments", "sources");

    private final Map<String, List<Object[]>> rows;
    private final List<Object[]> storeEntities;
    private final List<Object[]> aliases;
    private final Map<String, String> typeOfStoreEntity;

    private StoreRows(Map<String, List<Object[]>> rows, List<Object[]> storeEntities, List<Object[]> aliases,
                      Map<String, String> typeOfStoreEntity) {
        this.rows = rows;
        this.storeEntities = storeEntities;
        this.aliases = aliases;
        this.typeOfStoreEntity = typeOfStoreEntity;
    }

    /** The {@code documents} row of an analysed document (its full depeche/1 JSON in {@code analysis}). */
    public static Object[] documentRow(String key, long docNo, Document doc, Timestamp ingestedAt) {
        var meta = doc.meta();
        return new Object[] {key, Store.sha256(doc.text()), doc.id(), meta == null ? null : meta.url(),
            meta == null ? null : meta.source(), meta == null ? null : meta.title(), doc.lang(),
            doc.published(), meta == null ? null : meta.origin(),
            meta == null ? null : meta.format(), doc.text(), doc.text().length(), DepecheJson.write(doc), ingestedAt,
            docNo};
    }

    /**
     * The fact rows of a document, its clusters joined to store entities.
     *
     * @param key    the document's key ({@link Store#keyOf})
     * @param docNo  its number, the {@code doc_no} of every row (unique among the documents written together)
     * @param lookup joinable alias key → the store entities it already leads to ("id", "type");
     *               a lookup that knows nothing makes every cluster found its own store entity,
     *               whose id depends on its names only ({@code PER:paul verdier})
     */
    public static StoreRows of(String key, long docNo, Document doc, Function<String, List<String[]>> lookup,
                               Timestamp now) {
        Map<String, List<Object[]>> out = new LinkedHashMap<>();
        Long no = docNo;
        LocalDate day = doc.published();
        List<Sentence> sentences = doc.sentences();
        int[] starts = sentences.stream().mapToInt(Sentence::start).toArray();
        String text = doc.text();

        // store entities first: mentions, quotes and arguments carry them
        Map<String, String> storeOf = new HashMap<>();
        Map<String, Object[]> storeEntities = new LinkedHashMap<>();
        Map<String, Object[]> aliases = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        for (EntityJoiner.Joined j : EntityJoiner.join(doc, lookup)) {
            storeOf.put(j.entityId(), j.storeEntity());
            types.putIfAbsent(j.storeEntity(), j.type());
            storeEntities.putIfAbsent(j.storeEntity(), new Object[] {j.storeEntity(), j.type(), j.name(), now});
            for (EntityJoiner.Alias a : j.aliases()) {
                aliases.putIfAbsent(j.storeEntity() + "\u001f" + a.norm(),
                        new Object[] {j.storeEntity(), a.norm(), a.text(), a.kind(), a.joinable()});
            }
        }

        List<Object[]> rows = new ArrayList<>();
        for (Sentence s : sentences) {
            rows.add(new Object[] {key, s.index(), s.start(), s.end(), text.substring(s.start(), s.end()), s.parsed(),
                no, day});
        }
        out.put("sentences", rows);

        Map<String, String> entityOfMention = new HashMap<>();
        rows = new ArrayList<>();
        for (Entity e : doc.entities()) {
            e.mentions().forEach(m -> entityOfMention.put(m, e.id()));
            rows.add(new Object[] {key, e.id(), e.type() == null ? "MISC" : e.type().code(), e.name(),
                e.titles().isEmpty() ? null : String.join(" | ", e.titles()), e.standsFor(), storeOf.get(e.id()),
                no, day});
        }
        out.put("entities", rows);

        rows = new ArrayList<>();
        for (EntityMention m : doc.mentions()) {
            String ent = entityOfMention.get(m.id());
            rows.add(new Object[] {key, m.id(), ent, ent == null ? null : storeOf.get(ent),
                m.type() == null ? "MISC" : m.type().code(), m.kind().name(), m.start(), m.end(), m.text(),
                sentenceOf(starts, m.start()), no, day});
        }
        out.put("mentions", rows);

        rows = new ArrayList<>();
        for (TimeExpression t : doc.timexes()) {
            rows.add(new Object[] {key, t.id(), t.type().name(), t.value(), t.start(), t.end(), t.text(), t.mod(),
                t.anchor(), sentenceOf(starts, t.start()), no, day});
        }
        out.put("timexes", rows);

        rows = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            SourceRef sp = q.speaker();
            String spEntity = sp == null ? null : entityOf(sp, entityOfMention);
            Quote.Cue cue = q.cue();
            rows.add(new Object[] {key, q.id(), q.kind().name(), q.content().start(), q.content().end(), q.content().text(),
                cue == null ? null : cue.start(), cue == null ? null : cue.end(), cue == null ? null : cue.text(),
                cue == null ? null : cue.lemma(), sp == null ? null : sp.text(), sp == null ? null : Names.normalize(sp.text()),
                spEntity, spEntity == null ? null : storeOf.get(spEntity), sentenceOf(starts, q.content().start()), no, day});
            if (sp != null) {
                sources.add(source(key, "quote", q.id(), "speaker", 0, sp, spEntity, storeOf, starts, no, day));
            }
            for (int v = 0; v < q.via().size(); v++) {
                SourceRef ref = q.via().get(v);
                sources.add(source(key, "quote", q.id(), "via", v, ref, entityOf(ref, entityOfMention), storeOf, starts, no,
                        day));
            }
        }
        out.put("quotes", rows);

        rows = new ArrayList<>();
        List<Object[]> arguments = new ArrayList<>();
        for (Event e : doc.events()) {
            rows.add(new Object[] {key, e.id(), e.type(), e.trigger().start(), e.trigger().end(), e.trigger().text(),
                e.time(), e.polarity() == null ? "POSITIVE" : e.polarity().name(),
                e.modality() == null ? "ASSERTED" : e.modality().name(),
                e.coreferent().isEmpty() ? null : String.join(" ", e.coreferent()), sentenceOf(starts, e.trigger().start()),
                no, day});
            for (int a = 0; a < e.arguments().size(); a++) {
                Event.Argument x = e.arguments().get(a);
                arguments.add(new Object[] {key, e.id(), a, x.role(), x.filler().start(), x.filler().end(), x.filler().text(),
                    x.entity(), x.entity() == null ? null : storeOf.get(x.entity()), x.quantity(), no, day});
            }
            for (int s = 0; s < e.sources().size(); s++) {
                SourceRef ref = e.sources().get(s);
                sources.add(source(key, "event", e.id(), "source", s, ref, entityOf(ref, entityOfMention), storeOf,
                        starts, no, day));
            }
        }
        out.put("events", rows);
        out.put("event_arguments", arguments);
        out.put("sources", sources);
        return new StoreRows(out, List.copyOf(storeEntities.values()), List.copyOf(aliases.values()), types);
    }

    /** Rows of one of {@link #FACT_TABLES}. */
    public List<Object[]> rows(String table) {
        List<Object[]> r = rows.get(table);
        if (r == null) {
            throw new IllegalArgumentException("not a fact table: " + table);
        }
        return r;
    }

    /** {@code store_entities} rows (store_entity, type, name, created_at) of this document's clusters. */
    public List<Object[]> storeEntities() {
        return storeEntities;
    }

    /** {@code store_aliases} rows (store_entity, alias_norm, alias, alias_kind, joinable). */
    public List<Object[]> aliases() {
        return aliases;
    }

    /** The type of one of this document's store entities. */
    public String typeOf(String storeEntity) {
        return typeOfStoreEntity.get(storeEntity);
    }

    /** A sources row; source_key is what query sources groups by: the store entity, else the normalised text. */
    private static Object[] source(String key, String ownerKind, String owner, String role, int pos, SourceRef ref,
                                   String entity, Map<String, String> storeOf, int[] starts, Long no, LocalDate day) {
        String store = entity == null ? null : storeOf.get(entity);
        String norm = Names.normalize(ref.text());
        return new Object[] {key, ownerKind, owner, role, pos, ref.start(), ref.end(), ref.text(), ref.mention(), entity,
            store, norm, sentenceOf(starts, ref.start()), store != null ? store : norm, no, day};
    }

    private static Integer sentenceOf(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        int s = i >= 0 ? i : -i - 2;
        return s < 0 ? null : s;
    }

    private static String entityOf(SourceRef ref, Map<String, String> entityOfMention) {
        if (ref.entity() != null) {
            return ref.entity();
        }
        return ref.mention() == null ? null : entityOfMention.get(ref.mention());
    }
}
