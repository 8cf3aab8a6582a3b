//! Outgoing e-mail behind one trait: SMTP (any relay, STARTTLS or TLS) in
//! production; in demo mode a local folder that /dev/mail lists.

use std::path::{Path, PathBuf};

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use yz_store::outbox::BoxFuture;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub trait Mailer: Send + Sync + 'static {
    fn send<'a>(&'a self, mail: &'a Mail) -> BoxFuture<'a, Result<(), String>>;
}

fn build(from: &Mailbox, mail: &Mail) -> Result<Message, String> {
    let to: Mailbox = mail.to.parse().map_err(|e| format!("bad recipient: {e}"))?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| e.to_string())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain SMTP: only for a relay on the same host or network.
    None,
    /// STARTTLS upgrade (port 587).
    #[default]
    Starttls,
    /// Implicit TLS (port 465).
    Tls,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    #[serde(default)]
    pub security: SmtpSecurity,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<String>,
    pub from: String,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("from", &self.from)
            .finish()
    }
}

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    pub fn new(c: &SmtpConfig) -> Result<Self, String> {
        let builder = match c.security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host),
            SmtpSecurity::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host)
                .map_err(|e| e.to_string())?,
            SmtpSecurity::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host).map_err(|e| e.to_string())?
            }
        };
        let mut builder = builder
            .port(c.port)
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let (Some(u), Some(p)) = (&c.username, &c.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            from: c.from.parse().map_err(|e| format!("bad sender: {e}"))?,
        })
    }
}

impl Mailer for SmtpMailer {
    fn send<'a>(&'a self, mail: &'a Mail) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            let msg = build(&self.from, mail)?;
            self.transport
                .send(msg)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
    }
}

/// Demo mode: each mail becomes `<time>-<id>.eml` (the real RFC 5322 message)
/// plus a `.json` twin that /dev/mail lists.
pub struct DirMailer {
    pub dir: PathBuf,
    from: Mailbox,
}

impl DirMailer {
    pub fn new(dir: PathBuf) -> Result<Self, String> {
        let from = "Yunzhan <no-reply@yunzhan.localhost>"
            .parse()
            .map_err(|e| format!("bad sender: {e}"))?;
        Ok(Self { dir, from })
    }
}

impl Mailer for DirMailer {
    fn send<'a>(&'a self, mail: &'a Mail) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            let msg = build(&self.from, mail)?;
            tokio::fs::create_dir_all(&self.dir)
                .await
                .map_err(|e| e.to_string())?;
            // UUIDv7: the file names sort by time.
            let stamp = yz_store::new_id();
            tokio::fs::write(self.dir.join(format!("{stamp}.eml")), msg.formatted())
                .await
                .map_err(|e| e.to_string())?;
            let json = serde_json::to_vec_pretty(mail).map_err(|e| e.to_string())?;
            tokio::fs::write(self.dir.join(format!("{stamp}.json")), json)
                .await
                .map_err(|e| e.to_string())
        })
    }
}

/// The mails in a demo folder, newest first.
pub fn list_dir(dir: &Path) -> Vec<(String, Mail)> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut out: Vec<(String, Mail)> = rd
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| {
            let name = e
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".json")
                .to_owned();
            let m = serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok()?;
            Some((name, m))
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out
}
