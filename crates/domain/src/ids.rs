//! Identifiers: UUIDv7 as text (time-sortable, not enumerable). Generation
//! lives in the store crate (it needs randomness); here is the validation.

/// True when `s` looks like a canonical hyphenated UUID (any version).
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 36 {
        return false;
    }
    b.iter().enumerate().all(|(i, c)| match i {
        8 | 13 | 18 | 23 => *c == b'-',
        _ => c.is_ascii_hexdigit(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn uuid_shapes() {
        assert!(is_uuid("0190f5c2-7b1a-7cc0-8d4e-1f2a3b4c5d6e"));
        assert!(!is_uuid("0190f5c2-7b1a-7cc0-8d4e-1f2a3b4c5d6"));
        assert!(!is_uuid("0190f5c2x7b1a-7cc0-8d4e-1f2a3b4c5d6e"));
        assert!(!is_uuid("../../etc/passwd"));
    }
}
