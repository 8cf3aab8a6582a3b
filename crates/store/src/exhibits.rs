//! Exhibits, their texts per language and their media (main database).

use yz_domain::kinds::MediaKind;
use yz_domain::status::ExhibitStatus;

use crate::db::{Db, Row, Tx};
use crate::{StoreError, args};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exhibit {
    pub id: String,
    pub org_id: String,
    pub status: ExhibitStatus,
    /// The revision visitors see (0 before the first publication).
    pub revision: i64,
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
    /// ISO 3166-1 alpha-2 codes of the countries whose visitors may see it
    /// (empty: everyone).
    pub visible_countries: Vec<String>,
    /// Only verified trade visitors may see it.
    pub trade_only: bool,
}

impl Default for Exhibit {
    fn default() -> Self {
        Exhibit {
            id: String::new(),
            org_id: String::new(),
            status: ExhibitStatus::Draft,
            revision: 0,
            source_lang: String::new(),
            hs_code: String::new(),
            model_number: String::new(),
            price_min_minor: None,
            price_max_minor: None,
            currency: String::new(),
            moq: None,
            lead_time_days: None,
            incoterms: vec![],
            ports: vec![],
            specs: vec![],
            created_by: String::new(),
            visible_countries: vec![],
            trade_only: false,
        }
    }
}

impl Exhibit {
    pub fn published(&self) -> bool {
        self.status == ExhibitStatus::Published
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    pub kind: MediaKind,
    pub object_key: String,
    pub mime: String,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub variants: std::collections::BTreeMap<String, String>,
    pub caption: String,
    pub size_bytes: i64,
    /// The exhibit revision that brought it: shown once that one is live.
    pub revision: i64,
}

const COLS: &str = "id, org_id, status, revision, source_lang, hs_code, model_number, price_min_minor, \
    price_max_minor, currency, moq, lead_time_days, incoterms, ports, specs, created_by, visible_countries, trade_only";

fn to_exhibit(r: &Row) -> Result<Exhibit, StoreError> {
    Ok(Exhibit {
        id: r.text("id")?,
        org_id: r.text("org_id")?,
        status: r.parse("status")?,
        revision: r.i64("revision")?,
        source_lang: r.text("source_lang")?,
        hs_code: r.text("hs_code")?,
        model_number: r.text("model_number")?,
        price_min_minor: r.opt_i64("price_min_minor")?,
        price_max_minor: r.opt_i64("price_max_minor")?,
        currency: r.text("currency")?,
        moq: r.opt_i64("moq")?,
        lead_time_days: r.opt_i64("lead_time_days")?,
        incoterms: r.json("incoterms")?,
        ports: r.json("ports")?,
        specs: r.json("specs")?,
        created_by: r.text("created_by")?,
        visible_countries: r.json("visible_countries")?,
        trade_only: r.bool("trade_only")?,
    })
}

/// SQL that is true when exhibit `e` is shown on the fair whose id is
/// `fair` (a placeholder such as `$1`), or on some fair when `fair` is
/// None: published, its organisation a verified exhibitor of that fair,
/// and, where the fair reviews content, its live revision approved there.
pub fn live_sql(fair: Option<&str>) -> String {
    let on_fair = fair
        .map(|f| format!(" AND fx.fair_id = {f}"))
        .unwrap_or_default();
    format!(
        "(e.status = 'published' AND EXISTS (SELECT 1 FROM fair_exhibitors fx JOIN fairs lf ON lf.id = fx.fair_id
            WHERE fx.org_id = e.org_id AND fx.status = 'approved'{on_fair}
              AND (lf.exhibit_review = 0 OR EXISTS (SELECT 1 FROM exhibit_reviews er WHERE er.exhibit_id = e.id
                   AND er.fair_id = lf.id AND er.revision = e.revision AND er.decision = 'approved'))))"
    )
}

/// An exhibit and whether some fair shows it, in one query (the public
/// exhibit page on a cache miss).
pub async fn with_live(db: &Db, id: &str) -> Result<Option<(Exhibit, bool)>, StoreError> {
    let live = live_sql(None);
    db.fetch_optional(
        &format!("SELECT {COLS}, {live} AS live FROM exhibits e WHERE e.id = $1"),
        args![id],
    )
    .await?
    .map(|r| Ok((to_exhibit(&r)?, r.bool("live")?)))
    .transpose()
}

