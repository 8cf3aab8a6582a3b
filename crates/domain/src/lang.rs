//! Interface languages: zh-CN and en, the platform's working languages, and
//! the public pages' languages es, fr, ru, ar (right to left), pt and ja.
//! All eight carry every message (a test compares them).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "ja")]
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 8] = [
        Lang::ZhCn,
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::Ru,
        Lang::Ar,
        Lang::Pt,
        Lang::Ja,
    ];
    /// The fallback when nothing else decides.
    pub const DEFAULT: Lang = Lang::ZhCn;

    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Pt => "pt",
            Lang::Ja => "ja",
        }
    }

    /// The language's own name, shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhCn => "简体中文",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Pt => "Português",
            Lang::Ja => "日本語",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// Parses a BCP 47 tag leniently: `zh`, `zh-cn`, `zh-Hans-CN` -> zh-CN.
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        let primary = t.split(['-', '_']).next().unwrap_or("");
        match primary {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            "es" => Some(Lang::Es),
            "fr" => Some(Lang::Fr),
            "ru" => Some(Lang::Ru),
            "pt" => Some(Lang::Pt),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// Picks the best supported language from an Accept-Language header,
    /// honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate().take(32) {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or("").trim();
            let q = bits
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::parse(tag) {
                let better = match best {
                    None => true,
                    Some((bq, bi, _)) => q > bq || (q == bq && i < bi),
                };
                if better {
                    best = Some((q, i, lang));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn accept_language_respects_q() {
        assert_eq!(
            Lang::from_accept_language("de;q=1, en;q=0.5, zh-CN;q=0.8"),
            Some(Lang::ZhCn)
        );
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de, ko"), None);
        assert_eq!(Lang::from_accept_language("de, fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("pt-BR,ja;q=0.5"), Some(Lang::Pt));
        assert_eq!(Lang::from_accept_language("ar-EG"), Some(Lang::Ar));
        assert_eq!(
            Lang::from_accept_language("zh;q=0, en;q=0.1"),
            Some(Lang::En)
        );
    }
}
