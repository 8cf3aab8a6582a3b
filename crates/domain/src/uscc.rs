//! The Unified Social Credit Code (统一社会信用代码, GB 32100-2015) every
//! Chinese organisation carries, with the organisation code (GB 11714)
//! embedded in characters 9 to 17. Both check characters are verified.

/// The 31 characters a USCC may use (no I, O, S, V, Z).
const CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UsccError {
    #[error("a Unified Social Credit Code has 18 characters")]
    Length,
    #[error("character {0} is not allowed in a Unified Social Credit Code")]
    Character(usize),
    #[error("the check character of the Unified Social Credit Code is wrong")]
    Check,
    #[error("the embedded organisation code's check character is wrong")]
    OrgCodeCheck,
}

impl UsccError {
    pub fn key(self) -> &'static str {
        match self {
            UsccError::Length => "error-uscc-length",
            UsccError::Character(_) => "error-uscc-character",
            UsccError::Check => "error-uscc-check",
            UsccError::OrgCodeCheck => "error-uscc-org-check",
        }
    }
}

/// A valid code, upper-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Uscc(String);

fn value(c: char) -> Option<u32> {
    CHARSET.find(c).map(|i| i as u32)
}

/// GB 11714: digits are their value, letters A..Z are 10..35.
fn org_value(c: char) -> Option<u32> {
    c.to_digit(36)
}

/// The GB 11714 check character of an 8-character organisation code body.
pub fn org_code_check(body: &str) -> Option<char> {
    let mut sum = 0;
    for (c, w) in body.chars().zip(ORG_WEIGHTS) {
        sum += org_value(c)? * w;
    }
    if body.chars().count() != 8 {
        return None;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        n => char::from_digit(n, 10)?,
    })
}

/// The GB 32100 check character of the first 17 characters.
pub fn uscc_check(first17: &str) -> Option<char> {
    let mut sum = 0;
    let mut n = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value(c)? * w;
        n += 1;
    }
    if n != 17 {
        return None;
    }
    let v = (31 - sum % 31) % 31;
    CHARSET.chars().nth(v as usize)
}

impl Uscc {
    pub fn parse(raw: &str) -> Result<Uscc, UsccError> {
        let s: String = raw.trim().to_uppercase();
        let chars: Vec<char> = s.chars().collect();
        if chars.len() != 18 {
            return Err(UsccError::Length);
        }
        if let Some(i) = chars.iter().position(|c| value(*c).is_none()) {
            return Err(UsccError::Character(i + 1));
        }
        let first17: String = chars[..17].iter().collect();
        if uscc_check(&first17) != Some(chars[17]) {
            return Err(UsccError::Check);
        }
        let org_body: String = chars[8..16].iter().collect();
        if org_code_check(&org_body) != Some(chars[16]) {
            return Err(UsccError::OrgCodeCheck);
        }
        Ok(Uscc(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The six-digit administrative division (GB/T 2260) of registration.
    pub fn division(&self) -> &str {
        self.0.get(2..8).unwrap_or("")
    }

    /// Makes a valid code from a 2-character prefix, a 6-digit division and
    /// an 8-character organisation body (demo data and tests).
    pub fn compose(prefix: &str, division: &str, org_body: &str) -> Option<Uscc> {
        let org_check = org_code_check(org_body)?;
        let first17 = format!("{prefix}{division}{org_body}{org_check}");
        let check = uscc_check(&first17)?;
        Uscc::parse(&format!("{first17}{check}")).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_examples_verify() {
        // Widely published valid codes.
        for ok in [
            "91350100M000100Y43",
            "9144030071526726XG",
            "914403001922038216",
            "91110000802100433B",
        ] {
            assert!(Uscc::parse(ok).is_ok(), "{ok}: {:?}", Uscc::parse(ok));
        }
        assert_eq!(
            Uscc::parse(" 91350100m000100y43 ").unwrap().as_str(),
            "91350100M000100Y43"
        );
        assert_eq!(
            Uscc::parse("91350100M000100Y43").unwrap().division(),
            "350100"
        );
    }

    #[test]
    fn errors_are_precise() {
        assert_eq!(Uscc::parse("9135010"), Err(UsccError::Length));
        assert_eq!(
            Uscc::parse("91350100M000100Y4I"),
            Err(UsccError::Character(18))
        );
        assert_eq!(Uscc::parse("91350100M000100Y44"), Err(UsccError::Check));
    }

    #[test]
    fn every_single_character_change_is_caught() {
        let good = "91350100M000100Y43";
        for i in 0..18 {
            for c in CHARSET.chars() {
                let mut v: Vec<char> = good.chars().collect();
                if v[i] == c {
                    continue;
                }
                v[i] = c;
                let s: String = v.into_iter().collect();
                assert!(Uscc::parse(&s).is_err(), "{s} passed");
            }
        }
    }

    #[test]
    fn compose_makes_valid_codes() {
        let u = Uscc::compose("91", "440106", "MA5ABC12").unwrap();
        assert!(Uscc::parse(u.as_str()).is_ok());
        assert_eq!(org_code_check("D2143569"), Some('X'));
    }
}
