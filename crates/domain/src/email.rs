//! E-mail addresses, parsed once at the edge ("parse, don't validate").

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the e-mail address is not valid")]
    Invalid,
}

impl Email {
    /// Trims, lower-cases the whole address (we treat mailboxes as
    /// case-insensitive, as every large provider does) and checks its shape.
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let s = raw.trim().to_lowercase();
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Invalid);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Invalid)?;
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return Err(EmailError::Invalid);
        }
        if domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
            || !domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        {
            return Err(EmailError::Invalid);
        }
        if s.contains(['<', '>', '"', '(', ')', ',', ';', ':', '\\', '[', ']']) {
            return Err(EmailError::Invalid);
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn accepts_and_normalises() {
        assert_eq!(
            Email::parse("  Li.Wei@Example.CN ").unwrap().as_str(),
            "li.wei@example.cn"
        );
        assert!(Email::parse("张三@例子.中国").is_ok());
    }
    #[test]
    fn rejects_bad_shapes() {
        for bad in [
            "",
            "a",
            "a@b",
            "@example.com",
            "a@.com",
            "a@example.com.",
            "a b@example.com",
            "a@exa..mple.com",
            "<a>@example.com",
            "a@example.com\r\nBcc: x@y.z",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }
}
