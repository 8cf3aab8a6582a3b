//! The catalogue as a spreadsheet: the template, an all-or-nothing import
//! reporting bad cells by row and column in the user's language, exports to
//! XLSX and CSV that import again as updates.

use yz_app::catalogue::{COLUMNS, xlsx};

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Client, TestApp};

pub(crate) async fn import(c: &Client, org: &str, bytes: Vec<u8>, lang: &str) -> (u16, String) {
    let token = c.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("catalogue.xlsx"),
        );
    let r = c
        .http
        .post(c.url(&format!("/org/{org}/catalogue")))
        .header("accept-language", lang)
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn row(cells: &[(&str, &str)]) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| {
            cells
                .iter()
                .find(|(k, _)| k == c)
                .map(|(_, v)| (*v).to_owned())
                .unwrap_or_default()
        })
        .collect()
}

async fn catalogue_imports_all_or_nothing_and_exports(b: Backend) {
    let app = TestApp::spawn(b).await;
    let (owner, org, _) = fixtures::org(&app, 1).await;
    let (stranger, _, _) = fixtures::org(&app, 2).await;
    assert_eq!(
        stranger
            .get(&format!("/org/{org}/catalogue"))
            .await
            .status(),
        403
    );

    let t = owner
        .get(&format!("/org/{org}/catalogue/template.xlsx"))
        .await;
    assert_eq!(t.status(), 200);
    let template = t.bytes().await.unwrap().to_vec();
    let table = yz_media::read_table(yz_media::Kind::Xlsx, &template, &Default::default()).unwrap();
    assert_eq!(table.sheets[0].rows[0], COLUMNS.to_vec());
    assert_eq!(table.sheets[1].name, "Instructions");

    let header = COLUMNS.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let mut rows = vec![header.clone()];
    for i in 0..300 {
        let title = format!("LED panel {i}");
        rows.push(row(&[
            ("source_lang", "en"),
            ("title_en", &title),
            ("hs_code", "9405.42"),
            ("price_min", "12.5"),
            ("currency", "USD"),
            ("incoterms", "FOB"),
            ("specs", "Power: 36 W\nColour temperature: 4000 K"),
        ]));
    }
    let mut bad = rows.clone();
    bad[5] = row(&[("source_lang", "en"), ("title_en", "x"), ("hs_code", "94")]);
    bad[9] = row(&[
        ("source_lang", "zh-CN"),
        ("hs_code", "940542"),
        ("price_min", "abc"),
        ("currency", "USD"),
    ]);
    let (status, page) = import(&owner, &org, xlsx(&bad, &[]).unwrap(), "en").await;
    assert_eq!(status, 422);
    for needle in [
        "<td>6</td><td>I</td>",
        "<td>10</td><td>C</td>",
        "<td>10</td><td>K</td>",
        "Nothing was imported",
    ] {
        assert!(page.contains(needle), "{needle}");
    }
    let (_, zh) = import(&owner, &org, xlsx(&bad, &[]).unwrap(), "zh-CN").await;
    assert!(
        zh.contains("未导入任何内容"),
        "errors in the user's language"
    );
    assert!(
        yz_store::exhibits::catalogue(&app.state.stores.main, &org)
            .await
            .unwrap()
            .is_empty(),
        "nothing half-written"
    );
    let (status, _) = import(&owner, &org, b"%PDF-1.4 not a table".to_vec(), "en").await;
    assert_eq!(status, 422);

    let (status, page) = import(&owner, &org, xlsx(&rows, &[]).unwrap(), "en").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("300 products were imported"));
    let stored = yz_store::exhibits::catalogue(&app.state.stores.main, &org)
        .await
        .unwrap();
    assert_eq!(stored.len(), 300);
    assert!(
        stored
            .iter()
            .all(|(e, _)| e.status == yz_domain::status::ExhibitStatus::Draft
                && e.price_min_minor == Some(1250))
    );

    // Export, change a title, import again: an update, not a copy.
    let mut exported = exported_rows(&owner, &org).await;
    assert_eq!(exported.len(), 301);
    exported[1][3] = "LED panel, renamed".into();
    let (status, _) = import(&owner, &org, xlsx(&exported, &[]).unwrap(), "en").await;
    assert_eq!(status, 200);
    let stored = yz_store::exhibits::catalogue(&app.state.stores.main, &org)
        .await
        .unwrap();
    assert_eq!(stored.len(), 300);
    assert!(
        stored
            .iter()
            .any(|(_, t)| t.iter().any(|t| t.title == "LED panel, renamed"))
    );
    let csv = owner.get(&format!("/org/{org}/catalogue/export.csv")).await;
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    assert!(text.contains("LED panel, renamed") && text.contains("Power: 36 W"));
    // Someone else's ids are refused, and nothing is written.
    let (other_owner, other, _) = fixtures::org(&app, 3).await;
    let (status, page) = import(&other_owner, &other, xlsx(&exported, &[]).unwrap(), "en").await;
    assert_eq!(status, 422);
    assert!(page.contains("No product of yours has this id"));
    assert!(
        yz_store::exhibits::catalogue(&app.state.stores.main, &other)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!app.audit_actions("exhibit.import").await.is_empty());
}

both!(catalogue_imports_all_or_nothing_and_exports);

/// The rows of the organisation's catalogue export, header first.
pub async fn exported_rows(owner: &Client, org: &str) -> Vec<Vec<String>> {
    let x = owner
        .get(&format!("/org/{org}/catalogue/export.xlsx"))
        .await
        .bytes()
        .await
        .unwrap();
    yz_media::read_table(yz_media::Kind::Xlsx, &x, &Default::default())
        .unwrap()
        .sheets
        .remove(0)
        .rows
}
