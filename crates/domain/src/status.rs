//! The states objects move through, as stored.

use crate::names::names;

names! {
    /// An account: disabled accounts cannot sign in (a temporary lock after
    /// failed logins is a time, not a status).
    AccountStatus {
        Active => "active",
        Disabled => "disabled",
    }
}

names! {
    /// How far a session has come through login.
    Stage {
        /// Fully signed in.
        Full => "full",
        /// Password accepted; the TOTP code is still due.
        SecondFactor => "second_factor",
        /// An administrator without TOTP must enrol first.
        Enrol => "enrol",
        /// The password must be changed before anything else.
        ChangePassword => "change_password",
    }
}

impl Stage {
    /// Where a session at this stage is sent.
    pub fn page(self) -> &'static str {
        match self {
            Stage::Full => "/",
            Stage::SecondFactor => "/login/totp",
            Stage::Enrol => "/login/totp/enrol",
            Stage::ChangePassword => "/account/password",
        }
    }
}

names! {
    /// An exhibit: a draft only its organisation sees, or published (shown
    /// on the fairs that admit it).
    ExhibitStatus {
        Draft => "draft",
        Published => "published",
    }
}

names! {
    /// An organisation's application to exhibit at one fair (made by
    /// requesting a booth there).
    ApplicationStatus {
        Applied => "applied",
        Approved => "approved",
        Rejected => "rejected",
    }
}

names! {
    /// A booth on a hall plan.
    BoothStatus {
        Free => "free",
        Requested => "requested",
        Booked => "booked",
    }
}

names! {
    /// A revision of a published exhibit.
    RevisionStatus {
        /// Waiting for the reviewers of the fairs that review content.
        Pending => "pending",
        /// What visitors see.
        Live => "live",
        /// Refused by a fair's reviewers.
        Rejected => "rejected",
        /// Replaced by a later edit before it went live.
        Superseded => "superseded",
    }
}

names! {
    /// A reviewer's decision.
    Decision {
        Approved => "approved",
        Rejected => "rejected",
    }
}

impl Decision {
    /// The value of an approve/reject button.
    pub fn from_button(v: &str) -> Option<Decision> {
        match v {
            "approve" => Some(Decision::Approved),
            "reject" => Some(Decision::Rejected),
            _ => None,
        }
    }
    pub fn approved(self) -> bool {
        self == Decision::Approved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_by_name() {
        for s in Stage::ALL {
            assert_eq!(s.as_str().parse::<Stage>(), Ok(*s));
        }
        for s in AccountStatus::ALL {
            assert_eq!(s.as_str().parse::<AccountStatus>(), Ok(*s));
        }
        for s in ExhibitStatus::ALL {
            assert_eq!(s.as_str().parse::<ExhibitStatus>(), Ok(*s));
        }
        for s in ApplicationStatus::ALL {
            assert_eq!(s.as_str().parse::<ApplicationStatus>(), Ok(*s));
        }
        for s in BoothStatus::ALL {
            assert_eq!(s.as_str().parse::<BoothStatus>(), Ok(*s));
        }
        for s in RevisionStatus::ALL {
            assert_eq!(s.as_str().parse::<RevisionStatus>(), Ok(*s));
        }
        assert_eq!(Decision::from_button("approve"), Some(Decision::Approved));
        assert_eq!(Decision::from_button("maybe"), None);
    }
}
