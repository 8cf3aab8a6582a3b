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

/// A valid code in canonical form: 18 upper-case ASCII characters, no
/// separators.
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

/// Separators people type or paste between groups of a code: spaces, tabs,
/// no-break spaces (U+00A0), the ideographic space (U+3000) and hyphens.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{00A0}' | '\u{3000}' | '-')
}

/// Maps a full-width ASCII form (U+FF01..U+FF5E, as Chinese input methods
/// produce) to its ASCII character; every other character is unchanged.
fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// The canonical form of typed or pasted input: surrounding whitespace
/// trimmed, full-width ASCII made half-width, separators removed and ASCII
/// letters upper-cased. Nothing else is removed or changed, so any other
/// stray character is still refused by the checks that follow. Upper-casing
/// is ASCII-only on purpose: Unicode upper-casing turns ligatures such as
/// 'ﬀ' into "FF" and would let them through.
fn normalise(raw: &str) -> String {
    raw.trim()
        .chars()
        .map(half_width)
        .filter(|c| !is_separator(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl Uscc {
    /// Parses a code as typed or pasted (see `normalise`): spaces, tabs,
    /// U+00A0, U+3000 and hyphens are ignored wherever they are, full-width
    /// characters and lower case are accepted. Lengths and the positions in
    /// [`UsccError::Character`] refer to the normalised code.
    pub fn parse(raw: &str) -> Result<Uscc, UsccError> {
        let s = normalise(raw);
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

    const CANON: &str = "91350100M000100Y43";

    fn canonical(raw: &str) -> String {
        match Uscc::parse(raw) {
            Ok(u) => u.as_str().to_string(),
            Err(e) => panic!("{raw:?}: {e:?}"),
        }
    }

    /// `s` with every ASCII character replaced by its full-width form.
    fn full_width(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                _ => c,
            })
            .collect()
    }

    #[test]
    fn typed_and_pasted_forms_normalise_to_the_canonical_code() {
        for raw in [
            CANON,
            // Spaces, tabs and no-break spaces.
            "9135 0100 M000 100Y 43",
            " 91 350100 M000100Y4 3 ",
            "9135\t0100\tM000\t100Y\t43",
            "\u{a0}9135\u{a0}0100\u{a0}M000\u{a0}100Y43\u{a0}",
            "91350100M000100Y43\n",
            // Full-width digits and letters.
            "９１３５０１００Ｍ０００１００Ｙ４３",
            "９１３５０１００ｍ０００１００ｙ４３",
            "91350100Ｍ000１00Y43",
            // Lower case.
            "91350100m000100y43",
            // Ideographic space.
            "9135\u{3000}0100\u{3000}M000\u{3000}100Y\u{3000}43",
            "\u{3000}９１３５０１００　Ｍ０００１００Ｙ４３\u{3000}",
            // Hyphens, half- and full-width.
            "91-350100-M0001-00Y-43",
            "9135-0100-M000-100Y-43",
            "９１－３５０１００－Ｍ０００１００Ｙ－４３",
            // All at once.
            "９１ 3501\u{a0}00-m000\u{3000}１００\tｙ43",
        ] {
            assert_eq!(canonical(raw), CANON, "{raw:?}");
            assert_eq!(Uscc::parse(raw), Uscc::parse(CANON));
        }
        assert_eq!(full_width(CANON), "９１３５０１００Ｍ０００１００Ｙ４３");
        for ok in [
            "9144030071526726XG",
            "914403001922038216",
            "91110000802100433B",
        ] {
            assert_eq!(canonical(&full_width(&ok.to_lowercase())), ok);
            assert_eq!(canonical(&ok.to_lowercase()), ok);
        }
    }

    #[test]
    fn normalisation_does_not_make_invalid_codes_valid() {
        // A wrong check character stays wrong whatever the spelling.
        for raw in [
            "91350100M000100Y44",
            "9135 0100 M000 100Y 44",
            "９１３５０１００Ｍ０００１００Ｙ４４",
            "91350100m000100y44",
            "9135\u{3000}0100-M000-100Y\u{a0}44",
        ] {
            assert_eq!(Uscc::parse(raw), Err(UsccError::Check), "{raw:?}");
        }
        // An O (or o, Ｏ, ｏ) for a zero stays invalid; the position counts
        // characters of the normalised code.
        for raw in [
            "91350100MO00100Y43",
            "91350100Mo00100Y43",
            "9135 0100 MＯ00 100Y 43",
            "９１３５０１００Ｍｏ００１００Ｙ４３",
            "91-350100-MO00-100Y-43",
        ] {
            assert_eq!(Uscc::parse(raw), Err(UsccError::Character(10)), "{raw:?}");
        }
        // None of I, O, S, V, Z is accepted in any spelling at any position.
        let good: Vec<char> = CANON.chars().collect();
        for i in 0..18 {
            for c in "IOSVZiosvzＩＯＳＶＺｉｏｓｖｚ".chars() {
                let mut v = good.clone();
                v[i] = c;
                let s: String = v.into_iter().collect();
                assert_eq!(Uscc::parse(&s), Err(UsccError::Character(i + 1)), "{s}");
            }
        }
    }

    #[test]
    fn other_characters_are_not_stripped() {
        // An extra letter or digit in the middle makes the code too long.
        for raw in [
            "91350100MA000100Y43",
            "91350100 M000 1000Y43",
            "９１３５０１００Ｍ０００１００Ｙ４３Ａ",
        ] {
            assert_eq!(Uscc::parse(raw), Err(UsccError::Length), "{raw:?}");
        }
        // Other punctuation, line breaks inside the code and look-alike
        // dashes are neither removed nor accepted.
        for raw in [
            "91350100.M000100Y43",
            "91350100/M000100Y43",
            "91350100_M000100Y43",
            "91350100M000\n100Y43",
            "9135\u{2010}0100M000100Y43",
            "9135\u{2013}0100M000100Y43",
            "9135\u{2212}0100M000100Y43",
            "9135\u{200b}0100M000100Y43",
            "9135！0100M000100Y43",
        ] {
            assert_eq!(Uscc::parse(raw), Err(UsccError::Length), "{raw:?}");
        }
        for raw in [
            "91350100_000100Y43",
            "91350100！000100Y43",
            "91350100\u{2010}000100Y43",
            "91350100М000100Y43",        // Cyrillic Em
            "91350100M000100Y4\u{0663}", // Arabic-Indic three
        ] {
            assert!(
                matches!(Uscc::parse(raw), Err(UsccError::Character(_))),
                "{raw:?}: {:?}",
                Uscc::parse(raw)
            );
        }
        // Separators alone are no code.
        for raw in ["", "   ", "------------------", "\u{3000}\u{3000}"] {
            assert_eq!(Uscc::parse(raw), Err(UsccError::Length), "{raw:?}");
        }
    }

    #[test]
    fn ligatures_are_not_expanded() {
        // Unicode upper-casing maps 'ﬀ' to "FF" and 'ﬂ' to "FL"; the
        // normaliser must not, or "ﬀ" would pass for two characters.
        let u = Uscc::compose("91", "440106", "MA5FFL12").unwrap();
        assert!(u.as_str().contains("FFL"), "{}", u.as_str());
        for lig in ["\u{fb00}L", "F\u{fb02}", "\u{fb04}"] {
            let raw = u.as_str().replacen("FFL", lig, 1);
            assert_eq!(Uscc::parse(&raw), Err(UsccError::Length), "{raw:?}");
            let raw = raw.to_lowercase();
            assert_eq!(Uscc::parse(&raw), Err(UsccError::Length), "{raw:?}");
        }
    }

    #[test]
    fn compose_makes_valid_codes() {
        let u = Uscc::compose("91", "440106", "MA5ABC12").unwrap();
        assert!(Uscc::parse(u.as_str()).is_ok());
        assert_eq!(org_code_check("D2143569"), Some('X'));
    }
}
