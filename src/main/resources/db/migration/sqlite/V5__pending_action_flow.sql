-- What the confirmation flow needs beyond V1 (keep equivalent to postgresql/V5__pending_action_flow.sql).
-- started_at: when the action began running (cooldowns count from it); message_ts: the confirmation message to
-- update; approvals_needed/approvers: what two-person approval asks for; preview: what the requester was shown.
ALTER TABLE pending_actions ADD COLUMN started_at INTEGER;
ALTER TABLE pending_actions ADD COLUMN message_ts TEXT;
ALTER TABLE pending_actions ADD COLUMN approvals_needed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pending_actions ADD COLUMN approvers TEXT;
ALTER TABLE pending_actions ADD COLUMN preview TEXT;
CREATE INDEX pending_actions_runs ON pending_actions (action, target, started_at);
