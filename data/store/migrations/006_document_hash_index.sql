-- Veritag schema, version 6: a document's content hash is kept unique by
-- a named index instead of a column constraint, so that a large import can
-- set the index aside and build it again, sorted, as it does the sentence
-- hash index. The table is rebuilt with the same columns, ids and rows
-- (migrate runs every step with foreign keys off and checks them after).
CREATE TABLE documents_v6 (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    source         TEXT    NOT NULL DEFAULT '',
    lang           TEXT    NOT NULL DEFAULT '',
    text           TEXT    NOT NULL,
    hash           TEXT    NOT NULL,
    sentence_count INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    counted        INTEGER NOT NULL DEFAULT 0,
    byline         TEXT    NOT NULL DEFAULT '',
    published      TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL DEFAULT ''
);
INSERT INTO documents_v6 (id, title, source, lang, text, hash, sentence_count, created_at, counted, byline, published, summary)
    SELECT id, title, source, lang, text, hash, sentence_count, created_at, counted, byline, published, summary FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
CREATE UNIQUE INDEX documents_hash ON documents(hash);
