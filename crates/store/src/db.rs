//! One small database layer over SQLite and PostgreSQL.
//!
//! sqlx's `Any` driver cannot bind `$1` placeholders for both backends, so we
//! keep a `Db` that holds the real pool of either kind, binds our own
//! [`Value`]s and decodes rows into our own [`Row`]. Every query is written
//! once, in the dialect both accept: `$n` placeholders, `ON CONFLICT`,
//! `RETURNING`, `BIGINT` integers, time as epoch milliseconds, JSON as text.
//!
//! SQLite runs in WAL mode with one writer connection and a pool of readers,
//! so writes queue in-process instead of failing with SQLITE_BUSY.
//!
//! PostgreSQL links are encrypted with rustls (S6.1.2) as the URL's
//! `sslmode` and `sslrootcert` say; see [`PgLink`].

use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{
    Column, PgPool, Postgres, Row as _, Sqlite, SqlitePool, Transaction, TypeInfo, ValueRef,
};

use crate::StoreError;
pub use crate::pg_link::{PgLink, redact_url};
use crate::pg_link::{check_root_cert, is_postgres, pg_options};
pub use crate::row::{Col, Row, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A connection pool to one of the three databases.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite {
        writer: SqlitePool,
        reader: SqlitePool,
    },
    Postgres(PgPool),
}

/// Connection settings of one database.
#[derive(Debug, Clone)]
pub struct DbSettings {
    /// `sqlite://path` or `postgres://...`.
    pub url: String,
    pub max_connections: u32,
}

impl Db {
    pub async fn connect(s: &DbSettings) -> Result<Db, StoreError> {
        if is_postgres(&s.url) {
            let (opts, link, ca_file) = pg_options(&s.url)?;
            if let Some(path) = ca_file.filter(|_| link.verifies()) {
                check_root_cert(&path).await?;
            }
            let pool = PgPoolOptions::new()
                .max_connections(s.max_connections.max(2))
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await?;
            Ok(Db::Postgres(pool))
        } else if let Some(path) = s.url.strip_prefix("sqlite://") {
            let opts = SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("temp_store", "memory")
                .pragma("cache_size", "-16000");
            let writer = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(opts.clone())
                .await?;
            let reader = SqlitePoolOptions::new()
                .max_connections(s.max_connections.max(2))
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(opts.read_only(true))
                .await?;
            Ok(Db::Sqlite { writer, reader })
        } else {
            Err(StoreError::Config(format!(
                "unsupported database URL (use sqlite:// or postgres://): {}",
                redact_url(&s.url)
            )))
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { writer, reader } => {
                reader.close().await;
                writer.close().await;
            }
            Db::Postgres(p) => p.close().await,
        }
    }

    /// Runs a statement outside any transaction (on the SQLite writer).
    pub async fn execute(&self, sql: &str, args: Vec<Value>) -> Result<u64, StoreError> {
        match self {
            Db::Sqlite { writer, .. } => sq_execute(writer, sql, args).await,
            Db::Postgres(p) => pg_execute(p, sql, args).await,
        }
    }

    /// Reads (on the SQLite reader pool).
    pub async fn fetch_all(&self, sql: &str, args: Vec<Value>) -> Result<Vec<Row>, StoreError> {
        match self {
            Db::Sqlite { reader, .. } => sq_fetch(reader, sql, args).await,
            Db::Postgres(p) => pg_fetch(p, sql, args).await,
        }
    }

    pub async fn fetch_optional(
        &self,
        sql: &str,
        args: Vec<Value>,
    ) -> Result<Option<Row>, StoreError> {
        Ok(self.fetch_all(sql, args).await?.into_iter().next())
    }

    pub async fn fetch_one(&self, sql: &str, args: Vec<Value>) -> Result<Row, StoreError> {
        self.fetch_optional(sql, args)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Runs a script of several statements (migrations).
    pub async fn execute_script(&self, sql: &str) -> Result<(), StoreError> {
        match self {
            Db::Sqlite { writer, .. } => {
                sqlx::raw_sql(sql).execute(writer).await?;
            }
            Db::Postgres(p) => {
                sqlx::raw_sql(sql).execute(p).await?;
            }
        }
        Ok(())
    }

    pub async fn begin(&self) -> Result<Tx, StoreError> {
        match self {
            Db::Sqlite { writer, .. } => Ok(Tx::Sqlite(writer.begin().await?)),
            Db::Postgres(p) => Ok(Tx::Postgres(p.begin().await?)),
        }
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        self.fetch_one("SELECT 1", vec![]).await.map(|_| ())
    }
}

/// A transaction; dropped without `commit` it rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
    pub async fn execute(&mut self, sql: &str, args: Vec<Value>) -> Result<u64, StoreError> {
        match self {
            Tx::Sqlite(t) => sq_execute(&mut **t, sql, args).await,
            Tx::Postgres(t) => pg_execute(&mut **t, sql, args).await,
        }
    }
    pub async fn fetch_all(&mut self, sql: &str, args: Vec<Value>) -> Result<Vec<Row>, StoreError> {
        match self {
            Tx::Sqlite(t) => sq_fetch(&mut **t, sql, args).await,
            Tx::Postgres(t) => pg_fetch(&mut **t, sql, args).await,
        }
    }
    pub async fn fetch_optional(
        &mut self,
        sql: &str,
        args: Vec<Value>,
    ) -> Result<Option<Row>, StoreError> {
        Ok(self.fetch_all(sql, args).await?.into_iter().next())
    }
    pub async fn fetch_one(&mut self, sql: &str, args: Vec<Value>) -> Result<Row, StoreError> {
        self.fetch_optional(sql, args)
            .await?
            .ok_or(StoreError::NotFound)
    }
    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

macro_rules! bind_all {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                Value::Int(v) => q.bind(v),
                Value::Text(v) => q.bind(v),
                Value::Bytes(v) => q.bind(v),
            };
        }
        q
    }};
}

