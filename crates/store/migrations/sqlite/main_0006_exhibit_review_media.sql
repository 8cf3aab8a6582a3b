-- Exhibit review (S4.1.1): a fair's organizer chooses whether verified
-- exhibitors publish at once or after review. An exhibit waiting for
-- review stays a draft with review = 'pending'; a rejection keeps the
-- reason until the exhibitor resubmits.
ALTER TABLE fairs ADD COLUMN exhibit_review INTEGER NOT NULL DEFAULT 1;

ALTER TABLE exhibits ADD COLUMN review TEXT NOT NULL DEFAULT 'none'
    CHECK (review IN ('none', 'pending', 'rejected'));
ALTER TABLE exhibits ADD COLUMN review_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX exhibits_by_review ON exhibits (review, updated_at);

-- Media carry a caption (documents and tables are listed by it) and, for
-- videos, tables and models, what the page needs without opening the file.
ALTER TABLE exhibit_media ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibit_media ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;

-- Who may see a product or a whole booth: visitors from listed countries
-- (ISO 3166-1 alpha-2; an empty list means everyone) and/or verified trade
-- visitors only. The exhibitor's own staff always see everything.
ALTER TABLE exhibits ADD COLUMN visible_countries TEXT NOT NULL DEFAULT '[]';
ALTER TABLE exhibits ADD COLUMN trade_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN visible_countries TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisations ADD COLUMN trade_only INTEGER NOT NULL DEFAULT 0;

-- Visitors save exhibitors and products.
CREATE TABLE favourites (
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('org', 'exhibit')),
    target_id   TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, target_kind, target_id)
);
CREATE INDEX favourites_by_target ON favourites (target_kind, target_id);

-- The booth page shows the exhibitor's first video, 3D model and panorama
-- and its documents without walking every product: media know their
-- organisation.
ALTER TABLE exhibit_media ADD COLUMN org_id TEXT NOT NULL DEFAULT '';
UPDATE exhibit_media SET org_id = COALESCE((SELECT e.org_id FROM exhibits e WHERE e.id = exhibit_media.exhibit_id), '');
CREATE INDEX exhibit_media_by_org ON exhibit_media (org_id, kind, created_at);
CREATE INDEX exhibits_by_org_recent ON exhibits (org_id, status, created_at);
