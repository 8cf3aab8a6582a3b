-- Fairs, their halls and booth inventory. A fair's slug is also the scope
-- id of the roles held in it (user_roles.scope_id), so it never changes.

CREATE TABLE fairs (
    id                 TEXT PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    name_zh            TEXT NOT NULL,
    name_en            TEXT NOT NULL,
    description_zh     TEXT NOT NULL DEFAULT '',
    description_en     TEXT NOT NULL DEFAULT '',
    time_zone          TEXT NOT NULL,              -- IANA name; times below are UTC ms
    languages          TEXT NOT NULL,              -- JSON array of BCP 47 tags
    registration_opens INTEGER NOT NULL,           -- the phase boundaries, in order
    opening            INTEGER NOT NULL,
    show_days          INTEGER NOT NULL,
    trade_week         INTEGER NOT NULL,
    service_period     INTEGER NOT NULL,
    closes             INTEGER NOT NULL,
    created_by         TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

-- Halls group exhibitors by industry: the HS chapters each hall covers.
CREATE TABLE halls (
    id          TEXT PRIMARY KEY,
    fair_id     TEXT NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,                     -- "10", shown as "Hall 10"
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    hs_chapters TEXT NOT NULL DEFAULT '[]',        -- JSON array of 2-digit chapters
    position    INTEGER NOT NULL DEFAULT 0,
    plan_width  INTEGER NOT NULL DEFAULT 1000,     -- plan units (SVG viewBox)
    plan_height INTEGER NOT NULL DEFAULT 600,
    UNIQUE (fair_id, code)
);
CREATE INDEX halls_by_fair ON halls (fair_id, position);

-- Booths on a hall plan. A request holds a free booth for its organisation
-- (status 'requested') until the organizer approves ('booked') or rejects
-- ('free' again): the conditional UPDATE makes exactly one request win.
CREATE TABLE booths (
    id           TEXT PRIMARY KEY,
    fair_id      TEXT NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
    hall_id      TEXT NOT NULL REFERENCES halls(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,                    -- "10.2A15"
    kind         TEXT NOT NULL CHECK (kind IN ('standard', 'premium')),
    x            INTEGER NOT NULL,
    y            INTEGER NOT NULL,
    w            INTEGER NOT NULL,
    h            INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'free' CHECK (status IN ('free', 'requested', 'booked')),
    org_id       TEXT,
    requested_by TEXT,
    requested_at INTEGER,
    decided_by   TEXT,
    decided_at   INTEGER,
    UNIQUE (fair_id, code)
);
CREATE INDEX booths_by_hall ON booths (hall_id, code);
CREATE INDEX booths_by_org ON booths (org_id);
CREATE INDEX booths_requested ON booths (fair_id, status);
