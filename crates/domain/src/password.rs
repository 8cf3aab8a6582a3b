//! The password policy: at least 12 characters, at most 256, not a common
//! password (a bundled list, also with digits or symbols added to the end),
//! not the e-mail address.

const COMMON: &str = include_str!("common-passwords.txt");
pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must have at least 12 characters")]
    TooShort,
    #[error("the password is too long")]
    TooLong,
    #[error("the password is too common")]
    Common,
    #[error("the password must not contain your e-mail address")]
    ContainsEmail,
}

impl PasswordError {
    /// The i18n message key for the error.
    pub fn key(self) -> &'static str {
        match self {
            PasswordError::TooShort => "error-password-short",
            PasswordError::TooLong => "error-password-long",
            PasswordError::Common => "error-password-common",
            PasswordError::ContainsEmail => "error-password-email",
        }
    }
}

fn is_common(lower: &str) -> bool {
    let listed = |w: &str| {
        COMMON
            .lines()
            .filter(|l| !l.starts_with('#'))
            .any(|l| l == w)
    };
    if listed(lower) {
        return true;
    }
    // "Password2024!" is "password" with decoration.
    let stem = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    if stem.chars().count() >= 4 && stem != lower && listed(stem) {
        return true;
    }
    // One repeated character or a simple run ("aaaaaaaaaaaa", "123456789012").
    let chars: Vec<char> = lower.chars().collect();
    let all_same = chars.windows(2).all(|w| w[0] == w[1]);
    let ascending = chars
        .windows(2)
        .all(|w| (w[1] as u32) == (w[0] as u32) + 1 || (w[0] == '9' && w[1] == '0'));
    all_same || ascending
}

pub fn check(password: &str, email: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(PasswordError::TooShort);
    }
    if n > MAX_CHARS {
        return Err(PasswordError::TooLong);
    }
    let lower = password.to_lowercase();
    if is_common(&lower) {
        return Err(PasswordError::Common);
    }
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or("");
    if !email.is_empty() && (lower.contains(&email) || (local.len() >= 4 && lower.contains(local)))
    {
        return Err(PasswordError::ContainsEmail);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn policy() {
        assert_eq!(check("short", ""), Err(PasswordError::TooShort));
        assert_eq!(check("password1234", ""), Err(PasswordError::Common));
        assert_eq!(check("Password2024!", ""), Err(PasswordError::Common));
        assert_eq!(check("123456789012", ""), Err(PasswordError::Common));
        assert_eq!(check("aaaaaaaaaaaaaa", ""), Err(PasswordError::Common));
        assert_eq!(
            check("liwei.trader-77", "liwei.trader@example.cn"),
            Err(PasswordError::ContainsEmail)
        );
        assert_eq!(check(&"x".repeat(300), ""), Err(PasswordError::TooLong));
        assert!(check("correct horse battery", "a@b.cn").is_ok());
        assert!(check("广交会线上展览很方便啊", "").is_err()); // 11 chars
        assert!(check("广交会线上展览真的很方便啊", "").is_ok());
    }
}
