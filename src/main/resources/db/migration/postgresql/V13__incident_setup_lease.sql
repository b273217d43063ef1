-- Which process is setting an incident's channel up, and until when it vouches for it (keep equivalent to
-- sqlite/V13__incident_setup_lease.sql). The owner renews setup_lease_until while it lives; an incident left
-- without its channel or card whose lease ran out is finished (or reported) by whichever replica claims it first.
ALTER TABLE incidents ADD COLUMN setup_owner TEXT;
ALTER TABLE incidents ADD COLUMN setup_lease_until BIGINT;
