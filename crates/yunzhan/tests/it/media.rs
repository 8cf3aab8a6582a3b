//! Rich exhibits and the booth page: video served with range requests,
//! 3D models, panoramas, PDFs and tables; immediate publication where the
//! fair allows it; visibility restrictions; favourites; booth and exhibit
//! views counted with the viewer's country and industry.

use yz_domain::clock::Clock;
use yz_domain::fair::Schedule;
use yz_domain::measures::Measure;
use yz_domain::role::Role;
use yz_domain::status::BoothStatus;
use yz_store::analytics::{MeasureValue, measure};
use yz_store::fairs::{self, Booth, Fair, Hall};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, TestApp, expect, location};

const DAY: i64 = 86_400_000;

/// A running fair that lets its verified exhibitors publish at once, with
/// `org` verified on it and holding booth 1.1A01.
pub(crate) async fn booth_for(app: &TestApp, org: &str) -> (String, String) {
    let now = app.clock.now_ms();
    let fair = Fair {
        id: yz_store::new_id(),
        slug: "open-fair".into(),
        name_zh: "开放展".into(),
        name_en: "Open Fair".into(),
        description_zh: String::new(),
        description_en: String::new(),
        time_zone: "UTC".into(),
        languages: vec!["en".into()],
        schedule: Schedule {
            registration_opens: now - 10 * DAY,
            opening: now - DAY,
            show_days: now,
            trade_week: now + DAY,
            service_period: now + 2 * DAY,
            closes: now + 30 * DAY,
        },
        exhibit_review: false,
    };
    let hall = Hall {
        id: yz_store::new_id(),
        fair_id: fair.id.clone(),
        code: "1".into(),
        name_zh: "一号馆".into(),
        name_en: "Hall 1".into(),
        hs_chapters: vec!["94".into()],
        position: 1,
        plan_width: 1000,
        plan_height: 600,
    };
    let booth = Booth {
        id: yz_store::new_id(),
        fair_id: fair.id.clone(),
        hall_id: hall.id.clone(),
        code: "1.1A01".into(),
        kind: yz_domain::kinds::BoothKind::Standard,
        x: 40,
        y: 40,
        w: 60,
        h: 60,
        status: BoothStatus::Booked,
        org_id: Some(org.to_owned()),
    };
    let mut tx = app.state.stores.main.begin().await.unwrap();
    fairs::insert(&mut tx, &fair, "test", now).await.unwrap();
    fairs::insert_hall(&mut tx, &hall).await.unwrap();
    fairs::insert_booth(&mut tx, &booth).await.unwrap();
    tx.commit().await.unwrap();
    fixtures::approve_in(app, &fair.id, org).await;
    (fair.slug, booth.code)
}

