//! Exhibits, their texts per language and their media (main database).

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exhibit {
    pub id: String,
    pub org_id: String,
    pub status: String,
    pub source_lang: String,
    pub hs_code: String,
    pub model_number: String,
    pub price_min_minor: Option<i64>,
    pub price_max_minor: Option<i64>,
    pub currency: String,
    pub moq: Option<i64>,
    pub lead_time_days: Option<i64>,
    pub incoterms: Vec<String>,
    pub ports: Vec<String>,
    pub specs: Vec<(String, String)>,
    pub created_by: String,
    /// `none`, `pending` (waiting for a reviewer) or `rejected`.
    pub review: String,
    pub review_reason: String,
    /// ISO 3166-1 alpha-2 codes of the countries whose visitors may see it
    /// (empty: everyone).
    pub visible_countries: Vec<String>,
    /// Only verified trade visitors may see it.
    pub trade_only: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    pub lang: String,
    pub title: String,
    pub description: String,
    pub selling_points: String,
    pub machine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    pub id: String,
    pub exhibit_id: String,
    pub kind: String,
    pub object_key: String,
    pub mime: String,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub variants: std::collections::BTreeMap<String, String>,
    pub caption: String,
    pub size_bytes: i64,
}

const COLS: &str = "id, org_id, status, source_lang, hs_code, model_number, price_min_minor, price_max_minor, \
    currency, moq, lead_time_days, incoterms, ports, specs, created_by, review, review_reason, visible_countries, trade_only";
/// Number of columns in [`COLS`]; extra selected columns follow.
const NCOLS: usize = 19;

fn to_exhibit(r: &Row) -> Result<Exhibit, StoreError> {
    let list = |s: String| serde_json::from_str(&s).unwrap_or_default();
    Ok(Exhibit {
        id: r.text(0)?,
        org_id: r.text(1)?,
        status: r.text(2)?,
        source_lang: r.text(3)?,
        hs_code: r.text(4)?,
        model_number: r.text(5)?,
        price_min_minor: r.opt_i64(6)?,
        price_max_minor: r.opt_i64(7)?,
        currency: r.text(8)?,
        moq: r.opt_i64(9)?,
        lead_time_days: r.opt_i64(10)?,
        incoterms: list(r.text(11)?),
        ports: list(r.text(12)?),
        specs: serde_json::from_str(&r.text(13)?).unwrap_or_default(),
        created_by: r.text(14)?,
        review: r.text(15)?,
        review_reason: r.text(16)?,
        visible_countries: list(r.text(17)?),
        trade_only: r.bool(18)?,
    })
}

const SAVE_COLS: &str = "id, org_id, status, source_lang, hs_code, model_number, price_min_minor, price_max_minor, \
    currency, moq, lead_time_days, incoterms, ports, specs, created_by";

/// Inserts or updates an exhibit (not its status, review or visibility).
pub async fn save(tx: &mut Tx, e: &Exhibit, now: i64) -> Result<(), StoreError> {
    let json = |v: &dyn erased::Json| v.json();
    tx.execute(
        &format!(
            "INSERT INTO exhibits ({SAVE_COLS}, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
             ON CONFLICT (id) DO UPDATE SET source_lang = excluded.source_lang, hs_code = excluded.hs_code,
               model_number = excluded.model_number, price_min_minor = excluded.price_min_minor,
               price_max_minor = excluded.price_max_minor, currency = excluded.currency, moq = excluded.moq,
               lead_time_days = excluded.lead_time_days, incoterms = excluded.incoterms, ports = excluded.ports,
               specs = excluded.specs, updated_at = excluded.updated_at"
        ),
        args![
            e.id.as_str(),
            e.org_id.as_str(),
            e.status.as_str(),
            e.source_lang.as_str(),
            e.hs_code.as_str(),
            e.model_number.as_str(),
            e.price_min_minor,
            e.price_max_minor,
            e.currency.as_str(),
            e.moq,
            e.lead_time_days,
            json(&e.incoterms),
            json(&e.ports),
            json(&e.specs),
            e.created_by.as_str(),
            now
        ],
    )
    .await?;
    Ok(())
}

mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_else(|_| "[]".into())
        }
    }
}

pub async fn put_text(tx: &mut Tx, exhibit_id: &str, t: &Text) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO exhibit_texts (exhibit_id, lang, title, description, selling_points, machine)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (exhibit_id, lang) DO UPDATE SET title = excluded.title, description = excluded.description,
           selling_points = excluded.selling_points, machine = excluded.machine",
        args![exhibit_id, t.lang.as_str(), t.title.as_str(), t.description.as_str(), t.selling_points.as_str(), t.machine],
    )
    .await?;
    Ok(())
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<Exhibit>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {COLS} FROM exhibits WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_exhibit(&r))
    .transpose()
}

