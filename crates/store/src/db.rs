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

use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow, PgSslMode};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{
    Column, PgPool, Postgres, Row as _, Sqlite, SqlitePool, Transaction, TypeInfo, ValueRef,
};

use crate::StoreError;

/// A bound parameter or a decoded column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(Some(v))
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Int(Some(v as i64))
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(Some(v.to_owned()))
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(Some(v.clone()))
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(Some(v))
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        Value::Text(v)
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Self {
        Value::Text(v.map(str::to_owned))
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Self {
        Value::Bytes(Some(v))
    }
}

/// Builds a `Vec<Value>` from anything convertible.
#[macro_export]
macro_rules! args {
    () => { Vec::<$crate::Value>::new() };
    ($($v:expr),+ $(,)?) => { vec![$($crate::Value::from($v)),+] };
}

/// A decoded row: values with their column names. Read a column by its
/// name (`row.text("title")`), which stays right when a query's column list
/// changes; positions (`row.text(0)`) suit one-column queries.
#[derive(Debug, Clone)]
pub struct Row {
    names: Arc<[String]>,
    values: Vec<Value>,
}

/// A column of a [`Row`]: its name or its position.
pub trait Col: Copy + std::fmt::Display {
    fn find(self, row: &Row) -> Option<usize>;
}

impl Col for usize {
    fn find(self, row: &Row) -> Option<usize> {
        (self < row.values.len()).then_some(self)
    }
}

impl Col for &str {
    fn find(self, row: &Row) -> Option<usize> {
        row.names.iter().position(|n| n == self)
    }
}

impl Row {
    fn get(&self, c: impl Col) -> Result<&Value, StoreError> {
        c.find(self)
            .and_then(|i| self.values.get(i))
            .ok_or_else(|| StoreError::Decode(format!("no column {c}")))
    }
    /// The row as a JSON object, column name to value (bytes as hex),
    /// leaving out the columns named in `omit`.
    pub fn to_json(&self, omit: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        use serde_json::Value as J;
        self.names
            .iter()
            .zip(&self.values)
            .filter(|(n, _)| !omit.contains(&n.as_str()))
            .map(|(n, v)| {
                let j = match v {
                    Value::Int(Some(i)) => J::from(*i),
                    Value::Text(Some(t)) => J::from(t.as_str()),
                    Value::Bytes(Some(b)) => {
                        J::from(b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                    }
                    _ => J::Null,
                };
                (n.clone(), j)
            })
            .collect()
    }

    pub fn opt_i64(&self, c: impl Col) -> Result<Option<i64>, StoreError> {
        match self.get(c)? {
            Value::Int(v) => Ok(*v),
            Value::Text(None) | Value::Bytes(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not an integer"
            ))),
        }
    }
    pub fn i64(&self, c: impl Col) -> Result<i64, StoreError> {
        self.opt_i64(c)?
            .ok_or_else(|| StoreError::Decode(format!("column {c} is NULL")))
    }
    pub fn bool(&self, c: impl Col) -> Result<bool, StoreError> {
        Ok(self.i64(c)? != 0)
    }
    pub fn opt_text(&self, c: impl Col) -> Result<Option<String>, StoreError> {
        match self.get(c)? {
            Value::Text(v) => Ok(v.clone()),
            Value::Int(None) | Value::Bytes(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not text"
            ))),
        }
    }
    pub fn text(&self, c: impl Col) -> Result<String, StoreError> {
        self.opt_text(c)?
            .ok_or_else(|| StoreError::Decode(format!("column {c} is NULL")))
    }
    pub fn opt_bytes(&self, c: impl Col) -> Result<Option<Vec<u8>>, StoreError> {
        match self.get(c)? {
            Value::Bytes(v) => Ok(v.clone()),
            Value::Int(None) | Value::Text(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not bytes"
            ))),
        }
    }
    /// A text column holding JSON, decoded (an unreadable value is the
    /// type's default, as for lists stored before a field existed).
    pub fn json<T: serde::de::DeserializeOwned + Default>(
        &self,
        c: impl Col,
    ) -> Result<T, StoreError> {
        Ok(serde_json::from_str(&self.text(c)?).unwrap_or_default())
    }
    /// A text column holding one of an enum's names.
    pub fn parse<T: std::str::FromStr>(&self, c: impl Col) -> Result<T, StoreError> {
        let raw = self.text(c)?;
        raw.parse()
            .map_err(|_| StoreError::Decode(format!("column {c}: unknown value {raw:?}")))
    }
}

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

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// How a PostgreSQL URL protects its link (S6.1.2, data in transit
/// encrypted), read from its `sslmode` and `sslrootcert` parameters (or
/// `PGSSLMODE` and `PGSSLROOTCERT`) as libpq reads them:
///
/// - `disable` and `allow`: plain text (sqlx treats `allow` as `disable`);
/// - `prefer` (the default): TLS when the server offers it, else plain
///   text; the server is not authenticated;
/// - `require`: TLS, server not authenticated; but, as in libpq, when a CA
///   file is given it is `verify-ca`;
/// - `verify-ca`: TLS, the certificate must chain to a trusted CA (sqlx
///   0.8.6 with rustls >= 0.23.24 also checks the name, sqlx issue 3793);
/// - `verify-full`: that, and it must name the host of the URL (a DNS name
///   or an IP address in its subject alternative names).
///
/// Trusted CAs are the Mozilla roots built into webpki-roots plus those in
/// `sslrootcert` (a PEM file). TLS is rustls with the ring provider; no
/// OpenSSL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgLink {
    /// The host the server's certificate must name, or the Unix socket.
    pub host: String,
    /// The link does not leave this machine: a Unix socket, `localhost` or
    /// a loopback address.
    pub local: bool,
    /// The effective `sslmode`, as libpq spells it.
    pub sslmode: &'static str,
    /// The CA file (`sslrootcert`), when one is named.
    pub root_cert: Option<String>,
}

