//! What a use case changed: the object's kind and id and what happened to
//! it. Every write records its changes in the same transaction; the audit
//! trail, the page cache and later the search index, webhooks and
//! notifications follow that record.

use crate::names::names;

names! {
    /// The kinds of object a change names.
    Kind {
        Account => "account",
        Session => "session",
        Grant => "grant",
        Profile => "profile",
        Consent => "consent",
        Settings => "settings",
        Fair => "fair",
        Hall => "hall",
        Booth => "booth",
        Organisation => "organisation",
        Application => "application",
        Invitation => "invitation",
        Exhibit => "exhibit",
        Revision => "revision",
        Media => "media",
        Favourite => "favourite",
        Registration => "registration",
    }
}

names! {
    /// What happened to the object.
    Verb {
        Created => "created",
        Changed => "changed",
        Deleted => "deleted",
        Submitted => "submitted",
        Published => "published",
        Unpublished => "unpublished",
        Restricted => "restricted",
        Approved => "approved",
        Rejected => "rejected",
        Requested => "requested",
        Granted => "granted",
        Revoked => "revoked",
        Locked => "locked",
        Unlocked => "unlocked",
        Disabled => "disabled",
        Enabled => "enabled",
        Ended => "ended",
    }
}

/// One change, as a use case records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: Kind,
    pub id: String,
    pub verb: Verb,
    /// The fair the change concerns, where there is one.
    pub fair_id: Option<String>,
    /// The organisation that owns the object, where there is one (an
    /// exhibit's).
    pub org_id: Option<String>,
}

impl Change {
    pub fn new(kind: Kind, id: impl Into<String>, verb: Verb) -> Change {
        Change {
            kind,
            id: id.into(),
            verb,
            fair_id: None,
            org_id: None,
        }
    }
    pub fn in_fair(mut self, fair_id: impl Into<String>) -> Change {
        self.fair_id = Some(fair_id.into());
        self
    }
    pub fn of_org(mut self, org_id: impl Into<String>) -> Change {
        self.org_id = Some(org_id.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(*k));
        }
        for v in Verb::ALL {
            assert_eq!(v.as_str().parse::<Verb>(), Ok(*v));
        }
        assert!("nonsense".parse::<Kind>().is_err());
    }
}
