//! What a fair's home page and its search box show: featured exhibitors,
//! the newest products, and matches for a few words.
//!
//! Only what every visitor may see is listed here: verified exhibitors of
//! the fair with a booked booth, products shown on the fair, neither with
//! a country or trade-visitor restriction; the restricted ones are reached
//! through their own pages, which check the visitor.
//!
//! The search is a plain case-insensitive substring match over names and
//! titles, bounded by `limit`: enough for the search box of the fair's home
//! page; the search issue replaces it with a proper index.

use crate::db::{Db, Row};
use crate::exhibits::live_sql;
use crate::{StoreError, args};

/// An exhibitor shown on the fair's home page or in search results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExhibitorCard {
    pub org_id: String,
    pub name_zh: String,
    pub name_en: String,
    /// One of its booths in the fair (the lowest code).
    pub booth: String,
    pub premium: bool,
}

fn to_exhibitor(r: &crate::db::Row) -> Result<ExhibitorCard, StoreError> {
    Ok(ExhibitorCard {
        org_id: r.text("id")?,
        name_zh: r.text("legal_name_zh")?,
        name_en: r.text("legal_name_en")?,
        booth: r.text("booth")?,
        premium: r.i64("premium")? > 0,
    })
}

/// Exhibitors with a booked booth in the fair (whose Chinese or English
/// name contains `words`, when given): premium booths first, then by booth
/// code.
async fn exhibitors(
    db: &Db,
    fair_id: &str,
    words: Option<&str>,
    limit: i64,
) -> Result<Vec<ExhibitorCard>, StoreError> {
    let (filter, pattern) = match words {
        Some(w) => (
            "AND (LOWER(o.legal_name_en) LIKE $3 ESCAPE '\\' OR LOWER(o.legal_name_zh) LIKE $3 ESCAPE '\\')",
            like_pattern(w),
        ),
        // Always bound, so both queries take the same parameters.
        None => ("AND $3 = ''", String::new()),
    };
    db.fetch_all(
        &format!(
            "SELECT o.id, o.legal_name_zh, o.legal_name_en, MIN(b.code) AS booth,
                    CAST(MAX(CASE WHEN b.kind = 'premium' THEN 1 ELSE 0 END) AS BIGINT) AS premium
             FROM booths b JOIN organisations o ON o.id = b.org_id
             JOIN fair_exhibitors x ON x.fair_id = b.fair_id AND x.org_id = o.id AND x.status = 'approved'
             WHERE b.fair_id = $1 AND b.status = 'booked'
               AND o.trade_only = 0 AND o.visible_countries = '[]' {filter}
             GROUP BY o.id, o.legal_name_zh, o.legal_name_en
             ORDER BY premium DESC, MIN(b.code) LIMIT $2"
        ),
        args![fair_id, limit, pattern],
    )
    .await?
    .iter()
    .map(to_exhibitor)
    .collect()
}

/// The fair's exhibitors to feature on its home page.
pub async fn featured(
    db: &Db,
    fair_id: &str,
    limit: i64,
) -> Result<Vec<ExhibitorCard>, StoreError> {
    exhibitors(db, fair_id, None, limit).await
}

/// The newest published product of each exhibitor in the fair, newest
/// first: new products from as many exhibitors as `limit` allows.
pub async fn newest_products(
    db: &Db,
    fair_id: &str,
    lang: &str,
    limit: i64,
) -> Result<Vec<Card>, StoreError> {
    let live = live_sql(Some("$1"));
    db.fetch_all(
        &format!(
            "SELECT {CARD_COLS} FROM exhibits e
             WHERE e.id IN (
                 SELECT (SELECT e.id FROM exhibits e
                         WHERE e.org_id = o.id AND {live}
                           AND e.trade_only = 0 AND e.visible_countries = '[]'
                         ORDER BY e.created_at DESC LIMIT 1)
                 FROM organisations o
                 WHERE o.trade_only = 0 AND o.visible_countries = '[]'
                   AND o.id IN (SELECT b.org_id FROM booths b WHERE b.fair_id = $1 AND b.status = 'booked'))
             ORDER BY e.created_at DESC LIMIT $3"
        ),
        args![fair_id, lang, limit],
    )
    .await?
    .iter()
    .map(to_card)
    .collect()
}

