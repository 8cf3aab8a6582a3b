//! Harmonized System codes: 6 digits, national extensions (8 or 10 digits)
//! allowed. The chapter (first two digits) places products in halls.

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HsCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HsError {
    #[error("an HS code has 2, 4, 6, 8 or 10 digits")]
    Shape,
    #[error("no HS chapter has this number")]
    Chapter,
}

impl HsCode {
    /// Accepts `8471.30`, `8471 30 00`, `847130`; chapters 01 to 97 (77 is
    /// reserved). Two or four digits name a chapter or heading.
    pub fn parse(raw: &str) -> Result<HsCode, HsError> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, '.' | ' ' | '-'))
            .collect();
        if !matches!(digits.len(), 2 | 4 | 6 | 8 | 10)
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(HsError::Shape);
        }
        let chapter: u32 = digits
            .get(..2)
            .and_then(|c| c.parse().ok())
            .ok_or(HsError::Shape)?;
        if !(1..=97).contains(&chapter) || chapter == 77 {
            return Err(HsError::Chapter);
        }
        Ok(HsCode(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn chapter(&self) -> &str {
        self.0.get(..2).unwrap_or("")
    }
}

/// A stored code as people write it: `9403.60`, `9403.60.10`.
pub fn dotted(code: &str) -> String {
    let Some(head) = code.get(..4).filter(|_| code.len() > 4) else {
        return code.to_owned();
    };
    let mut out = head.to_owned();
    let mut rest = code.get(4..).unwrap_or("");
    while !rest.is_empty() {
        let (part, tail) = rest.split_at(rest.len().min(2));
        out.push('.');
        out.push_str(part);
        rest = tail;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn shapes() {
        assert_eq!(HsCode::parse("8471.30").unwrap().as_str(), "847130");
        assert_eq!(HsCode::parse("9403 60 10").unwrap().chapter(), "94");
        assert_eq!(HsCode::parse("94").unwrap().as_str(), "94");
        assert_eq!(HsCode::parse("12345"), Err(HsError::Shape));
        assert_eq!(HsCode::parse("7701"), Err(HsError::Chapter));
        assert_eq!(HsCode::parse("9901"), Err(HsError::Chapter));
        assert_eq!(HsCode::parse("00"), Err(HsError::Chapter));
        assert_eq!(HsCode::parse("84a1"), Err(HsError::Shape));
        assert_eq!(dotted("940360"), "9403.60");
        assert_eq!(dotted("94036010"), "9403.60.10");
        assert_eq!(dotted("94"), "94");
    }
}
