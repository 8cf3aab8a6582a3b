//! Personal data encrypted at rest (phone numbers, social handles):
//! AES-256-GCM with a key kept outside the database (a file beside the
//! data, like the audit key). A raw SELECT shows only `v1:` and base64.

use aes_gcm::aead::{Aead, KeyInit};
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

impl Pii {
    /// `key` must be 32 bytes.
    pub fn new(key: &[u8]) -> Option<Pii> {
        (key.len() == 32).then(|| Pii {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)),
        })
    }

    /// `v1:` + base64(nonce ‖ ciphertext ‖ tag). Empty stays empty.
    pub fn seal(&self, plain: &str) -> String {
        if plain.is_empty() {
            return String::new();
        }
        let mut nonce = [0u8; 12];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        match self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
        {
            Ok(ct) => {
                let mut out = nonce.to_vec();
                out.extend(ct);
                format!("v1:{}", STANDARD_NO_PAD.encode(out))
            }
            Err(_) => String::new(),
        }
    }

    /// The plain text, or None when the value was tampered with or sealed
    /// with another key.
    pub fn open(&self, sealed: &str) -> Option<String> {
        if sealed.is_empty() {
            return Some(String::new());
        }
        let raw = STANDARD_NO_PAD.decode(sealed.strip_prefix("v1:")?).ok()?;
        let (nonce, ct) = (raw.get(..12)?, raw.get(12..)?);
        let plain = self.cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
        String::from_utf8(plain).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn seals_and_opens() {
        let p = Pii::new(&[7u8; 32]).unwrap();
        let s = p.seal("+86 138 0013 8000");
        assert!(s.starts_with("v1:") && !s.contains("138"));
        assert_ne!(s, p.seal("+86 138 0013 8000"), "fresh nonce every time");
        assert_eq!(p.open(&s).as_deref(), Some("+86 138 0013 8000"));
        let other = Pii::new(&[8u8; 32]).unwrap();
        assert_eq!(other.open(&s), None);
        let mut bad = s.clone();
        bad.pop();
        bad.push('A');
        assert_eq!(p.open(&bad), None);
        assert!(Pii::new(&[1u8; 16]).is_none());
        assert_eq!(p.seal(""), "");
    }
}
