//! Security headers on every response.

use axum::http::{HeaderMap, HeaderValue, header};

/// No inline script anywhere: scripts and styles come from /static. The
/// exceptions are hashes of fixed text in vendored viewers (see
/// `static/vendor/MANIFEST.json`; a test keeps them in step): the import
/// map that lets Photo Sphere Viewer find three.js, and the one `<style>`
/// block model-viewer puts in its shadow DOM. `'wasm-unsafe-eval'` lets
/// model-viewer compile its mesh decoder (WebAssembly only, no JavaScript
/// eval); `connect-src blob:` lets three.js read textures embedded in GLB files.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'sha256-IutUlQRVCgOWBgbWmSfejuMc+JCzlOtpeAJmpLtlpkc=' 'wasm-unsafe-eval'; \
    style-src 'self' 'sha256-PXtZZkJMMyc18o/DN1ZEFOJ2qEGq95IQbVaJFMOXOb0='; img-src 'self' data: blob:; \
    media-src 'self' blob:; connect-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'self'; frame-ancestors 'none'";

pub fn apply(h: &mut HeaderMap, tls: bool, personal: bool) {
    // A handler may set a stricter policy (uploaded files are sandboxed).
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(self), microphone=(self), geolocation=(), payment=()"),
    );
    if tls {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if personal && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

#[cfg(test)]
mod tests {
    /// The CSP carries the hashes the vendored files need (recomputed by
    /// `scripts/vendor-refresh` into the manifest).
    #[test]
    fn csp_allows_exactly_the_vendored_inline_text() {
        let manifest: serde_json::Value =
            serde_json::from_str(include_str!("../static/vendor/MANIFEST.json"))
                .unwrap_or_default();
        let map = manifest["import_map_csp_source"]
            .as_str()
            .unwrap_or("missing");
        assert!(super::CSP.contains(map), "import map hash {map}");
        for s in manifest["style_csp_sources"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let h = s["source"].as_str().unwrap_or("missing");
            assert!(super::CSP.contains(h), "style hash {h}");
        }
        let template = include_str!("../templates/_viewers.html");
        let im = manifest["import_map"].as_str().unwrap_or("missing");
        assert!(template.contains(&format!("<script type=\"importmap\">{im}</script>")));
    }
}
