//! The web layer's one error type. Handlers return it; a middleware that
//! knows the caller's language turns it into problem+json (RFC 9457) for the
//! API or a friendly page for browsers. Internals are logged, never shown.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use yz_app::AppError;

pub use yz_app::Msg;

#[derive(Debug, Clone, thiserror::Error)]
pub enum WebError {
    #[error("bad request: {0:?}")]
    BadRequest(Msg),
    #[error("sign-in required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("conflict: {0:?}")]
    Conflict(Msg),
    #[error("unprocessable: {0:?}")]
    Unprocessable(Msg),
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    #[error("CSRF check failed")]
    Csrf,
    #[error("administrator pages need TLS")]
    AdminNeedsTls,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("internal error: {0}")]
    Internal(String),
    #[error("service unavailable: {0}")]
    Unavailable(String),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Unauthorized => StatusCode::UNAUTHORIZED,
            WebError::Forbidden | WebError::Csrf | WebError::AdminNeedsTls => StatusCode::FORBIDDEN,
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The message shown to the caller.
    pub fn msg(&self) -> Msg {
        match self {
            WebError::BadRequest(m) | WebError::Conflict(m) | WebError::Unprocessable(m) => {
                m.clone()
            }
            WebError::Unauthorized => Msg::new("error-unauthorized"),
            WebError::Forbidden => Msg::new("error-forbidden"),
            WebError::NotFound => Msg::new("error-not-found"),
            WebError::TooManyRequests { retry_after } => {
                Msg::new("error-rate-limited").with("seconds", retry_after)
            }
            WebError::Csrf => Msg::new("error-csrf"),
            WebError::AdminNeedsTls => Msg::new("error-admin-tls"),
            WebError::PayloadTooLarge => Msg::new("error-too-large"),
            WebError::Internal(_) => Msg::new("error-internal"),
            WebError::Unavailable(_) => Msg::new("error-unavailable"),
        }
    }

    /// The stable problem type slug (`/problems/<slug>`).
    pub fn slug(&self) -> &'static str {
        match self {
            WebError::BadRequest(_) => "bad-request",
            WebError::Unauthorized => "unauthorized",
            WebError::Forbidden => "forbidden",
            WebError::NotFound => "not-found",
            WebError::Conflict(_) => "conflict",
            WebError::Unprocessable(_) => "validation",
            WebError::TooManyRequests { .. } => "rate-limited",
            WebError::Csrf => "csrf",
            WebError::AdminNeedsTls => "tls-required",
            WebError::PayloadTooLarge => "too-large",
            WebError::Internal(_) => "internal",
            WebError::Unavailable(_) => "unavailable",
        }
    }
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        match e {
            // Outside a form, the first problem stands for all.
            AppError::Invalid(msgs) => WebError::Unprocessable(
                msgs.into_iter()
                    .next()
                    .unwrap_or_else(|| Msg::new("error-bad-request")),
            ),
            AppError::BadRequest(m) => WebError::BadRequest(m),
            AppError::Unauthorized => WebError::Unauthorized,
            AppError::Forbidden => WebError::Forbidden,
            AppError::NotFound => WebError::NotFound,
            AppError::Conflict(m) => WebError::Conflict(m),
            AppError::TooLarge => WebError::PayloadTooLarge,
            AppError::TooManyRequests { retry_after } => WebError::TooManyRequests { retry_after },
            AppError::Unavailable(e) => WebError::Unavailable(e),
            AppError::Internal(e) => WebError::Internal(e),
        }
    }
}

/// Carried in the response's extensions until the error renderer (which
/// knows the caller's language and whether this is the API) writes the body.
#[derive(Debug, Clone)]
pub struct PendingError(pub WebError);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(e) | WebError::Unavailable(e) = &self {
            tracing::error!(error = %e, "request failed");
        }
        let mut res = self.status().into_response();
        if let WebError::TooManyRequests { retry_after } = &self
            && let Ok(v) = HeaderValue::from_str(&retry_after.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res.extensions_mut().insert(PendingError(self));
        res
    }
}

pub type WebResult<T> = Result<T, WebError>;
