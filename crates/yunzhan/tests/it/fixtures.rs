//! Scoped test data: fairs with their staff, organisations with their
//! owners, exhibitors verified on a fair and visitors registered for it.
//! Each fixture is written through the use cases where one exists, or as
//! a use case would leave it.

use yz_app::Actor;
use yz_app::fairs::{FairInput, HallInput};
use yz_domain::clock::Clock;
use yz_domain::fair::to_local;
use yz_domain::role::{Grant, Role, Scope};
use yz_domain::uscc::Uscc;
use yz_store::organisations::{self, Organisation};

use crate::harness::{Client, TestApp};

pub const DAY: i64 = 86_400_000;

/// A minimal PDF (a stored business licence).
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A fair in its registration phase (booking open), with hall 1 of 1 x 3
/// booths (1.1A1 .. 1.1A3), and the organizer who created it.
pub struct TestFair {
    pub id: String,
    pub slug: String,
    pub organizer: Client,
}

/// Creates a fair as a new organizer would; `review` makes products wait
/// for its reviewers.
pub async fn fair(app: &TestApp, slug: &str, review: bool) -> TestFair {
    let (email, _) = app.account(&[Role::Organizer]).await;
    let user = app.user_id(&email).await;
    let actor = yz_app::sessions::operator_acting_as(&app.state, &user)
        .await
        .unwrap();
    let now = app.clock.now_ms();
    let local = |d: i64| to_local(now + d * DAY, "Europe/Berlin");
    let input = FairInput {
        slug: slug.into(),
        name_zh: format!("测试展会 {slug}"),
        name_en: format!("Test Fair {slug}"),
        description_zh: String::new(),
        description_en: String::new(),
        time_zone: "Europe/Berlin".into(),
        languages: vec!["en".into(), "zh-CN".into()],
        boundaries: [
            local(-1),
            local(10),
            local(11),
            local(15),
            local(22),
            local(52),
        ],
        exhibit_review: review,
    };
    yz_app::fairs::create_fair(&app.state, &actor, &input)
        .await
        .map_err(|e| format!("{e:?}"))
        .unwrap();
    let hall = HallInput {
        code: "1".into(),
        name_zh: "电子".into(),
        name_en: "Electronics".into(),
        chapters: "85".into(),
        rows: "1".into(),
        cols: "3".into(),
        premium_rows: "0".into(),
    };
    // The new fair's grant, loaded afresh.
    let actor = yz_app::sessions::operator_acting_as(&app.state, &user)
        .await
        .unwrap();
    yz_app::fairs::add_hall(&app.state, &actor, slug, &hall)
        .await
        .map_err(|e| format!("{e:?}"))
        .unwrap();
    let id = yz_store::fairs::by_slug(&app.state.stores.main, slug)
        .await
        .unwrap()
        .unwrap()
        .id;
    TestFair {
        id,
        slug: slug.into(),
        organizer: app.session_client(&email).await,
    }
}

/// A signed-in account holding `role` on that fair only.
pub async fn fair_staff(app: &TestApp, fair: &TestFair, role: Role) -> (Client, String) {
    let (email, _) = app.account(&[Role::Visitor]).await;
    grant(app, &email, role, Scope::Fair(fair.slug.clone())).await;
    (app.session_client(&email).await, email)
}

/// Grants a role to an existing account.
pub async fn grant(app: &TestApp, email: &str, role: Role, scope: Scope) {
    let user = app.user_id(email).await;
    let mut tx = app.state.stores.main.begin().await.unwrap();
    yz_store::accounts::grant(&mut tx, &user, &Grant { role, scope }, None, 0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

/// An organisation with a complete profile (licence uploaded), owned by a
/// new signed-in account, not yet an exhibitor of any fair.
pub async fn org(app: &TestApp, i: usize) -> (Client, String, String) {
    let (email, _) = app.account(&[Role::Visitor]).await;
    let user_id = app.user_id(&email).await;
    let id = yz_store::new_id();
    let licence = format!("licences/{id}/licence.pdf");
    yz_app::objects::put(&app.state.objects, &licence, PDF.to_vec())
        .await
        .unwrap();
    let uscc = Uscc::compose("91", "440106", &format!("{:08}", 10_000_000 + i)).unwrap();
    let org = Organisation {
        id: id.clone(),
        legal_name_zh: format!("测试企业{i}"),
        legal_name_en: format!("Test Exporter {i}"),
        uscc: uscc.as_str().to_owned(),
        contact_name: "Li".into(),
        contact_email: email.clone(),
        industries: vec!["85".into()],
        markets: vec!["US".into()],
        languages: vec!["en".into()],
        licence_key: Some(licence),
        licence_mime: Some("application/pdf".into()),
        created_by: user_id.clone(),
        visible_countries: vec![],
        trade_only: false,
    };
    let mut tx = app.state.stores.main.begin().await.unwrap();
    organisations::save(&mut tx, &org, app.clock.now_ms())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    grant(
        app,
        &email,
        Role::ExhibitorOwner,
        Scope::Organisation(id.clone()),
    )
    .await;
    (app.session_client(&email).await, id, email)
}

/// An organisation verified as an exhibitor of `fair` (its application
/// approved, as the fair's reviewers would).
pub async fn exhibitor(app: &TestApp, i: usize, fair: &TestFair) -> (Client, String, String) {
    let (client, id, email) = org(app, i).await;
    approve(app, fair, &id).await;
    (client, id, email)
}

/// Approves the organisation's application to exhibit at the fair.
pub async fn approve(app: &TestApp, fair: &TestFair, org_id: &str) {
    approve_in(app, &fair.id, org_id).await;
}

/// Approves the organisation's application to exhibit at the fair `fair_id`.
pub async fn approve_in(app: &TestApp, fair_id: &str, org_id: &str) {
    let mut tx = app.state.stores.main.begin().await.unwrap();
    yz_store::applications::approve_seeded(&mut tx, fair_id, org_id, app.clock.now_ms())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.state.cache.invalidate_all();
}

/// A signed-in visitor registered for the fair (as a verified trade
/// visitor when `trade`).
pub async fn visitor(app: &TestApp, fair_slug: &str, trade: bool) -> (Client, String) {
    let (client, email) = app.signed_in(&[Role::Visitor]).await;
    let r = client
        .post(&format!("/fairs/{fair_slug}/register"), &[])
        .await;
    assert_eq!(r.status(), 303, "registration for {fair_slug}");
    if trade {
        let user = app.user_id(&email).await;
        let by = Actor::cli().as_user("test", "test");
        let fair_row = yz_store::fairs::by_slug(&app.state.stores.main, fair_slug)
            .await
            .unwrap()
            .unwrap();
        yz_app::bulk::visitors(&app.state, &fair_row, &[(user, true)], &by)
            .await
            .unwrap();
    }
    (client, email)
}

/// Books a booth of the fair for the organisation, as the organizers'
/// approval of its request would.
pub async fn book(app: &TestApp, fair: &TestFair, org_id: &str, code: &str) {
    let n = app
        .state
        .stores
        .main
        .execute(
            "UPDATE booths SET status = 'booked', org_id = $3, decided_at = 0
             WHERE fair_id = $1 AND code = $2 AND status = 'free'",
            yz_store::args![fair.id.as_str(), code, org_id],
        )
        .await
        .unwrap();
    assert_eq!(n, 1, "booth {code} of {} is free", fair.slug);
    app.state.cache.invalidate_all();
}