impl PgLink {
    /// The settings of a PostgreSQL URL; `None` for any other database.
    pub fn of(url: &str) -> Result<Option<PgLink>, StoreError> {
        if !is_postgres(url) {
            return Ok(None);
        }
        pg_options(url).map(|(_, link, _)| Some(link))
    }

    /// Whether the server's certificate is checked against the CAs.
    pub fn verifies(&self) -> bool {
        matches!(self.sslmode, "verify-ca" | "verify-full")
    }

    /// Why this link falls short of an encrypted, authenticated one, when
    /// it leaves the machine without `sslmode=verify-full`.
    pub fn warning(&self) -> Option<String> {
        if self.local || self.sslmode == "verify-full" {
            return None;
        }
        let why = match self.sslmode {
            "disable" | "allow" => "the link is not encrypted",
            "prefer" => {
                "the link falls back to plain text if the server offers no TLS, and the server is not authenticated"
            }
            "require" => "the link is encrypted but the server is not authenticated",
            _ => "the server's certificate is checked but not that it names the host",
        };
        Some(format!(
            "PostgreSQL at {} uses sslmode={}: {why}; set sslmode=verify-full and sslrootcert=<CA file> in the URL (S6.1.2)",
            self.host, self.sslmode
        ))
    }
}

/// A named CA file must be readable and hold a PEM certificate: said here,
/// at start, instead of as an I/O or unknown-issuer error at the handshake.
async fn check_root_cert(path: &str) -> Result<(), StoreError> {
    let pem = tokio::fs::read(path)
        .await
        .map_err(|e| StoreError::Config(format!("sslrootcert {path}: {e}")))?;
    if !String::from_utf8_lossy(&pem).contains("-----BEGIN CERTIFICATE-----") {
        return Err(StoreError::Config(format!(
            "sslrootcert {path} holds no PEM certificate"
        )));
    }
    Ok(())
}

/// sqlx takes a `sslrootcert` value that looks like PEM as the certificate
/// itself rather than a file name.
fn is_inline_pem(v: &str) -> bool {
    let v = v.trim();
    v.starts_with("-----BEGIN") && v.ends_with("-----")
}

