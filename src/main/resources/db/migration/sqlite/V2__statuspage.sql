-- The Atlassian Statuspage incident an incident's status updates go to (null until the first update).
-- Keep equivalent to db/migration/postgresql/V2__statuspage.sql.
ALTER TABLE incidents ADD COLUMN statuspage_incident_id TEXT;
