//! Machine translation behind a trait (S4.1.2, S6.2.2). The real provider
//! speaks the LibreTranslate HTTP API, which a self-hosted LibreTranslate
//! (or any server implementing it) answers; paid services plug in behind
//! the same trait. Results are drafts: the exhibitor reviews and edits them.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde::Deserialize;
use yz_domain::lang::Lang;

#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    #[error("translation service unreachable: {0}")]
    Unreachable(String),
    #[error("translation service answered {status}: {body}")]
    Refused { status: u16, body: String },
    #[error("translation service answered something unexpected: {0}")]
    Protocol(String),
}

pub type Translation<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<String>, TranslateError>> + Send + 'a>>;

/// Translates plain texts from one interface language into another, in
/// order (one result per input).
pub trait Translator: Send + Sync {
    fn translate<'a>(&'a self, texts: &'a [String], from: Lang, to: Lang) -> Translation<'a>;
}

/// The language code LibreTranslate uses.
pub fn libre_code(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "zh",
        other => other.tag(),
    }
}

/// A LibreTranslate server (`POST {url}/translate`).
pub struct LibreTranslate {
    url: String,
    key: Option<String>,
    http: reqwest::Client,
}

impl LibreTranslate {
    pub fn new(url: &str, key: Option<String>) -> Result<LibreTranslate, TranslateError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(60))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| TranslateError::Unreachable(e.to_string()))?;
        Ok(LibreTranslate {
            url: url.trim_end_matches('/').to_owned(),
            key,
            http,
        })
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Translated {
    Many(Vec<String>),
    One(String),
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    translated_text: Translated,
}

impl Translator for LibreTranslate {
    fn translate<'a>(&'a self, texts: &'a [String], from: Lang, to: Lang) -> Translation<'a> {
        Box::pin(async move {
            if texts.is_empty() {
                return Ok(vec![]);
            }
            let mut body = serde_json::json!({
                "q": texts,
                "source": libre_code(from),
                "target": libre_code(to),
                "format": "text",
            });
            if let Some(k) = &self.key {
                body["api_key"] = serde_json::Value::String(k.clone());
            }
            let res = self
                .http
                .post(format!("{}/translate", self.url))
                .json(&body)
                .send()
                .await
                .map_err(|e| TranslateError::Unreachable(e.to_string()))?;
            let status = res.status();
            if !status.is_success() {
                let body: String = res
                    .text()
                    .await
                    .unwrap_or_default()
                    .chars()
                    .take(300)
                    .collect();
                return Err(TranslateError::Refused {
                    status: status.as_u16(),
                    body,
                });
            }
            let answer: Answer = res
                .json()
                .await
                .map_err(|e| TranslateError::Protocol(e.to_string()))?;
            let out = match answer.translated_text {
                Translated::Many(v) => v,
                Translated::One(s) => vec![s],
            };
            if out.len() != texts.len() {
                return Err(TranslateError::Protocol(format!(
                    "{} texts sent, {} returned",
                    texts.len(),
                    out.len()
                )));
            }
            Ok(out)
        })
    }
}
