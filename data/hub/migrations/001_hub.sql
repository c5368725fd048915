-- Veritag hub schema, version 1. Runs inside schema veritag as the hub's
-- owner; privileges for the group roles are granted by hub init.

-- The hub's identity: local files keep their sync cursors per hub id.
CREATE TABLE veritag.hub (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    id         uuid        NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO veritag.hub DEFAULT VALUES;

CREATE TABLE veritag.labels (
    name        text PRIMARY KEY CHECK (name ~ '^[A-Z][A-Z0-9_-]{0,31}$'),
    key         text NOT NULL UNIQUE CHECK (key ~ '^[1-9]$'),
    color       text NOT NULL CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
    description text NOT NULL DEFAULT '',
    position    int  NOT NULL
);

-- Documents are immutable and identified by the SHA-256 of their text.
CREATE TABLE veritag.documents (
    hash       text        PRIMARY KEY CHECK (hash = encode(sha256(convert_to(text, 'UTF8')), 'hex')),
    title      text        NOT NULL,
    source     text        NOT NULL DEFAULT '',
    lang       text        NOT NULL DEFAULT '',
    text       text        NOT NULL,
    created_by text        NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    added      bigint      GENERATED ALWAYS AS IDENTITY UNIQUE -- insertion order, kept by the change log
);

CREATE TABLE veritag.sentences (
    hash     text PRIMARY KEY,
    doc_hash text NOT NULL REFERENCES veritag.documents(hash) ON DELETE CASCADE,
    idx      int  NOT NULL CHECK (idx >= 0),
    start    int  NOT NULL CHECK (start >= 0),
    "end"    int  NOT NULL,
    text     text NOT NULL,
    UNIQUE (doc_hash, idx),
    CHECK ("end" > start)
);

-- One row per (sentence, annotator); a NULL label is a cleared annotation,
-- kept so that the clearing wins over older labels. updated_ns is the
-- change's time in Unix nanoseconds, exactly as the local file has it.
CREATE TABLE veritag.annotations (
    sentence_hash text   NOT NULL REFERENCES veritag.sentences(hash) ON DELETE CASCADE,
    annotator     text   NOT NULL CHECK (annotator <> ''),
    label         text   REFERENCES veritag.labels(name) ON UPDATE CASCADE,
    confidence    int    NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 3),
    note          text   NOT NULL DEFAULT '',
    updated_ns    bigint NOT NULL,
    PRIMARY KEY (sentence_hash, annotator)
);
CREATE INDEX annotations_annotator ON veritag.annotations(annotator);

CREATE TABLE veritag.adjudications (
    sentence_hash text   PRIMARY KEY REFERENCES veritag.sentences(hash) ON DELETE CASCADE,
    label         text   REFERENCES veritag.labels(name) ON UPDATE CASCADE,
    adjudicator   text   NOT NULL CHECK (adjudicator <> ''),
    updated_ns    bigint NOT NULL
);

-- The append-only change log that sync reads. Its rows are written only by
-- the triggers below, under one transaction-level lock, so that seq order
-- is commit order and a reader never skips a change committed later with
-- a smaller seq.
CREATE TABLE veritag.changes (
    seq           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor         text        NOT NULL,
    kind          text        NOT NULL,
    doc_hash      text        NOT NULL DEFAULT '',
    sentence_hash text        NOT NULL DEFAULT '',
    annotator     text        NOT NULL DEFAULT '',
    label         text        NOT NULL DEFAULT '',
    confidence    int         NOT NULL DEFAULT 0,
    note          text        NOT NULL DEFAULT '',
    updated_ns    bigint      NOT NULL DEFAULT 0
);

CREATE FUNCTION veritag.changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the hub''s change log is append-only';
END $$;
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON veritag.changes
    FOR EACH ROW EXECUTE FUNCTION veritag.changes_append_only();

-- log_lock serialises writers of the change log until they commit.
CREATE FUNCTION veritag.log_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(5654414701);
$$;

CREATE FUNCTION veritag.log_documents() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_lock();
    IF TG_OP = 'INSERT' THEN
        INSERT INTO veritag.changes(actor, kind, doc_hash)
            SELECT created_by, 'document', hash FROM added ORDER BY added;
    ELSE
        INSERT INTO veritag.changes(actor, kind, doc_hash)
            SELECT session_user, 'document_deleted', hash FROM removed;
    END IF;
    PERFORM pg_notify('veritag_changes', '');
    RETURN NULL;
END $$;
CREATE TRIGGER documents_added AFTER INSERT ON veritag.documents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_documents();
CREATE TRIGGER documents_removed AFTER DELETE ON veritag.documents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_documents();

