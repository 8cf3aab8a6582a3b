//! The catalogue page: download the XLSX template, import a filled one (bad
//! cells listed by row and column), export to XLSX or CSV.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{Chrome, render_status};
use crate::ctx::Ctx;
use crate::error::{Msg, WebError, WebResult};
use crate::state::AppState;
use yz_app::catalogue::{self as svc, COLUMNS, ImportFailure, Refusal};

#[derive(Template)]
#[template(path = "exhibits/catalogue.html")]
pub struct CataloguePage {
    pub c: Chrome,
    pub org: String,
    pub notice: Option<String>,
    pub errors: Vec<String>,
    /// (row, column, reason)
    pub cells: Vec<(usize, String, String)>,
    pub more: usize,
}

/// What the page reports after an action.
#[derive(Default)]
struct Outcome {
    notice: Option<String>,
    errors: Vec<String>,
    cells: Vec<(usize, String, String)>,
    more: usize,
}

async fn page(state: &AppState, ctx: &Ctx, org: &str, status: StatusCode, o: Outcome) -> Response {
    let c = Chrome::new(state, ctx).await;
    render_status(
        status,
        &CataloguePage {
            c,
            org: org.to_owned(),
            notice: o.notice,
            errors: o.errors,
            cells: o.cells,
            more: o.more,
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> WebResult<Response> {
    yz_app::scope::own_org(
        &state,
        &ctx.actor(),
        &org,
        yz_domain::Permission::ExhibitEdit,
    )
    .await?;
    Ok(page(&state, &ctx, &org, StatusCode::OK, Outcome::default()).await)
}

fn download(bytes: Vec<u8>, mime: &'static str, name: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn instructions(ctx: &Ctx) -> Vec<(String, String)> {
    ctx.t("catalogue-help")
        .lines()
        .filter_map(|l| l.split_once(':').or_else(|| l.split_once('：')))
        .map(|(a, b)| (a.trim().to_owned(), b.trim().to_owned()))
        .collect()
}

pub async fn template(ctx: Ctx, Path(_org): Path<String>) -> WebResult<Response> {
    let header = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect()];
    let bytes = svc::xlsx(&header, &instructions(&ctx))?;
    Ok(download(bytes, XLSX, "catalogue-template.xlsx"))
}

pub async fn export_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> WebResult<Response> {
    let rows = svc::rows(&state, &ctx.actor(), &org).await?;
    let bytes = svc::xlsx(&rows, &instructions(&ctx))?;
    Ok(download(bytes, XLSX, "catalogue.xlsx"))
}

pub async fn export_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> WebResult<Response> {
    let rows = svc::rows(&state, &ctx.actor(), &org).await?;
    Ok(download(
        svc::csv(&rows)?,
        "text/csv; charset=utf-8",
        "catalogue.csv",
    ))
}

pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    mut form: Multipart,
) -> WebResult<Response> {
    let mut bytes = None;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| WebError::BadRequest(Msg::new("error-bad-request")))?
    {
        if field.name() == Some("file") {
            bytes = Some(
                field
                    .bytes()
                    .await
                    .map_err(|_| WebError::PayloadTooLarge)?
                    .to_vec(),
            );
        }
    }
    let bytes = bytes.filter(|b| !b.is_empty());
    let refused = |errors: Vec<String>| Outcome {
        errors,
        ..Default::default()
    };
    let (status, outcome) = match bytes {
        None => (
            StatusCode::UNPROCESSABLE_ENTITY,
            refused(vec![ctx.t("error-import-type")]),
        ),
        Some(bytes) => match svc::import(&state, &ctx.actor(), &org, bytes).await {
            Ok(n) => (
                StatusCode::OK,
                Outcome {
                    notice: Some(ctx.i18n.ta("notice-imported", &[("count", n.to_string())])),
                    ..Default::default()
                },
            ),
            Err(ImportFailure::Other(e)) => return Err(e.into()),
            Err(ImportFailure::Refused(Refusal::File(m))) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                refused(vec![ctx.i18n.ta(m.key, &m.args)]),
            ),
            Err(ImportFailure::Refused(Refusal::Cells { errors, more })) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Outcome {
                    errors: vec![ctx.t("error-import-cells")],
                    cells: errors
                        .into_iter()
                        .map(|e| (e.row, e.column, ctx.i18n.ta(e.reason.key, &e.reason.args)))
                        .collect(),
                    more,
                    notice: None,
                },
            ),
        },
    };
    Ok(page(&state, &ctx, &org, status, outcome).await)
}
