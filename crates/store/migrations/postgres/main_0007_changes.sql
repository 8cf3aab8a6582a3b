-- The record of what changed (one row per object a use case changed, in the
-- same transaction as the change): the audit trail, the page cache and,
-- later, the search index, webhooks and notifications follow it instead of
-- guessing. `version` counts the changes of one object (1, 2, ...).
-- High-rate streams with their own path (page views) are not recorded here.
CREATE TABLE changes (
    seq       BIGSERIAL PRIMARY KEY,
    at_ms     BIGINT NOT NULL,
    actor_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    object_id TEXT NOT NULL,
    verb      TEXT NOT NULL,
    version   BIGINT NOT NULL,
    -- The fair the change concerns, where there is one (for followers that
    -- work per fair).
    fair_id   TEXT
);
CREATE UNIQUE INDEX changes_by_object ON changes (kind, object_id, version);
CREATE INDEX changes_by_actor ON changes (actor_id);
CREATE INDEX changes_by_time ON changes (at_ms);