pub async fn texts(db: &Db, id: &str) -> Result<Vec<Text>, StoreError> {
    db.fetch_all(
        "SELECT lang, title, description, selling_points, machine FROM exhibit_texts WHERE exhibit_id = $1 ORDER BY lang",
        args![id],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(Text {
            lang: r.text(0)?,
            title: r.text(1)?,
            description: r.text(2)?,
            selling_points: r.text(3)?,
            machine: r.bool(4)?,
        })
    })
    .collect()
}

/// An organisation's exhibits with their title in `lang` (else the source).
pub async fn of_org(
    db: &Db,
    org_id: &str,
    lang: &str,
    published_only: bool,
) -> Result<Vec<(Exhibit, String)>, StoreError> {
    let rows = db
        .fetch_all(
            &format!(
                "SELECT {COLS}, COALESCE(
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '')
                 FROM exhibits e WHERE org_id = $1 AND ($3 = 0 OR status = 'published') ORDER BY created_at DESC, id LIMIT 500"
            ),
            args![org_id, lang, published_only],
        )
        .await?;
    rows.iter()
        .map(|r| Ok((to_exhibit(r)?, r.text(NCOLS)?)))
        .collect()
}

/// Publishes a draft (directly, or a pending one on approval).
pub async fn publish(tx: &mut Tx, id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE exhibits SET status = 'published', review = 'none', review_reason = '', published_at = $2, updated_at = $2
             WHERE id = $1 AND status = 'draft'",
            args![id, now],
        )
        .await?
        == 1)
}

/// Sends a draft to review; false if it is not a draft or already pending.
pub async fn submit(tx: &mut Tx, id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE exhibits SET review = 'pending', review_reason = '', updated_at = $2
             WHERE id = $1 AND status = 'draft' AND review <> 'pending'",
            args![id, now],
        )
        .await?
        == 1)
}

/// Rejects a pending exhibit with a reason; false if it was not pending.
pub async fn reject(tx: &mut Tx, id: &str, reason: &str, now: i64) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE exhibits SET review = 'rejected', review_reason = $2, updated_at = $3
             WHERE id = $1 AND status = 'draft' AND review = 'pending'",
            args![id, reason, now],
        )
        .await?
        == 1)
}

/// Exhibits waiting for review, oldest first, with their title in `lang`
/// (else the source language) and the organisation's id.
pub async fn pending(
    db: &Db,
    lang: &str,
    limit: i64,
) -> Result<Vec<(Exhibit, String)>, StoreError> {
    let rows = db
        .fetch_all(
            &format!(
                "SELECT {COLS}, COALESCE(
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $1),
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '')
                 FROM exhibits e WHERE review = 'pending' ORDER BY updated_at, id LIMIT $2"
            ),
            args![lang, limit],
        )
        .await?;
    rows.iter()
        .map(|r| Ok((to_exhibit(r)?, r.text(NCOLS)?)))
        .collect()
}

/// Sets who may see an exhibit.
pub async fn set_visibility(
    tx: &mut Tx,
    id: &str,
    countries: &[String],
    trade_only: bool,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE exhibits SET visible_countries = $2, trade_only = $3, updated_at = $4 WHERE id = $1",
        args![
            id,
            serde_json::to_string(countries).unwrap_or_else(|_| "[]".into()),
            trade_only,
            now
        ],
    )
    .await?;
    Ok(())
}

pub async fn add_media(tx: &mut Tx, m: &Media, now: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO exhibit_media (id, exhibit_id, kind, object_key, mime, width, height, variants, caption, size_bytes,
                                    position, created_at, org_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM exhibit_media WHERE exhibit_id = $2), $11,
                 (SELECT org_id FROM exhibits WHERE id = $2))",
        args![
            m.id.as_str(),
            m.exhibit_id.as_str(),
            m.kind.as_str(),
            m.object_key.as_str(),
            m.mime.as_str(),
            m.width,
            m.height,
            serde_json::to_string(&m.variants).unwrap_or_else(|_| "{}".into()),
            m.caption.as_str(),
            m.size_bytes,
            now
        ],
    )
    .await?;
    Ok(())
}

