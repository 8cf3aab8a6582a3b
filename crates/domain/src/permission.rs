//! The one permission table. Every HTTP route declares an [`Access`]; the web
//! layer enforces it, and a generated test calls every route as every role.

use crate::role::{Role, ScopeKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    // System administrator: accounts and configuration.
    AccountsManage,
    ConfigManage,
    // Security administrator: roles, permissions, security policy.
    RolesManage,
    SecurityPolicyManage,
    // Audit administrator: read, search, export and verify the audit log.
    AuditRead,
    AuditExport,
    // Organizers: create fairs.
    FairCreate,
    // Fair scope.
    FairManage,
    ExhibitorReview,
    LiveHost,
    SupportAnswer,
    LegalAnswer,
    Interpret,
    // Organisation scope.
    OrgManage,
    BoothManage,
    ExhibitEdit,
    StaffManage,
    // Participants.
    VisitorProfile,
}

impl Permission {
    pub const ALL: [Permission; 18] = [
        Permission::AccountsManage,
        Permission::ConfigManage,
        Permission::RolesManage,
        Permission::SecurityPolicyManage,
        Permission::AuditRead,
        Permission::AuditExport,
        Permission::FairCreate,
        Permission::FairManage,
        Permission::ExhibitorReview,
        Permission::LiveHost,
        Permission::SupportAnswer,
        Permission::LegalAnswer,
        Permission::Interpret,
        Permission::OrgManage,
        Permission::BoothManage,
        Permission::ExhibitEdit,
        Permission::StaffManage,
        Permission::VisitorProfile,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::AccountsManage => "accounts_manage",
            Permission::ConfigManage => "config_manage",
            Permission::RolesManage => "roles_manage",
            Permission::SecurityPolicyManage => "security_policy_manage",
            Permission::AuditRead => "audit_read",
            Permission::AuditExport => "audit_export",
            Permission::FairCreate => "fair_create",
            Permission::FairManage => "fair_manage",
            Permission::ExhibitorReview => "exhibitor_review",
            Permission::LiveHost => "live_host",
            Permission::SupportAnswer => "support_answer",
            Permission::LegalAnswer => "legal_answer",
            Permission::Interpret => "interpret",
            Permission::OrgManage => "org_manage",
            Permission::BoothManage => "booth_manage",
            Permission::ExhibitEdit => "exhibit_edit",
            Permission::StaffManage => "staff_manage",
            Permission::VisitorProfile => "visitor_profile",
        }
    }

    /// The kind of scope the permission is checked in.
    pub fn scope_kind(self) -> ScopeKind {
        use Permission::*;
        match self {
            AccountsManage | ConfigManage | RolesManage | SecurityPolicyManage | AuditRead
            | AuditExport | FairCreate | VisitorProfile => ScopeKind::Platform,
            FairManage | ExhibitorReview | LiveHost | SupportAnswer | LegalAnswer | Interpret => {
                ScopeKind::Fair
            }
            OrgManage | BoothManage | ExhibitEdit | StaffManage => ScopeKind::Organisation,
        }
    }
}

/// The table: which permissions each role carries. The three administrators'
/// sets are disjoint, and none of them carries business permissions.
pub fn permissions_of(role: Role) -> &'static [Permission] {
    use Permission::*;
    match role {
        Role::SystemAdmin => &[AccountsManage, ConfigManage],
        Role::SecurityAdmin => &[RolesManage, SecurityPolicyManage],
        Role::AuditAdmin => &[AuditRead, AuditExport],
        Role::Organizer => &[FairCreate],
        Role::OrganizerAdmin => &[
            FairManage,
            ExhibitorReview,
            LiveHost,
            SupportAnswer,
            LegalAnswer,
            Interpret,
        ],
        Role::Reviewer => &[ExhibitorReview],
        Role::Host => &[LiveHost],
        Role::SupportAgent => &[SupportAnswer],
        Role::LegalAdvisor => &[LegalAnswer],
        Role::Interpreter => &[Interpret],
        Role::ExhibitorOwner => &[OrgManage, BoothManage, ExhibitEdit, StaffManage],
        Role::ExhibitorStaff => &[ExhibitEdit],
        Role::Visitor => &[VisitorProfile],
    }
}

pub fn role_has(role: Role, perm: Permission) -> bool {
    permissions_of(role).contains(&perm)
}

/// What a route requires of its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "permission")]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Only callers who are not signed in (login, registration forms).
    Anonymous,
    /// Any signed-in account; the handler restricts objects to their owner.
    Authenticated,
    /// A signed-in account, also one still in the middle of logging in
    /// (second factor, TOTP enrolment, forced password change); the handler
    /// checks the step.
    Session,
    /// A signed-in account holding the permission (in the route's scope).
    Permission(Permission),
    /// Only when the platform runs in demo mode (e.g. the local mail folder).
    DemoOnly,
    /// The platform's operator: a client on this machine, or one presenting
    /// the operations token of the configuration (metrics scrapers).
    Operator,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_permission_sets_are_disjoint_and_platform_only() {
        let admins = [Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin];
        for (i, a) in admins.iter().enumerate() {
            for b in &admins[i + 1..] {
                for p in permissions_of(*a) {
                    assert!(!role_has(*b, *p), "{a} and {b} share {p:?}");
                }
            }
            for p in permissions_of(*a) {
                assert_eq!(p.scope_kind(), ScopeKind::Platform);
            }
        }
    }

    #[test]
    fn audit_admin_changes_nothing() {
        for p in permissions_of(Role::AuditAdmin) {
            assert!(matches!(p, Permission::AuditRead | Permission::AuditExport));
        }
    }

    #[test]
    fn every_permission_is_held_by_some_role() {
        for p in Permission::ALL {
            assert!(Role::ALL.iter().any(|r| role_has(*r, p)), "{p:?}");
        }
    }

    #[test]
    fn role_permissions_match_role_scope() {
        for r in Role::ALL {
            for p in permissions_of(r) {
                assert_eq!(p.scope_kind(), r.scope_kind(), "{r} {p:?}");
            }
        }
    }
}