/// A PostgreSQL URL as sqlx options, with what it says about TLS and the
/// CA file to read, if one is named (not inline PEM).
fn pg_options(url: &str) -> Result<(PgConnectOptions, PgLink, Option<String>), StoreError> {
    let mut opts = PgConnectOptions::from_str(url)
        .map_err(|e| StoreError::Config(format!("bad PostgreSQL URL: {e}")))?;
    // The last of the names sqlx accepts wins, as in sqlx.
    let root_cert = url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.query_pairs()
                .filter(|(k, _)| matches!(&**k, "sslrootcert" | "ssl-root-cert" | "ssl-ca"))
                .map(|(_, v)| v.into_owned())
                .last()
        })
        .or_else(|| std::env::var("PGSSLROOTCERT").ok())
        .filter(|v| !v.is_empty());
    // libpq: "if a root CA file exists, sslmode=require behaves as
    // verify-ca"; sqlx alone would accept any certificate.
    if matches!(opts.get_ssl_mode(), PgSslMode::Require) && root_cert.is_some() {
        opts = opts.ssl_mode(PgSslMode::VerifyCa);
    }
    let sslmode = match opts.get_ssl_mode() {
        PgSslMode::Disable => "disable",
        PgSslMode::Allow => "allow",
        PgSslMode::Prefer => "prefer",
        PgSslMode::Require => "require",
        PgSslMode::VerifyCa => "verify-ca",
        PgSslMode::VerifyFull => "verify-full",
    };
    let (host, local) = match opts.get_socket() {
        Some(socket) => (socket.display().to_string(), true),
        None => {
            let host = opts.get_host().to_owned();
            let local = host.eq_ignore_ascii_case("localhost")
                || host
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            (host, local)
        }
    };
    let ca_file = root_cert.clone().filter(|v| !is_inline_pem(v));
    let link = PgLink {
        host,
        local,
        sslmode,
        root_cert: root_cert.map(|v| {
            if is_inline_pem(&v) {
                "<inline PEM>".to_owned()
            } else {
                v
            }
        }),
    };
    Ok((opts, link, ca_file))
}

/// A URL with its password replaced, for messages and logs.
pub fn redact_url(u: &str) -> String {
    match url::Url::parse(u) {
        Ok(mut p) if p.password().is_some() => {
            let _ = p.set_password(Some("***"));
            p.to_string()
        }
        Ok(p) => p.to_string(),
        Err(_) => "<unparseable URL>".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str) -> PgLink {
        PgLink::of(url).unwrap().unwrap()
    }

    #[test]
    fn sslmode_and_sslrootcert_are_read_from_the_url() {
        let l = link(
            "postgres://app:pw@db.example:5432/yunzhan?sslmode=verify-full&sslrootcert=/etc/yunzhan/pg-ca.pem",
        );
        assert_eq!(l.host, "db.example");
        assert!(!l.local);
        assert_eq!(l.sslmode, "verify-full");
        assert_eq!(l.root_cert.as_deref(), Some("/etc/yunzhan/pg-ca.pem"));
        assert!(l.verifies());
        assert_eq!(l.warning(), None);
        for mode in ["disable", "allow", "prefer", "require", "verify-ca"] {
            let l = link(&format!("postgresql://app@db.example/y?sslmode={mode}"));
            assert_eq!(l.sslmode, mode);
            let w = l
                .warning()
                .expect("a remote link without verify-full warns");
            assert!(w.contains("db.example") && w.contains(mode), "{w}");
            assert!(!w.contains("pw"));
        }
        assert!(PgLink::of("postgres://app@db.example/y?sslmode=strict").is_err());
        assert_eq!(PgLink::of("sqlite:///tmp/x.db").unwrap(), None);
    }

    #[test]
    fn require_with_a_ca_file_verifies_the_chain_as_in_libpq() {
        let l = link("postgres://app@db.example/y?sslmode=require&sslrootcert=/ca.pem");
        assert_eq!(l.sslmode, "verify-ca");
        assert!(l.verifies());
        let l = link("postgres://app@db.example/y?sslmode=require");
        assert_eq!(l.sslmode, "require");
        assert!(!l.verifies());
    }

    #[test]
    fn links_that_stay_on_the_machine_do_not_warn() {
        for url in [
            "postgres://postgres@127.0.0.1:5432/postgres",
            "postgres://postgres@localhost/postgres?sslmode=disable",
            "postgres://postgres@[::1]:5432/postgres",
            "postgres:///yunzhan?host=/var/run/postgresql",
        ] {
            let l = link(url);
            assert!(l.local, "{url}");
            assert_eq!(l.warning(), None, "{url}");
        }
        assert!(!link("postgres://postgres@10.0.0.5/y?sslmode=verify-full").local);
    }

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
