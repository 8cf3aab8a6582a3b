//! Exhibits: an organisation's staff write them (title, description and
//! selling points per language, the source language marked), give trade
//! terms and specifications, add images, and publish once the organisation
//! is verified. Publishing counts an exhibit (S5.5.1).

use serde_json::json;
use yz_domain::hs::HsCode;
use yz_domain::lang::Lang;
use yz_domain::measures::{AnalyticsFacts, EventKind};
use yz_store::exhibits::{self, Exhibit, Text};
use yz_store::{organisations, outbox};

use super::{Failure, ServiceResult};
use crate::audit::{self, Actor};
use crate::error::{Msg, WebError};
use crate::state::AppState;

pub const INCOTERMS: [&str; 11] = [
    "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF",
];
/// Thumbnail sizes the pages use (longest side, px).
pub const THUMBS: [u32; 3] = [160, 480, 1200];

#[derive(Debug, Clone, Default)]
pub struct ExhibitInput {
    pub source_lang: String,
    pub title_zh: String,
    pub title_en: String,
    pub description_zh: String,
    pub description_en: String,
    pub points_zh: String,
    pub points_en: String,
    pub hs_code: String,
    pub model_number: String,
    pub price_min: String,
    pub price_max: String,
    pub currency: String,
    pub moq: String,
    pub lead_time_days: String,
    pub incoterms: String,
    pub ports: String,
    pub specs: String,
    /// Texts in the other public languages (es, fr, ...): (lang, title,
    /// description, selling points).
    pub extra: Vec<(String, String, String, String)>,
}

/// The languages edited beyond zh-CN and en.
pub fn extra_langs() -> impl Iterator<Item = Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| !matches!(l, Lang::ZhCn | Lang::En))
}

/// Decimal digits of a currency's minor unit (ISO 4217).
fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
        _ => 2,
    }
}

/// "12.5" in USD -> 1250 minor units; None for anything that is not a
/// non-negative amount with at most the currency's decimals.
pub fn parse_amount(raw: &str, currency: &str) -> Option<i64> {
    let digits = minor_digits(currency);
    let t = raw.trim().replace(',', "");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > digits as usize
        || whole.len() > 12
    {
        return None;
    }
    let mut frac = frac.to_owned();
    while frac.len() < digits as usize {
        frac.push('0');
    }
    format!("{whole}{frac}").parse().ok()
}

pub fn format_amount(minor: i64, currency: &str) -> String {
    let d = minor_digits(currency);
    if d == 0 {
        return format!("{minor} {currency}");
    }
    let div = 10i64.pow(d);
    format!(
        "{}.{:0width$} {currency}",
        minor / div,
        minor % div,
        width = d as usize
    )
}

fn optional_number(raw: &str, max: i64, key: &'static str, errors: &mut Vec<Msg>) -> Option<i64> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Some(n),
        _ => {
            errors.push(Msg::new(key));
            None
        }
    }
}

