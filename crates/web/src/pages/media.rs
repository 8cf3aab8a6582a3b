//! Exhibit media: the upload form handler and serving the files (with HTTP
//! range requests, so videos stream and seek), never as something a
//! browser would run.

use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use yz_app::exhibits::Media;
use yz_domain::visibility::Restriction;

use super::exhibits::done;
use crate::ctx::Ctx;
use crate::error::{Msg, WebError, WebResult};
use crate::state::AppState;
use yz_app::AppError;
use yz_app::exhibit_media as svc;
use yz_domain::kinds::MediaKind;

/// The parts of a media upload form.
#[derive(Default)]
struct Upload {
    purpose: Option<String>,
    file: Option<Vec<u8>>,
    poster: Option<Vec<u8>>,
    caption: String,
}

async fn read_upload(mut form: Multipart) -> Result<Upload, WebError> {
    let bad = |_| WebError::BadRequest(Msg::new("error-bad-request"));
    let mut u = Upload::default();
    while let Some(field) = form.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_owned();
        match name.as_str() {
            "file" | "image" | "poster" => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|_| WebError::PayloadTooLarge)?
                    .to_vec();
                match name.as_str() {
                    "poster" => u.poster = Some(bytes),
                    "image" => {
                        u.purpose.get_or_insert_with(|| "image".into());
                        u.file = Some(bytes)
                    }
                    _ => u.file = Some(bytes),
                }
            }
            "purpose" => u.purpose = Some(field.text().await.map_err(bad)?),
            "caption" => u.caption = field.text().await.map_err(bad)?,
            _ => {}
        }
    }
    Ok(u)
}

/// `POST /org/{org}/exhibits/{exhibit}/media` (and the older `/images`).
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((org, id)): Path<(String, String)>,
    form: Multipart,
) -> WebResult<Response> {
    let u = read_upload(form).await?;
    let purpose = u
        .purpose
        .as_deref()
        .and_then(|p| p.parse::<MediaKind>().ok());
    let r = match (purpose, u.file) {
        (Some(p), Some(b)) if !b.is_empty() => {
            svc::add(&state, &ctx.actor(), &org, &id, p, b, u.poster, &u.caption)
                .await
                .map(|_| ())
        }
        (Some(MediaKind::Image), _) => Err(AppError::invalid("error-image-type")),
        _ => Err(AppError::invalid("error-media-type")),
    };
    let key = if purpose == Some(MediaKind::Image) {
        "notice-image-added"
    } else {
        "notice-media-added"
    };
    done(&state, &ctx, &org, &id, r, key, None).await
}

/// The security headers of a served upload: a sandbox so nothing in it runs,
/// except PDFs, which browsers' viewers cannot show sandboxed; those get a
/// policy that still allows no script or connection.
fn file_csp(mime: &str) -> HeaderValue {
    if mime == "application/pdf" {
        HeaderValue::from_static(
            "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        )
    } else {
        HeaderValue::from_static("default-src 'none'; img-src 'self'; media-src 'self'; sandbox")
    }
}

/// `GET /media/{media}/{variant}`: `main` or a named variant (thumbnail sizes,
/// `poster`). Visitors get the media of exhibits shown on a fair, within
/// the exhibitor's country and trade-visitor restrictions; the exhibitor's
/// staff all of theirs. Honours `Range`; streamed from the object store.
pub async fn serve(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((id, variant)): Path<(String, String)>,
) -> WebResult<Response> {
    let actor = ctx.actor();
    let (m, e) = yz_app::showcase::media(&state, &actor, &id).await?;
    let own = yz_app::scope::belongs_to(&actor, &e.org_id);
    let mut restricted = false;
    if !own {
        let org = yz_app::showcase::exhibitor(&state, &e.org_id, None)
            .await?
            .ok_or(WebError::NotFound)?;
        let rules = [
            Restriction {
                countries: org.org.visible_countries.clone(),
                trade_only: org.org.trade_only,
            },
            Restriction {
                countries: e.visible_countries.clone(),
                trade_only: e.trade_only,
            },
        ];
        restricted = rules
            .iter()
            .any(|r| r.trade_only || !r.countries.is_empty());
        if restricted {
            let audience = yz_app::audience::of(&state, &actor, &e.org_id).await?;
            if let Err(why) = audience.check(&rules) {
                return Ok(super::hidden(&state, &ctx, why).await);
            }
        }
    }
    send(&state, &m, &variant, &headers, own || restricted).await
}

/// Sends one file of a media item: the whole of it or the `Range` asked
/// for, streamed, never as something a browser would run. `private`: only
/// the browser may keep it (restricted content, previews, review).
pub async fn send(
    state: &AppState,
    m: &Media,
    variant: &str,
    headers: &HeaderMap,
    private: bool,
) -> WebResult<Response> {
    let (key, mime) = match variant {
        "main" => (m.object_key.clone(), m.mime.clone()),
        "html" => return Err(WebError::NotFound),
        v => {
            let key = m.variants.get(v).ok_or(WebError::NotFound)?.clone();
            let mime = mime_of_key(&key).to_owned();
            (key, mime)
        }
    };
    let total = yz_app::objects::size(&state.objects, &key).await?;
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|r| yz_media::parse_range(r, total))
        .transpose();
    let mut res = match range {
        Err(e) => {
            let mut res = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(v) = HeaderValue::from_str(&e.content_range()) {
                res.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return Ok(res);
        }
        Ok(Some(Some((first, last)))) => {
            let (_, chunks) =
                yz_app::objects::stream(&state.objects, &key, Some(first..last + 1)).await?;
            let mut res = (StatusCode::PARTIAL_CONTENT, Body::from_stream(chunks)).into_response();
            let h = res.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {first}-{last}/{total}")) {
                h.insert(header::CONTENT_RANGE, v);
            }
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(last + 1 - first));
            res
        }
        Ok(_) => {
            let (_, chunks) = yz_app::objects::stream(&state.objects, &key, None).await?;
            let mut res = Body::from_stream(chunks).into_response();
            res.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(total));
            res
        }
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::CONTENT_SECURITY_POLICY, file_csp(&mime));
    if m.kind == MediaKind::Table && variant == "main" {
        let ext = key.rsplit('.').next().unwrap_or("csv");
        if let Ok(v) =
            HeaderValue::from_str(&format!("attachment; filename=\"table-{}.{ext}\"", m.id))
        {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if private {
            "private, no-store"
        } else {
            "public, max-age=3600"
        }),
    );
    Ok(res)
}

fn mime_of_key(key: &str) -> &'static str {
    match key.rsplit('.').next() {
        Some("jpg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        _ => "application/octet-stream",
    }
}