async fn sq_execute<'e, E: sqlx::Executor<'e, Database = Sqlite>>(
    e: E,
    sql: &str,
    args: Vec<Value>,
) -> Result<u64, StoreError> {
    let q = bind_all!(sqlx::query(sql), args);
    Ok(q.execute(e).await?.rows_affected())
}

async fn pg_execute<'e, E: sqlx::Executor<'e, Database = Postgres>>(
    e: E,
    sql: &str,
    args: Vec<Value>,
) -> Result<u64, StoreError> {
    let q = bind_all!(sqlx::query(sql), args);
    Ok(q.execute(e).await?.rows_affected())
}

async fn sq_fetch<'e, E: sqlx::Executor<'e, Database = Sqlite>>(
    e: E,
    sql: &str,
    args: Vec<Value>,
) -> Result<Vec<Row>, StoreError> {
    let q = bind_all!(sqlx::query(sql), args);
    let rows = q.fetch_all(e).await?;
    let names = names_of(rows.first().map(|r| r.columns()));
    rows.iter().map(|r| sq_row(r, &names)).collect()
}

async fn pg_fetch<'e, E: sqlx::Executor<'e, Database = Postgres>>(
    e: E,
    sql: &str,
    args: Vec<Value>,
) -> Result<Vec<Row>, StoreError> {
    let q = bind_all!(sqlx::query(sql), args);
    let rows = q.fetch_all(e).await?;
    let names = names_of(rows.first().map(|r| r.columns()));
    rows.iter().map(|r| pg_row(r, &names)).collect()
}

/// The column names of a result, shared by its rows.
fn names_of<C: Column>(cols: Option<&[C]>) -> Arc<[String]> {
    cols.unwrap_or_default()
        .iter()
        .map(|c| c.name().to_owned())
        .collect()
}

fn sq_row(r: &SqliteRow, names: &Arc<[String]>) -> Result<Row, StoreError> {
    let mut out = Vec::with_capacity(r.len());
    for i in 0..r.len() {
        let raw = r.try_get_raw(i)?;
        let v = if raw.is_null() {
            // Column declared type decides which NULL we report; readers
            // accept any NULL through the opt_* getters.
            Value::Text(None)
        } else {
            match raw.type_info().name() {
                "INTEGER" | "BOOLEAN" => Value::Int(Some(r.try_get::<i64, _>(i)?)),
                "BLOB" => Value::Bytes(Some(r.try_get::<Vec<u8>, _>(i)?)),
                "REAL" => Value::Int(Some(r.try_get::<f64, _>(i)? as i64)),
                _ => Value::Text(Some(r.try_get::<String, _>(i)?)),
            }
        };
        out.push(v);
    }
    Ok(Row {
        names: names.clone(),
        values: out,
    })
}

fn pg_row(r: &PgRow, names: &Arc<[String]>) -> Result<Row, StoreError> {
    let mut out = Vec::with_capacity(r.len());
    for (i, col) in r.columns().iter().enumerate() {
        let v = match col.type_info().name() {
            "INT8" => Value::Int(r.try_get::<Option<i64>, _>(i)?),
            "INT4" => Value::Int(r.try_get::<Option<i32>, _>(i)?.map(i64::from)),
            "INT2" => Value::Int(r.try_get::<Option<i16>, _>(i)?.map(i64::from)),
            "BOOL" => Value::Int(r.try_get::<Option<bool>, _>(i)?.map(i64::from)),
            "BYTEA" => Value::Bytes(r.try_get::<Option<Vec<u8>>, _>(i)?),
            "TEXT" | "VARCHAR" | "NAME" | "BPCHAR" => {
                Value::Text(r.try_get::<Option<String>, _>(i)?)
            }
            other => {
                return Err(StoreError::Decode(format!(
                    "column {} has unsupported type {other}",
                    col.name()
                )));
            }
        };
        out.push(v);
    }
    Ok(Row {
        names: names.clone(),
        values: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_missing_or_empty_ca_file_is_a_configuration_error() {
        let missing = "/nonexistent/yunzhan-pg-ca.pem";
        let url = format!("postgres://app@db.example/y?sslmode=verify-full&sslrootcert={missing}");
        let e = Db::connect(&DbSettings {
            url,
            max_connections: 1,
        })
        .await
        .expect_err("a missing CA file");
        assert!(
            matches!(&e, StoreError::Config(m) if m.contains(missing)),
            "{e}"
        );
        let empty = std::env::temp_dir().join(format!("yz-empty-ca-{}.pem", std::process::id()));
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let url = format!(
            "postgres://app@db.example/y?sslmode=verify-full&sslrootcert={}",
            empty.display()
        );
        let e = Db::connect(&DbSettings {
            url,
            max_connections: 1,
        })
        .await
        .expect_err("a CA file without a certificate");
        let _ = std::fs::remove_file(&empty);
        assert!(
            matches!(&e, StoreError::Config(m) if m.contains("no PEM certificate")),
            "{e}"
        );
    }
}
