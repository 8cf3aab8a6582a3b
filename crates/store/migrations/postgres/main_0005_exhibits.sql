-- Exhibits: an organisation's products, with their text per language (the
-- source language marked, translations flagged machine draft or human),
-- trade terms, a specifications table and media. Money in minor units.

CREATE TABLE exhibits (
    id               TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    source_lang      TEXT NOT NULL,
    hs_code          TEXT NOT NULL,
    model_number     TEXT NOT NULL DEFAULT '',
    price_min_minor  BIGINT,
    price_max_minor  BIGINT,
    currency         TEXT NOT NULL DEFAULT '',
    moq              BIGINT,
    lead_time_days   BIGINT,
    incoterms        TEXT NOT NULL DEFAULT '[]',
    ports            TEXT NOT NULL DEFAULT '[]',
    specs            TEXT NOT NULL DEFAULT '[]',    -- JSON [[name, value], ...]
    created_by       TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    published_at     BIGINT
);
CREATE INDEX exhibits_by_org ON exhibits (org_id, status);
CREATE INDEX exhibits_by_hs ON exhibits (hs_code);

CREATE TABLE exhibit_texts (
    exhibit_id     TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    lang           TEXT NOT NULL,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    selling_points TEXT NOT NULL DEFAULT '',
    machine        BIGINT NOT NULL DEFAULT 0,     -- 1: a machine draft not yet reviewed by a person
    PRIMARY KEY (exhibit_id, lang)
);

CREATE TABLE exhibit_media (
    id          TEXT PRIMARY KEY,
    exhibit_id  TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                     -- image, video, document, table, model, panorama
    object_key  TEXT NOT NULL,
    mime        TEXT NOT NULL,
    width       BIGINT,
    height      BIGINT,
    variants    TEXT NOT NULL DEFAULT '{}',        -- JSON {"160": key, "480": key, ...}
    position    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);
CREATE INDEX exhibit_media_by_exhibit ON exhibit_media (exhibit_id, position);
