-- PagerDuty two-way sync (keep equivalent to postgresql/V8__pagerduty_sync.sql).
-- pagerduty_links: every PagerDuty incident tied to a Slack incident (auto-declared, joined by an alert storm, or
-- opened by /nexus page); later webhooks for it find their incident here, and storms count their alerts here.
CREATE TABLE pagerduty_links (
    pd_incident_id TEXT    NOT NULL PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    pd_service_id  TEXT,
    via            TEXT    NOT NULL,
    linked_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX pagerduty_links_storm ON pagerduty_links (pd_service_id, linked_at);
CREATE INDEX pagerduty_links_incident ON pagerduty_links (incident_id);

-- pagerduty_pages: Events API triggers sent by /nexus page (or the pager hook), by their stable dedup key, so the
-- PagerDuty incident they open is linked to the Slack incident when its webhook arrives.
CREATE TABLE pagerduty_pages (
    dedup_key      TEXT    NOT NULL PRIMARY KEY,
    incident_id    INTEGER REFERENCES incidents (id),
    service        TEXT    NOT NULL,
    pd_service_id  TEXT,
    requested_by   TEXT,
    created_at     INTEGER NOT NULL,
    pd_incident_id TEXT
) STRICT;

-- pagerduty_writes: acknowledge / resolve / note calls made for Slack users. Stored before the call, so that a
-- PagerDuty outage loses nothing (pending rows are retried, bounded) and the webhook echoing our own write is
-- recognised (echo_consumed_at) instead of being posted a second time.
CREATE TABLE pagerduty_writes (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id),
    pd_incident_id   TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    from_email       TEXT    NOT NULL,
    content          TEXT,
    actor            TEXT,
    state            TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_at          INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    echo_consumed_at INTEGER
) STRICT;
CREATE INDEX pagerduty_writes_due ON pagerduty_writes (state, next_at);
CREATE INDEX pagerduty_writes_echo ON pagerduty_writes (pd_incident_id, kind);