/// Whether the exhibit is shown on that fair (or on some fair).
pub async fn is_live(db: &Db, id: &str, fair_id: Option<&str>) -> Result<bool, StoreError> {
    let (cond, args) = match fair_id {
        Some(f) => (live_sql(Some("$2")), args![id, f]),
        None => (live_sql(None), args![id]),
    };
    Ok(db
        .fetch_optional(
            &format!("SELECT 1 FROM exhibits e WHERE e.id = $1 AND {cond}"),
            args,
        )
        .await?
        .is_some())
}

pub(crate) const SAVE_COLS: &str = "id, org_id, status, source_lang, hs_code, model_number, price_min_minor, price_max_minor, \
    currency, moq, lead_time_days, incoterms, ports, specs, created_by";

/// The values of [`SAVE_COLS`], in that order.
pub(crate) fn save_values(e: &Exhibit) -> Vec<crate::Value> {
    let json = |v: &dyn erased::Json| v.json();
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
        e.created_by.as_str()
    ]
}

/// Inserts or updates an exhibit (not its status, revision or visibility).
pub async fn save(tx: &mut Tx, e: &Exhibit, now: i64) -> Result<(), StoreError> {
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
        {
            let mut v = save_values(e);
            v.push(now.into());
            v
        },
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

fn to_text(r: &Row) -> Result<Text, StoreError> {
    Ok(Text {
        lang: r.text("lang")?,
        title: r.text("title")?,
        description: r.text("description")?,
        selling_points: r.text("selling_points")?,
        machine: r.bool("machine")?,
    })
}

pub async fn texts(db: &Db, id: &str) -> Result<Vec<Text>, StoreError> {
    db.fetch_all(
        "SELECT lang, title, description, selling_points, machine FROM exhibit_texts WHERE exhibit_id = $1 ORDER BY lang",
        args![id],
    )
    .await?
    .iter()
    .map(to_text)
    .collect()
}

/// An exhibit as its organisation's list shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub exhibit: Exhibit,
    /// In the reader's language, else in the source language.
    pub title: String,
    /// An edit waits for review.
    pub edit_pending: bool,
    /// Its live version shows on at least one fair ([`live_sql`]).
    pub shown: bool,
}

/// An organisation's exhibits with their title in `lang` (else the source),
/// whether an edit waits for review and whether any fair shows them.
pub async fn of_org(db: &Db, org_id: &str, lang: &str) -> Result<Vec<Listed>, StoreError> {
    let live = live_sql(None);
    let rows = db
        .fetch_all(
            &format!(
                "SELECT {COLS}, COALESCE(
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = $2),
                    (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '')
                    AS title,
                    EXISTS (SELECT 1 FROM exhibit_revisions r WHERE r.exhibit_id = e.id AND r.status = 'pending')
                    AS pending,
                    {live} AS shown
                 FROM exhibits e WHERE org_id = $1 ORDER BY created_at DESC, id LIMIT 500"
            ),
            args![org_id, lang],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Listed {
                exhibit: to_exhibit(r)?,
                shown: r.bool("shown")?,
                title: r.text("title")?,
                edit_pending: r.bool("pending")?,
            })
        })
        .collect()
}

/// Every exhibit id of an organisation (account deletion).
pub async fn ids_of_org(db: &Db, org_id: &str) -> Result<Vec<String>, StoreError> {
    db.fetch_all("SELECT id FROM exhibits WHERE org_id = $1", args![org_id])
        .await?
        .iter()
        .map(|r| r.text("id"))
        .collect()
}

/// Publishes a draft as revision 1; false if it is not a draft.
pub async fn publish(tx: &mut Tx, id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(tx
        .execute(
            "UPDATE exhibits SET status = 'published', revision = 1, published_at = $2, updated_at = $2
             WHERE id = $1 AND status = 'draft'",
            args![id, now],
        )
        .await?
        == 1)
}

/// Makes `revision` the live one.
pub async fn set_revision(
    tx: &mut Tx,
    id: &str,
    revision: i64,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE exhibits SET revision = $2, updated_at = $3 WHERE id = $1",
        args![id, revision, now],
    )
    .await?;
    Ok(())
}

/// Replaces every text of an exhibit.
pub async fn replace_texts(tx: &mut Tx, id: &str, texts: &[Text]) -> Result<(), StoreError> {
    tx.execute("DELETE FROM exhibit_texts WHERE exhibit_id = $1", args![id])
        .await?;
    for t in texts {
        put_text(tx, id, t).await?;
    }
    Ok(())
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
                                    position, created_at, org_id, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
                 (SELECT COALESCE(MAX(position), 0) + 1 FROM exhibit_media WHERE exhibit_id = $2), $11,
                 (SELECT org_id FROM exhibits WHERE id = $2), $12)",
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
            now,
            m.revision
        ],
    )
    .await?;
    Ok(())
}

