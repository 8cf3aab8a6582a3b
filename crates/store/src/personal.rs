//! The registry of personal data: every column of the three databases that
//! holds an account id (or the address someone typed to log in), with what
//! the account's download shows, what deleting the account does and how
//! long rows are kept. Export, deletion and retention read this table, and
//! a test compares it with the live schema: a new column that holds an
//! account id fails the suite until it is registered here.
//!
//! Convention: a column that holds an account id is named `user_id`,
//! `actor_id` or `<verb>_by`, or references `users(id)`.

use serde_json::Value as J;

use crate::migrate::DbKind;
use crate::{Db, StoreError, Tx, args};

/// Which value a registered column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The account's id.
    Account,
    /// An e-mail address as typed (failed logins of unknown addresses too).
    Email,
}

/// What deleting the account does to the rows that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erase {
    /// The rows go.
    Rows,
    /// The column is set to NULL; the rest of the row stays (who decided a
    /// booth: the decision stays, the person goes).
    Clear,
    /// The column is set to `''` (NOT NULL columns; same meaning as Clear).
    Blank,
    /// The rows stay unchanged, for the reason given.
    Keep(&'static str),
}

/// How long rows are kept, account or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    /// As long as the account (or the object the row belongs to) exists.
    WhileNeeded,
    /// Rows older than this many days by the `at` column (epoch ms) are
    /// deleted by the hourly housekeeping.
    Days { days: i64, at: &'static str },
    /// Until the `at` column (epoch ms) has passed: expired rows are deleted.
    UntilExpiry { at: &'static str },
    /// As the law requires, by the job named (the audit trail).
    Legal(&'static str),
    /// By a job of its own, described.
    Job(&'static str),
}

/// One registered column.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub db: DbKind,
    pub table: &'static str,
    pub column: &'static str,
    pub key: Key,
    /// The rows are part of the account's download (without `omit`).
    pub export: bool,
    /// Columns never shown: secrets, hashes, sealed values (the download
    /// shows sealed fields opened, by the use case).
    pub omit: &'static [&'static str],
    pub erase: Erase,
    pub retention: Retention,
    /// Why the column is there.
    pub purpose: &'static str,
}

const fn entry(db: DbKind, table: &'static str, column: &'static str) -> Entry {
    Entry {
        db,
        table,
        column,
        key: Key::Account,
        export: false,
        omit: &[],
        erase: Erase::Clear,
        retention: Retention::WhileNeeded,
        purpose: "",
    }
}

use DbKind::{Analytics, Audit, Main};

/// Every column holding an account id or a typed e-mail address.
pub const REGISTRY: &[Entry] = &[
    Entry {
        export: true,
        omit: &[
            "password_hash",
            "totp_secret",
            "totp_pending",
            "totp_last_step",
        ],
        erase: Erase::Rows,
        purpose: "the account",
        ..entry(Main, "users", "id")
    },
    Entry {
        export: true,
        erase: Erase::Rows,
        purpose: "roles the account holds",
        ..entry(Main, "user_roles", "user_id")
    },
    Entry {
        purpose: "who granted a role",
        ..entry(Main, "user_roles", "granted_by")
    },
    Entry {
        export: true,
        omit: &["id_hash"],
        erase: Erase::Rows,
        retention: Retention::UntilExpiry { at: "expires_at" },
        purpose: "signed-in sessions",
        ..entry(Main, "sessions", "user_id")
    },
    Entry {
        export: true,
        erase: Erase::Rows,
        retention: Retention::Days {
            days: 180,
            at: "at",
        },
        purpose: "login history (GB/T 22239: kept six months)",
        ..entry(Main, "login_events", "user_id")
    },
    Entry {
        key: Key::Email,
        erase: Erase::Rows,
        retention: Retention::Days {
            days: 180,
            at: "at",
        },
        purpose: "the address typed at each login, for throttling",
        ..entry(Main, "login_events", "email")
    },
    Entry {
        export: true,
        omit: &["hash", "data"],
        erase: Erase::Rows,
        retention: Retention::UntilExpiry { at: "expires_at" },
        purpose: "one-time links (confirmation, password reset, invitations sent)",
        ..entry(Main, "tokens", "user_id")
    },
    Entry {
        purpose: "who last changed a platform setting",
        ..entry(Main, "settings", "updated_by")
    },
    Entry {
        purpose: "who created a fair",
        ..entry(Main, "fairs", "created_by")
    },
    Entry {
        purpose: "who requested a booth",
        ..entry(Main, "booths", "requested_by")
    },
    Entry {
        purpose: "who decided a booth request",
        ..entry(Main, "booths", "decided_by")
    },
    Entry {
        export: true,
        erase: Erase::Blank,
        purpose: "who registered an organisation (organisations the account alone owns are deleted with it)",
        ..entry(Main, "organisations", "created_by")
    },
    Entry {
        export: true,
        omit: &["phone_sealed", "social_sealed"],
        erase: Erase::Rows,
        purpose: "the visitor profile and consents",
        ..entry(Main, "visitor_profiles", "user_id")
    },
    Entry {
        erase: Erase::Blank,
        purpose: "who created a product",
        ..entry(Main, "exhibits", "created_by")
    },
    Entry {
        export: true,
        erase: Erase::Rows,
        purpose: "saved exhibitors and products",
        ..entry(Main, "favourites", "user_id")
    },
    Entry {
        export: true,
        erase: Erase::Blank,
        retention: Retention::Job(
            "changes::purge: after 7 days, but each object's latest version stays",
        ),
        purpose: "the record of what changed and who changed it",
        ..entry(Main, "changes", "actor_id")
    },
    Entry {
        purpose: "who applied to a fair for an organisation",
        ..entry(Main, "fair_exhibitors", "applied_by")
    },
    Entry {
        purpose: "who decided an application",
        ..entry(Main, "fair_exhibitors", "decided_by")
    },
    Entry {
        export: true,
        erase: Erase::Rows,
        purpose: "fairs the account registered for as a visitor",
        ..entry(Main, "fair_visitors", "user_id")
    },
    Entry {
        purpose: "who verified a trade visitor",
        ..entry(Main, "fair_visitors", "verified_by")
    },
    Entry {
        purpose: "who wrote a product revision",
        ..entry(Main, "exhibit_revisions", "created_by")
    },
    Entry {
        purpose: "who reviewed a product revision",
        ..entry(Main, "exhibit_reviews", "decided_by")
    },
    Entry {
        purpose: "who did what, anonymised on deletion (S5.5.1 statistics)",
        ..entry(Analytics, "events", "actor_id")
    },
    Entry {
        erase: Erase::Keep(
            "the tamper-evident audit trail cannot change; GB/T 22239 requires it kept",
        ),
        retention: Retention::Legal("audit retention (docs/operations.md)"),
        purpose: "who did what, signed",
        ..entry(Audit, "audit_log", "actor_id")
    },
];

/// Whether a column, by its name, holds an account id (the convention).
pub fn names_an_account(table: &str, column: &str) -> bool {
    (table == "users" && column == "id")
        || matches!(column, "user_id" | "actor_id" | "account_id")
        || column.ends_with("_by")
}

/// The live schema's columns that hold account ids: by the naming
/// convention, or referencing `users(id)`. (table, column)
pub async fn account_columns(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    let rows = match db.backend() {
        crate::Backend::Sqlite => {
            db.fetch_all(
                "SELECT m.name AS t, p.name AS c,
                        EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name) f
                                WHERE f.\"from\" = p.name AND f.\"table\" = 'users') AS refs
                 FROM sqlite_master m, pragma_table_info(m.name) p
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'schema_migrations'",
                args![],
            )
            .await?
        }
        crate::Backend::Postgres => {
            db.fetch_all(
                "SELECT c.table_name::text AS t, c.column_name::text AS c,
                        EXISTS (SELECT 1 FROM information_schema.key_column_usage k
                                JOIN information_schema.constraint_column_usage u
                                  ON u.constraint_name = k.constraint_name AND u.table_schema = k.table_schema
                                WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name
                                  AND k.column_name = c.column_name AND u.table_name = 'users'
                                  AND u.column_name = 'id' AND k.table_name <> 'users') AS refs
                 FROM information_schema.columns c
                 WHERE c.table_schema = current_schema() AND c.table_name <> 'schema_migrations'",
                args![],
            )
            .await?
        }
    };
    let mut out = Vec::new();
    for r in rows {
        let (t, c) = (r.text("t")?, r.text("c")?);
        if r.bool("refs")? || names_an_account(&t, &c) {
            out.push((t, c));
        }
    }
    out.sort();
    Ok(out)
}

