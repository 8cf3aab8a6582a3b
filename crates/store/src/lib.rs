//! Storage for Yunzhan: the three physically separate databases of S5.5.2
//! (main, audit, analytics), on SQLite by default or PostgreSQL for scale.

pub mod accounts;
pub mod analytics;
pub mod applications;
pub mod audit;
pub mod changes;
pub mod db;
pub mod exhibits;
pub mod exhibits_bulk;
pub mod fair_visitors;
pub mod fairs;
pub mod favourites;
pub mod migrate;
pub mod organisations;
pub mod outbox;
pub mod personal;
mod pg_link;
pub mod profiles;
pub mod revisions;
mod row;
pub mod sessions;
pub mod settings;
pub mod showcase;
pub mod stores;
pub mod tokens;

pub use db::{Backend, Db, DbSettings, Row, Tx, Value};
pub use stores::{StoreSettings, Stores};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlx(sqlx::Error),
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    Conflict,
    #[error("stored data could not be read: {0}")]
    Decode(String),
    #[error("configuration: {0}")]
    Config(String),
    #[error("migration {version} ({name}) failed: {source}")]
    Migration {
        version: i64,
        name: &'static str,
        source: Box<StoreError>,
    },
    #[error("the audit log is unavailable")]
    AuditUnavailable,
}

/// A unique-key violation becomes `Conflict` at the boundary, so every
/// caller can answer 409 without inspecting driver errors.
impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Sqlx(e),
        }
    }
}

impl StoreError {
    /// True for a unique-key violation, which callers turn into 409.
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Conflict => true,
            StoreError::Sqlx(sqlx::Error::Database(e)) => e.is_unique_violation(),
            _ => false,
        }
    }
}

/// A new UUIDv7 as text: time-sortable, not enumerable.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
