-- Veritag schema, version 1.
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    source         TEXT    NOT NULL DEFAULT '',
    lang           TEXT    NOT NULL DEFAULT '',
    text           TEXT    NOT NULL,
    hash           TEXT    NOT NULL UNIQUE,
    sentence_count INTEGER NOT NULL,
    created_at     TEXT    NOT NULL
);

CREATE TABLE sentences (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT    NOT NULL,
    hash   TEXT    NOT NULL,
    UNIQUE (doc_id, idx)
);
CREATE INDEX sentences_hash ON sentences(hash);

CREATE TABLE labels (
    name        TEXT    PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE,
    color       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);

CREATE TABLE annotations (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    annotator   TEXT    NOT NULL,
    label       TEXT    NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
    confidence  INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 3),
    note        TEXT    NOT NULL DEFAULT '',
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (sentence_id, annotator)
) WITHOUT ROWID;
CREATE INDEX annotations_annotator ON annotations(annotator, sentence_id);

CREATE TABLE adjudications (
    sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
    label       TEXT    NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
    adjudicator TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- The append-only change log: who changed whose annotation, when, old -> new.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    annotator      TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    doc_id         INTEGER NOT NULL,
    sentence_idx   INTEGER NOT NULL,
    sentence_hash  TEXT    NOT NULL,
    old_label      TEXT    NOT NULL DEFAULT '',
    old_confidence INTEGER NOT NULL DEFAULT 0,
    old_note       TEXT    NOT NULL DEFAULT '',
    new_label      TEXT    NOT NULL DEFAULT '',
    new_confidence INTEGER NOT NULL DEFAULT 0,
    new_note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_sentence ON events(sentence_hash, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

-- Each actor's undo stack over the event log: undone = 1 rows form the redo
-- stack. Unlike events, this bookkeeping is mutable.
CREATE TABLE undo_stack (
    actor    TEXT    NOT NULL,
    seq      INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events(id),
    undone   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor, seq)
) WITHOUT ROWID;

-- Small facts about this database, e.g. whether the sample was offered.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
