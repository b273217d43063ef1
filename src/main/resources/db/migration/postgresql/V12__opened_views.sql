-- opened_views (keep equivalent to sqlite/V12__opened_views.sql): every modal nexus opens, recorded before
-- it is opened under a random external_id. A view_submission is carried out only for a view listed here, with
-- the same callback and private metadata, from the user it was opened for.
CREATE TABLE opened_views (
    external_id      TEXT    NOT NULL PRIMARY KEY,
    callback_id      TEXT    NOT NULL,
    private_metadata TEXT    NOT NULL,
    opened_by        TEXT    NOT NULL,
    opened_at        BIGINT  NOT NULL
);
CREATE INDEX opened_views_age ON opened_views (opened_at);
