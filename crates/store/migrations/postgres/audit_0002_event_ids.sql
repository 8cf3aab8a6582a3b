-- Records written on behalf of a committed change carry the id of the
-- outbox event that asked for them, so that appending the same intent twice
-- (the direct path after the commit and the outbox's redelivery) leaves one
-- record.
ALTER TABLE audit_log ADD COLUMN event_id TEXT;
CREATE UNIQUE INDEX audit_log_event ON audit_log (event_id) WHERE event_id IS NOT NULL;
