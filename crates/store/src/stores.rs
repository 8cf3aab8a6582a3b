//! The three databases together: connection, creation and migration.

use crate::db::{Backend, Db, DbSettings, PgLink, redact_url};
use crate::migrate::{self, DbKind};
use crate::{StoreError, args};

#[derive(Debug, Clone)]
pub struct StoreSettings {
    pub main: DbSettings,
    pub audit: DbSettings,
    /// PostgreSQL only: the owner's URL for migrating the audit database.
    /// When set, the application's own audit role (from `audit.url`) is
    /// granted nothing but SELECT and INSERT there.
    pub audit_owner_url: Option<String>,
    pub analytics: DbSettings,
}

#[derive(Debug, Clone)]
pub struct Stores {
    pub main: Db,
    pub audit: Db,
    pub analytics: Db,
}

impl Stores {
    /// Connects to all three databases, creating PostgreSQL databases that do
    /// not exist yet, and applies pending migrations.
    pub async fn open(s: &StoreSettings) -> Result<Stores, StoreError> {
        log_links(s);
        let main = connect_creating(&s.main).await?;
        migrate::run(&main, DbKind::Main).await?;
        let analytics = connect_creating(&s.analytics).await?;
        migrate::run(&analytics, DbKind::Analytics).await?;

        match &s.audit_owner_url {
            Some(owner_url) => {
                let owner = connect_creating(&DbSettings {
                    url: owner_url.clone(),
                    max_connections: 2,
                })
                .await?;
                migrate::run(&owner, DbKind::Audit).await?;
                if owner.backend() == Backend::Postgres {
                    let role = url::Url::parse(&s.audit.url)
                        .map(|u| u.username().to_owned())
                        .unwrap_or_default();
                    if !role.is_empty() && is_sql_identifier(&role) {
                        owner
                            .execute_script(&format!(
                                "REVOKE ALL ON audit_log, schema_migrations FROM \"{role}\";
                                 GRANT SELECT, INSERT ON audit_log TO \"{role}\";
                                 GRANT SELECT ON schema_migrations TO \"{role}\";"
                            ))
                            .await?;
                    }
                }
                owner.close().await;
            }
            None => {
                let audit = connect_creating(&s.audit).await?;
                migrate::run(&audit, DbKind::Audit).await?;
                audit.close().await;
            }
        }
        let audit = Db::connect(&s.audit).await?;
        Ok(Stores {
            main,
            audit,
            analytics,
        })
    }

    pub async fn ping(&self) -> Result<(), (DbKind, StoreError)> {
        self.main.ping().await.map_err(|e| (DbKind::Main, e))?;
        self.audit.ping().await.map_err(|e| (DbKind::Audit, e))?;
        self.analytics
            .ping()
            .await
            .map_err(|e| (DbKind::Analytics, e))?;
        Ok(())
    }

    pub async fn close(&self) {
        self.main.close().await;
        self.audit.close().await;
        self.analytics.close().await;
    }
}

/// Says at start how each PostgreSQL link is protected, and warns about
/// any that leaves the machine without `sslmode=verify-full` (S6.1.2).
fn log_links(s: &StoreSettings) {
    let urls = [
        ("main", Some(&s.main.url)),
        ("audit", Some(&s.audit.url)),
        ("audit owner", s.audit_owner_url.as_ref()),
        ("analytics", Some(&s.analytics.url)),
    ];
    for (database, url) in urls {
        // A bad URL is reported when it is connected.
        let Some(Ok(Some(link))) = url.map(|u| PgLink::of(u)) else {
            continue;
        };
        let (host, sslmode) = (&link.host, link.sslmode);
        match link.warning() {
            Some(w) => tracing::warn!(database, host, sslmode, "{w}"),
            None if link.local => {
                tracing::debug!(database, host, sslmode, "PostgreSQL on this machine")
            }
            None => tracing::info!(
                database,
                host,
                sslmode,
                ca = link.root_cert.as_deref().unwrap_or("built-in roots"),
                "PostgreSQL over TLS, server certificate and name verified"
            ),
        }
    }
}

fn is_sql_identifier(s: &str) -> bool {
    !s.is_empty() && s.len() < 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Connects; for PostgreSQL, creates the database first when it is missing
/// (needs CREATEDB on the server; otherwise the operator creates it).
async fn connect_creating(s: &DbSettings) -> Result<Db, StoreError> {
    match Db::connect(s).await {
        Ok(db) => Ok(db),
        Err(StoreError::Sqlx(sqlx::Error::Database(e))) if e.code().as_deref() == Some("3D000") => {
            let mut admin = url::Url::parse(&s.url)
                .map_err(|e| StoreError::Config(format!("bad database URL: {e}")))?;
            let name = admin.path().trim_start_matches('/').to_owned();
            if !is_sql_identifier(&name) {
                return Err(StoreError::Config(format!(
                    "database name must be letters, digits and _: {}",
                    redact_url(&s.url)
                )));
            }
            admin.set_path("/postgres");
            let server = Db::connect(&DbSettings {
                url: admin.to_string(),
                max_connections: 1,
            })
            .await?;
            let created = server
                .execute(&format!("CREATE DATABASE \"{name}\""), args![])
                .await;
            server.close().await;
            match created {
                Ok(_) => {}
                // Another node created it meanwhile.
                Err(StoreError::Sqlx(sqlx::Error::Database(e)))
                    if e.code().as_deref() == Some("42P04") => {}
                Err(e) => return Err(e),
            }
            Db::connect(s).await
        }
        Err(e) => Err(e),
    }
}
