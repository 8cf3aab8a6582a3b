//! The home page and the language switch.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use yz_domain::lang::Lang;

use super::{Chrome, render, safe_next, see_other};
use crate::ctx::{Ctx, LANG_COOKIE, set_cookie};
use crate::error::WebResult;
use crate::state::AppState;
use yz_app::AppError;
use yz_app::account::set_language as save_language;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub c: Chrome,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Response {
    let c = Chrome::new(&state, &ctx).await;
    render(&HomePage { c })
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

pub async fn set_language(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<LanguageForm>,
) -> WebResult<Response> {
    let lang = Lang::parse(&f.lang).unwrap_or(ctx.lang());
    match save_language(&state, &ctx.actor(), lang).await {
        Ok(()) => {}
        Err(AppError::Invalid(_)) => {}
        Err(e) => return Err(e.into()),
    }
    let mut res = see_other(&safe_next(f.next.as_deref()));
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            LANG_COOKIE,
            lang.tag(),
            state.secure(),
            true,
            Some(365 * 24 * 3600),
        ),
    );
    Ok(res.into_response())
}