/// `words` as a LIKE pattern matching them as one substring, with `%`, `_`
/// and the escape character taken literally (used with `ESCAPE '\'`).
pub fn like_pattern(words: &str) -> String {
    let mut p = String::with_capacity(words.len() + 2);
    p.push('%');
    for ch in words.trim().to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

/// Exhibitors in the fair whose Chinese or English name contains `words`.
pub async fn exhibitors_matching(
    db: &Db,
    fair_id: &str,
    words: &str,
    limit: i64,
) -> Result<Vec<ExhibitorCard>, StoreError> {
    exhibitors(db, fair_id, Some(words), limit).await
}

/// Published products of the fair's exhibitors whose title (in any
/// language) or model number contains `words`, newest first.
pub async fn products_matching(
    db: &Db,
    fair_id: &str,
    lang: &str,
    words: &str,
    limit: i64,
) -> Result<Vec<Card>, StoreError> {
    let live = live_sql(Some("$1"));
    db.fetch_all(
        &format!(
            "SELECT {CARD_COLS} FROM exhibits e
             WHERE {live} AND e.trade_only = 0 AND e.visible_countries = '[]'
               AND e.org_id IN (
                   SELECT b.org_id FROM booths b JOIN organisations o ON o.id = b.org_id
                   WHERE b.fair_id = $1 AND b.status = 'booked'
                     AND o.trade_only = 0 AND o.visible_countries = '[]')
               AND (LOWER(e.model_number) LIKE $3 ESCAPE '\\'
                    OR e.id IN (SELECT t.exhibit_id FROM exhibit_texts t WHERE LOWER(t.title) LIKE $3 ESCAPE '\\'))
             ORDER BY e.created_at DESC LIMIT $4"
        ),
        args![fair_id, lang, like_pattern(words), limit],
    )
    .await?
    .iter()
    .map(to_card)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn patterns_take_wildcards_literally() {
        assert_eq!(like_pattern("  LED Lamp "), "%led lamp%");
        assert_eq!(like_pattern("100%_a\\b"), "%100\\%\\_a\\\\b%");
        assert_eq!(like_pattern("陶瓷"), "%陶瓷%");
    }
}

/// A product as listed on a booth page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub hs_code: String,
    pub price_min_minor: Option<i64>,
    pub currency: String,
    /// The first image's media id.
    pub image: Option<String>,
    pub visible_countries: Vec<String>,
    pub trade_only: bool,
}

/// An organisation's newest products shown on that fair (or on some fair),
/// with title in `lang` and first image.
pub async fn cards_of_org(
    db: &Db,
    org_id: &str,
    lang: &str,
    limit: i64,
    fair_id: Option<&str>,
) -> Result<Vec<Card>, StoreError> {
    let live = live_sql(fair_id.map(|_| "$4"));
    let mut args = args![org_id, lang, limit];
    args.extend(fair_id.map(crate::Value::from));
    db.fetch_all(
        &format!(
            "SELECT {CARD_COLS} FROM exhibits e
             WHERE e.org_id = $1 AND {live} ORDER BY e.created_at DESC LIMIT $3"
        ),
        args,
    )
    .await?
    .iter()
    .map(to_card)
    .collect()
}

/// The columns a [`Card`] is read from, in order: `e` is the exhibit, `$2`
/// the language.
const CARD_COLS: &str = "e.id, COALESCE(
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '') AS title,
            e.hs_code, e.price_min_minor, e.currency,
            (SELECT m.id FROM exhibit_media m WHERE m.exhibit_id = e.id AND m.kind = 'image'
                AND m.revision <= e.revision ORDER BY m.position LIMIT 1) AS image,
            e.visible_countries, e.trade_only";

fn to_card(r: &Row) -> Result<Card, StoreError> {
    Ok(Card {
        id: r.text("id")?,
        title: r.text("title")?,
        hs_code: r.text("hs_code")?,
        price_min_minor: r.opt_i64("price_min_minor")?,
        currency: r.text("currency")?,
        image: r.opt_text("image")?,
        visible_countries: r.json("visible_countries")?,
        trade_only: r.bool("trade_only")?,
    })
}
