-- The organisation that owns the changed object, where there is one (an
-- exhibit's organisation): followers drop or update what depends on the
-- owner (the page cache's product lists, later the search index) without
-- reading the object again, which may be gone.
ALTER TABLE changes ADD COLUMN org_id TEXT;
