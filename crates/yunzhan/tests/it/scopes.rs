//! The cross-scope suite, generated from the route table: two organizers
//! with a fair each, two exhibitor organisations (one on each fair), two
//! visitors (one registered on each fair) and a reviewer of fair A. Every
//! route whose path names an object is called by everyone on side A who may
//! call it, with side B's ids in place of its own, one parameter at a time:
//! an object of another scope is not found (404), another scope is refused
//! (403), nothing of side B shows in the answer and nothing changes. A new
//! route is covered the day it lands, since its parameters are declared in
//! the route table ([`Param`]).

use std::collections::BTreeMap;

use yz_domain::Access;
use yz_domain::permission::role_has;
use yz_domain::role::{Role, ScopeKind};
use yz_web::routes::{Method, Param, RouteSpec};

use crate::both;
use crate::fixtures::{self, PDF, TestFair};
use crate::harness::{Backend, Client, TestApp, location};
use crate::orgs::jpeg_with_gps;

/// One side: a fair, its staff, an exhibitor with products in every state,
/// and a registered visitor.
struct Side {
    fair: TestFair,
    reviewer: Client,
    owner: Client,
    org: String,
    visitor: Client,
    visitor_id: String,
    /// Live on the side's fair, pending review there, a draft.
    live: String,
    pending: String,
    draft: String,
    /// An image of each of those, in the same order.
    media: [String; 3],
    /// Texts that identify this side's private objects in a page.
    markers: Vec<String>,
}

async fn exhibit(app: &TestApp, owner: &Client, org: &str, title: &str) -> (String, String) {
    let r = owner
        .post(
            &format!("/org/{org}/exhibits"),
            &[
                ("source_lang", "en"),
                ("title_en", title),
                ("hs_code", "850440"),
            ],
        )
        .await;
    let loc = location(&r);
    let id = loc.rsplit('/').next().unwrap().to_owned();
    assert!(!id.is_empty(), "{title}: {}", r.status());
    let r = owner
        .upload(
            &format!("/org/{org}/exhibits/{id}/media"),
            &[("purpose", "image")],
            "file",
            "photo.jpg",
            jpeg_with_gps(),
        )
        .await;
    assert_eq!(r.status(), 200, "{title}: image");
    let media = yz_store::exhibits::media_of(&app.state.stores.main, &id)
        .await
        .unwrap()
        .remove(0)
        .id;
    (id, media)
}

