//! What the pages and the API do, free of HTTP: each function checks the
//! rules, runs one transaction, writes its outbox events and audit records.

pub mod account;
pub mod admin;
pub mod audience;
pub mod auth;
pub mod booths;
pub mod catalogue;
pub mod exhibit_input;
pub mod exhibit_media;
pub mod exhibits;
pub mod fairs;
pub mod mails;
pub mod organisations;
pub mod privacy;
pub mod staff;
pub mod visibility;

use yz_store::StoreError;

use crate::error::{Msg, WebError};

/// A service failure: messages to show beside a form, or an HTTP error.
#[derive(Debug)]
pub enum Failure {
    Form(Vec<Msg>),
    Web(WebError),
}

impl Failure {
    pub fn form(key: &'static str) -> Failure {
        Failure::Form(vec![Msg::new(key)])
    }
}

impl From<WebError> for Failure {
    fn from(e: WebError) -> Self {
        Failure::Web(e)
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Web(e.into())
    }
}

pub type ServiceResult<T> = Result<T, Failure>;
