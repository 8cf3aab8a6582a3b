-- What visitors and trade visitors tell about themselves, and what they
-- consent to show exhibitors (PIPL). Phone and social handles are sealed
-- with AES-256-GCM by the application (key outside the database).

CREATE TABLE visitor_profiles (
    user_id           TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    country           TEXT NOT NULL DEFAULT '',       -- ISO 3166-1 alpha-2
    company           TEXT NOT NULL DEFAULT '',
    job_title         TEXT NOT NULL DEFAULT '',
    interests         TEXT NOT NULL DEFAULT '[]',     -- JSON array of HS codes
    volume_band       TEXT NOT NULL DEFAULT '',       -- '', lt_100k, 100k_1m, 1m_10m, gt_10m (USD a year)
    languages         TEXT NOT NULL DEFAULT '[]',
    phone_sealed      TEXT NOT NULL DEFAULT '',
    social_sealed     TEXT NOT NULL DEFAULT '',
    consent           TEXT NOT NULL DEFAULT '{}',     -- JSON: what exhibitors may see, lead push
    updated_at        INTEGER NOT NULL
);
