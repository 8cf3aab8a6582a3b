//! A form body as a list of pairs, for forms whose checkbox groups repeat a
//! name (serde's urlencoded forms keep only one).

use axum::extract::{FromRequest, Request};

use crate::error::{Msg, WebError};

pub struct FormList(pub Vec<(String, String)>);

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
