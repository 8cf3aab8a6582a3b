//! Fairs: their schedule of phases, what each phase allows, slugs, booth
//! codes and time zones. Times are UTC milliseconds; the fair's IANA time
//! zone is applied only when showing them.

use crate::clock::Millis;

/// The phases of a fair, in order (S4.1, S4.2, S4.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Announced; registration not open yet.
    Upcoming,
    /// Registration open, exhibitors prepare their booths.
    PreShow,
    /// The opening ceremony.
    Opening,
    /// The show days: halls open.
    ShowDays,
    /// Trade week: live streams and negotiations.
    TradeWeek,
    /// The month of focused service after the show.
    ServicePeriod,
    /// Closed to new content; reports and follow-up.
    PostShow,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Upcoming,
        Phase::PreShow,
        Phase::Opening,
        Phase::ShowDays,
        Phase::TradeWeek,
        Phase::ServicePeriod,
        Phase::PostShow,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Phase::Upcoming => "phase-upcoming",
            Phase::PreShow => "phase-pre-show",
            Phase::Opening => "phase-opening",
            Phase::ShowDays => "phase-show-days",
            Phase::TradeWeek => "phase-trade-week",
            Phase::ServicePeriod => "phase-service-period",
            Phase::PostShow => "phase-post-show",
        }
    }
    /// Visitors and exhibitors may register.
    pub fn registration_open(self) -> bool {
        matches!(
            self,
            Phase::PreShow | Phase::Opening | Phase::ShowDays | Phase::TradeWeek
        )
    }
    /// Visitors walk the halls.
    pub fn halls_open(self) -> bool {
        matches!(
            self,
            Phase::Opening
                | Phase::ShowDays
                | Phase::TradeWeek
                | Phase::ServicePeriod
                | Phase::PostShow
        )
    }
    /// Exhibitors request booths (before the show opens).
    pub fn booking_open(self) -> bool {
        matches!(self, Phase::Upcoming | Phase::PreShow)
    }
    /// New exhibits and changes are accepted.
    pub fn accepts_content(self) -> bool {
        self < Phase::PostShow
    }
}

/// The boundaries between phases: each starts the phase after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Schedule {
    pub registration_opens: Millis,
    pub opening: Millis,
    pub show_days: Millis,
    pub trade_week: Millis,
    pub service_period: Millis,
    pub closes: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("the phases must follow each other in time")]
    Order,
}

impl Schedule {
    pub fn boundaries(&self) -> [Millis; 6] {
        [
            self.registration_opens,
            self.opening,
            self.show_days,
            self.trade_week,
            self.service_period,
            self.closes,
        ]
    }

    pub fn validate(&self) -> Result<(), ScheduleError> {
        let b = self.boundaries();
        if b.windows(2).all(|w| w[0] <= w[1]) && b[0] < b[5] {
            Ok(())
        } else {
            Err(ScheduleError::Order)
        }
    }

    pub fn phase_at(&self, t: Millis) -> Phase {
        let b = self.boundaries();
        let passed = b.iter().filter(|x| t >= **x).count();
        Phase::ALL[passed.min(6)]
    }

    /// Each phase with its start and end (None for the open ends).
    pub fn phases(&self) -> Vec<(Phase, Option<Millis>, Option<Millis>)> {
        let b = self.boundaries();
        Phase::ALL
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let start = i.checked_sub(1).and_then(|j| b.get(j).copied());
                (*p, start, b.get(i).copied())
            })
            .collect()
    }
}

/// A fair's URL name: 3–40 lower-case letters, digits and hyphens.
pub fn parse_slug(raw: &str) -> Option<String> {
    let s = raw.trim().to_ascii_lowercase();
    let ok = (3..=40).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    ok.then_some(s)
}

/// A booth code such as `10.2A15`: hall number, a dot, the area digit, the
/// row letter and the stand number.
pub fn parse_booth_code(raw: &str) -> Option<String> {
    let s = raw.trim().to_ascii_uppercase();
    let (hall, rest) = s.split_once('.')?;
    let mut chars = rest.chars();
    let area = chars.next()?;
    let row = chars.next()?;
    let number: String = chars.collect();
    let ok = (1..=2).contains(&hall.len())
        && hall.bytes().all(|b| b.is_ascii_digit())
        && area.is_ascii_digit()
        && row.is_ascii_uppercase()
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(s)
}

