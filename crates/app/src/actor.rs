//! Who is acting: a signed-in account with its grants (at whatever step of
//! login), someone anonymous, or the platform itself (the command line, a
//! scheduled job). Every use case takes an [`Actor`]; the web layer builds
//! one per request from the session cookie.

use std::sync::Arc;

use yz_domain::Permission;
use yz_domain::lang::Lang;
use yz_domain::permission::role_has;
use yz_domain::role::{Grant, Role, Scope};
use yz_store::sessions::Session;

/// A signed-in account and the session it came with.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub lang: Option<Lang>,
    pub grants: Vec<Grant>,
    pub session: Session,
}

pub use yz_domain::status::Stage;

impl Principal {
    pub fn stage(&self) -> Stage {
        self.session.stage
    }
    pub fn admin_role(&self) -> Option<Role> {
        self.grants
            .iter()
            .map(|g| g.role)
            .find(|r| r.is_platform_admin())
    }
    pub fn is_admin(&self) -> bool {
        self.admin_role().is_some()
    }
    /// Holds the permission in some scope (routes of a fair or organisation
    /// check the scope itself with [`Principal::can_in`]).
    pub fn can(&self, p: Permission) -> bool {
        self.grants.iter().any(|g| role_has(g.role, p))
    }
    /// Holds the permission in exactly this scope (platform permissions are
    /// held in the platform scope).
    pub fn can_in(&self, p: Permission, scope: &Scope) -> bool {
        self.grants
            .iter()
            .any(|g| role_has(g.role, p) && &g.scope == scope)
    }
    /// The roles as recorded in the audit log.
    pub fn role_label(&self) -> String {
        let mut roles: Vec<&str> = self.grants.iter().map(|g| g.role.as_str()).collect();
        roles.dedup();
        if roles.is_empty() {
            "user".into()
        } else {
            roles.join(",")
        }
    }
}

/// Who does something, as the rules and the audit log see it.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The account id, or `anonymous`, `system`, `cli`.
    pub id: String,
    /// The roles as the audit log records them.
    pub role: String,
    /// The source address.
    pub ip: String,
    pub user_agent: String,
    /// The language the actor reads (mails they cause to themselves).
    pub lang: Lang,
    /// The signed-in account, at whatever step of login.
    pub principal: Option<Arc<Principal>>,
    /// The hash of the session token this request came with.
    pub session_hash: Option<String>,
}

impl Actor {
    /// Someone not signed in.
    pub fn anonymous(ip: &str, user_agent: &str, lang: Lang) -> Actor {
        Actor {
            id: "anonymous".into(),
            role: "anonymous".into(),
            ip: ip.into(),
            user_agent: user_agent.into(),
            lang,
            principal: None,
            session_hash: None,
        }
    }

    /// A signed-in account (any stage of login).
    pub fn signed_in(
        p: Arc<Principal>,
        session_hash: Option<String>,
        ip: &str,
        user_agent: &str,
        lang: Lang,
    ) -> Actor {
        Actor {
            id: p.user_id.clone(),
            role: p.role_label(),
            ip: ip.into(),
            user_agent: user_agent.into(),
            lang,
            principal: Some(p),
            session_hash,
        }
    }

    /// The operator at the command line (`yunzhan admin ...`).
    pub fn cli() -> Actor {
        Actor {
            id: "cli".into(),
            role: "operator".into(),
            ..Actor::anonymous("local", "", Lang::DEFAULT)
        }
    }

    /// The platform itself: scheduled jobs and policies.
    pub fn system() -> Actor {
        Actor {
            id: "system".into(),
            role: "system".into(),
            ..Actor::anonymous("local", "", Lang::DEFAULT)
        }
    }

    /// The same request acting for an account before it has a session
    /// (login, registration): what the audit log records.
    pub fn as_user(&self, id: &str, role: &str) -> Actor {
        Actor {
            id: id.into(),
            role: role.into(),
            ..self.clone()
        }
    }

    /// The signed-in account, at any stage of login.
    pub fn user(&self) -> Option<&Principal> {
        self.principal.as_deref()
    }

    /// The fully signed-in account, if any.
    pub fn full_user(&self) -> Option<&Principal> {
        self.user().filter(|p| p.stage() == Stage::Full)
    }

    /// Holds the permission in exactly this scope, fully signed in.
    pub fn can_in(&self, p: Permission, scope: &Scope) -> bool {
        self.full_user().is_some_and(|u| u.can_in(p, scope))
    }
}
