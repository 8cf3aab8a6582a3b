//! Roles and the scopes they are held in.
//!
//! Three kinds of scope: the platform (the three separated administrators of
//! GB/T 22239 and the ordinary visitor roles), a fair (organizer staff), and
//! an organisation (exhibitor staff). A role is always granted in a scope of
//! its own kind.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    // Platform: the three separated administrators (S6.2.5, GB/T 22239).
    SystemAdmin,
    SecurityAdmin,
    AuditAdmin,
    // Organizers: may create fairs (and then administer those).
    Organizer,
    // Fair staff.
    OrganizerAdmin,
    Reviewer,
    Host,
    SupportAgent,
    LegalAdvisor,
    Interpreter,
    // Organisation staff.
    ExhibitorOwner,
    ExhibitorStaff,
    // Platform-wide participants.
    Visitor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Platform,
    Fair,
    Organisation,
}

/// Where a role is held: the platform, or one fair or organisation by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Scope {
    Platform,
    Fair(String),
    Organisation(String),
}

impl Scope {
    pub fn kind(&self) -> ScopeKind {
        match self {
            Scope::Platform => ScopeKind::Platform,
            Scope::Fair(_) => ScopeKind::Fair,
            Scope::Organisation(_) => ScopeKind::Organisation,
        }
    }
    /// The id stored beside the role ("" for the platform).
    pub fn id(&self) -> &str {
        match self {
            Scope::Platform => "",
            Scope::Fair(id) | Scope::Organisation(id) => id,
        }
    }
    pub fn from_parts(kind: &str, id: &str) -> Option<Scope> {
        match kind {
            "platform" => Some(Scope::Platform),
            "fair" if !id.is_empty() => Some(Scope::Fair(id.to_owned())),
            "organisation" if !id.is_empty() => Some(Scope::Organisation(id.to_owned())),
            _ => None,
        }
    }
    pub fn kind_str(&self) -> &'static str {
        match self.kind() {
            ScopeKind::Platform => "platform",
            ScopeKind::Fair => "fair",
            ScopeKind::Organisation => "organisation",
        }
    }
}

impl Role {
    pub const ALL: [Role; 13] = [
        Role::SystemAdmin,
        Role::SecurityAdmin,
        Role::AuditAdmin,
        Role::Organizer,
        Role::OrganizerAdmin,
        Role::Reviewer,
        Role::Host,
        Role::SupportAgent,
        Role::LegalAdvisor,
        Role::Interpreter,
        Role::ExhibitorOwner,
        Role::ExhibitorStaff,
        Role::Visitor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::SystemAdmin => "system_admin",
            Role::SecurityAdmin => "security_admin",
            Role::AuditAdmin => "audit_admin",
            Role::Organizer => "organizer",
            Role::OrganizerAdmin => "organizer_admin",
            Role::Reviewer => "reviewer",
            Role::Host => "host",
            Role::SupportAgent => "support_agent",
            Role::LegalAdvisor => "legal_advisor",
            Role::Interpreter => "interpreter",
            Role::ExhibitorOwner => "exhibitor_owner",
            Role::ExhibitorStaff => "exhibitor_staff",
            Role::Visitor => "visitor",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// One of the three separated administrators.
    pub fn is_platform_admin(self) -> bool {
        matches!(
            self,
            Role::SystemAdmin | Role::SecurityAdmin | Role::AuditAdmin
        )
    }

    pub fn scope_kind(self) -> ScopeKind {
        match self {
            Role::SystemAdmin
            | Role::SecurityAdmin
            | Role::AuditAdmin
            | Role::Organizer
            | Role::Visitor => ScopeKind::Platform,
            Role::OrganizerAdmin
            | Role::Reviewer
            | Role::Host
            | Role::SupportAgent
            | Role::LegalAdvisor
            | Role::Interpreter => ScopeKind::Fair,
            Role::ExhibitorOwner | Role::ExhibitorStaff => ScopeKind::Organisation,
        }
    }
}

impl std::str::FromStr for Role {
    type Err = ();
    fn from_str(s: &str) -> Result<Role, ()> {
        Role::parse(s).ok_or(())
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role held in a scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    #[error("an administrator cannot change their own roles")]
    SelfGrant,
    #[error("an account may hold only one of the three administrator roles")]
    SecondAdminRole,
    #[error("administrator accounts hold no other roles")]
    AdminMixedWithOther,
    #[error("this role is not granted in that kind of scope")]
    WrongScope,
    #[error("the account already holds this role")]
    AlreadyHeld,
}

/// The separation-of-duties rule (GB/T 22239): decides whether `grantor` may
/// give `new` to `grantee`, who already holds `held`.
pub fn check_grant(
    grantor_id: &str,
    grantee_id: &str,
    held: &[Grant],
    new: &Grant,
) -> Result<(), GrantError> {
    if grantor_id == grantee_id {
        return Err(GrantError::SelfGrant);
    }
    if new.role.scope_kind() != new.scope.kind() {
        return Err(GrantError::WrongScope);
    }
    if held.contains(new) {
        return Err(GrantError::AlreadyHeld);
    }
    let holds_admin = held.iter().any(|g| g.role.is_platform_admin());
    if new.role.is_platform_admin() {
        if holds_admin {
            return Err(GrantError::SecondAdminRole);
        }
        if !held.is_empty() {
            return Err(GrantError::AdminMixedWithOther);
        }
    } else if holds_admin {
        return Err(GrantError::AdminMixedWithOther);
    }
    Ok(())
}

/// Revoking follows the same no-self rule.
pub fn check_revoke(grantor_id: &str, grantee_id: &str) -> Result<(), GrantError> {
    if grantor_id == grantee_id {
        Err(GrantError::SelfGrant)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(role: Role) -> Grant {
        let scope = match role.scope_kind() {
            ScopeKind::Platform => Scope::Platform,
            ScopeKind::Fair => Scope::Fair("f1".into()),
            ScopeKind::Organisation => Scope::Organisation("o1".into()),
        };
        Grant { role, scope }
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn no_self_grant() {
        assert_eq!(
            check_grant("a", "a", &[], &g(Role::Visitor)),
            Err(GrantError::SelfGrant)
        );
        assert_eq!(check_revoke("a", "a"), Err(GrantError::SelfGrant));
    }

    #[test]
    fn admin_roles_are_exclusive() {
        for a in [Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin] {
            for b in [Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin] {
                if a != b {
                    assert_eq!(
                        check_grant("x", "y", &[g(a)], &g(b)),
                        Err(GrantError::SecondAdminRole)
                    );
                }
            }
            assert_eq!(
                check_grant("x", "y", &[g(a)], &g(Role::Visitor)),
                Err(GrantError::AdminMixedWithOther)
            );
            assert_eq!(
                check_grant("x", "y", &[g(Role::Visitor)], &g(a)),
                Err(GrantError::AdminMixedWithOther)
            );
            assert!(check_grant("x", "y", &[], &g(a)).is_ok());
        }
    }

    #[test]
    fn scope_must_match_role() {
        let bad = Grant {
            role: Role::Reviewer,
            scope: Scope::Platform,
        };
        assert_eq!(
            check_grant("x", "y", &[], &bad),
            Err(GrantError::WrongScope)
        );
        assert!(check_grant("x", "y", &[g(Role::Visitor)], &g(Role::Reviewer)).is_ok());
        assert_eq!(
            check_grant("x", "y", &[g(Role::Reviewer)], &g(Role::Reviewer)),
            Err(GrantError::AlreadyHeld)
        );
    }
}
