//! `yunzhan demo`: a seeded demo platform. The accounts get random
//! passwords at first start (no default passwords anywhere), kept in
//! `data/demo-accounts.json` (owner-only) and printed at every start.

use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use yz_domain::role::{Grant, Role, Scope};
use yz_web::AppState;
use yz_web::audit::Actor;
use yz_web::service::Failure;
use yz_web::service::admin::{Seed, seed_account};

use crate::config::write_private;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DemoAccount {
    pub email: String,
    pub password: String,
    pub role: String,
}

const FILE: &str = "demo-accounts.json";

fn plan() -> Vec<(&'static str, &'static str, Vec<Grant>)> {
    let platform = |role| Grant {
        role,
        scope: Scope::Platform,
    };
    let fair = |role| Grant {
        role,
        scope: Scope::Fair("demo-fair".into()),
    };
    let org = |role, id: &str| Grant {
        role,
        scope: Scope::Organisation(id.into()),
    };
    vec![
        (
            "sysadmin@demo.yunzhan.local",
            "系统管理员 System Admin",
            vec![platform(Role::SystemAdmin)],
        ),
        (
            "secadmin@demo.yunzhan.local",
            "安全管理员 Security Admin",
            vec![platform(Role::SecurityAdmin)],
        ),
        (
            "auditadmin@demo.yunzhan.local",
            "审计管理员 Audit Admin",
            vec![platform(Role::AuditAdmin)],
        ),
        (
            "organizer@demo.yunzhan.local",
            "广东会展集团 Organizer",
            vec![fair(Role::OrganizerAdmin)],
        ),
        (
            "exhibitor1@demo.yunzhan.local",
            "佛山美居家具 Foshan Home",
            vec![org(Role::ExhibitorOwner, "demo-org-1")],
        ),
        (
            "exhibitor2@demo.yunzhan.local",
            "深圳智联电子 Shenzhen Smartlink",
            vec![org(Role::ExhibitorOwner, "demo-org-2")],
        ),
        (
            "exhibitor3@demo.yunzhan.local",
            "潮州陶瓷 Chaozhou Ceramics",
            vec![org(Role::ExhibitorOwner, "demo-org-3")],
        ),
        (
            "buyer.garcia@demo.yunzhan.local",
            "María García",
            vec![platform(Role::TradeVisitor)],
        ),
        (
            "buyer.hassan@demo.yunzhan.local",
            "Omar Hassan",
            vec![platform(Role::TradeVisitor)],
        ),
        (
            "visitor.smith@demo.yunzhan.local",
            "Emily Smith",
            vec![platform(Role::Visitor)],
        ),
        (
            "visitor.wang@demo.yunzhan.local",
            "王小明",
            vec![platform(Role::Visitor)],
        ),
    ]
}

/// Seeds the accounts on first start; returns them for printing.
pub async fn seed(state: &AppState, data: &Path) -> anyhow::Result<Vec<DemoAccount>> {
    let file = data.join(FILE);
    if let Ok(text) = std::fs::read_to_string(&file) {
        return serde_json::from_str(&text).context("reading the demo accounts");
    }
    let actor = Actor {
        id: "demo-seed".into(),
        role: "operator".into(),
        ip: "local".into(),
    };
    let mut out = Vec::new();
    for (email, name, grants) in plan() {
        let password = format!("demo-{}", yz_web::tokens::one_time_password());
        let role = grants
            .first()
            .map(|g| g.role.as_str().to_owned())
            .unwrap_or_default();
        match seed_account(
            state,
            &actor,
            &Seed {
                email,
                name,
                grants,
                password: Some(&password),
            },
        )
        .await
        {
            Ok(_) => {}
            Err(Failure::Form(m)) => anyhow::bail!("seeding {email}: {m:?}"),
            Err(Failure::Web(e)) => anyhow::bail!("seeding {email}: {e}"),
        }
        out.push(DemoAccount {
            email: email.into(),
            password,
            role,
        });
    }
    write_private(&file, serde_json::to_string_pretty(&out)?.as_bytes())?;
    Ok(out)
}

pub fn print(url: &str, accounts: &[DemoAccount]) {
    println!();
    println!("  Yunzhan demo is running at {url}");
    println!("  Mail is not sent in demo mode: read it at {url}/dev/mail");
    println!();
    println!("  {:<16} {:<36} password", "role", "e-mail");
    for a in accounts {
        println!("  {:<16} {:<36} {}", a.role, a.email, a.password);
    }
    println!();
    println!("  The three administrators enrol an authenticator app (TOTP) at their first login.");
    println!("  Stop with Ctrl-C. Data lives in the data folder; delete it to start afresh.");
    println!();
}
