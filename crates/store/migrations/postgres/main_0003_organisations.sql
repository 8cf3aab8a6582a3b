-- Exhibiting organisations and their verification (S3.4): legal names,
-- the Unified Social Credit Code, a business licence file, industries and
-- markets; submitted for review, approved or rejected with a reason, fixed
-- and resubmitted. Approved organisations carry the verified badge.

CREATE TABLE organisations (
    id             TEXT PRIMARY KEY,
    legal_name_zh  TEXT NOT NULL,
    legal_name_en  TEXT NOT NULL,
    uscc           TEXT NOT NULL UNIQUE,
    contact_name   TEXT NOT NULL DEFAULT '',
    contact_email  TEXT NOT NULL DEFAULT '',
    industries     TEXT NOT NULL DEFAULT '[]',     -- JSON array of HS chapters
    markets        TEXT NOT NULL DEFAULT '[]',     -- JSON array of ISO 3166-1 alpha-2
    languages      TEXT NOT NULL DEFAULT '[]',     -- JSON array of BCP 47 tags
    licence_key    TEXT,                           -- object key of the licence file
    licence_mime   TEXT,
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
    review_reason  TEXT NOT NULL DEFAULT '',
    submitted_at   BIGINT,
    reviewed_by    TEXT,
    reviewed_at    BIGINT,
    created_by     TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);
CREATE INDEX organisations_by_status ON organisations (status, submitted_at);
