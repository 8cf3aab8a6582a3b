//! The JSON API under /api/v1: snake_case fields, errors as problem+json.
//! Cookie-authenticated calls that change state carry the CSRF token in
//! the `X-CSRF-Token` header.

pub mod audit;
pub mod me;
