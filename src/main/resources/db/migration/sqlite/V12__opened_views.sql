-- opened_views: every modal nexus opened (keep equivalent to postgresql/V12__opened_views.sql). A view_submission
-- is carried out only for a view listed here, with the same callback and private metadata, from its opener.
CREATE TABLE opened_views (
    view_id          TEXT    NOT NULL PRIMARY KEY,
    callback_id      TEXT    NOT NULL,
    private_metadata TEXT    NOT NULL,
    opened_by        TEXT    NOT NULL,
    opened_at        INTEGER NOT NULL
) STRICT;
CREATE INDEX opened_views_age ON opened_views (opened_at);
