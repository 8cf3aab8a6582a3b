//! Personal data and secrets encrypted at rest (phone numbers, social
//! handles, TOTP secrets): AES-256-GCM with a key kept outside the
//! database (a file beside the data, like the audit key). A raw SELECT
//! shows only `v2:` and base64.
//!
//! Each value is bound to where it lives: its table, column and row go
//! into the cipher as associated data, so a ciphertext copied to another
//! row or column does not open. Values sealed before that (`v1:`) are
//! sealed again at start-up ([`Pii::reseal`]) and never opened as they are.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use rand::RngCore;

#[derive(Clone)]
pub struct Pii {
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for Pii {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pii(***)")
    }
}

/// Where a sealed value is stored.
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    pub table: &'static str,
    pub column: &'static str,
    /// The row's key (an account id, say).
    pub row: &'a str,
}

impl Field<'_> {
    fn aad(&self) -> Vec<u8> {
        format!("yunzhan-pii-v2|{}.{}|{}", self.table, self.column, self.row).into_bytes()
    }
}

impl Pii {
    /// `key` must be 32 bytes.
    pub fn new(key: &[u8]) -> Option<Pii> {
        (key.len() == 32).then(|| Pii {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)),
        })
    }

    /// `v2:` + base64(nonce ‖ ciphertext ‖ tag), bound to `at`. Empty stays
    /// empty.
    pub fn seal(&self, plain: &str, at: Field<'_>) -> String {
        if plain.is_empty() {
            return String::new();
        }
        let mut nonce = [0u8; 12];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let aad = at.aad();
        match self.cipher.encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain.as_bytes(),
                aad: &aad,
            },
        ) {
            Ok(ct) => {
                let mut out = nonce.to_vec();
                out.extend(ct);
                format!("v2:{}", STANDARD_NO_PAD.encode(out))
            }
            Err(_) => String::new(),
        }
    }

    /// The plain text, or None when the value was tampered with, sealed
    /// with another key or for another place.
    pub fn open(&self, sealed: &str, at: Field<'_>) -> Option<String> {
        if sealed.is_empty() {
            return Some(String::new());
        }
        let raw = STANDARD_NO_PAD.decode(sealed.strip_prefix("v2:")?).ok()?;
        let (nonce, ct) = (raw.get(..12)?, raw.get(12..)?);
        let aad = at.aad();
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad: &aad })
            .ok()?;
        String::from_utf8(plain).ok()
    }

    /// A value stored before fields were bound to their place: `v1:`
    /// ciphertext without associated data, or (TOTP secrets) plain text.
    /// Only the start-up reseal reads these.
    fn open_legacy(&self, stored: &str) -> Option<String> {
        match stored.strip_prefix("v1:") {
            Some(b64) => {
                let raw = STANDARD_NO_PAD.decode(b64).ok()?;
                let (nonce, ct) = (raw.get(..12)?, raw.get(12..)?);
                let plain = self.cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
                String::from_utf8(plain).ok()
            }
            None if !stored.starts_with("v2:") => Some(stored.to_owned()),
            None => None,
        }
    }

    /// The value sealed for `at`, from a legacy stored value; None when it
    /// is already current or cannot be read.
    pub fn reseal(&self, stored: &str, at: Field<'_>) -> Option<String> {
        if stored.is_empty() || stored.starts_with("v2:") {
            return None;
        }
        self.open_legacy(stored).map(|p| self.seal(&p, at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: Field<'static> = Field {
        table: "visitor_profiles",
        column: "phone_sealed",
        row: "u1",
    };

    #[test]
    fn seals_and_opens() {
        let p = Pii::new(&[7u8; 32]).unwrap();
        let s = p.seal("+86 138 0013 8000", PHONE);
        assert!(s.starts_with("v2:") && !s.contains("138"));
        assert_ne!(
            s,
            p.seal("+86 138 0013 8000", PHONE),
            "fresh nonce every time"
        );
        assert_eq!(p.open(&s, PHONE).as_deref(), Some("+86 138 0013 8000"));
        let other = Pii::new(&[8u8; 32]).unwrap();
        assert_eq!(other.open(&s, PHONE), None);
        let mut bad = s.clone();
        bad.pop();
        bad.push('A');
        assert_eq!(p.open(&bad, PHONE), None);
        assert!(Pii::new(&[1u8; 16]).is_none());
        assert_eq!(p.seal("", PHONE), "");
    }

    #[test]
    fn a_value_moved_to_another_row_or_column_does_not_open() {
        let p = Pii::new(&[7u8; 32]).unwrap();
        let s = p.seal("+86 138 0013 8000", PHONE);
        let other_row = Field { row: "u2", ..PHONE };
        let other_column = Field {
            column: "social_sealed",
            ..PHONE
        };
        assert_eq!(p.open(&s, other_row), None);
        assert_eq!(p.open(&s, other_column), None);
    }

    #[test]
    fn legacy_values_are_sealed_again_and_not_opened_as_they_are() {
        let p = Pii::new(&[7u8; 32]).unwrap();
        // A v1 value: nonce ‖ ciphertext without associated data.
        let nonce = [3u8; 12];
        let ct = p
            .cipher
            .encrypt(Nonce::from_slice(&nonce), b"wechat:abc".as_slice())
            .unwrap();
        let v1 = format!(
            "v1:{}",
            STANDARD_NO_PAD.encode([nonce.to_vec(), ct].concat())
        );
        assert_eq!(p.open(&v1, PHONE), None);
        let v2 = p.reseal(&v1, PHONE).unwrap();
        assert_eq!(p.open(&v2, PHONE).as_deref(), Some("wechat:abc"));
        assert_eq!(p.reseal(&v2, PHONE), None, "already current");
        let totp = Field {
            table: "users",
            column: "totp_secret",
            row: "u1",
        };
        let sealed = p.reseal("JBSWY3DPEHPK3PXP", totp).unwrap();
        assert_eq!(p.open(&sealed, totp).as_deref(), Some("JBSWY3DPEHPK3PXP"));
    }
}
