//! Static assets, embedded in the binary (the platform works offline).

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/app.js"),
    ),
    (
        "viewers.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/viewers.js"),
    ),
];

/// Vendored front-end libraries, unmodified (`static/vendor/MANIFEST.json`
/// lists versions, licences and sha256; `scripts/vendor-refresh` renews them).
const VENDOR: &[(&str, &str, &[u8])] = &[
    (
        "model-viewer/model-viewer.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/vendor/model-viewer/model-viewer.min.js"),
    ),
    (
        "photo-sphere-viewer/index.module.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/vendor/photo-sphere-viewer/index.module.js"),
    ),
    (
        "photo-sphere-viewer/index.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/vendor/photo-sphere-viewer/index.css"),
    ),
    (
        "three/three.module.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/vendor/three/three.module.min.js"),
    ),
    (
        "three/three.core.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/vendor/three/three.core.min.js"),
    ),
];

/// `GET /static/vendor/{package}/{file}`.
pub async fn serve_vendor(Path((package, file)): Path<(String, String)>) -> Response {
    let name = format!("{package}/{file}");
    respond(VENDOR.iter().find(|(n, _, _)| *n == name))
}

pub async fn serve(Path(name): Path<String>) -> Response {
    respond(FILES.iter().find(|(n, _, _)| *n == name))
}

fn respond(file: Option<&(&str, &'static str, &'static [u8])>) -> Response {
    match file {
        Some((_, mime, body)) => {
            let mut res = body.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            res
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
