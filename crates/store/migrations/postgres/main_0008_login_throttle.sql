-- Failed logins are counted per account and client network (an IPv4
-- address, an IPv6 /64) instead of locking the account: a stranger who
-- types five wrong passwords slows down only themselves. `account_key` is
-- the address that was typed (lower-cased), known account or not, so the
-- answer never tells whether an account exists.
ALTER TABLE login_events ADD COLUMN net TEXT NOT NULL DEFAULT '';
CREATE INDEX login_events_by_key ON login_events (email, net, at);
