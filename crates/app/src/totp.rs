//! TOTP (RFC 6238) for administrators: SHA-1, 6 digits, 30-second steps,
//! one step of clock skew either way, and no code accepted twice.

use totp_rs::{Algorithm, Secret, TOTP};

const STEP: u64 = 30;

fn totp(secret_b32: &str, account: &str, issuer: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_owned()).to_bytes().ok()?;
    TOTP::new_unchecked(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        bytes,
        Some(issuer.to_owned()),
        account.replace(':', "_"),
    )
    .into()
}

/// A new random secret, base32.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

/// The `otpauth://` URL authenticator apps read from the QR code.
pub fn otpauth_url(secret_b32: &str, account: &str, issuer: &str) -> String {
    totp(secret_b32, account, issuer)
        .map(|t| t.get_url())
        .unwrap_or_default()
}

/// The QR code of the URL as inline SVG.
pub fn qr_svg(url: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    match svg.find("<svg") {
        Some(i) => svg[i..].replacen("<svg", "<svg role=\"img\" aria-labelledby=\"qr-label\"", 1),
        None => svg,
    }
}

/// The code for a moment (tests and the enrolment check).
pub fn code_at(secret_b32: &str, now_ms: i64) -> Option<String> {
    totp(secret_b32, "x", "x").map(|t| t.generate((now_ms / 1000).max(0) as u64))
}

/// Checks a code; returns the time step it matched, which must be later
/// than the last accepted step (no replay).
pub fn check(secret_b32: &str, code: &str, now_ms: i64, last_step: Option<i64>) -> Option<i64> {
    let code = code.trim().replace(' ', "");
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_b32, "x", "x")?;
    let now_step = (now_ms / 1000).max(0) / STEP as i64;
    for step in [now_step - 1, now_step, now_step + 1] {
        if step < 0 || last_step.is_some_and(|l| step <= l) {
            continue;
        }
        let candidate = t.generate(step as u64 * STEP);
        if crate::tokens::constant_time_eq(candidate.as_bytes(), code.as_bytes()) {
            return Some(step);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn codes_verify_once_and_within_skew() {
        let s = new_secret();
        let now = 1_800_000_000_000;
        let code = code_at(&s, now).unwrap();
        let step = check(&s, &code, now, None).unwrap();
        assert_eq!(check(&s, &code, now, Some(step)), None, "replay refused");
        assert!(
            check(&s, &code, now + 30_000, None).is_some(),
            "one step late ok"
        );
        assert!(check(&s, &code, now + 120_000, None).is_none(), "too late");
        assert!(check(&s, "12345", now, None).is_none());
        assert!(otpauth_url(&s, "a@b.cn", "Yunzhan").starts_with("otpauth://totp/"));
        assert!(qr_svg("otpauth://totp/x").starts_with("<svg"));
    }
}
