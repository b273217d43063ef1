-- The Atlassian Statuspage incident an incident's status updates go to (null until the first update): created on
-- the first `/nexus update`, patched by every later one.
ALTER TABLE incidents ADD COLUMN statuspage_incident_id TEXT;
