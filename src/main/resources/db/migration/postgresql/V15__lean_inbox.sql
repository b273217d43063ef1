-- The pending index holds only rows kept for later processing (a payload not yet processed): the only query that
-- reads it asks for exactly those, and a bare dedupe key (every slash command, click and event) never does.
-- (Keep equivalent to sqlite/V15__lean_inbox.sql, which also clusters the SQLite table on its primary key;
-- a PostgreSQL table is a heap either way.)
DROP INDEX inbox_pending;
CREATE INDEX inbox_pending ON inbox (source, received_at) WHERE processed_at IS NULL AND payload IS NOT NULL;