/// The entries of one database.
pub fn of(db: DbKind) -> impl Iterator<Item = &'static Entry> {
    REGISTRY.iter().filter(move |e| e.db == db)
}

fn key_value<'a>(e: &Entry, user_id: &'a str, email: &'a str) -> &'a str {
    match e.key {
        Key::Account => user_id,
        Key::Email => email,
    }
}

/// The rows an exported entry holds about the account, as JSON objects.
pub async fn rows_of(db: &Db, e: &Entry, user_id: &str, email: &str) -> Result<Vec<J>, StoreError> {
    let rows = db
        .fetch_all(
            &format!("SELECT * FROM {} WHERE {} = $1", e.table, e.column),
            args![key_value(e, user_id, email)],
        )
        .await?;
    Ok(rows.iter().map(|r| J::Object(r.to_json(e.omit))).collect())
}

/// Applies an entry's erasure for the account, in the deleting
/// transaction; returns the rows touched.
pub async fn erase(tx: &mut Tx, e: &Entry, user_id: &str, email: &str) -> Result<u64, StoreError> {
    let (t, c) = (e.table, e.column);
    let sql = match e.erase {
        Erase::Rows => format!("DELETE FROM {t} WHERE {c} = $1"),
        Erase::Clear => format!("UPDATE {t} SET {c} = NULL WHERE {c} = $1"),
        Erase::Blank => format!("UPDATE {t} SET {c} = '' WHERE {c} = $1"),
        Erase::Keep(_) => return Ok(0),
    };
    tx.execute(&sql, args![key_value(e, user_id, email)]).await
}

/// Deletes the rows of every entry of `db` past their retention; returns
/// the rows deleted.
pub async fn purge(db: &Db, kind: DbKind, now: i64) -> Result<u64, StoreError> {
    let mut n = 0;
    for e in of(kind) {
        let (at, limit) = match e.retention {
            Retention::Days { days, at } => (at, now - days * 86_400_000),
            Retention::UntilExpiry { at } => (at, now),
            Retention::WhileNeeded | Retention::Legal(_) | Retention::Job(_) => continue,
        };
        n += db
            .execute(
                &format!("DELETE FROM {} WHERE {at} < $1", e.table),
                args![limit],
            )
            .await?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_follows_the_convention_or_is_an_email() {
        for e in REGISTRY {
            assert!(
                names_an_account(e.table, e.column) || e.key == Key::Email,
                "{}.{}",
                e.table,
                e.column
            );
            assert!(!e.purpose.is_empty(), "{}.{}: say why", e.table, e.column);
        }
    }

    #[test]
    fn the_audit_trail_is_kept() {
        let audit: Vec<_> = of(DbKind::Audit).collect();
        assert!(audit.iter().all(|e| matches!(e.erase, Erase::Keep(_))));
    }
}
