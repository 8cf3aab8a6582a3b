-- Everything a fair's staff act on is tied to that fair.
--
-- An organisation applies to exhibit at a fair by requesting a booth there;
-- that fair's reviewers decide, and an approval makes it a verified
-- exhibitor of that fair only.
CREATE TABLE fair_exhibitors (
    fair_id    TEXT NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
    org_id     TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('applied', 'approved', 'rejected')),
    reason     TEXT NOT NULL DEFAULT '',
    applied_by TEXT,
    applied_at BIGINT NOT NULL,
    decided_by TEXT,
    decided_at BIGINT,
    PRIMARY KEY (fair_id, org_id)
);
CREATE INDEX fair_exhibitors_by_org ON fair_exhibitors (org_id, status);
CREATE INDEX fair_exhibitors_by_status ON fair_exhibitors (fair_id, status, applied_at);
-- Organisations reviewed before: their decision holds for the fairs where
-- they hold or requested booths.
INSERT INTO fair_exhibitors (fair_id, org_id, status, reason, applied_by, applied_at, decided_at)
SELECT DISTINCT b.fair_id, b.org_id,
       CASE o.status WHEN 'approved' THEN 'approved' WHEN 'rejected' THEN 'rejected' ELSE 'applied' END,
       o.review_reason, o.created_by, COALESCE(o.submitted_at, o.created_at),
       CASE o.status WHEN 'approved' THEN o.updated_at WHEN 'rejected' THEN o.updated_at ELSE NULL END
FROM booths b JOIN organisations o ON o.id = b.org_id
WHERE b.org_id IS NOT NULL;

-- Visitors register for a fair; the fair's organizers verify its trade
-- visitors.
CREATE TABLE fair_visitors (
    fair_id           TEXT NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
    user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    registered_at     BIGINT NOT NULL,
    trade_verified_at BIGINT,
    verified_by       TEXT,
    PRIMARY KEY (fair_id, user_id)
);
CREATE INDEX fair_visitors_by_user ON fair_visitors (user_id);
-- The platform-wide trade-visitor role of before becomes a verification on
-- every fair that exists.
INSERT INTO fair_visitors (fair_id, user_id, registered_at, trade_verified_at, verified_by)
SELECT f.id, r.user_id, r.granted_at, r.granted_at, r.granted_by
FROM user_roles r CROSS JOIN fairs f WHERE r.role = 'trade_visitor';
DELETE FROM user_roles WHERE role = 'trade_visitor';

-- Exhibits are reviewed per fair, by revision. `exhibits` holds what is
-- live (`revision`, 0 before the first publication); an edit of a
-- published exhibit on a fair that reviews content waits as a revision
-- until every such fair approved it.
ALTER TABLE exhibits ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
-- Media arrive with a revision and show once that revision is live.
ALTER TABLE exhibit_media ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
CREATE TABLE exhibit_revisions (
    exhibit_id TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    number     BIGINT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('pending', 'live', 'rejected', 'superseded')),
    content    TEXT NOT NULL,
    created_by TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (exhibit_id, number)
);
CREATE INDEX exhibit_revisions_pending ON exhibit_revisions (status, exhibit_id);
CREATE TABLE exhibit_reviews (
    exhibit_id TEXT NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
    fair_id    TEXT NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
    revision   BIGINT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    reason     TEXT NOT NULL DEFAULT '',
    decided_by TEXT,
    decided_at BIGINT NOT NULL,
    PRIMARY KEY (exhibit_id, fair_id, revision)
);
-- What was published before stays visible where it was: approved as
-- revision 1 on the fairs where its organisation exhibits. Exhibits waiting
-- for review wait as revision 1 on each of those fairs.
UPDATE exhibits SET status = 'published' WHERE review = 'pending';
UPDATE exhibits SET revision = 1 WHERE status = 'published';
INSERT INTO exhibit_reviews (exhibit_id, fair_id, revision, decision, reason, decided_at)
SELECT e.id, x.fair_id, 1, 'approved', '', e.updated_at
FROM exhibits e JOIN fair_exhibitors x ON x.org_id = e.org_id
WHERE e.status = 'published' AND e.review <> 'pending';