-- check_sentences refuses sentences whose text is not the code-point slice
-- of their document that their offsets say, or whose hash is not theirs.
CREATE FUNCTION veritag.check_sentences() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
DECLARE bad record;
BEGIN
    SELECT s.hash, s.doc_hash, s.idx INTO bad FROM added s JOIN veritag.documents d ON d.hash = s.doc_hash
     WHERE substr(d.text, s.start + 1, s."end" - s.start) <> s.text
        OR s.hash <> left(encode(sha256(convert_to(d.hash, 'UTF8') || '\x00'::bytea
                 || convert_to(s.start::text, 'UTF8') || '\x00'::bytea || convert_to(s.text, 'UTF8')), 'hex'), 32)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'sentence % of document % does not match its text or hash', bad.idx, bad.doc_hash
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER sentences_checked AFTER INSERT ON veritag.sentences REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.check_sentences();

CREATE FUNCTION veritag.log_annotations() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_lock();
    IF TG_OP = 'DELETE' THEN
        INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, updated_ns)
            SELECT annotator, 'annotation', sentence_hash, annotator,
                   (extract(epoch FROM clock_timestamp()) * 1e9)::bigint
              FROM removed WHERE label IS NOT NULL;
    ELSE
        INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, label, confidence, note, updated_ns)
            SELECT annotator, 'annotation', sentence_hash, annotator, coalesce(label, ''), confidence, note, updated_ns
              FROM changed ORDER BY updated_ns, sentence_hash, annotator;
    END IF;
    PERFORM pg_notify('veritag_changes', '');
    RETURN NULL;
END $$;
CREATE TRIGGER annotations_inserted AFTER INSERT ON veritag.annotations REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_annotations();
CREATE TRIGGER annotations_updated AFTER UPDATE ON veritag.annotations REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_annotations();
CREATE TRIGGER annotations_deleted AFTER DELETE ON veritag.annotations REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_annotations();

CREATE FUNCTION veritag.log_adjudications() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_lock();
    IF TG_OP = 'DELETE' THEN
        INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, updated_ns)
            SELECT session_user, 'adjudication', sentence_hash, session_user,
                   (extract(epoch FROM clock_timestamp()) * 1e9)::bigint
              FROM removed WHERE label IS NOT NULL;
    ELSE
        INSERT INTO veritag.changes(actor, kind, sentence_hash, annotator, label, updated_ns)
            SELECT adjudicator, 'adjudication', sentence_hash, adjudicator, coalesce(label, ''), updated_ns
              FROM changed ORDER BY updated_ns, sentence_hash;
    END IF;
    PERFORM pg_notify('veritag_changes', '');
    RETURN NULL;
END $$;
CREATE TRIGGER adjudications_inserted AFTER INSERT ON veritag.adjudications REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_adjudications();
CREATE TRIGGER adjudications_updated AFTER UPDATE ON veritag.adjudications REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_adjudications();
CREATE TRIGGER adjudications_deleted AFTER DELETE ON veritag.adjudications REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION veritag.log_adjudications();

-- Row-level security: everyone in the hub reads everything; a member
-- writes only rows in their own name. The owner of the tables (the role
-- that ran hub init) is not bound by these policies.
ALTER TABLE veritag.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON veritag.documents FOR SELECT USING (true);
CREATE POLICY add_own ON veritag.documents FOR INSERT WITH CHECK (created_by = current_user);
CREATE POLICY delete_any ON veritag.documents FOR DELETE USING (true); -- DELETE is granted to owners only

ALTER TABLE veritag.annotations ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON veritag.annotations FOR SELECT USING (true);
CREATE POLICY add_own ON veritag.annotations FOR INSERT WITH CHECK (annotator = current_user);
CREATE POLICY change_own ON veritag.annotations FOR UPDATE USING (annotator = current_user) WITH CHECK (annotator = current_user);
CREATE POLICY delete_own ON veritag.annotations FOR DELETE USING (annotator = current_user);

ALTER TABLE veritag.adjudications ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON veritag.adjudications FOR SELECT USING (true);
CREATE POLICY add_own ON veritag.adjudications FOR INSERT WITH CHECK (adjudicator = current_user);
CREATE POLICY change_any ON veritag.adjudications FOR UPDATE USING (true) WITH CHECK (adjudicator = current_user);
CREATE POLICY delete_any ON veritag.adjudications FOR DELETE USING (true); -- writes are granted to adjudicators only