fn to_media(r: &Row) -> Result<Media, StoreError> {
    Ok(Media {
        id: r.text(0)?,
        exhibit_id: r.text(1)?,
        kind: r.text(2)?,
        object_key: r.text(3)?,
        mime: r.text(4)?,
        width: r.opt_i64(5)?,
        height: r.opt_i64(6)?,
        variants: serde_json::from_str(&r.text(7)?).unwrap_or_default(),
        caption: r.text(8)?,
        size_bytes: r.i64(9)?,
    })
}

const MEDIA_COLS: &str =
    "id, exhibit_id, kind, object_key, mime, width, height, variants, caption, size_bytes";

pub async fn media_of(db: &Db, exhibit_id: &str) -> Result<Vec<Media>, StoreError> {
    db.fetch_all(
        &format!("SELECT {MEDIA_COLS} FROM exhibit_media WHERE exhibit_id = $1 ORDER BY position"),
        args![exhibit_id],
    )
    .await?
    .iter()
    .map(to_media)
    .collect()
}

pub async fn media(db: &Db, id: &str) -> Result<Option<Media>, StoreError> {
    db.fetch_optional(
        &format!("SELECT {MEDIA_COLS} FROM exhibit_media WHERE id = $1"),
        args![id],
    )
    .await?
    .map(|r| to_media(&r))
    .transpose()
}

/// An exhibit's title in `lang`, else in its source language.
pub async fn title(db: &Db, id: &str, lang: &str) -> Result<Option<String>, StoreError> {
    db.fetch_optional(
        "SELECT COALESCE(
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '')
         FROM exhibits e WHERE e.id = $1",
        args![id, lang],
    )
    .await?
    .map(|r| r.text(0))
    .transpose()
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

/// An organisation's newest published products, with title in `lang` and
/// first image.
pub async fn cards_of_org(
    db: &Db,
    org_id: &str,
    lang: &str,
    limit: i64,
) -> Result<Vec<Card>, StoreError> {
    db.fetch_all(
        &format!(
            "SELECT {CARD_COLS} FROM exhibits e
             WHERE e.org_id = $1 AND e.status = 'published' ORDER BY e.created_at DESC LIMIT $3"
        ),
        args![org_id, lang, limit],
    )
    .await?
    .iter()
    .map(to_card)
    .collect()
}

/// The columns a [`Card`] is read from, in order: `e` is the exhibit, `$2`
/// the language.
pub(crate) const CARD_COLS: &str = "e.id, COALESCE(
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), ''),
            e.hs_code, e.price_min_minor, e.currency,
            (SELECT m.id FROM exhibit_media m WHERE m.exhibit_id = e.id AND m.kind = 'image' ORDER BY m.position LIMIT 1),
            e.visible_countries, e.trade_only";

pub(crate) fn to_card(r: &Row) -> Result<Card, StoreError> {
    Ok(Card {
        id: r.text(0)?,
        title: r.text(1)?,
        hs_code: r.text(2)?,
        price_min_minor: r.opt_i64(3)?,
        currency: r.text(4)?,
        image: r.opt_text(5)?,
        visible_countries: serde_json::from_str(&r.text(6)?).unwrap_or_default(),
        trade_only: r.bool(7)?,
    })
}

/// An organisation's first `limit` media of `kind` on published products.
pub async fn org_media(
    db: &Db,
    org_id: &str,
    kind: &str,
    limit: i64,
) -> Result<Vec<Media>, StoreError> {
    db.fetch_all(
        "SELECT m.id, m.exhibit_id, m.kind, m.object_key, m.mime, m.width, m.height, m.variants, m.caption, m.size_bytes
         FROM exhibit_media m JOIN exhibits e ON e.id = m.exhibit_id
         WHERE m.org_id = $1 AND m.kind = $2 AND e.status = 'published' AND e.trade_only = 0 AND e.visible_countries = '[]'
         ORDER BY m.created_at LIMIT $3",
        args![org_id, kind, limit],
    )
    .await?
    .iter()
    .map(to_media)
    .collect()
}

/// The organisation owning an exhibit, read inside a transaction.
pub async fn org_of(tx: &mut Tx, id: &str) -> Result<Option<String>, StoreError> {
    tx.fetch_optional("SELECT org_id FROM exhibits WHERE id = $1", args![id])
        .await?
        .map(|r| r.text(0))
        .transpose()
}

