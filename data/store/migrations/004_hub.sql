-- Sync with team hubs (PostgreSQL), per hub id. A cursor moves only after
-- the hub has committed what it covers, in the same local transaction as
-- the data it stands for.
CREATE TABLE IF NOT EXISTS hub_sync (
    hub_id       TEXT    PRIMARY KEY,
    pushed_event INTEGER NOT NULL DEFAULT 0, -- local events up to this id are on the hub
    pulled_seq   INTEGER NOT NULL DEFAULT 0, -- hub changes up to this seq are applied here
    synced_at    TEXT    NOT NULL DEFAULT ''
);

-- The local documents the hub is known to hold, by content hash.
CREATE TABLE IF NOT EXISTS hub_documents (
    hub_id TEXT NOT NULL,
    hash   TEXT NOT NULL,
    PRIMARY KEY (hub_id, hash)
) WITHOUT ROWID;
