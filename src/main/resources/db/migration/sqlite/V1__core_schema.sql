-- nexus core schema (SQLite). Keep equivalent to db/migration/postgresql/V1__core_schema.sql.
-- STRICT tables reject values of the wrong type, as PostgreSQL does; INTEGER is 64-bit here (PostgreSQL BIGINT).
-- Timestamps are epoch milliseconds. Rationale for each table is in the PostgreSQL script.

CREATE TABLE inbox (
    source       TEXT    NOT NULL,
    dedupe_key   TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    payload      TEXT,
    processed_at INTEGER,
    PRIMARY KEY (source, dedupe_key)
) STRICT;
CREATE INDEX inbox_pending ON inbox (source, received_at) WHERE processed_at IS NULL;
CREATE INDEX inbox_received ON inbox (received_at);

CREATE TABLE day_sequence (
    day        TEXT    NOT NULL PRIMARY KEY,
    last_value INTEGER NOT NULL CHECK (last_value > 0)
) STRICT;

CREATE TABLE incidents (
    id                    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    day                   TEXT    NOT NULL,
    seq                   INTEGER NOT NULL CHECK (seq > 0),
    channel_name          TEXT    NOT NULL UNIQUE,
    channel_id            TEXT    UNIQUE,
    title                 TEXT    NOT NULL,
    severity              TEXT    NOT NULL,
    status                TEXT    NOT NULL,
    service               TEXT,
    commander             TEXT,
    comms                 TEXT,
    declared_by           TEXT    NOT NULL,
    declared_at           INTEGER NOT NULL,
    acknowledged_at       INTEGER,
    resolved_at           INTEGER,
    pagerduty_incident_id TEXT    UNIQUE,
    card_ts               TEXT,
    declare_key           TEXT    NOT NULL UNIQUE,
    alert_count           INTEGER NOT NULL DEFAULT 0 CHECK (alert_count >= 0),
    last_update_at        INTEGER,
    updated_at            INTEGER NOT NULL,
    version               INTEGER NOT NULL DEFAULT 0,
    UNIQUE (day, seq)
) STRICT;
CREATE INDEX incidents_open ON incidents (status) WHERE resolved_at IS NULL;

CREATE TABLE timeline_events (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    actor       TEXT,
    text        TEXT    NOT NULL,
    dedupe_key  TEXT,
    UNIQUE (incident_id, dedupe_key)
) STRICT;
CREATE INDEX timeline_events_by_incident ON timeline_events (incident_id, at);

CREATE TABLE audit_log (
    seq         INTEGER NOT NULL PRIMARY KEY CHECK (seq > 0),
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    channel     TEXT,
    incident_id INTEGER,
    action      TEXT    NOT NULL,
    target      TEXT,
    params      TEXT,
    verdict     TEXT    NOT NULL,
    reason      TEXT,
    outcome     TEXT,
    error       TEXT,
    prev_hash   TEXT    NOT NULL UNIQUE,
    hash        TEXT    NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_log_by_incident ON audit_log (incident_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE pending_actions (
    id          TEXT    NOT NULL PRIMARY KEY,
    action      TEXT    NOT NULL,
    target      TEXT,
    params      TEXT,
    requester   TEXT    NOT NULL,
    channel     TEXT,
    incident_id INTEGER REFERENCES incidents (id),
    state       TEXT    NOT NULL CHECK (state IN ('pending', 'approved', 'executing', 'done', 'failed',
                                                  'cancelled', 'expired', 'unknown')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    result      TEXT
) STRICT;
CREATE INDEX pending_actions_by_state ON pending_actions (state, expires_at);

CREATE TABLE approvals (
    pending_id TEXT    NOT NULL REFERENCES pending_actions (id),
    approver   TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (pending_id, approver)
) STRICT;

CREATE TABLE reminders (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id   INTEGER NOT NULL REFERENCES incidents (id),
    kind          TEXT    NOT NULL,
    due_at        INTEGER NOT NULL,
    claimed_by    TEXT,
    claimed_until INTEGER,
    fired_at      INTEGER,
    UNIQUE (incident_id, kind, due_at)
) STRICT;
CREATE INDEX reminders_due ON reminders (due_at) WHERE fired_at IS NULL;
