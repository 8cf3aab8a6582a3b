//! What an exhibitor types into the exhibit form, checked: texts per
//! language, HS code, prices in integer minor units of an ISO 4217
//! currency, MOQ, lead time, Incoterms, ports and specifications.

use yz_domain::hs::HsCode;
use yz_domain::lang::Lang;
use yz_store::exhibits::{Exhibit, Text};

use crate::error::AppError;
use crate::error::Msg;

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

/// An amount as the exhibitor types it (the number without the currency),
/// the inverse of [`parse_amount`]; "" for none.
/// A price or a range of prices as buyers read it: `12.50 – 15.00 USD`
/// parts each with its currency, nothing when no price is given.
pub fn price_range(min: Option<i64>, max: Option<i64>, currency: &str) -> String {
    match (min, max) {
        (Some(a), Some(b)) if a != b => format!(
            "{} – {}",
            format_amount(a, currency),
            format_amount(b, currency)
        ),
        (Some(a), _) | (None, Some(a)) => format_amount(a, currency),
        _ => String::new(),
    }
}

pub fn amount_input(minor: Option<i64>, currency: &str) -> String {
    minor
        .map(|m| {
            format_amount(m, currency)
                .split(' ')
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .unwrap_or_default()
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
pub fn parse(input: &ExhibitInput) -> Result<(Exhibit, Vec<Text>), AppError> {
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
        return Err(AppError::Invalid(errors));
    }
    let exhibit = Exhibit {
        id: yz_store::new_id(),
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
        assert_eq!(amount_input(Some(1250), "USD"), "12.50");
        assert_eq!(
            price_range(Some(2500), Some(3250), "USD"),
            "25.00 USD – 32.50 USD"
        );
        assert_eq!(price_range(None, Some(900), "JPY"), "900 JPY");
        assert_eq!(price_range(None, None, "USD"), "");
        assert_eq!(
            parse_amount(&amount_input(Some(1234), "KWD"), "KWD"),
            Some(1234)
        );
        assert_eq!(amount_input(None, "USD"), "");
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
        let Err(AppError::Invalid(errs)) = parse(&bad) else {
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