fn to_media(r: &Row) -> Result<Media, StoreError> {
    Ok(Media {
        id: r.text("id")?,
        exhibit_id: r.text("exhibit_id")?,
        kind: r.parse("kind")?,
        object_key: r.text("object_key")?,
        mime: r.text("mime")?,
        width: r.opt_i64("width")?,
        height: r.opt_i64("height")?,
        variants: r.json("variants")?,
        caption: r.text("caption")?,
        size_bytes: r.i64("size_bytes")?,
        revision: r.i64("revision")?,
    })
}

const MEDIA_COLS: &str = "id, exhibit_id, kind, object_key, mime, width, height, variants, caption, size_bytes, revision";

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
            (SELECT t.title FROM exhibit_texts t WHERE t.exhibit_id = e.id AND t.lang = e.source_lang), '') AS title
         FROM exhibits e WHERE e.id = $1",
        args![id, lang],
    )
    .await?
    .map(|r| r.text("title"))
    .transpose()
}

/// An organisation's first media of several kinds at once (`limits`: how
/// many of each), on unrestricted products shown on that fair (or on some
/// fair), in one query.
pub async fn org_media_of_kinds(
    db: &Db,
    org_id: &str,
    limits: &[(MediaKind, i64)],
    fair_id: Option<&str>,
) -> Result<Vec<Media>, StoreError> {
    if limits.is_empty() {
        return Ok(Vec::new());
    }
    let live = live_sql(fair_id.map(|_| "$2"));
    let mut args = args![org_id];
    args.extend(fair_id.map(crate::Value::from));
    let first = args.len() + 1;
    let mut kinds = Vec::new();
    let mut cases = String::new();
    for (i, (kind, limit)) in limits.iter().enumerate() {
        let p = first + 2 * i;
        kinds.push(format!("${p}"));
        cases.push_str(&format!(" WHEN ${p} THEN ${}", p + 1));
        args.push(crate::Value::from(kind.as_str()));
        args.push(crate::Value::from(*limit));
    }
    db.fetch_all(
        &format!(
            "SELECT id, exhibit_id, kind, object_key, mime, width, height, variants, caption,
                    size_bytes, revision
             FROM (SELECT m.id, m.exhibit_id, m.kind, m.object_key, m.mime, m.width, m.height,
                          m.variants, m.caption, m.size_bytes, m.revision, m.created_at,
                          ROW_NUMBER() OVER (PARTITION BY m.kind ORDER BY m.created_at) AS rn
                   FROM exhibit_media m JOIN exhibits e ON e.id = m.exhibit_id
                   WHERE m.org_id = $1 AND m.kind IN ({}) AND m.revision <= e.revision AND {live}
                     AND e.trade_only = 0 AND e.visible_countries = '[]') x
             WHERE rn <= CASE kind{cases} ELSE 0 END
             ORDER BY kind, rn",
            kinds.join(", ")
        ),
        args,
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
        .map(|r| r.text("org_id"))
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
        texts
            .entry(r.text("exhibit_id")?)
            .or_default()
            .push(to_text(&r)?);
    }
    Ok(exhibits
        .into_iter()
        .map(|e| {
            let t = texts.remove(&e.id).unwrap_or_default();
            (e, t)
        })
        .collect())
}

/// How many exhibits an organisation has (quotas).
pub async fn count_of_org(db: &Db, org_id: &str) -> Result<i64, StoreError> {
    db.fetch_one(
        "SELECT COUNT(*) AS n FROM exhibits WHERE org_id = $1",
        args![org_id],
    )
    .await?
    .i64("n")
}

/// How many media files an exhibit has, and how many bytes its
/// organisation's media take (quotas).
pub async fn media_usage(
    db: &Db,
    exhibit_id: &str,
    org_id: &str,
) -> Result<(i64, i64), StoreError> {
    let r = db
        .fetch_one(
            "SELECT (SELECT COUNT(*) FROM exhibit_media WHERE exhibit_id = $1) AS files,
                    (SELECT CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) FROM exhibit_media WHERE org_id = $2) AS bytes",
            args![exhibit_id, org_id],
        )
        .await?;
    Ok((r.i64("files")?, r.i64("bytes")?))
}
