-- Veritag hub schema, version 2: writers of the change log no longer queue
-- behind one lock until they commit. Each statement that logs changes first
-- registers itself: it takes a number s from the log's sequence and holds a
-- shared advisory lock keyed by s until its transaction ends, so every
-- change it logs has a sequence number above s. A reader reads only below
-- changes_horizon(), so it never skips a change that commits later with a
-- smaller number than one it has read. This holds because PostgreSQL makes
-- a commit visible before it releases the transaction's locks, and because
-- the sequence hands out numbers one at a time (CACHE 1, set below): no
-- session holds numbers drawn earlier to use later. A writer that rolls
-- back leaves only a gap in the numbers.

ALTER SEQUENCE veritag.changes_seq_seq CACHE 1;

-- log_register marks the calling transaction as a writer of the change log
-- (key: s with bit 62 set, so pg_locks shows classid >= 2^30).
CREATE FUNCTION veritag.log_register() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(nextval('veritag.changes_seq_seq') | (1::bigint << 62));
END $$;

-- changes_horizon is the lowest sequence number that a change not yet
-- visible to every new snapshot may still have: the sequence is read first,
-- then the writers in flight, so a writer that registers in between logs
-- only numbers above the sequence's value.
CREATE FUNCTION veritag.changes_horizon() RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    upto     bigint;
    inflight bigint;
BEGIN
    SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END INTO upto FROM veritag.changes_seq_seq;
    SELECT min(((l.classid::bigint & 1073741823) << 32) | l.objid::bigint) INTO inflight
      FROM pg_locks l
     WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.classid >= 1073741824
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database());
    RETURN least(upto, inflight);
END $$;

CREATE OR REPLACE FUNCTION veritag.log_documents() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_register();
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

CREATE OR REPLACE FUNCTION veritag.log_annotations() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_register();
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

CREATE OR REPLACE FUNCTION veritag.log_adjudications() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM veritag.log_register();
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

DROP FUNCTION veritag.log_lock();
