-- Depeche store, schema version 2 (docs/store.md describes every table).
-- doc_no: an integer per document (BIGINT), in every table of facts, that the queries join on
-- (cheaper than the 64-character doc_key); doc_key stays the identity. A database store draws it
-- from the sequence doc_numbers (1, 2, 3…); the Spark job, which has no sequence, derives it from
-- doc_key (its first 16 hex digits, top bit cleared; docs/spark.md). Each also carries its
-- document's published day, so date filters and newest-first order need no join.
-- One script for DuckDB and PostgreSQL: portable types only. Offsets (*_start, *_end) are
-- half-open Java String indices (UTF-16 units) into documents.text, as in depeche/1 JSON.
-- Statements are separated by a line holding only ';'.
CREATE TABLE IF NOT EXISTS store_meta (
  meta_key   TEXT PRIMARY KEY,
  meta_value TEXT NOT NULL
)
;
CREATE TABLE IF NOT EXISTS documents (
  doc_key      TEXT PRIMARY KEY,   -- sha-256 (hex) of the text, then of "\n" + url when a url is known
  content_hash TEXT NOT NULL,      -- sha-256 (hex) of the text alone
  id           TEXT NOT NULL,      -- the input's id (file name, JSONL id, feed guid, WARC record)
  url          TEXT,
  source       TEXT,               -- publisher or feed
  title        TEXT,
  lang         TEXT,
  published    DATE,
  origin       TEXT,               -- file, file:line, feed item, WARC file@offset
  format       TEXT,               -- text, html, jsonl, rss, atom, warc
  text         TEXT NOT NULL,      -- the analysed text, exactly; every offset points into it
  text_length  INTEGER NOT NULL,
  analysis     TEXT NOT NULL,      -- the full depeche/1 JSON of the document (words included)
  ingested_at  TIMESTAMP NOT NULL,
  doc_no       BIGINT NOT NULL     -- unique: the sequence doc_numbers, or from doc_key (Spark)
)
;
CREATE TABLE IF NOT EXISTS sentences (
  doc_key     TEXT NOT NULL,
  sentence    INTEGER NOT NULL,
  s_start     INTEGER NOT NULL,
  s_end       INTEGER NOT NULL,
  text        TEXT NOT NULL,
  parsed      BOOLEAN NOT NULL,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, sentence), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS entities (
  doc_key      TEXT NOT NULL,
  entity_id    TEXT NOT NULL,      -- e1, e2… within the document
  type         TEXT NOT NULL,      -- PER, ORG, LOC, MISC
  name         TEXT,
  titles       TEXT,               -- the article's titles for it, joined by ' | '
  stands_for   TEXT,               -- entity_id of the country a seat stands for
  store_entity TEXT,  -- store_entities.store_entity it was joined to
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, entity_id), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS mentions (
  doc_key      TEXT NOT NULL,
  mention_id   TEXT NOT NULL,
  entity_id    TEXT,
  store_entity TEXT,
  type         TEXT NOT NULL,
  kind         TEXT NOT NULL,      -- NAME, NOMINAL, PRONOUN
  m_start      INTEGER NOT NULL,
  m_end        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  sentence     INTEGER,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, mention_id), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS timexes (
  doc_key    TEXT NOT NULL,
  timex_id   TEXT NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT,
  t_start    INTEGER NOT NULL,
  t_end      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  timex_mod  TEXT,
  anchor     TEXT,
  sentence   INTEGER,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, timex_id), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS quotes (
  doc_key              TEXT NOT NULL,
  quote_id             TEXT NOT NULL,
  kind                 TEXT NOT NULL,  -- DIRECT, INDIRECT, MIXED
  q_start              INTEGER NOT NULL,
  q_end                INTEGER NOT NULL,
  text                 TEXT NOT NULL,
  cue_start            INTEGER,
  cue_end              INTEGER,
  cue_text             TEXT,
  cue_lemma            TEXT,
  speaker_text         TEXT,
  speaker_norm         TEXT,           -- normalised speaker_text
  speaker_entity       TEXT,
  speaker_store_entity TEXT,
  sentence             INTEGER,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, quote_id), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS events (
  doc_key       TEXT NOT NULL,
  event_id      TEXT NOT NULL,
  type          TEXT NOT NULL,      -- ACE 2005 Type.Subtype
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  time_value    TEXT,
  polarity      TEXT NOT NULL,
  modality      TEXT NOT NULL,
  coreferent    TEXT,               -- event_ids of the same event in the article, joined by ' '
  sentence      INTEGER,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, event_id), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS event_arguments (
  doc_key      TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  position     INTEGER NOT NULL,
  role         TEXT NOT NULL,
  a_start      INTEGER NOT NULL,
  a_end        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  entity_id    TEXT,
  store_entity TEXT,
  quantity     INTEGER,
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, event_id, position), unique by construction (see docs/store.md)
)
;
CREATE TABLE IF NOT EXISTS sources (
  doc_key      TEXT NOT NULL,
  owner_kind   TEXT NOT NULL,       -- quote or event
  owner_id     TEXT NOT NULL,       -- quote_id or event_id
  role         TEXT NOT NULL,       -- speaker, via (nearest the speaker first) or source (of an event)
  position     INTEGER NOT NULL,
  src_start    INTEGER NOT NULL,
  src_end      INTEGER NOT NULL,
  text         TEXT NOT NULL,
  mention_id   TEXT,
  entity_id    TEXT,
  store_entity TEXT,
  name_norm    TEXT NOT NULL,  -- normalised text, for sources no entity holds
  sentence     INTEGER,             -- the sentence holding src_start
  source_key   TEXT NOT NULL,       -- store_entity, else name_norm: what query sources groups by
  doc_no       BIGINT NOT NULL,
  published    DATE                -- the document's, copied so queries filter and sort without a join
  -- key: (doc_key, owner_kind, owner_id, role, position), unique by construction (see docs/store.md)
)
;
CREATE SEQUENCE IF NOT EXISTS doc_numbers START 1
;
CREATE TABLE IF NOT EXISTS store_entities (
  store_entity TEXT PRIMARY KEY,    -- TYPE:normalised name, or country:ISO
  type         TEXT NOT NULL,
  name         TEXT NOT NULL,
  created_at   TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS store_aliases (
  store_entity TEXT NOT NULL,
  alias_norm   TEXT NOT NULL,
  alias        TEXT NOT NULL,
  alias_kind   TEXT NOT NULL,       -- name, short (a lone name), title, country
  joinable     BOOLEAN NOT NULL,    -- whether a new article's cluster may join through it
  PRIMARY KEY (store_entity, alias_norm)
)
;
CREATE TABLE IF NOT EXISTS clusters (
  cluster_id TEXT PRIMARY KEY,      -- reserved: the same event or quote reported by several articles
  kind       TEXT NOT NULL,         -- event or quote
  label      TEXT,
  method     TEXT,
  created_at TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS cluster_members (
  cluster_id TEXT NOT NULL,
  doc_key    TEXT NOT NULL,
  item_id    TEXT NOT NULL,         -- quote_id or event_id in that document
  score      DOUBLE PRECISION,
  PRIMARY KEY (cluster_id, doc_key, item_id)
)
