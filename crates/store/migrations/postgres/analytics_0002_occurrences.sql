-- A row may stand for several identical events (page views are written
-- in aggregated batches): measures add up occurrences.
ALTER TABLE events ADD COLUMN occurrences BIGINT NOT NULL DEFAULT 1;
