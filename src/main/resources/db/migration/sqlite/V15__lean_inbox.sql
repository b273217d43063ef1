-- The inbox takes a row for every Slack delivery, and every row paid for four B-trees: the rowid table, the
-- primary key's index, and the two indexes below. (Keep equivalent to postgresql/V15__lean_inbox.sql.)
-- The table is now clustered on its primary key (WITHOUT ROWID: one B-tree for the row and its key), and the
-- pending index holds only rows kept for later processing (a payload not yet processed): the only query that
-- reads it asks for exactly those, and a bare dedupe key (every slash command, click and event) never does.
CREATE TABLE inbox_lean (
    source       TEXT    NOT NULL,
    dedupe_key   TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    payload      TEXT,
    processed_at INTEGER,
    PRIMARY KEY (source, dedupe_key)
) STRICT, WITHOUT ROWID;
INSERT INTO inbox_lean (source, dedupe_key, received_at, payload, processed_at)
    SELECT source, dedupe_key, received_at, payload, processed_at FROM inbox;
DROP TABLE inbox;
ALTER TABLE inbox_lean RENAME TO inbox;
CREATE INDEX inbox_pending ON inbox (source, received_at) WHERE processed_at IS NULL AND payload IS NOT NULL;
CREATE INDEX inbox_received ON inbox (received_at);