/// An IANA time zone name known to the bundled database.
pub fn parse_time_zone(name: &str) -> Option<String> {
    let name = name.trim();
    jiff::tz::TimeZone::get(name).ok().map(|_| name.to_owned())
}

/// A UTC instant shown in a time zone: `2027-04-15 09:00 (Asia/Shanghai)`.
pub fn format_in_zone(ms: Millis, zone: &str) -> String {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else {
        return String::new();
    };
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            format!(
                "{} ({zone})",
                t.to_zoned_datetime(tz).strftime("%Y-%m-%d %H:%M")
            )
        })
        .unwrap_or_default()
}

/// A local date-time (`2027-04-15T09:00`, as an HTML datetime-local input
/// sends it) in a zone, as a UTC instant.
pub fn parse_local(value: &str, zone: &str) -> Option<Millis> {
    let tz = jiff::tz::TimeZone::get(zone).ok()?;
    let dt: jiff::civil::DateTime = value.trim().parse().ok()?;
    dt.to_zoned_datetime(tz)
        .ok()
        .map(|z| z.timestamp().as_millisecond())
}

/// The inverse of [`parse_local`], for filling a form.
pub fn to_local(ms: Millis, zone: &str) -> String {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else {
        return String::new();
    };
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned_datetime(tz)
                .strftime("%Y-%m-%dT%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sched() -> Schedule {
        Schedule {
            registration_opens: 10,
            opening: 20,
            show_days: 30,
            trade_week: 40,
            service_period: 50,
            closes: 60,
        }
    }

    #[test]
    fn phases_follow_the_clock() {
        let s = sched();
        assert_eq!(s.phase_at(0), Phase::Upcoming);
        assert_eq!(s.phase_at(10), Phase::PreShow);
        assert_eq!(s.phase_at(25), Phase::Opening);
        assert_eq!(s.phase_at(35), Phase::ShowDays);
        assert_eq!(s.phase_at(45), Phase::TradeWeek);
        assert_eq!(s.phase_at(55), Phase::ServicePeriod);
        assert_eq!(s.phase_at(60), Phase::PostShow);
        assert!(s.phase_at(35).halls_open() && !s.phase_at(15).halls_open());
        assert!(s.phase_at(15).booking_open() && !s.phase_at(35).booking_open());
        assert!(!s.phase_at(70).accepts_content());
        assert!(s.validate().is_ok());
        assert!(Schedule { opening: 5, ..s }.validate().is_err());
        assert_eq!(s.phases().len(), 7);
    }

    #[test]
    fn slugs_and_booth_codes() {
        assert_eq!(parse_slug(" Canton-2027 "), Some("canton-2027".into()));
        assert_eq!(parse_slug("a"), None);
        assert_eq!(parse_slug("bad slug"), None);
        assert_eq!(parse_slug("../etc"), None);
        assert_eq!(parse_booth_code("10.2a15"), Some("10.2A15".into()));
        assert_eq!(parse_booth_code("1.1B1"), Some("1.1B1".into()));
        for bad in [
            "102A15",
            "10.AA15",
            "10.2A",
            "100.2A15",
            "10.2A1555",
            "10.2A1x",
        ] {
            assert_eq!(parse_booth_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn time_zones() {
        assert_eq!(
            parse_time_zone("Asia/Shanghai"),
            Some("Asia/Shanghai".into())
        );
        assert_eq!(parse_time_zone("Mars/Olympus"), None);
        let ms = parse_local("2027-04-15T09:00", "Asia/Shanghai").unwrap();
        assert_eq!(to_local(ms, "Asia/Shanghai"), "2027-04-15T09:00");
        assert_eq!(
            format_in_zone(ms, "Asia/Shanghai"),
            "2027-04-15 09:00 (Asia/Shanghai)"
        );
        assert_eq!(to_local(ms, "UTC"), "2027-04-15T01:00");
    }
}
