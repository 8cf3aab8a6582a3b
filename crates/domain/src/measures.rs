//! The S5.5.1 measures and the analytics events that feed them.
//!
//! Every action the standard counts is an [`EventKind`]; the analytics
//! recorder stores each event once, and a measure is a query over events.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    VisitorRegistered,
    ExhibitorRegistered,
    ExhibitPublished,
    DealIntent,
    MeetingInvited,
    MeetingConfirmed,
    MeetingHeld,
    ContactExchanged,
    SearchPerformed,
    InquirySent,
    QuoteSent,
    RecommendationShown,
    RecommendationViewed,
    BoothViewed,
    ExhibitViewed,
    UserLoggedIn,
}

impl EventKind {
    pub const ALL: [EventKind; 16] = [
        EventKind::VisitorRegistered,
        EventKind::ExhibitorRegistered,
        EventKind::ExhibitPublished,
        EventKind::DealIntent,
        EventKind::MeetingInvited,
        EventKind::MeetingConfirmed,
        EventKind::MeetingHeld,
        EventKind::ContactExchanged,
        EventKind::SearchPerformed,
        EventKind::InquirySent,
        EventKind::QuoteSent,
        EventKind::RecommendationShown,
        EventKind::RecommendationViewed,
        EventKind::BoothViewed,
        EventKind::ExhibitViewed,
        EventKind::UserLoggedIn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::VisitorRegistered => "visitor.registered",
            EventKind::ExhibitorRegistered => "exhibitor.registered",
            EventKind::ExhibitPublished => "exhibit.published",
            EventKind::DealIntent => "deal.intent",
            EventKind::MeetingInvited => "meeting.invited",
            EventKind::MeetingConfirmed => "meeting.confirmed",
            EventKind::MeetingHeld => "meeting.held",
            EventKind::ContactExchanged => "contact.exchanged",
            EventKind::SearchPerformed => "search.performed",
            EventKind::InquirySent => "inquiry.sent",
            EventKind::QuoteSent => "quote.sent",
            EventKind::RecommendationShown => "recommendation.shown",
            EventKind::RecommendationViewed => "recommendation.viewed",
            EventKind::BoothViewed => "booth.viewed",
            EventKind::ExhibitViewed => "exhibit.viewed",
            EventKind::UserLoggedIn => "user.logged_in",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How a measure is computed from events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    /// Number of events of the kinds.
    Count,
    /// Sum of the events' value (minor units, per currency).
    SumValue,
    /// Events grouped by the visitor's country.
    ByCountry,
    /// Events grouped by the visitor's purchasing industry (HS chapter).
    ByIndustry,
}

/// The cumulative measures of S5.5.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Visitors,
    Exhibitors,
    Exhibits,
    IntendedDealValue,
    MeetingInvitations,
    MeetingConfirmations,
    MeetingSessions,
    SocialConnections,
    Searches,
    Inquiries,
    Quotes,
    RecommendationsShown,
    RecommendationsViewed,
    VisitorCountries,
    VisitorIndustries,
    BoothViews,
    BoothViewerCountries,
    BoothViewerIndustries,
    ExhibitViews,
    ExhibitViewerCountries,
    ExhibitViewerIndustries,
}

impl Measure {
    pub const ALL: [Measure; 21] = [
        Measure::Visitors,
        Measure::Exhibitors,
        Measure::Exhibits,
        Measure::IntendedDealValue,
        Measure::MeetingInvitations,
        Measure::MeetingConfirmations,
        Measure::MeetingSessions,
        Measure::SocialConnections,
        Measure::Searches,
        Measure::Inquiries,
        Measure::Quotes,
        Measure::RecommendationsShown,
        Measure::RecommendationsViewed,
        Measure::VisitorCountries,
        Measure::VisitorIndustries,
        Measure::BoothViews,
        Measure::BoothViewerCountries,
        Measure::BoothViewerIndustries,
        Measure::ExhibitViews,
        Measure::ExhibitViewerCountries,
        Measure::ExhibitViewerIndustries,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Visitors => "visitors",
            Measure::Exhibitors => "exhibitors",
            Measure::Exhibits => "exhibits",
            Measure::IntendedDealValue => "intended_deal_value",
            Measure::MeetingInvitations => "meeting_invitations",
            Measure::MeetingConfirmations => "meeting_confirmations",
            Measure::MeetingSessions => "meeting_sessions",
            Measure::SocialConnections => "social_connections",
            Measure::Searches => "searches",
            Measure::Inquiries => "inquiries",
            Measure::Quotes => "quotes",
            Measure::RecommendationsShown => "recommendations_shown",
            Measure::RecommendationsViewed => "recommendations_viewed",
            Measure::VisitorCountries => "visitor_countries",
            Measure::VisitorIndustries => "visitor_industries",
            Measure::BoothViews => "booth_views",
            Measure::BoothViewerCountries => "booth_viewer_countries",
            Measure::BoothViewerIndustries => "booth_viewer_industries",
            Measure::ExhibitViews => "exhibit_views",
            Measure::ExhibitViewerCountries => "exhibit_viewer_countries",
            Measure::ExhibitViewerIndustries => "exhibit_viewer_industries",
        }
    }

    pub fn source(self) -> (EventKind, Aggregate) {
        use Aggregate::*;
        use EventKind as E;
        match self {
            Measure::Visitors => (E::VisitorRegistered, Count),
            Measure::Exhibitors => (E::ExhibitorRegistered, Count),
            Measure::Exhibits => (E::ExhibitPublished, Count),
            Measure::IntendedDealValue => (E::DealIntent, SumValue),
            Measure::MeetingInvitations => (E::MeetingInvited, Count),
            Measure::MeetingConfirmations => (E::MeetingConfirmed, Count),
            Measure::MeetingSessions => (E::MeetingHeld, Count),
            Measure::SocialConnections => (E::ContactExchanged, Count),
            Measure::Searches => (E::SearchPerformed, Count),
            Measure::Inquiries => (E::InquirySent, Count),
            Measure::Quotes => (E::QuoteSent, Count),
            Measure::RecommendationsShown => (E::RecommendationShown, Count),
            Measure::RecommendationsViewed => (E::RecommendationViewed, Count),
            Measure::VisitorCountries => (E::VisitorRegistered, ByCountry),
            Measure::VisitorIndustries => (E::VisitorRegistered, ByIndustry),
            Measure::BoothViews => (E::BoothViewed, Count),
            Measure::BoothViewerCountries => (E::BoothViewed, ByCountry),
            Measure::BoothViewerIndustries => (E::BoothViewed, ByIndustry),
            Measure::ExhibitViews => (E::ExhibitViewed, Count),
            Measure::ExhibitViewerCountries => (E::ExhibitViewed, ByCountry),
            Measure::ExhibitViewerIndustries => (E::ExhibitViewed, ByIndustry),
        }
    }
}

/// An analytics event as carried by the outbox and stored by the recorder.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct AnalyticsFacts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fair_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<String>,
    /// ISO 3166-1 alpha-2 of the visitor, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// HS chapter (2 digits) of the visitor's purchasing interest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_minor: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// How many identical events this one stands for (aggregated page
    /// views); absent means one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn names_round_trip_and_every_measure_has_a_source() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.as_str()), Some(k));
        }
        // The 15 measures of S5.5.1 and six view breakdowns (req. 9).
        assert_eq!(Measure::ALL.len(), 21);
        let mut names: Vec<_> = Measure::ALL.iter().map(|m| m.as_str()).collect();
        names.dedup();
        assert_eq!(names.len(), 21);
        for m in Measure::ALL {
            let _ = m.source();
        }
    }
}
