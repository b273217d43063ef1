-- One row readiness writes to (keep equivalent to postgresql/V14__store_heartbeat.sql): /readyz proves the store
-- takes writes, not only that it answers SELECT 1.
CREATE TABLE store_heartbeat (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    at INTEGER NOT NULL
) STRICT;
INSERT INTO store_heartbeat (id, at) VALUES (1, 0);
