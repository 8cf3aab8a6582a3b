-- Analytics: one row per counted event (S5.5.1). event_id is the outbox
-- event's id, so a redelivered event is stored once.
CREATE TABLE events (
    event_id    TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    at_ms       BIGINT NOT NULL,
    fair_id     TEXT,
    actor_id    TEXT,
    country     TEXT,
    industry    TEXT,
    value_minor BIGINT,
    currency    TEXT
);
CREATE INDEX events_kind_at ON events (kind, at_ms);
CREATE INDEX events_fair_kind ON events (fair_id, kind);
