//! The exhibit form as submitted (flattened per-language fields) and as
//! shown again, to and from the service's [`ExhibitInput`].

use serde::Deserialize;
use yz_domain::lang::Lang;

use yz_app::exhibits::{self as svc, Exhibit, ExhibitInput, Text, amount_input};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExhibitForm {
    #[serde(default)]
    pub source_lang: String,
    #[serde(default)]
    pub title_zh: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(default)]
    pub description_zh: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub points_zh: String,
    #[serde(default)]
    pub points_en: String,
    #[serde(default)]
    pub hs_code: String,
    #[serde(default)]
    pub model_number: String,
    #[serde(default)]
    pub price_min: String,
    #[serde(default)]
    pub price_max: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub moq: String,
    #[serde(default)]
    pub lead_time_days: String,
    #[serde(default)]
    pub incoterms: String,
    #[serde(default)]
    pub ports: String,
    #[serde(default)]
    pub specs: String,
    /// `title_es`, `description_fr`, `points_ja`, ...: the other languages.
    #[serde(flatten)]
    pub extra: std::collections::HashMap<String, String>,
}

/// One extra language's fields in the editor.
pub struct ExtraText {
    pub lang: &'static str,
    pub name: &'static str,
    pub title: String,
    pub description: String,
    pub points: String,
    pub machine: bool,
}

impl ExhibitForm {
    pub(crate) fn input(&self) -> ExhibitInput {
        ExhibitInput {
            source_lang: self.source_lang.clone(),
            title_zh: self.title_zh.clone(),
            title_en: self.title_en.clone(),
            description_zh: self.description_zh.clone(),
            description_en: self.description_en.clone(),
            points_zh: self.points_zh.clone(),
            points_en: self.points_en.clone(),
            hs_code: self.hs_code.clone(),
            model_number: self.model_number.clone(),
            price_min: self.price_min.clone(),
            price_max: self.price_max.clone(),
            currency: self.currency.clone(),
            moq: self.moq.clone(),
            lead_time_days: self.lead_time_days.clone(),
            incoterms: self.incoterms.clone(),
            ports: self.ports.clone(),
            specs: self.specs.clone(),
            extra: svc::extra_langs()
                .map(|l| {
                    let get = |f: &str| self.extra_field(f, l);
                    (
                        l.tag().to_owned(),
                        get("title"),
                        get("description"),
                        get("points"),
                    )
                })
                .collect(),
        }
    }

    /// A flattened field of another language (`title_fr` and the like).
    fn extra_field(&self, field: &str, lang: Lang) -> String {
        self.extra
            .get(&format!("{field}_{}", lang.tag()))
            .cloned()
            .unwrap_or_default()
    }

    /// The other languages' fields, with whether each is a machine draft.
    pub fn extras(&self, texts: &[Text]) -> Vec<ExtraText> {
        svc::extra_langs()
            .map(|l| {
                let get = |f: &str| self.extra_field(f, l);
                ExtraText {
                    lang: l.tag(),
                    name: l.native_name(),
                    title: get("title"),
                    description: get("description"),
                    points: get("points"),
                    machine: texts.iter().any(|t| t.lang == l.tag() && t.machine),
                }
            })
            .collect()
    }

    pub(crate) fn of(e: &Exhibit, texts: &[Text]) -> ExhibitForm {
        let text_in = |lang: &str| {
            texts
                .iter()
                .find(|t| t.lang == lang)
                .cloned()
                .unwrap_or_default()
        };
        let (zh, en) = (text_in("zh-CN"), text_in("en"));
        let amount = |m: Option<i64>| amount_input(m, &e.currency);
        ExhibitForm {
            source_lang: e.source_lang.clone(),
            title_zh: zh.title,
            title_en: en.title,
            description_zh: zh.description,
            description_en: en.description,
            points_zh: zh.selling_points,
            points_en: en.selling_points,
            hs_code: yz_domain::hs::dotted(&e.hs_code),
            model_number: e.model_number.clone(),
            price_min: amount(e.price_min_minor),
            price_max: amount(e.price_max_minor),
            currency: e.currency.clone(),
            moq: e.moq.map(|n| n.to_string()).unwrap_or_default(),
            lead_time_days: e.lead_time_days.map(|n| n.to_string()).unwrap_or_default(),
            incoterms: e.incoterms.join(", "),
            ports: e.ports.join(", "),
            extra: texts
                .iter()
                .filter(|t| t.lang != "zh-CN" && t.lang != "en")
                .flat_map(|t| {
                    [
                        (format!("title_{}", t.lang), t.title.clone()),
                        (format!("description_{}", t.lang), t.description.clone()),
                        (format!("points_{}", t.lang), t.selling_points.clone()),
                    ]
                })
                .collect(),
            specs: e
                .specs
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}