async fn side(app: &TestApp, name: &str, i: usize, extra_hall: bool) -> Side {
    let slug = format!("fair-{name}");
    let fair = fixtures::fair(app, &slug, true).await;
    if extra_hall {
        let r = fair
            .organizer
            .post(
                &format!("/manage/fairs/{slug}/halls"),
                &[
                    ("code", "2"),
                    ("name_zh", "二号馆"),
                    ("name_en", "Hall 2"),
                    ("chapters", "94"),
                    ("rows", "1"),
                    ("cols", "1"),
                    ("premium_rows", "0"),
                ],
            )
            .await;
        assert!(r.status().is_redirection() || r.status() == 200);
    }
    let (reviewer, _) = fixtures::fair_staff(app, &fair, Role::Reviewer).await;
    let (owner, org, _) = fixtures::org(app, i).await;
    // Applies by requesting a booth; the reviewer verifies it, the
    // organizer books the booth.
    let r = owner
        .post(
            &format!("/org/{org}/booths"),
            &[("fair", slug.as_str()), ("code", "1.1A1")],
        )
        .await;
    assert_eq!(r.status(), 303, "booth request on {slug}");
    let r = reviewer
        .post(
            &format!("/manage/fairs/{slug}/review/{org}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let r = fair
        .organizer
        .post(
            &format!("/manage/fairs/{slug}/booths/1.1A1"),
            &[("decision", "approve")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("The booth is booked"));
    let live_title = format!("{name} live chair");
    let pending_title = format!("{name} pending secret lamp");
    let draft_title = format!("{name} draft secret sofa");
    let (live, live_media) = exhibit(app, &owner, &org, &live_title).await;
    let (pending, pending_media) = exhibit(app, &owner, &org, &pending_title).await;
    let (draft, draft_media) = exhibit(app, &owner, &org, &draft_title).await;
    for id in [&live, &pending] {
        let r = owner
            .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
            .await;
        assert!(r.text().await.unwrap().contains("sent for review"));
    }
    let r = reviewer
        .post(
            &format!("/manage/fairs/{slug}/exhibits/{live}"),
            &[("decision", "approve"), ("revision", "1")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("approved and is live"));
    let (visitor, visitor_email) = fixtures::visitor(app, &slug, false).await;
    let visitor_id = app.user_id(&visitor_email).await;
    Side {
        fair,
        reviewer,
        owner,
        org,
        visitor,
        visitor_id,
        live,
        pending,
        draft,
        media: [live_media, pending_media, draft_media],
        markers: vec![
            live_title,
            pending_title,
            draft_title,
            format!("Test Exporter {i}"),
            visitor_email,
        ],
    }
}

/// Who on side A may call a route: (label, client).
fn callers<'a>(spec: &RouteSpec, a: &'a Side, anon: &'a Client) -> Vec<(&'static str, &'a Client)> {
    let fair_staff = [
        ("organizer A", &a.fair.organizer, Role::OrganizerAdmin),
        ("reviewer A", &a.reviewer, Role::Reviewer),
    ];
    match spec.access {
        Access::Public => vec![("anonymous", anon), ("visitor A", &a.visitor)],
        Access::Authenticated | Access::Session => {
            vec![("visitor A", &a.visitor), ("owner A", &a.owner)]
        }
        Access::Permission(p) => match p.scope_kind() {
            ScopeKind::Fair => fair_staff
                .into_iter()
                .filter(|(_, _, r)| role_has(*r, p))
                .map(|(l, c, _)| (l, c))
                .collect(),
            ScopeKind::Organisation => vec![("owner A", &a.owner)],
            // Platform administrators act on every account by design;
            // their routes are in the permission matrix and admin tests.
            ScopeKind::Platform => vec![],
        },
        Access::Anonymous | Access::DemoOnly | Access::Operator => vec![],
    }
}

/// A's own value for a parameter (the first that exists for it).
fn own(p: Param, name: &str, a: &Side) -> Vec<String> {
    match p {
        Param::Fair => vec![a.fair.slug.clone()],
        Param::Org | Param::Applicant | Param::Exhibitor => vec![a.org.clone()],
        Param::Hall => vec!["1".into()],
        Param::Booth => vec!["1.1A1".into()],
        Param::Exhibit => vec![a.live.clone(), a.pending.clone()],
        Param::Media => vec![a.media[0].clone(), a.media[1].clone()],
        Param::Visitor => vec![a.visitor_id.clone()],
        Param::Token => vec![yz_app::tokens::random()],
        Param::Asset if name == "name" => vec!["app.css".into()],
        Param::Asset => vec!["x".into()],
        Param::Variant => vec!["main".into()],
        Param::Action => vec!["lock".into()],
        Param::Account | Param::Session => vec![yz_store::new_id()],
    }
}

/// B's values for a parameter. Objects anyone may see (B's live product,
/// its image, B as a verified exhibitor) count only under a scope in the
/// path; on a standalone public route they are not another scope's.
fn foreign(p: Param, b: &Side, unverified_org: &str, b_session: &str, scoped: bool) -> Vec<String> {
    let public_too = |public: &str, private: Vec<String>| {
        let mut v = private;
        if scoped {
            v.insert(0, public.to_owned());
        }
        v
    };
    match p {
        Param::Fair => vec![b.fair.slug.clone()],
        Param::Org => vec![b.org.clone()],
        Param::Hall => vec!["2".into()],
        Param::Booth => vec!["2.1A1".into()],
        Param::Exhibit => public_too(&b.live, vec![b.pending.clone(), b.draft.clone()]),
        Param::Media => public_too(&b.media[0], vec![b.media[1].clone(), b.media[2].clone()]),
        Param::Applicant => vec![b.org.clone(), unverified_org.to_owned()],
        Param::Exhibitor => public_too(&b.org, vec![unverified_org.to_owned()]),
        Param::Visitor => vec![b.visitor_id.clone()],
        Param::Session => vec![b_session.to_owned()],
        Param::Account | Param::Token | Param::Asset | Param::Variant | Param::Action => vec![],
    }
}

fn fill(spec: &RouteSpec, values: &BTreeMap<&str, String>) -> String {
    let mut path = spec.path.to_owned();
    for (name, v) in values {
        path = path.replace(&format!("{{{name}}}"), v);
    }
    path
}

/// A form that passes the input checks of every route, so that what
/// answers is the scope check: naming B's objects in fields too.
fn form(b: &Side) -> Vec<(&'static str, String)> {
    vec![
        ("decision", "approve".into()),
        ("revision", "1".into()),
        ("reason", "Checked".into()),
        ("verified", "true".into()),
        ("source_lang", "en".into()),
        ("title_en", "Replaced title".into()),
        ("hs_code", "850440".into()),
        ("countries", String::new()),
        ("user_id", b.visitor_id.clone()),
        ("role", "exhibitor_staff".into()),
        ("email", "someone@example.com".into()),
    ]
}

async fn call(c: &Client, spec: &RouteSpec, path: &str, b: &Side) -> (u16, String) {
    let r = match (spec.method, spec.upload) {
        (Method::Get, _) => c.get(path).await,
        (Method::Post, Some(_)) => {
            let (field, purpose, name, bytes) = if path.ends_with("/licence") {
                ("licence", "", "licence.pdf", PDF.to_vec())
            } else if path.ends_with("/images") {
                ("image", "image", "photo.jpg", jpeg_with_gps())
            } else {
                ("file", "document", "file.pdf", PDF.to_vec())
            };
            c.upload(path, &[("purpose", purpose)], field, name, bytes)
                .await
        }
        (Method::Post, None) => {
            let f = form(b);
            let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            c.post(path, &pairs).await
        }
        (Method::Delete, _) => c.delete(path).await,
    };
    let status = r.status().as_u16();
    let body = String::from_utf8_lossy(&r.bytes().await.unwrap()).into_owned();
    (status, body)
}

async fn other_scopes_ids_are_not_found(b: Backend) {
    let app = TestApp::spawn(b).await;
    let a = side(&app, "a", 1, false).await;
    let b_side = side(&app, "b", 2, true).await;
    // B's extra booth is requested (held, not booked).
    let r = b_side
        .owner
        .post(
            &format!("/org/{}/booths", b_side.org),
            &[("fair", "fair-b"), ("code", "2.1A1")],
        )
        .await;
    assert_eq!(r.status(), 303);
    // An organisation verified nowhere (private), and B's visitor's session.
    let (_, unverified_org, _) = fixtures::org(&app, 3).await;
    let b_session = app
        .state
        .stores
        .main
        .fetch_one(
            "SELECT public_id FROM sessions WHERE user_id = $1",
            yz_store::args![b_side.visitor_id.as_str()],
        )
        .await
        .unwrap()
        .text("public_id")
        .unwrap();
    let anon = app.client();
    let (_, specs) = yz_web::routes::build(&app.state);

    // Own ids work: every GET route naming objects answers some caller of
    // side A with a page for A's own objects (so the 404s below come from
    // the scope, not from ids that never worked).
    let mut unproven = Vec::new();
    for spec in specs.iter().filter(|s| s.method == Method::Get) {
        if !spec.params.iter().any(|(_, p)| p.is_object()) {
            continue;
        }
        let mut ok = false;
        for (_, client) in callers(spec, &a, &anon) {
            let choices: Vec<(&str, Vec<String>)> = spec
                .params
                .iter()
                .map(|(n, p)| (*n, own(*p, n, &a)))
                .collect();
            for k in 0..2 {
                let values: BTreeMap<&str, String> = choices
                    .iter()
                    .map(|(n, v)| (*n, v[k.min(v.len() - 1)].clone()))
                    .collect();
                let (status, _) = call(client, spec, &fill(spec, &values), &b_side).await;
                ok |= status < 400;
            }
        }
        if !ok {
            unproven.push(spec.path);
        }
    }
    assert!(unproven.is_empty(), "own ids fail on {unproven:?}");

    let changes_before = app.count("SELECT COUNT(*) AS n FROM changes", vec![]).await;
    let grants_before = app
        .count("SELECT COUNT(*) AS n FROM user_roles", vec![])
        .await;
    let mut markers = b_side.markers.clone();
    markers.push("Test Exporter 3".into());
    let mut failures = Vec::new();
    let mut calls = 0;
    let mut covered = 0;
    for spec in &specs {
        if !spec
            .params
            .iter()
            .any(|(_, p)| p.is_object() || p.is_scope())
        {
            continue;
        }
        let who = callers(spec, &a, &anon);
        let has_objects = spec.params.iter().any(|(_, p)| p.is_object());
        if has_objects && who.is_empty() {
            let platform_admin = matches!(spec.access, Access::Permission(p) if p.scope_kind() == ScopeKind::Platform);
            assert!(
                platform_admin,
                "{} {}: names objects but nobody on side A may call it; decide who",
                spec.method.as_str(),
                spec.path
            );
            continue;
        }
        let scoped = spec.params.iter().any(|(_, p)| p.is_scope());
        covered += usize::from(!who.is_empty());
        for (i, (name, param)) in spec.params.iter().enumerate() {
            // A fair or organisation in the path is a scope the caller
            // must hold only where the route requires a permission in it;
            // anyone may read a fair or register for it.
            if param.is_scope() && !matches!(spec.access, Access::Permission(_)) {
                continue;
            }
            for other in foreign(*param, &b_side, &unverified_org, &b_session, scoped) {
                let values: BTreeMap<&str, String> = spec
                    .params
                    .iter()
                    .enumerate()
                    .map(|(j, (n, p))| {
                        let v = if i == j {
                            other.clone()
                        } else {
                            own(*p, n, &a).remove(0)
                        };
                        (*n, v)
                    })
                    .collect();
                let path = fill(spec, &values);
                for (label, client) in &who {
                    let (status, body) = call(client, spec, &path, &b_side).await;
                    calls += 1;
                    let want: &[u16] = if param.is_scope() {
                        &[403, 404]
                    } else {
                        &[404]
                    };
                    if !want.contains(&status) {
                        failures.push(format!(
                            "{} {path} ({name} of B) as {label}: {status}, expected {want:?}",
                            spec.method.as_str()
                        ));
                    }
                    if let Some(m) = markers.iter().find(|m| body.contains(m.as_str())) {
                        failures.push(format!(
                            "{} {path} ({name} of B) as {label}: shows “{m}”",
                            spec.method.as_str()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {calls} cross-scope calls went wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        covered >= 25 && calls >= 100,
        "{covered} routes, {calls} calls"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM changes", vec![]).await,
        changes_before,
        "nothing changed"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM user_roles", vec![])
            .await,
        grants_before
    );
    // B's objects are as they were.
    assert!(
        !yz_store::exhibits::is_live(
            &app.state.stores.main,
            &b_side.pending,
            Some(&b_side.fair.id)
        )
        .await
        .unwrap(),
        "B's pending product is still pending"
    );
    assert_eq!(
        yz_store::fair_visitors::registration(
            &app.state.stores.main,
            &b_side.fair.id,
            &b_side.visitor_id
        )
        .await
        .unwrap(),
        Some(false)
    );
    // Side B still works for itself (the calls ended nothing of B's).
    assert_eq!(
        b_side
            .reviewer
            .get(&format!("/manage/fairs/fair-b/exhibits/{}", b_side.pending))
            .await
            .status(),
        200
    );
    assert_eq!(b_side.visitor.get("/account/sessions").await.status(), 200);
}

both!(other_scopes_ids_are_not_found);
