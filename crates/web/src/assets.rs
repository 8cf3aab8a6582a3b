//! Static assets, embedded in the binary (the platform works offline).
//!
//! They are text (CSS, JavaScript), so browsers that accept gzip get them
//! compressed: the 3D viewer alone is 1.1 MB raw and about a quarter of
//! that gzipped, which matters on phones. Each file is compressed once per
//! process, on first use. Pages themselves are not compressed: they carry a
//! CSRF token next to text a visitor typed (BREACH).

use std::collections::HashMap;
use std::io::Write;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
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
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../static/favicon.svg"),
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
pub async fn serve_vendor(
    Path((package, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let name = format!("{package}/{file}");
    respond(VENDOR.iter().find(|(n, _, _)| *n == name), &headers)
}

pub async fn serve(Path(name): Path<String>, headers: HeaderMap) -> Response {
    respond(FILES.iter().find(|(n, _, _)| *n == name), &headers)
}

/// Whether `Accept-Encoding` takes gzip (by name or `*`, with a non-zero q).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or("");
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

/// The gzipped body of an embedded file, made once.
fn gzipped(name: &str) -> Option<&'static [u8]> {
    static GZ: OnceLock<HashMap<&'static str, Vec<u8>>> = OnceLock::new();
    GZ.get_or_init(|| {
        FILES
            .iter()
            .chain(VENDOR)
            .filter_map(|(n, _, body)| {
                let mut enc =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                enc.write_all(body).ok()?;
                Some((*n, enc.finish().ok()?))
            })
            .collect()
    })
    .get(name)
    .map(Vec::as_slice)
}

fn respond(
    file: Option<&(&'static str, &'static str, &'static [u8])>,
    headers: &HeaderMap,
) -> Response {
    let Some((name, mime, body)) = file else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let gz = if accepts_gzip(headers) {
        gzipped(name)
    } else {
        None
    };
    let mut res = gz.unwrap_or(body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gz.is_some() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    res
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn with(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap(),
        );
        h
    }

    #[test]
    fn gzip_is_sent_only_when_accepted() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&with("*")));
        assert!(!accepts_gzip(&with("gzip;q=0, br")));
        assert!(!accepts_gzip(&with("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn gzipped_files_unpack_to_the_original() {
        for (name, _, body) in FILES.iter().chain(VENDOR) {
            let gz = gzipped(name).unwrap();
            assert!(gz.len() < body.len(), "{name} did not shrink");
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(gz)
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(&out[..], *body, "{name}");
        }
        let viewer = gzipped("model-viewer/model-viewer.min.js").unwrap();
        assert!(viewer.len() < 400_000, "{}", viewer.len());
    }
}
