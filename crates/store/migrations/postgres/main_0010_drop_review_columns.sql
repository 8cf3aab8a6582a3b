-- Verification and content review moved to each fair (fair_exhibitors,
-- exhibit_revisions, exhibit_reviews, main_0009); the platform-wide review
-- columns they replace go.
DROP INDEX IF EXISTS organisations_by_status;
ALTER TABLE organisations DROP COLUMN status;
ALTER TABLE organisations DROP COLUMN review_reason;
ALTER TABLE organisations DROP COLUMN submitted_at;
ALTER TABLE organisations DROP COLUMN reviewed_by;
ALTER TABLE organisations DROP COLUMN reviewed_at;
DROP INDEX IF EXISTS exhibits_by_review;
ALTER TABLE exhibits DROP COLUMN review;
ALTER TABLE exhibits DROP COLUMN review_reason;