async fn upload(
    c: &Client,
    org: &str,
    id: &str,
    parts: Vec<(&str, Vec<u8>)>,
    purpose: &str,
) -> reqwest::Response {
    let token = c.csrf().await;
    let mut form = reqwest::multipart::Form::new()
        .text("_csrf", token.clone())
        .text("purpose", purpose.to_owned());
    for (name, bytes) in parts {
        form = form.part(
            name.to_owned(),
            reqwest::multipart::Part::bytes(bytes).file_name("upload.bin"),
        );
    }
    c.http
        .post(c.url(&format!("/org/{org}/exhibits/{id}/media")))
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn mp4(len: usize) -> Vec<u8> {
    let mut v = vec![0, 0, 0, 24];
    v.extend_from_slice(b"ftypisom\0\0\x02\0isomiso2");
    let body = len.saturating_sub(v.len() + 8);
    v.extend_from_slice(&((body + 8) as u32).to_be_bytes());
    v.extend_from_slice(b"mdat");
    v.extend((0..body).map(|i| (i % 251) as u8));
    v
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

async fn rich_exhibits_booth_pages_and_views(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, org, _) = fixtures::org(&app, 1).await;
    let (fair, code) = booth_for(&app, &org).await;
    let r = owner
        .post(
            &format!("/org/{org}/exhibits"),
            &[
                ("source_lang", "en"),
                ("title_en", "Lounge chair"),
                ("hs_code", "940161"),
            ],
        )
        .await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();

    // Each kind is checked by content against what the exhibitor chose.
    let r = upload(&owner, &org, &id, vec![("file", pdf())], "video").await;
    expect(r, 422, "does not fit the kind").await;
    let r = upload(
        &owner,
        &org,
        &id,
        vec![("file", b"<html><script>".to_vec())],
        "document",
    )
    .await;
    assert_eq!(r.status(), 422);
    let glb = yz_media::sample_glb(yz_media::SampleShape::ALL[0]);
    let mut bad_glb = glb.clone();
    bad_glb.truncate(40);
    assert_eq!(
        upload(&owner, &org, &id, vec![("file", bad_glb)], "model")
            .await
            .status(),
        422
    );
    let small = crate::orgs::jpeg_with_gps();
    let r = upload(&owner, &org, &id, vec![("file", small.clone())], "panorama").await;
    assert!(r.text().await.unwrap().contains("equirectangular"));

    let video = mp4(100_000);
    for (purpose, parts) in [
        (
            "video",
            vec![("file", video.clone()), ("poster", small.clone())],
        ),
        ("model", vec![("file", glb.clone())]),
        ("panorama", vec![("file", yz_media::sample_panorama(2048))]),
        ("document", vec![("file", pdf())]),
        (
            "table",
            vec![("file", b"Size,Price\nS,<b>10</b>\nL,12\n".to_vec())],
        ),
    ] {
        let r = upload(&owner, &org, &id, parts, purpose).await;
        assert_eq!(r.status(), 200, "{purpose}");
        assert!(
            r.text().await.unwrap().contains("file was added"),
            "{purpose}"
        );
    }
    let media = yz_store::exhibits::media_of(&app.state.stores.main, &id)
        .await
        .unwrap();
    let of = |k: &str| {
        media
            .iter()
            .find(|m| m.kind.as_str() == k)
            .unwrap()
            .id
            .clone()
    };

    // The fair lets verified exhibitors publish at once.
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("exhibit is published"));

    let anon = app.client();
    let page = anon.page(&format!("/exhibits/{id}")).await;
    for needle in [
        "<video",
        "poster=\"/media/",
        // The 3D viewer loads when asked, in space kept for it.
        "class=\"model-stage\" data-src=\"/media/",
        "class=\"model-open\"",
        "class=\"panorama\"",
        "/static/viewers.js",
        "type=\"importmap\"",
        "&lt;b&gt;10&lt;/b&gt;",
        "application/pdf",
    ] {
        assert!(page.contains(needle), "{needle} in exhibit page");
    }

    // Video streams with range requests.
    let vid = of("video");
    let r = anon
        .http
        .get(anon.url(&format!("/media/{vid}/main")))
        .header("range", "bytes=100-199")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 100-199/{}", video.len())
    );
    assert_eq!(r.headers()["content-type"], "video/mp4");
    assert_eq!(r.bytes().await.unwrap().as_ref(), &video[100..200]);
    let r = anon
        .http
        .get(anon.url(&format!("/media/{vid}/main")))
        .header("range", format!("bytes={}-", video.len() + 5))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 416);
    let full = anon.get(&format!("/media/{vid}/main")).await;
    assert_eq!(full.headers()["accept-ranges"], "bytes");
    assert_eq!(full.headers()["cache-control"], "public, max-age=3600");
    assert!(
        full.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(full.bytes().await.unwrap().len(), video.len());
    assert_eq!(
        anon.get(&format!("/media/{vid}/poster")).await.headers()["content-type"],
        "image/jpeg"
    );
    let model = anon.get(&format!("/media/{}/main", of("model"))).await;
    assert_eq!(model.headers()["content-type"], "model/gltf-binary");
    let table = anon.get(&format!("/media/{}/main", of("table"))).await;
    assert!(
        table.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(
        anon.get(&format!("/media/{}/html", of("table")))
            .await
            .status(),
        404
    );

    // The booth page: profile, media, products.
    let booth = anon.page(&format!("/fairs/{fair}/booths/{code}")).await;
    for needle in [
        "Test Exporter 1",
        "<video",
        "class=\"model-stage\"",
        "class=\"panorama\"",
        "Lounge chair",
        "Catalogues and certificates",
    ] {
        assert!(booth.contains(needle), "{needle} on the booth page");
    }
    assert!(
        !booth.contains("mailto:"),
        "contacts only for signed-in users"
    );
    assert_eq!(anon.get(&format!("/exhibitors/{org}")).await.status(), 200);

    // A visitor from Germany interested in furniture: views are counted with
    // country and industry; favourites.
    let (visitor, vemail) = app.signed_in(&[Role::Visitor]).await;
    let vid_user = app.user_id(&vemail).await;
    let profile = yz_store::profiles::Profile {
        country: "DE".into(),
        interests: vec!["9401".into()],
        consent: serde_json::json!({}),
        ..Default::default()
    };
    let mut tx = app.state.stores.main.begin().await.unwrap();
    yz_store::profiles::put(&mut tx, &vid_user, &profile, 0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(
        visitor
            .page(&format!("/fairs/{fair}/booths/{code}"))
            .await
            .contains("mailto:")
    );
    assert_eq!(visitor.get(&format!("/exhibits/{id}")).await.status(), 200);
    let r = visitor
        .post(
            "/favourites",
            &[
                ("kind", "exhibit"),
                ("id", &id),
                ("next", &format!("/exhibits/{id}")),
            ],
        )
        .await;
    assert!(r.status().is_redirection() || r.status() == 200);
    let r = visitor
        .post(
            "/favourites",
            &[("kind", "org"), ("id", &org), ("next", "/")],
        )
        .await;
    assert!(r.status().is_redirection() || r.status() == 200);
    let favs = visitor.page("/account/favourites").await;
    assert!(
        favs.contains("Lounge chair") && favs.contains("Test Exporter 1"),
        "{favs}"
    );
    let r = anon
        .post("/favourites", &[("kind", "org"), ("id", &org)])
        .await;
    assert!(
        location(&r).starts_with("/login"),
        "anonymous visitors are sent to log in"
    );
    assert_eq!(
        visitor
            .post("/favourites", &[("kind", "exhibit"), ("id", "nope")])
            .await
            .status(),
        404
    );

    // Restrictions: trade visitors only, then France only.
    let r = owner
        .post(
            &format!("/org/{org}/exhibits/{id}/visibility"),
            &[("countries", ""), ("trade_only", "on")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let r = anon.get(&format!("/exhibits/{id}")).await;
    expect(r, 403, "verified trade visitors").await;
    assert_eq!(
        owner.get(&format!("/exhibits/{id}")).await.status(),
        200,
        "own staff see it"
    );
    let (trade, _) = fixtures::visitor(&app, &fair, true).await;
    assert_eq!(trade.get(&format!("/exhibits/{id}")).await.status(), 200);
    // Its files follow the same rule, and only the browser may keep them.
    let r = anon.get(&format!("/media/{vid}/main")).await;
    assert_eq!(r.status(), 403, "restricted media are not public");
    let r = trade.get(&format!("/media/{vid}/main")).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "private, no-store");
    let (other_fair, _) =
        fixtures::visitor(&app, &fixtures::fair(&app, "other", false).await.slug, true).await;
    assert_eq!(
        other_fair.get(&format!("/exhibits/{id}")).await.status(),
        403,
        "a trade visitor of a fair this exhibitor is not on"
    );
    let booth = anon.page(&format!("/fairs/{fair}/booths/{code}")).await;
    assert!(
        !booth.contains("Lounge chair"),
        "restricted products leave the booth list"
    );
    let r = owner
        .post(
            &format!("/org/{org}/visibility"),
            &[("countries", "fr, Germany")],
        )
        .await;
    expect(r, 422, "“Germany” is not a two-letter country code").await;
    let r = owner
        .post(&format!("/org/{org}/visibility"), &[("countries", "fr")])
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        visitor
            .get(&format!("/fairs/{fair}/booths/{code}"))
            .await
            .status(),
        403
    );
    assert_eq!(
        visitor.get(&format!("/exhibitors/{org}")).await.status(),
        403
    );

    // Views are folded per second before they reach the outbox.
    let a = &app.state.stores.analytics;
    let mut booth_views = 0;
    for _ in 0..100 {
        app.settle().await;
        if let MeasureValue::Count(n) = measure(a, Measure::BoothViews, None).await.unwrap() {
            booth_views = n;
        }
        let none = MeasureValue::Distribution(vec![]);
        let industries = measure(a, Measure::BoothViewerIndustries, None)
            .await
            .unwrap();
        let countries = measure(a, Measure::ExhibitViewerCountries, None)
            .await
            .unwrap();
        if booth_views >= 3 && industries != none && countries != none {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(booth_views >= 3, "{booth_views}");
    assert_eq!(
        measure(a, Measure::ExhibitViewerCountries, None)
            .await
            .unwrap(),
        MeasureValue::Distribution(vec![("DE".into(), 1)])
    );
    assert_eq!(
        measure(a, Measure::BoothViewerIndustries, None)
            .await
            .unwrap(),
        MeasureValue::Distribution(vec![("94".into(), 1)])
    );
    for action in ["exhibit.visibility", "org.visibility", "exhibit.media_add"] {
        assert!(!app.audit_actions(action).await.is_empty(), "{action}");
    }
}

both!(rich_exhibits_booth_pages_and_views);
