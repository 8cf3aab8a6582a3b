//! A form body as a list of pairs, for forms whose checkbox groups repeat a
//! name (serde's urlencoded forms keep only one).

use axum::extract::{FromRequest, Request};

use crate::error::{Msg, WebError};

pub struct FormList(pub Vec<(String, String)>);

/// The first value named `name`, or "" when there is none.
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

impl<S: Send + Sync> FromRequest<S> for FormList {
    type Rejection = WebError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| WebError::BadRequest(Msg::new("error-bad-request")))?;
        Ok(FormList(
            url::form_urlencoded::parse(&bytes).into_owned().collect(),
        ))
    }
}
