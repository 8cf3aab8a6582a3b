-- Accounts, roles, sessions, tokens, settings, the outbox and the signed
-- audit chain head. Times are epoch milliseconds (UTC); flags are 0/1.

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,            -- UUIDv7
    email                TEXT NOT NULL UNIQUE,        -- lower-cased
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,               -- argon2id PHC string
    lang                 TEXT,                        -- chosen UI language; NULL follows the browser
    email_confirmed_at   BIGINT,
    status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    must_change_password BIGINT NOT NULL DEFAULT 0,
    failed_logins        BIGINT NOT NULL DEFAULT 0,
    locked_until         BIGINT,
    totp_secret          TEXT,                        -- base32, set once enrolment is confirmed
    totp_pending         TEXT,                        -- base32, during enrolment
    totp_last_step       BIGINT,                     -- last accepted time step: no replay
    last_login_at        BIGINT,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('platform', 'fair', 'organisation')),
    scope_id   TEXT NOT NULL DEFAULT '',
    granted_by TEXT,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role, scope_kind, scope_id)
);
-- Separation of duties, enforced by the database as well as the code:
-- an account holds at most one of the three administrator roles.
CREATE UNIQUE INDEX user_roles_one_admin ON user_roles (user_id)
    WHERE role IN ('system_admin', 'security_admin', 'audit_admin');
CREATE INDEX user_roles_by_role ON user_roles (role);

CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,                    -- SHA-256 of the cookie token; the token itself is never stored
    public_id    TEXT NOT NULL UNIQUE,                -- shown to the user to end a session
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL CHECK (stage IN ('full', 'second_factor', 'enrol', 'change_password')),
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,                    -- absolute limit
    reauth_at    BIGINT NOT NULL,                    -- last time the password was entered
    ip           TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE login_events (
    id         TEXT PRIMARY KEY,
    user_id    TEXT REFERENCES users(id) ON DELETE CASCADE,
    email      TEXT NOT NULL,
    at         BIGINT NOT NULL,
    ip         TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    result     TEXT NOT NULL                          -- success, bad_password, locked, disabled, bad_totp, ...
);
CREATE INDEX login_events_by_user ON login_events (user_id, at);

-- One-use tokens (e-mail confirmation, password reset); only their hash is kept.
CREATE TABLE tokens (
    hash       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    data       TEXT NOT NULL DEFAULT '',
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX tokens_by_user ON tokens (user_id, kind);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,                          -- JSON
    updated_at BIGINT NOT NULL,
    updated_by TEXT
);

-- Domain events, written in the same transaction as the change they report.
CREATE TABLE outbox (
    id         BIGSERIAL PRIMARY KEY,
    event_id   TEXT NOT NULL UNIQUE,                   -- UUIDv7, the consumers' idempotency key
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,                          -- JSON
    created_at BIGINT NOT NULL
);
-- Which consumer has handled which event (at-least-once delivery).
CREATE TABLE outbox_done (
    consumer TEXT NOT NULL,
    event_id BIGINT NOT NULL,
    done_at  BIGINT NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- The audit chain head, signed with a key held outside the audit database,
-- so that records cut off the end of the audit log are detected.
CREATE TABLE audit_head (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    seq        BIGINT NOT NULL,
    hash       TEXT NOT NULL,
    signature  TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
