//! The permission matrix, generated from the route list: every route is
//! called anonymously and as every role, and must be allowed or refused
//! exactly as the permission table says.

use yz_domain::permission::role_has;
use yz_domain::role::Role;
use yz_domain::{Access, Permission};
use yz_web::routes::{Method, Param, RouteSpec};

use crate::both;
use crate::harness::{Backend, Client, Options, TestApp, location};

/// What the table says, independent of the guard's code.
fn expected_allowed(access: Access, role: Option<Role>, demo: bool) -> bool {
    match access {
        Access::Public => true,
        Access::Anonymous => role.is_none(),
        Access::Authenticated | Access::Session => role.is_some(),
        Access::Permission(p) => role.is_some_and(|r| role_has(r, p)),
        Access::DemoOnly => demo,
        // The matrix calls from this machine.
        Access::Operator => true,
    }
}

fn concrete(spec: &RouteSpec) -> String {
    let mut path = spec.path.to_owned();
    for (name, param) in &spec.params {
        let value = match param {
            Param::Fair => "fair-1".to_owned(),
            Param::Org => "org-1".to_owned(),
            Param::Hall => "1".to_owned(),
            Param::Booth => "1.1A1".to_owned(),
            Param::Token => yz_app::tokens::random(),
            Param::Asset if *name == "name" => "app.css".to_owned(),
            Param::Asset => "x".to_owned(),
            Param::Variant => "main".to_owned(),
            Param::Action => "lock".to_owned(),
            _ => yz_store::new_id(),
        };
        path = path.replace(&format!("{{{name}}}"), &value);
    }
    path
}

/// Whether the response is the guard's refusal.
fn refused(spec: &RouteSpec, status: u16, loc: &str) -> bool {
    match status {
        401 | 403 => true,
        404 if matches!(spec.access, Access::DemoOnly) => true,
        303 | 302 | 307 => {
            loc.starts_with("/login?next=")
                || (matches!(spec.access, Access::Anonymous) && loc == "/")
        }
        _ => false,
    }
}

async fn call(c: &Client, spec: &RouteSpec, path: &str) -> (u16, String) {
    let r = match spec.method {
        Method::Get => c.get(path).await,
        Method::Post => c.post(path, &[]).await,
        Method::Delete => c.delete(path).await,
    };
    let loc = location(&r);
    (r.status().as_u16(), loc)
}

async fn run_matrix(b: Backend, demo: bool) {
    let app = TestApp::with(
        b,
        Options {
            demo,
            ..Options::default()
        },
    )
    .await;
    let (_, specs) = yz_web::routes::build(&app.state);
    let mut roles: Vec<Option<Role>> = vec![None];
    roles.extend(Role::ALL.iter().copied().map(Some));
    let mut accounts = std::collections::HashMap::new();
    for r in Role::ALL {
        accounts.insert(r, app.account(&[r]).await.0);
    }
    let mut failures = Vec::new();
    let mut calls = 0;
    for spec in &specs {
        for role in &roles {
            // A fresh session per call: some routes (logout) end it.
            let client = match role {
                None => app.client(),
                Some(r) => app.session_client(&accounts[r]).await,
            };
            let path = concrete(spec);
            let (status, loc) = call(&client, spec, &path).await;
            calls += 1;
            let allowed = !refused(spec, status, &loc);
            let want = expected_allowed(spec.access, *role, demo);
            if allowed != want {
                failures.push(format!(
                    "{} {} as {:?}: got {status} {loc}, expected {}",
                    spec.method.as_str(),
                    spec.path,
                    role.map(|r| r.as_str()),
                    if want { "allowed" } else { "refused" }
                ));
            }
            assert!(
                status < 500,
                "{} {} as {role:?}: server error {status}",
                spec.method.as_str(),
                spec.path
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {calls} calls disagree with the table:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(calls > 500);
}

async fn permission_matrix(b: Backend) {
    run_matrix(b, false).await;
}

async fn permission_matrix_demo_mode(b: Backend) {
    run_matrix(b, true).await;
}

/// Every route declares its access, and every permission guards a route or
/// is reserved for the next issues' fair and organisation routes.
#[test]
fn every_route_is_in_the_table() {
    let reserved = [
        Permission::ExhibitorReview,
        Permission::LiveHost,
        Permission::SupportAnswer,
        Permission::LegalAnswer,
        Permission::Interpret,
        Permission::BoothManage,
        Permission::ExhibitEdit,
        Permission::StaffManage,
        Permission::VisitorProfile,
    ];
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let app = TestApp::spawn(Backend::Sqlite).await;
        let (_, specs) = yz_web::routes::build(&app.state);
        for p in Permission::ALL {
            let used = specs.iter().any(|s| s.access == Access::Permission(p));
            assert!(used || reserved.contains(&p), "{p:?} guards no route");
        }
        let mut seen = std::collections::HashSet::new();
        for s in &specs {
            assert!(
                seen.insert((s.method.as_str(), s.path)),
                "duplicate route {} {}",
                s.method.as_str(),
                s.path
            );
        }
    });
}

both!(permission_matrix, permission_matrix_demo_mode);
