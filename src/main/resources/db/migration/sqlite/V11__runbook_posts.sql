-- Runbooks posted in incident channels (keep equivalent to postgresql/V11__runbook_posts.sql).
-- runbook_posts: one row per runbook per incident, claimed before the message is posted so that a retried or
-- repeated declaration posts it once; message_ts is where the message is, so clicks update it in place.
CREATE TABLE runbook_posts (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    runbook_id  TEXT    NOT NULL,
    channel_id  TEXT    NOT NULL,
    message_ts  TEXT,
    reason      TEXT    NOT NULL,
    posted_by   TEXT,
    posted_at   INTEGER NOT NULL,
    UNIQUE (incident_id, runbook_id)
) STRICT;

-- runbook_step_runs: who last ran each step of a posted runbook, when, and how often it was run.
CREATE TABLE runbook_step_runs (
    post_id  INTEGER NOT NULL REFERENCES runbook_posts (id),
    step_key TEXT    NOT NULL,
    ran_by   TEXT    NOT NULL,
    ran_at   INTEGER NOT NULL,
    runs     INTEGER NOT NULL,
    PRIMARY KEY (post_id, step_key)
) STRICT;
