//! The command line: what each subcommand takes.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "yunzhan",
    version,
    about = "Yunzhan (云展): a self-hostable platform for online trade fairs"
)]
pub struct Cli {
    /// Configuration file (TOML); YUNZHAN_* variables override it.
    #[arg(long, global = true, env = "YUNZHAN_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Clone)]
pub struct ServeArgs {
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Data folder: SQLite files, keys, mail (default ./data).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// TLS certificate chain (PEM); with --tls-key, serves HTTPS.
    #[arg(long)]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long)]
    pub tls_key: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the platform with a seeded demo (SQLite and files under --data).
    Demo(ServeArgs),
    /// Serve the platform from the configuration.
    Serve(ServeArgs),
    /// Apply pending migrations to all three databases, then exit.
    Migrate {
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Operator tasks on accounts.
    Admin {
        /// Data folder (default ./data).
        #[arg(long, global = true)]
        data: Option<PathBuf>,
        #[command(subcommand)]
        action: AdminAction,
    },
    /// The audit log.
    Audit {
        /// Data folder (default ./data).
        #[arg(long, global = true)]
        data: Option<PathBuf>,
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Benchmarks: prints figures, as JSON lines with --json.
    Bench(crate::bench::BenchArgs),
    /// The benchmarks' load generator, run by `bench` in its own process.
    #[command(hide = true)]
    BenchLoad { spec: PathBuf },
    /// Writes a generated sample file for trying uploads and for browser
    /// tests: glb (a 3D chair), panorama (equirectangular JPEG), photo
    /// (product JPEG) or catalogue (a 20-row XLSX catalogue).
    Sample {
        kind: String,
        /// Where to write it.
        path: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
pub enum AdminAction {
    /// Create the system, security and audit administrators with one-time
    /// passwords (refused once any administrator exists).
    Bootstrap {
        #[arg(long, default_value = "sysadmin@yunzhan.local")]
        system_email: String,
        #[arg(long, default_value = "secadmin@yunzhan.local")]
        security_email: String,
        #[arg(long, default_value = "auditadmin@yunzhan.local")]
        audit_email: String,
    },
    /// Give an account a one-time password that must be changed at login.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
    /// Lock an account until unlocked.
    Lock {
        #[arg(long)]
        email: String,
    },
    /// Unlock an account.
    Unlock {
        #[arg(long)]
        email: String,
    },
    /// Grant a role: the three administrator roles (system_admin,
    /// security_admin, audit_admin) are granted only here, never in the web.
    Grant(RoleArgs),
    /// Revoke a role (the administrator roles only here).
    Revoke(RoleArgs),
}

/// Whom a role is granted to or revoked from, and where it holds.
#[derive(Args)]
pub struct RoleArgs {
    #[arg(long)]
    pub email: String,
    #[arg(long)]
    pub role: String,
    /// platform, fair or organisation
    #[arg(long, default_value = "platform")]
    pub scope_kind: String,
    /// The fair's short name or the organisation's id.
    #[arg(long, default_value = "")]
    pub scope_id: String,
}

#[derive(Subcommand)]
pub enum AuditAction {
    /// Walk the hash chain and check the signed head; exits 1 at the first
    /// bad record, naming it.
    Verify,
}

impl RoleArgs {
    pub fn input(&self) -> yz_app::admin::GrantInput<'_> {
        yz_app::admin::GrantInput {
            email: &self.email,
            role: &self.role,
            scope_kind: &self.scope_kind,
            scope_id: &self.scope_id,
        }
    }
}
