//! The use-case layer's one error type. It says what went wrong in terms a
//! caller can act on (a form to fix, a missing object, a refusal); the web
//! layer maps it to an HTTP status and a page or problem+json in the
//! caller's language. Internals are logged there, never shown.

use yz_store::StoreError;

/// A translatable message: an i18n key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
    /// An argument's value.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    /// The input is wrong: every problem, to show beside the form.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<Msg>),
    /// The request cannot be understood at all.
    #[error("bad request: {0:?}")]
    BadRequest(Msg),
    /// Sign in first.
    #[error("sign-in required")]
    Unauthorized,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// No such object in the caller's scope (also: not theirs to see).
    #[error("not found")]
    NotFound,
    /// The object's state does not allow it (taken, already decided).
    #[error("conflict: {0:?}")]
    Conflict(Msg),
    #[error("too large")]
    TooLarge,
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// One message for the form.
    pub fn invalid(key: &'static str) -> AppError {
        AppError::Invalid(vec![Msg::new(key)])
    }
    pub fn internal(e: impl std::fmt::Display) -> AppError {
        AppError::Internal(e.to_string())
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict => AppError::Conflict(Msg::new("error-conflict")),
            StoreError::AuditUnavailable => AppError::Unavailable("audit log".into()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        AppError::Internal(e.to_string())
    }
}

pub type AppResult<T> = Result<T, AppError>;
