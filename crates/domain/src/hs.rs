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
    }
}
