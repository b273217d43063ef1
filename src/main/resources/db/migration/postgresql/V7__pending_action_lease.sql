-- Which process runs an executing action, and until when it vouches for it (keep equivalent to
-- sqlite/V7__pending_action_lease.sql). The owner renews lease_until while it lives; only an action whose
-- lease ran out is reported as outcome unknown, so a starting replica leaves another live replica's run alone.
ALTER TABLE pending_actions ADD COLUMN owner TEXT;
ALTER TABLE pending_actions ADD COLUMN lease_until BIGINT;
