//! The account page lists where its holder works: their organisations and
//! the fairs where they hold a grant, each with the links that grant allows,
//! and nothing of anyone else's.

use yz_domain::role::{Role, Scope};

use crate::both;
use crate::fixtures::{fair, fair_staff, grant, org};
use crate::harness::{Backend, TestApp};

async fn account_page_lists_my_organisations_and_fairs(b: Backend) {
    let app = TestApp::spawn(b).await;
    let f = fair(&app, "work-a", true).await;
    let other = fair(&app, "work-b", false).await;
    let (owner, org_id, _) = org(&app, 1).await;
    let (_, other_org, _) = org(&app, 2).await;

    // The owner: their organisation with profile, exhibits and staff.
    let page = owner.page("/account").await;
    for link in [
        format!("href=\"/org/{org_id}\""),
        format!("href=\"/org/{org_id}/exhibits\""),
        format!("href=\"/org/{org_id}/staff\""),
    ] {
        assert!(page.contains(&link), "{link} missing:\n{page}");
    }
    assert!(page.contains("Test Exporter 1") && page.contains("id=\"my-orgs\""));
    assert!(!page.contains(&other_org) && !page.contains("id=\"my-fairs\""));

    // Staff of the organisation: its exhibits, not its profile or staff.
    let (staff_email, _) = app.account(&[Role::Visitor]).await;
    grant(
        &app,
        &staff_email,
        Role::ExhibitorStaff,
        Scope::Organisation(org_id.clone()),
    )
    .await;
    let page = app
        .session_client(&staff_email)
        .await
        .page("/account")
        .await;
    assert!(page.contains(&format!("href=\"/org/{org_id}/exhibits\"")));
    assert!(!page.contains(&format!("href=\"/org/{org_id}\"")));
    assert!(!page.contains(&format!("href=\"/org/{org_id}/staff\"")));

    // The organizer of fair A: manage it, both review queues, create a fair;
    // nothing of fair B.
    let page = f.organizer.page("/account").await;
    for link in [
        "href=\"/manage/fairs/work-a\"",
        "href=\"/manage/fairs/work-a/review\"",
        "href=\"/manage/fairs/work-a/exhibits\"",
        "href=\"/manage/fairs/new\"",
    ] {
        assert!(page.contains(link), "{link} missing:\n{page}");
    }
    assert!(page.contains("Test Fair work-a"));
    assert!(!page.contains("work-b") && !page.contains(&other.id));

    // A reviewer of fair A: the review queues, not the management page.
    let (reviewer, _) = fair_staff(&app, &f, Role::Reviewer).await;
    let page = reviewer.page("/account").await;
    assert!(page.contains("href=\"/manage/fairs/work-a/review\""));
    assert!(page.contains("href=\"/manage/fairs/work-a/exhibits\""));
    assert!(!page.contains("href=\"/manage/fairs/work-a\""));
    assert!(!page.contains("href=\"/manage/fairs/new\""));
}

both!(account_page_lists_my_organisations_and_fairs);
