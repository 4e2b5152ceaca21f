-- Indexes, PostgreSQL only (DuckDB answers these queries by scanning its columns,
-- and its indexes slow every insert). Separated by a line holding only ';'.
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_store_entity)
;
CREATE INDEX IF NOT EXISTS sources_entity ON sources (store_entity)
;
CREATE INDEX IF NOT EXISTS sources_norm ON sources (name_norm)
;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (store_entity)
;
CREATE INDEX IF NOT EXISTS arguments_entity ON event_arguments (store_entity)
;
CREATE INDEX IF NOT EXISTS aliases_norm ON store_aliases (alias_norm)
;
CREATE INDEX IF NOT EXISTS documents_published ON documents (published)
;
CREATE INDEX IF NOT EXISTS events_type ON events (type)
;
CREATE UNIQUE INDEX IF NOT EXISTS documents_no ON documents (doc_no)
;
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences (doc_no)
;
CREATE INDEX IF NOT EXISTS entities_doc ON entities (doc_no)
;
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_no)
;
CREATE INDEX IF NOT EXISTS timexes_doc ON timexes (doc_no)
;
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_no)
;
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_no)
;
CREATE INDEX IF NOT EXISTS event_arguments_doc ON event_arguments (doc_no)
;
CREATE INDEX IF NOT EXISTS sources_doc ON sources (doc_no)
