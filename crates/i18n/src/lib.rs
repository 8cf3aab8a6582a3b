//! Every user-facing string goes through Fluent (`locales/<lang>/*.ftl`).
//! All eight languages are complete (a test compares their keys); a missing
//! key would fall back to English. ar exercises the right-to-left layout.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use yz_domain::lang::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would end up inside attributes and e-mails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static ZH_CN: LanguageIdentifier = langid!("zh-CN");
static EN: LanguageIdentifier = langid!("en");
static AR: LanguageIdentifier = langid!("ar");
static ES: LanguageIdentifier = langid!("es");
static FR: LanguageIdentifier = langid!("fr");
static RU: LanguageIdentifier = langid!("ru");
static PT: LanguageIdentifier = langid!("pt");
static JA: LanguageIdentifier = langid!("ja");

fn id(lang: Lang) -> &'static LanguageIdentifier {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
        Lang::Ar => &AR,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
        Lang::Pt => &PT,
        Lang::Ja => &JA,
    }
}

/// Whole numbers go to Fluent as numbers, so plural variants
/// (`[one]`, `[few]`, `[many]`) are chosen by the language's rules.
fn value(v: &str) -> FluentValue<'static> {
    match v.parse::<i64>() {
        Ok(n) if !v.starts_with('+') && (v == "0" || !v.starts_with('0')) => FluentValue::from(n),
        _ => FluentValue::from(v.to_owned()),
    }
}

/// The translator handed to every template and error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub lang: Lang,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// The message for `key`; the key itself if no language has it (a test
    /// makes sure none is missing).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(id(self.lang), key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message for `key` with named arguments.
    pub fn ta(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), value(v)))
            .collect();
        LOCALES
            .try_lookup_with_args(id(self.lang), key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// Whether `key` exists in this very language (no fallback).
    pub fn has_own(&self, key: &str) -> bool {
        ftl_keys(self.lang).iter().any(|k| k == key)
    }

    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    pub fn dir(&self) -> &'static str {
        if self.lang.is_rtl() { "rtl" } else { "ltr" }
    }
}

/// The message ids defined in a language's files (compiled in).
pub fn ftl_keys(lang: Lang) -> Vec<String> {
    let src = match lang {
        Lang::ZhCn => include_str!("../locales/zh-CN/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
        Lang::Ar => include_str!("../locales/ar/main.ftl"),
        Lang::Es => include_str!("../locales/es/main.ftl"),
        Lang::Fr => include_str!("../locales/fr/main.ftl"),
        Lang::Ru => include_str!("../locales/ru/main.ftl"),
        Lang::Pt => include_str!("../locales/pt/main.ftl"),
        Lang::Ja => include_str!("../locales/ja/main.ftl"),
    };
    src.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn complete_languages_have_the_same_keys() {
        let en: BTreeSet<_> = ftl_keys(Lang::En).into_iter().collect();
        for lang in Lang::ALL {
            let other: BTreeSet<_> = ftl_keys(lang).into_iter().collect();
            let name = lang.tag();
            let only_other: Vec<_> = other.difference(&en).collect();
            let only_en: Vec<_> = en.difference(&other).collect();
            assert!(
                only_other.is_empty() && only_en.is_empty(),
                "keys only in {name}: {only_other:?}; keys only in en: {only_en:?}"
            );
        }
        assert!(en.len() > 50);
    }

    #[test]
    fn no_duplicate_keys() {
        for lang in Lang::ALL {
            let keys = ftl_keys(lang);
            let set: BTreeSet<_> = keys.iter().collect();
            assert_eq!(set.len(), keys.len(), "{lang:?} has a duplicate key");
        }
    }

    /// Every key the code and templates use exists in en (and so in zh-CN).
    #[test]
    fn every_used_key_exists() {
        let en: BTreeSet<_> = ftl_keys(Lang::En).into_iter().collect();
        let root = concat!(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut files = Vec::new();
        // Every crate that shows text to people.
        for dir in [
            "../web/src",
            "../web/templates",
            "../app/src",
            "../yunzhan/src",
        ] {
            collect(&std::path::Path::new(root).join(dir), &mut files);
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for key in used_keys(&text) {
                if !en.contains(&key) {
                    missing.push(format!("{}: {key}", f.display()));
                }
            }
        }
        assert!(missing.is_empty(), "missing keys: {missing:#?}");
    }

    fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                collect(&p, out);
            } else if p.ends_with("i18n/src/lib.rs") {
                // This file's tests look up keys that must not exist.
            } else if p
                .extension()
                .is_some_and(|x| x == "rs" || x == "html" || x == "txt")
            {
                out.push(p);
            }
        }
    }

    /// Finds `t("key")`, `ta("key"`, `msg("key"`, `Msg::new("key"`, `form("key"` and
    /// `invalid("key"`.
    fn used_keys(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for pat in [
            "t(\"",
            "ta(\"",
            "msg(\"",
            "Msg::new(\"",
            "form(\"",
            "invalid(\"",
        ] {
            let mut rest = text;
            while let Some(i) = rest.find(pat) {
                let before = rest[..i].chars().last();
                rest = &rest[i + pat.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    let k = &rest[..end];
                    if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        out.push(k.to_owned());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn lookups_work_and_fall_back() {
        let zh = I18n::new(Lang::ZhCn);
        let en = I18n::new(Lang::En);
        assert_ne!(zh.t("nav-home"), en.t("nav-home"));
        assert_eq!(I18n::new(Lang::Ar).dir(), "rtl");
        assert_eq!(en.t("no-such-key-anywhere"), "no-such-key-anywhere");
        assert!(
            en.ta("audit-verify-ok", &[("count", "3".into())])
                .contains('3')
        );
    }
}