/// Checks the form into an exhibit and its texts.
pub fn parse(input: &ExhibitInput) -> Result<(Exhibit, Vec<Text>), Failure> {
    let mut errors = Vec::new();
    let source = Lang::parse(&input.source_lang)
        .map(|l| l.tag().to_owned())
        .unwrap_or_else(|| "zh-CN".into());
    let clean = |s: &str, n: usize| {
        s.trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .take(n)
            .collect::<String>()
    };
    let mut texts = Vec::new();
    for (lang, title, desc, points) in [
        (
            "zh-CN",
            &input.title_zh,
            &input.description_zh,
            &input.points_zh,
        ),
        (
            "en",
            &input.title_en,
            &input.description_en,
            &input.points_en,
        ),
    ]
    .into_iter()
    .chain(
        input
            .extra
            .iter()
            .filter(|x| Lang::parse(&x.0).is_some_and(|l| l.tag() == x.0))
            .map(|x| (x.0.as_str(), &x.1, &x.2, &x.3)),
    ) {
        let title = clean(title, 200);
        if title.is_empty() {
            continue;
        }
        texts.push(Text {
            lang: lang.into(),
            title,
            description: clean(desc, 10_000),
            selling_points: clean(points, 2_000),
            machine: false,
        });
    }
    if !texts.iter().any(|t| t.lang == source) {
        errors.push(Msg::new("error-exhibit-title"));
    }
    let hs_code = match HsCode::parse(&input.hs_code) {
        Ok(h) if h.as_str().len() >= 6 => h.as_str().to_owned(),
        _ => {
            errors.push(Msg::new("error-hs-code").with("code", input.hs_code.trim()));
            String::new()
        }
    };
    let currency = input.currency.trim().to_ascii_uppercase();
    let priced = !input.price_min.trim().is_empty() || !input.price_max.trim().is_empty();
    if priced && (currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase())) {
        errors.push(Msg::new("error-currency"));
    }
    let amount = |raw: &str, errors: &mut Vec<Msg>| {
        if raw.trim().is_empty() {
            return None;
        }
        let a = parse_amount(raw, &currency);
        if a.is_none() {
            errors.push(Msg::new("error-price").with("value", raw.trim()));
        }
        a
    };
    let price_min_minor = amount(&input.price_min, &mut errors);
    let price_max_minor = amount(&input.price_max, &mut errors);
    if let (Some(a), Some(b)) = (price_min_minor, price_max_minor)
        && a > b
    {
        errors.push(Msg::new("error-price-order"));
    }
    let moq = optional_number(&input.moq, 1_000_000_000, "error-moq", &mut errors);
    let lead_time_days =
        optional_number(&input.lead_time_days, 3650, "error-lead-time", &mut errors);
    let mut incoterms = Vec::new();
    for t in input
        .incoterms
        .split([',', ' '])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let up = t.to_ascii_uppercase();
        if INCOTERMS.contains(&up.as_str()) {
            if !incoterms.contains(&up) {
                incoterms.push(up);
            }
        } else {
            errors.push(Msg::new("error-incoterm").with("term", t));
        }
    }
    let ports = input
        .ports
        .split([',', ';'])
        .map(|p| clean(p, 80))
        .filter(|p| !p.is_empty())
        .take(20)
        .collect();
    let mut specs = Vec::new();
    for line in input
        .specs
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(100)
    {
        match line.split_once([':', '=', '：']) {
            Some((k, v)) if !k.trim().is_empty() => specs.push((clean(k, 100), clean(v, 500))),
            _ => errors.push(
                Msg::new("error-spec-line").with("line", line.chars().take(60).collect::<String>()),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::Form(errors));
    }
    let exhibit = Exhibit {
        id: yz_store::new_id(),
        status: "draft".into(),
        source_lang: source,
        hs_code,
        model_number: clean(&input.model_number, 80),
        price_min_minor,
        price_max_minor,
        currency: if priced { currency } else { String::new() },
        moq,
        lead_time_days,
        incoterms,
        ports,
        specs,
        ..Default::default()
    };
    Ok((exhibit, texts))
}

pub async fn create(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    input: &ExhibitInput,
) -> ServiceResult<String> {
    organisations::by_id(&state.stores.main, org_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let (mut e, texts) = parse(input)?;
    e.org_id = org_id.to_owned();
    e.created_by = actor.id.clone();
    let mut tx = state.stores.main.begin().await?;
    exhibits::save(&mut tx, &e, state.now()).await?;
    for t in &texts {
        exhibits::put_text(&mut tx, &e.id, t).await?;
    }
    state.commit(tx).await?;
    audit::ok(
        state,
        actor,
        "exhibit.create",
        &format!("exhibit:{}", e.id),
        json!({"org": org_id}),
    )
    .await?;
    Ok(e.id)
}

/// The exhibit, if it belongs to the organisation (else 404).
pub async fn of_org(state: &AppState, org_id: &str, id: &str) -> Result<Exhibit, WebError> {
    exhibits::by_id(&state.stores.main, id)
        .await?
        .filter(|e| e.org_id == org_id)
        .ok_or(WebError::NotFound)
}

pub async fn update(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    id: &str,
    input: &ExhibitInput,
) -> ServiceResult<()> {
    let current = of_org(state, org_id, id).await?;
    let (mut e, mut texts) = parse(input)?;
    let stored = exhibits::texts(&state.stores.main, id).await?;
    for t in &mut texts {
        // A machine draft saved unchanged stays a machine draft.
        t.machine = stored.iter().any(|s| {
            s.machine
                && s.lang == t.lang
                && s.title == t.title
                && s.description == t.description
                && s.selling_points == t.selling_points
        });
    }
    e.id = current.id.clone();
    e.org_id = current.org_id.clone();
    e.status = current.status.clone();
    e.created_by = current.created_by.clone();
    let mut tx = state.stores.main.begin().await?;
    exhibits::save(&mut tx, &e, state.now()).await?;
    for t in &texts {
        exhibits::put_text(&mut tx, &e.id, t).await?;
    }
    state.commit(tx).await?;
    audit::ok(
        state,
        actor,
        "exhibit.update",
        &format!("exhibit:{id}"),
        json!({}),
    )
    .await?;
    Ok(())
}

/// What publishing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Live now.
    Live,
    /// Waiting for the fair's reviewers.
    SentForReview,
}

