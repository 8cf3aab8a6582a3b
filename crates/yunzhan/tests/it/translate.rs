//! Machine drafts through the LibreTranslate HTTP API, against a local
//! server that speaks it: `POST /translate` with `q` (an array), `source`,
//! `target`, `format`, answering `translatedText` in the same order.
//! Drafts are flagged as such until the exhibitor changes them; visitors
//! see their language.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::both;
use crate::fixtures;
use crate::harness::{Backend, Options, TestApp, expect, location};

/// Requests the server received: (source, target, texts).
type Seen = Arc<Mutex<Vec<(String, String, Vec<String>)>>>;

/// A LibreTranslate stand-in: "translates" by tagging each text with the
/// target language; answers 400 like LibreTranslate to malformed requests.
async fn libretranslate() -> (String, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen: Seen = Arc::default();
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let log = log.clone();
            tokio::spawn(async move {
                let mut r = BufReader::new(sock);
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let request_line = line.clone();
                    let mut len = 0usize;
                    loop {
                        let mut h = String::new();
                        r.read_line(&mut h).await.unwrap();
                        if h == "\r\n" {
                            break;
                        }
                        if let Some((k, v)) = h.split_once(':')
                            && k.eq_ignore_ascii_case("content-length")
                        {
                            len = v.trim().parse().unwrap();
                        }
                    }
                    let mut body = vec![0; len];
                    r.read_exact(&mut body).await.unwrap();
                    let req: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                    let (status, answer) = match (
                        request_line.starts_with("POST /translate "),
                        req["q"].as_array(),
                        req["source"].as_str(),
                        req["target"].as_str(),
                        req["format"].as_str(),
                    ) {
                        (true, Some(q), Some(src), Some(tgt), Some("text")) => {
                            let texts: Vec<String> = q
                                .iter()
                                .map(|v| v.as_str().unwrap_or("").to_owned())
                                .collect();
                            log.lock()
                                .unwrap()
                                .push((src.into(), tgt.into(), texts.clone()));
                            let out: Vec<String> = texts
                                .iter()
                                .map(|t| {
                                    if t.is_empty() {
                                        String::new()
                                    } else {
                                        format!("[{tgt}] {t}")
                                    }
                                })
                                .collect();
                            ("200 OK", serde_json::json!({ "translatedText": out }))
                        }
                        _ => (
                            "400 Bad Request",
                            serde_json::json!({ "error": "Invalid request" }),
                        ),
                    };
                    let body = answer.to_string();
                    let res = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    r.get_mut().write_all(res.as_bytes()).await.unwrap();
                }
            });
        }
    });
    (url, seen)
}

async fn machine_drafts_fill_missing_languages(b: Backend) {
    let (url, seen) = libretranslate().await;
    let app = TestApp::with(
        b,
        Options {
            translate_url: Some(url),
            ..Options::default()
        },
    )
    .await;
    let fair = fixtures::fair(&app, "translated", false).await;
    let (owner, org, _) = fixtures::exhibitor(&app, 1, &fair).await;
    let r = owner
        .post(
            &format!("/org/{org}/exhibits"),
            &[
                ("source_lang", "zh-CN"),
                ("title_zh", "实木餐椅"),
                ("description_zh", "橡木，水性漆。"),
                ("title_en", "Oak dining chair"),
                ("hs_code", "940161"),
            ],
        )
        .await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    let edit = owner.page(&format!("/org/{org}/exhibits/{id}")).await;
    assert!(edit.contains("id=\"translate\""));
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/translate"), &[])
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("6 languages were filled"), "{page}");
    {
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 6, "one request per missing language");
        assert!(
            seen.iter()
                .all(|(src, _, q)| src == "zh" && q[0] == "实木餐椅")
        );
        let mut targets: Vec<_> = seen.iter().map(|s| s.1.as_str()).collect();
        targets.sort();
        assert_eq!(targets, ["ar", "es", "fr", "ja", "pt", "ru"]);
    }
    let texts = yz_store::exhibits::texts(&app.state.stores.main, &id)
        .await
        .unwrap();
    let es = texts.iter().find(|t| t.lang == "es").unwrap();
    assert!(es.machine && es.title == "[es] 实木餐椅");
    assert!(
        !texts.iter().find(|t| t.lang == "en").unwrap().machine,
        "human text kept"
    );

    // Saving the form unchanged keeps the drafts flagged; an edited draft
    // becomes the exhibitor's own text.
    let mut form: Vec<(String, String)> = vec![
        ("source_lang".into(), "zh-CN".into()),
        ("title_zh".into(), "实木餐椅".into()),
        ("description_zh".into(), "橡木，水性漆。".into()),
        ("title_en".into(), "Oak dining chair".into()),
        ("hs_code".into(), "940161".into()),
    ];
    for t in texts.iter().filter(|t| t.lang != "zh-CN" && t.lang != "en") {
        let title = if t.lang == "fr" {
            "Chaise en chêne massif".to_owned()
        } else {
            t.title.clone()
        };
        form.push((format!("title_{}", t.lang), title));
        form.push((format!("description_{}", t.lang), t.description.clone()));
        form.push((format!("points_{}", t.lang), t.selling_points.clone()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        owner
            .post(&format!("/org/{org}/exhibits/{id}"), &pairs)
            .await
            .status(),
        200
    );
    let texts = yz_store::exhibits::texts(&app.state.stores.main, &id)
        .await
        .unwrap();
    assert!(texts.iter().find(|t| t.lang == "es").unwrap().machine);
    let fr = texts.iter().find(|t| t.lang == "fr").unwrap();
    assert!(!fr.machine && fr.title == "Chaise en chêne massif");

    // Visitors see their language; a machine draft says so.
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/publish"), &[])
        .await;
    assert!(r.text().await.unwrap().contains("exhibit is published"));
    let mut ja = app.client();
    ja.lang = "ja".into();
    let page = ja.page(&format!("/exhibits/{id}")).await;
    assert!(
        page.contains("[ja] 实木餐椅") && page.contains("lang=\"ja\""),
        "{page}"
    );
    assert!(
        page.contains("機械翻訳"),
        "the machine-draft notice, in Japanese"
    );
    let mut fr_client = app.client();
    fr_client.lang = "fr".into();
    let page = fr_client.page(&format!("/exhibits/{id}")).await;
    assert!(page.contains("Chaise en chêne massif"));
    assert!(!app.audit_actions("exhibit.translate").await.is_empty());
}

async fn translation_failures_are_reported_not_fatal(b: Backend) {
    // Nothing listens there.
    let app = TestApp::with(
        b,
        Options {
            translate_url: Some("http://127.0.0.1:9".into()),
            ..Options::default()
        },
    )
    .await;
    let (owner, org, _) = fixtures::org(&app, 1).await;
    let r = owner
        .post(
            &format!("/org/{org}/exhibits"),
            &[
                ("source_lang", "en"),
                ("title_en", "Lamp"),
                ("hs_code", "940542"),
            ],
        )
        .await;
    let id = location(&r).rsplit('/').next().unwrap().to_owned();
    let r = owner
        .post(&format!("/org/{org}/exhibits/{id}/translate"), &[])
        .await;
    expect(r, 422, "translation service is not available").await;
    assert_eq!(
        yz_store::exhibits::texts(&app.state.stores.main, &id)
            .await
            .unwrap()
            .len(),
        1
    );
}

both!(machine_drafts_fill_missing_languages);
both!(translation_failures_are_reported_not_fatal);
