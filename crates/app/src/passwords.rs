//! argon2id hashing, off the async threads.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::config::PasswordCost;
use crate::error::AppError;

pub async fn hash(cost: PasswordCost, password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_now(cost, &password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
}

pub fn hash_now(cost: PasswordCost, password: &str) -> Result<String, AppError> {
    let params = Params::new(cost.memory_kib, cost.iterations, 1, None)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Verifies with the parameters stored in the hash itself. With `None` it
/// still does the work of one verification, so a missing account takes as
/// long to refuse as a wrong password.
pub async fn verify(stored: Option<String>, password: String, cost: PasswordCost) -> bool {
    tokio::task::spawn_blocking(move || match stored {
        Some(h) => PasswordHash::new(&h)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false),
        None => {
            let _ = hash_now(cost, &password);
            false
        }
    })
    .await
    .unwrap_or(false)
}