/// Every exhibit of an organisation with all its texts, oldest first (for
/// the catalogue export).
pub async fn catalogue(db: &Db, org_id: &str) -> Result<Vec<(Exhibit, Vec<Text>)>, StoreError> {
    let exhibits: Vec<Exhibit> = db
        .fetch_all(
            &format!("SELECT {COLS} FROM exhibits WHERE org_id = $1 ORDER BY created_at, id"),
            args![org_id],
        )
        .await?
        .iter()
        .map(to_exhibit)
        .collect::<Result<_, _>>()?;
    let mut texts: std::collections::HashMap<String, Vec<Text>> = std::collections::HashMap::new();
    for r in db
        .fetch_all(
            "SELECT t.exhibit_id, t.lang, t.title, t.description, t.selling_points, t.machine
             FROM exhibit_texts t JOIN exhibits e ON e.id = t.exhibit_id WHERE e.org_id = $1",
            args![org_id],
        )
        .await?
    {
        texts.entry(r.text(0)?).or_default().push(Text {
            lang: r.text(1)?,
            title: r.text(2)?,
            description: r.text(3)?,
            selling_points: r.text(4)?,
            machine: r.bool(5)?,
        });
    }
    Ok(exhibits
        .into_iter()
        .map(|e| {
            let t = texts.remove(&e.id).unwrap_or_default();
            (e, t)
        })
        .collect())
}

/// Rows per multi-row INSERT statement in [`insert_bulk`].
const BULK: usize = 300;

/// Inserts many published exhibits with their texts and media in few
/// statements (seeding demo and benchmark data, large imports).
pub async fn insert_bulk(
    tx: &mut Tx,
    items: &[(Exhibit, Vec<Text>, Vec<Media>)],
    now: i64,
) -> Result<(), StoreError> {
    fn placeholders(rows: usize, cols: usize) -> String {
        (0..rows)
            .map(|r| {
                let cells: Vec<String> = (1..=cols).map(|c| format!("${}", r * cols + c)).collect();
                format!("({})", cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
    let json = |v: &dyn erased::Json| v.json();
    for chunk in items.chunks(BULK) {
        let mut args = Vec::with_capacity(chunk.len() * 18);
        for (e, _, _) in chunk {
            args.extend(crate::args![
                e.id.as_str(),
                e.org_id.as_str(),
                e.status.as_str(),
                e.source_lang.as_str(),
                e.hs_code.as_str(),
                e.model_number.as_str(),
                e.price_min_minor,
                e.price_max_minor,
                e.currency.as_str(),
                e.moq,
                e.lead_time_days,
                json(&e.incoterms),
                json(&e.ports),
                json(&e.specs),
                e.created_by.as_str(),
                now,
                now,
                now
            ]);
        }
        tx.execute(
            &format!(
                "INSERT INTO exhibits ({SAVE_COLS}, created_at, updated_at, published_at) VALUES {}",
                placeholders(chunk.len(), 18)
            ),
            args,
        )
        .await?;
        let texts: Vec<(&str, &Text)> = chunk
            .iter()
            .flat_map(|(e, t, _)| t.iter().map(move |t| (e.id.as_str(), t)))
            .collect();
        for part in texts.chunks(BULK) {
            let mut args = Vec::with_capacity(part.len() * 6);
            for (id, t) in part {
                args.extend(crate::args![
                    *id,
                    t.lang.as_str(),
                    t.title.as_str(),
                    t.description.as_str(),
                    t.selling_points.as_str(),
                    t.machine
                ]);
            }
            tx.execute(
                &format!(
                    "INSERT INTO exhibit_texts (exhibit_id, lang, title, description, selling_points, machine) VALUES {}",
                    placeholders(part.len(), 6)
                ),
                args,
            )
            .await?;
        }
        let media: Vec<(usize, &Exhibit, &Media)> = chunk
            .iter()
            .flat_map(|(e, _, m)| m.iter().enumerate().map(move |(i, m)| (i, e, m)))
            .collect();
        for part in media.chunks(BULK) {
            let mut args = Vec::with_capacity(part.len() * 13);
            for (pos, e, m) in part {
                args.extend(crate::args![
                    m.id.as_str(),
                    e.id.as_str(),
                    m.kind.as_str(),
                    m.object_key.as_str(),
                    m.mime.as_str(),
                    m.width,
                    m.height,
                    serde_json::to_string(&m.variants).unwrap_or_else(|_| "{}".into()),
                    m.caption.as_str(),
                    m.size_bytes,
                    *pos as i64 + 1,
                    now,
                    e.org_id.as_str()
                ]);
            }
            tx.execute(
                &format!(
                    "INSERT INTO exhibit_media (id, exhibit_id, kind, object_key, mime, width, height, variants, caption,
                        size_bytes, position, created_at, org_id) VALUES {}",
                    placeholders(part.len(), 13)
                ),
                args,
            )
            .await?;
        }
    }
    Ok(())
}
