//! Embedded migrations, one folder per backend kept side by side, applied at
//! start-up and by `yunzhan migrate`. Each migration runs once, in order,
//! recorded in `schema_migrations` with a checksum so an edited migration is
//! refused instead of silently skipped.

use fnv::checksum;

use crate::db::{Backend, Db};
use crate::{StoreError, args};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    Main,
    Audit,
    Analytics,
}

impl DbKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DbKind::Main => "main",
            DbKind::Audit => "audit",
            DbKind::Analytics => "analytics",
        }
    }
}

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

macro_rules! migration {
    ($v:expr, $file:literal) => {
        Migration {
            version: $v,
            name: $file,
            sqlite: include_str!(concat!("../migrations/sqlite/", $file, ".sql")),
            postgres: include_str!(concat!("../migrations/postgres/", $file, ".sql")),
        }
    };
}

fn migrations(kind: DbKind) -> Vec<Migration> {
    match kind {
        DbKind::Main => vec![
            migration!(1, "main_0001_accounts"),
            migration!(2, "main_0002_fairs"),
            migration!(3, "main_0003_organisations"),
            migration!(4, "main_0004_visitor_profiles"),
            migration!(5, "main_0005_exhibits"),
            migration!(6, "main_0006_exhibit_review_media"),
            migration!(7, "main_0007_changes"),
            migration!(8, "main_0008_login_throttle"),
            migration!(9, "main_0009_scopes"),
            migration!(10, "main_0010_drop_review_columns"),
            migration!(11, "main_0011_change_owner"),
        ],
        DbKind::Audit => vec![
            migration!(1, "audit_0001_log"),
            migration!(2, "audit_0002_event_ids"),
        ],
        DbKind::Analytics => vec![
            migration!(1, "analytics_0001_events"),
            migration!(2, "analytics_0002_occurrences"),
        ],
    }
}

/// Applies the pending migrations of one database; returns how many ran.
pub async fn run(db: &Db, kind: DbKind) -> Result<usize, StoreError> {
    db.execute_script(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at BIGINT NOT NULL
        )",
    )
    .await?;
    let done = db
        .fetch_all("SELECT version, checksum FROM schema_migrations", args![])
        .await?;
    let mut applied = 0;
    for m in migrations(kind) {
        let sql = match db.backend() {
            Backend::Sqlite => m.sqlite,
            Backend::Postgres => m.postgres,
        };
        let sum = checksum(sql);
        if let Some(row) = done
            .iter()
            .find(|r| r.i64("version").ok() == Some(m.version))
        {
            if row.text("checksum")? != sum {
                return Err(StoreError::Config(format!(
                    "migration {} ({}) of the {} database was changed after it was applied",
                    m.version,
                    m.name,
                    kind.as_str()
                )));
            }
            continue;
        }
        let wrap = |e: StoreError| StoreError::Migration {
            version: m.version,
            name: m.name,
            source: Box::new(e),
        };
        let mut tx = db.begin().await.map_err(wrap)?;
        match &mut tx {
            crate::Tx::Sqlite(t) => {
                sqlx::raw_sql(sql)
                    .execute(&mut **t)
                    .await
                    .map_err(|e| wrap(e.into()))?;
            }
            crate::Tx::Postgres(t) => {
                sqlx::raw_sql(sql)
                    .execute(&mut **t)
                    .await
                    .map_err(|e| wrap(e.into()))?;
            }
        }
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)",
            args![m.version, m.name, sum, 0i64],
        )
        .await
        .map_err(wrap)?;
        tx.commit().await.map_err(wrap)?;
        applied += 1;
    }
    Ok(applied)
}

/// A dependency-free checksum (FNV-1a, 64 bit) is enough to notice an edited
/// migration; it is not a security boundary.
mod fnv {
    pub fn checksum(s: &str) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{h:016x}")
    }
}