/// Publishes an exhibit of a verified organisation: at once where every fair
/// it exhibits at allows that, else it goes to review.
pub async fn publish(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    id: &str,
) -> ServiceResult<Published> {
    let e = of_org(state, org_id, id).await?;
    let org = organisations::by_id(&state.stores.main, org_id)
        .await?
        .ok_or(WebError::NotFound)?;
    if !org.verified() {
        return Err(Failure::form("error-exhibit-unverified"));
    }
    if e.status == "published" {
        return Err(Failure::form("error-exhibit-published"));
    }
    if e.review == "pending" {
        return Err(Failure::form("error-exhibit-pending"));
    }
    if yz_store::fairs::exhibits_need_review(&state.stores.main, org_id).await? {
        let mut tx = state.stores.main.begin().await?;
        if !exhibits::submit(&mut tx, id, state.now()).await? {
            return Err(Failure::form("error-exhibit-pending"));
        }
        state.commit(tx).await?;
        audit::ok(
            state,
            actor,
            "exhibit.submit",
            &format!("exhibit:{id}"),
            json!({}),
        )
        .await?;
        return Ok(Published::SentForReview);
    }
    go_live(state, &e).await?;
    audit::ok(
        state,
        actor,
        "exhibit.publish",
        &format!("exhibit:{id}"),
        json!({}),
    )
    .await?;
    Ok(Published::Live)
}

/// Publishes in one transaction with the S5.5.1 event.
async fn go_live(state: &AppState, e: &Exhibit) -> ServiceResult<()> {
    let now = state.now();
    let mut tx = state.stores.main.begin().await?;
    if !exhibits::publish(&mut tx, &e.id, now).await? {
        return Err(Failure::form("error-exhibit-published"));
    }
    let facts = AnalyticsFacts {
        actor_id: Some(e.org_id.clone()),
        industry: Some(e.hs_code.chars().take(2).collect()),
        ..Default::default()
    };
    outbox::enqueue(
        &mut tx,
        EventKind::ExhibitPublished.as_str(),
        &json!(facts),
        now,
    )
    .await?;
    notify_owner(state, &mut tx, e, true, "").await?;
    state.commit(tx).await?;
    Ok(())
}

async fn notify_owner(
    state: &AppState,
    tx: &mut yz_store::db::Tx,
    e: &Exhibit,
    approved: bool,
    reason: &str,
) -> ServiceResult<()> {
    if e.review != "pending" {
        return Ok(());
    }
    let Some(org) = organisations::by_id(&state.stores.main, &e.org_id).await? else {
        return Ok(());
    };
    if let Some((to, lang)) = super::organisations::owner_email(state, &org).await? {
        let title = exhibits::texts(&state.stores.main, &e.id)
            .await?
            .into_iter()
            .find(|t| t.lang == e.source_lang)
            .map(|t| t.title)
            .unwrap_or_default();
        let mail = super::mails::exhibit_decided(lang, &to, &title, approved, reason);
        super::mails::queue(tx, &mail, state.now()).await?;
    }
    Ok(())
}

/// A reviewer approves (publishes) or rejects a pending exhibit.
pub async fn decide(
    state: &AppState,
    actor: &Actor,
    id: &str,
    approve: bool,
    reason: &str,
) -> ServiceResult<()> {
    let e = exhibits::by_id(&state.stores.main, id)
        .await?
        .ok_or(WebError::NotFound)?;
    if e.review != "pending" {
        return Err(Failure::form("error-exhibit-not-pending"));
    }
    let reason: String = reason.trim().chars().take(2000).collect();
    if approve {
        go_live(state, &e).await?;
    } else {
        if reason.is_empty() {
            return Err(Failure::form("error-review-reason"));
        }
        let mut tx = state.stores.main.begin().await?;
        if !exhibits::reject(&mut tx, id, &reason, state.now()).await? {
            return Err(Failure::form("error-exhibit-not-pending"));
        }
        notify_owner(state, &mut tx, &e, false, &reason).await?;
        state.commit(tx).await?;
    }
    let action = if approve {
        "exhibit.approve"
    } else {
        "exhibit.reject"
    };
    audit::ok(
        state,
        actor,
        action,
        &format!("exhibit:{id}"),
        json!({"reason": reason}),
    )
    .await?;
    Ok(())
}

