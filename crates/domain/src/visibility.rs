//! Who may see a booth or a product (req. 8): exhibitors may restrict it to
//! visitors from some countries and/or to verified trade visitors.

/// A restriction as the exhibitor set it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Restriction {
    /// ISO 3166-1 alpha-2 codes; empty means every country.
    pub countries: Vec<String>,
    /// Only verified trade visitors.
    pub trade_only: bool,
}

/// What we know of the person looking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewer {
    /// From the visitor profile, upper case; None for anonymous visitors or
    /// an empty profile.
    pub country: Option<String>,
    /// An organizer verified them as a trade visitor.
    pub trade_verified: bool,
    /// Staff of the exhibitor itself (always see their own content).
    pub own_staff: bool,
}

/// Why a viewer may not see something (shown to them, so they can act).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// Only for verified trade visitors.
    TradeOnly,
    /// Not shown in the viewer's country (or their country is unknown).
    Country,
}

impl Restriction {
    pub fn is_open(&self) -> bool {
        self.countries.is_empty() && !self.trade_only
    }

    /// `Ok(())` when `viewer` may see it.
    pub fn check(&self, viewer: &Viewer) -> Result<(), Hidden> {
        if viewer.own_staff {
            return Ok(());
        }
        if self.trade_only && !viewer.trade_verified {
            return Err(Hidden::TradeOnly);
        }
        if !self.countries.is_empty() {
            let allowed = viewer
                .country
                .as_deref()
                .is_some_and(|c| self.countries.iter().any(|x| x.eq_ignore_ascii_case(c)));
            if !allowed {
                return Err(Hidden::Country);
            }
        }
        Ok(())
    }
}

/// Parses a list like "DE, fr  US" into upper-case alpha-2 codes; the
/// entries that are not two ASCII letters are returned as errors.
pub fn parse_countries(raw: &str) -> Result<Vec<String>, Vec<String>> {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for part in raw
        .split([',', ' ', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()) {
            let up = part.to_ascii_uppercase();
            if !ok.contains(&up) {
                ok.push(up);
            }
        } else {
            bad.push(part.chars().take(20).collect());
        }
    }
    if bad.is_empty() { Ok(ok) } else { Err(bad) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(country: Option<&str>, trade: bool) -> Viewer {
        Viewer {
            country: country.map(str::to_owned),
            trade_verified: trade,
            own_staff: false,
        }
    }

    #[test]
    fn open_restriction_lets_everyone_in() {
        assert!(Restriction::default().check(&viewer(None, false)).is_ok());
    }

    #[test]
    fn countries_and_trade_only_combine() {
        let r = Restriction {
            countries: vec!["DE".into(), "FR".into()],
            trade_only: true,
        };
        assert_eq!(r.check(&viewer(Some("DE"), false)), Err(Hidden::TradeOnly));
        assert_eq!(r.check(&viewer(Some("US"), true)), Err(Hidden::Country));
        assert_eq!(r.check(&viewer(None, true)), Err(Hidden::Country));
        assert!(r.check(&viewer(Some("fr"), true)).is_ok());
        let staff = Viewer {
            own_staff: true,
            ..viewer(None, false)
        };
        assert!(r.check(&staff).is_ok());
    }

    #[test]
    fn country_lists_parse_or_name_the_bad_entries() {
        assert_eq!(
            parse_countries("de, FR us de"),
            Ok(vec!["DE".into(), "FR".into(), "US".into()])
        );
        assert_eq!(parse_countries(""), Ok(vec![]));
        assert_eq!(
            parse_countries("DE, Germany, 12"),
            Err(vec!["Germany".into(), "12".into()])
        );
    }
}