/// Fills every language the exhibit lacks with machine drafts translated
/// from its source text. Returns how many languages were filled.
pub async fn translate_missing(
    state: &AppState,
    actor: &Actor,
    org_id: &str,
    id: &str,
) -> ServiceResult<usize> {
    let e = of_org(state, org_id, id).await?;
    let translator = state
        .translator
        .clone()
        .ok_or(Failure::form("error-translate-unavailable"))?;
    let texts = exhibits::texts(&state.stores.main, id).await?;
    let source_lang = Lang::parse(&e.source_lang).unwrap_or(Lang::DEFAULT);
    let source = texts
        .iter()
        .find(|t| t.lang == e.source_lang)
        .cloned()
        .ok_or(Failure::form("error-exhibit-title"))?;
    let parts = vec![
        source.title.clone(),
        source.description.clone(),
        source.selling_points.clone(),
    ];
    let mut drafts = Vec::new();
    for lang in Lang::ALL {
        if texts.iter().any(|t| t.lang == lang.tag()) {
            continue;
        }
        let out = translator
            .translate(&parts, source_lang, lang)
            .await
            .map_err(|err| {
                tracing::warn!(error = %err, "machine translation failed");
                Failure::form("error-translate-unavailable")
            })?;
        let cut = |s: &str, n: usize| {
            s.chars()
                .filter(|c| !c.is_control() || *c == '\n')
                .take(n)
                .collect::<String>()
        };
        drafts.push(Text {
            lang: lang.tag().to_owned(),
            title: cut(out.first().map(String::as_str).unwrap_or(""), 200),
            description: cut(out.get(1).map(String::as_str).unwrap_or(""), 10_000),
            selling_points: cut(out.get(2).map(String::as_str).unwrap_or(""), 2_000),
            machine: true,
        });
    }
    let mut tx = state.stores.main.begin().await?;
    for t in &drafts {
        exhibits::put_text(&mut tx, id, t).await?;
    }
    state.commit(tx).await?;
    audit::ok(
        state,
        actor,
        "exhibit.translate",
        &format!("exhibit:{id}"),
        json!({"languages": drafts.iter().map(|t| t.lang.clone()).collect::<Vec<_>>()}),
    )
    .await?;
    Ok(drafts.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn amounts_in_minor_units() {
        assert_eq!(parse_amount("12.5", "USD"), Some(1250));
        assert_eq!(parse_amount("1,200", "USD"), Some(120_000));
        assert_eq!(parse_amount("1200", "JPY"), Some(1200));
        assert_eq!(parse_amount("12.5", "JPY"), None);
        assert_eq!(parse_amount("-1", "USD"), None);
        assert_eq!(parse_amount("1.234", "USD"), None);
        assert_eq!(parse_amount("1.234", "KWD"), Some(1234));
        assert_eq!(format_amount(1250, "USD"), "12.50 USD");
        assert_eq!(format_amount(1200, "JPY"), "1200 JPY");
    }

    #[test]
    fn parse_reports_every_problem() {
        let bad = ExhibitInput {
            source_lang: "en".into(),
            hs_code: "94".into(),
            price_min: "9".into(),
            price_max: "3".into(),
            currency: "usd".into(),
            incoterms: "FOB, XYZ".into(),
            specs: "no separator".into(),
            ..Default::default()
        };
        let Err(Failure::Form(errs)) = parse(&bad) else {
            panic!("should fail")
        };
        let keys: Vec<_> = errs.iter().map(|m| m.key).collect();
        for k in [
            "error-exhibit-title",
            "error-hs-code",
            "error-price-order",
            "error-incoterm",
            "error-spec-line",
        ] {
            assert!(keys.contains(&k), "{k} in {keys:?}");
        }
        let good = ExhibitInput {
            source_lang: "en".into(),
            title_en: "Oak dining chair".into(),
            hs_code: "9401.61".into(),
            price_min: "25".into(),
            price_max: "32.5".into(),
            currency: "usd".into(),
            incoterms: "fob cif".into(),
            specs: "Material: solid oak\nSeat height = 46 cm".into(),
            ..Default::default()
        };
        let (e, texts) = parse(&good).map_err(|_| ()).unwrap();
        assert_eq!(
            (e.price_min_minor, e.price_max_minor, e.currency.as_str()),
            (Some(2500), Some(3250), "USD")
        );
        assert_eq!(e.incoterms, vec!["FOB", "CIF"]);
        assert_eq!(e.specs.len(), 2);
        assert_eq!(texts.len(), 1);
    }
}
