//! An exhibit's media (req. 5): images, panoramas, videos with a poster,
//! PDF documents, CSV/XLSX tables and 3D models. Every file is checked by
//! its content and size; images are re-encoded without metadata; tables are
//! rendered once into escaped HTML for the page.

use std::collections::BTreeMap;

use serde_json::json;
use yz_domain::change::{Change, Kind as Changed, Verb};
use yz_domain::kinds::MediaKind;
use yz_media::{Kind, Limits, MediaError};
use yz_store::exhibits::{self, Media};

use super::exhibits::THUMBS;
use crate::Actor;
use crate::App;
use crate::error::Msg;
use crate::error::{AppError, AppResult};
use crate::objects;
use crate::scope;

/// The file types a media kind accepts (what the exhibitor says the file
/// is for, checked against what its content is).
fn accepts(purpose: MediaKind, kind: Kind) -> bool {
    use Kind::*;
    match purpose {
        MediaKind::Image => matches!(kind, Jpeg | Png | Webp | Gif),
        MediaKind::Panorama => kind == Jpeg,
        MediaKind::Video => matches!(kind, Mp4 | Webm),
        MediaKind::Document => kind == Pdf,
        MediaKind::Table => matches!(kind, Csv | Xlsx),
        MediaKind::Model => matches!(kind, Glb | Gltf),
    }
}

/// Rows of a table shown on the page (the whole file stays downloadable).
pub const TABLE_PREVIEW_ROWS: usize = 200;

/// The uploader's message for a refused file, in their language.
pub fn refusal(e: &MediaError) -> Msg {
    match e {
        MediaError::TooLarge { max, .. } => {
            Msg::new("error-media-too-large").with("mb", (max / (1024 * 1024)).to_string())
        }
        MediaError::DimensionsTooLarge { .. } | MediaError::LimitExceeded(_) => {
            Msg::new("error-media-dimensions")
        }
        MediaError::InvalidVideo(_) => Msg::new("error-media-video"),
        MediaError::InvalidPdf(_) => Msg::new("error-media-pdf"),
        MediaError::PdfActiveContent(_) => Msg::new("error-media-pdf-active"),
        MediaError::InvalidTable(_)
        | MediaError::TooManyRows { .. }
        | MediaError::TooManyColumns { .. } => Msg::new("error-media-table"),
        MediaError::InvalidModel(_) | MediaError::UnsupportedExtension(_) => {
            Msg::new("error-media-model")
        }
        MediaError::ExternalResource(_) => Msg::new("error-media-model-external"),
        MediaError::InvalidPanorama(_) => Msg::new("error-media-panorama"),
        _ => Msg::new("error-media-unreadable"),
    }
}

/// One stored object of a new media item.
struct Stored {
    kind: MediaKind,
    main: (String, Vec<u8>),
    mime: String,
    width: Option<i64>,
    height: Option<i64>,
    variants: Vec<(String, String, Vec<u8>)>,
}

fn blocking_check(
    purpose: MediaKind,
    bytes: Vec<u8>,
    poster: Option<Vec<u8>>,
    limits: &Limits,
    base: &str,
) -> Result<Stored, AppError> {
    let kind = yz_media::sniff(&bytes).ok_or(AppError::invalid("error-media-type"))?;
    if !accepts(purpose, kind) {
        return Err(AppError::Invalid(vec![
            Msg::new("error-media-wrong-kind").with("found", kind.extension()),
        ]));
    }
    let refuse = |e: MediaError| AppError::Invalid(vec![refusal(&e)]);
    yz_media::check(kind, bytes.len() as u64, limits).map_err(refuse)?;
    let image_variants = |img: yz_media::ProcessedImage, ext: &str| {
        img.thumbnails
            .into_iter()
            .map(|t| {
                (
                    t.size.to_string(),
                    format!("{base}-{}.{ext}", t.size),
                    t.bytes,
                )
            })
            .collect::<Vec<_>>()
    };
    Ok(match purpose {
        MediaKind::Image | MediaKind::Panorama => {
            let img = if purpose == MediaKind::Image {
                yz_media::process_image(&bytes, limits, &THUMBS)
            } else {
                yz_media::process_panorama(&bytes, limits)
            }
            .map_err(refuse)?;
            let ext = img.kind.extension();
            Stored {
                kind: purpose,
                main: (format!("{base}.{ext}"), img.bytes.clone()),
                mime: img.kind.mime().into(),
                width: Some(i64::from(img.width)),
                height: Some(i64::from(img.height)),
                variants: image_variants(img, ext),
            }
        }
        MediaKind::Video => {
            let prefix = &bytes[..bytes.len().min(yz_media::VIDEO_PREFIX_LEN)];
            let kind = yz_media::check_video(prefix).map_err(refuse)?;
            let mut variants = Vec::new();
            if let Some(p) = poster.filter(|p| !p.is_empty()) {
                match yz_media::sniff(&p) {
                    Some(Kind::Jpeg | Kind::Png | Kind::Webp) => {}
                    _ => return Err(AppError::invalid("error-media-poster")),
                }
                let img = yz_media::process_image(&p, limits, &[480]).map_err(refuse)?;
                let ext = img.kind.extension();
                variants.push((
                    "poster".into(),
                    format!("{base}-poster.{ext}"),
                    img.bytes.clone(),
                ));
                variants.extend(image_variants(img, ext));
            }
            Stored {
                kind: MediaKind::Video,
                main: (format!("{base}.{}", kind.extension()), bytes),
                mime: kind.mime().into(),
                width: None,
                height: None,
                variants,
            }
        }
        MediaKind::Document => {
            yz_media::check_pdf(&bytes).map_err(refuse)?;
            Stored {
                kind: MediaKind::Document,
                main: (format!("{base}.pdf"), bytes),
                mime: kind.mime().into(),
                width: None,
                height: None,
                variants: vec![],
            }
        }
        MediaKind::Table => {
            let table = yz_media::read_table(kind, &bytes, limits).map_err(refuse)?;
            let html = table
                .sheets
                .iter()
                .find(|s| !s.rows.is_empty())
                .map(|s| yz_media::to_html(s, TABLE_PREVIEW_ROWS))
                .unwrap_or_default();
            Stored {
                kind: MediaKind::Table,
                main: (format!("{base}.{}", kind.extension()), bytes),
                mime: kind.mime().into(),
                width: None,
                height: None,
                variants: vec![("html".into(), format!("{base}.html.txt"), html.into_bytes())],
            }
        }
        MediaKind::Model => {
            let info = match kind {
                Kind::Glb => yz_media::check_glb(&bytes),
                _ => yz_media::check_gltf(&bytes),
            }
            .map_err(refuse)?;
            Stored {
                kind: MediaKind::Model,
                main: (format!("{base}.{}", info.kind.extension()), bytes),
                mime: info.kind.mime().into(),
                width: None,
                height: None,
                variants: vec![],
            }
        }
    })
}

/// Checks, stores and records one media file of an exhibit.
#[allow(clippy::too_many_arguments)]
pub async fn add(
    app: &App,
    actor: &Actor,
    org_id: &str,
    id: &str,
    purpose: MediaKind,
    bytes: Vec<u8>,
    poster: Option<Vec<u8>>,
    caption: &str,
) -> AppResult<String> {
    let e = scope::own_exhibit(app, actor, org_id, id).await?;
    crate::quotas::media_left(app, id, org_id, bytes.len() as i64).await?;
    let media_id = yz_store::new_id();
    let base = format!("media/{id}/{media_id}");
    let limits = app.config.media_limits.clone();
    let size = bytes.len() as i64;
    let stored =
        tokio::task::spawn_blocking(move || blocking_check(purpose, bytes, poster, &limits, &base))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))??;
    let mut variants = BTreeMap::new();
    for (name, key, body) in stored.variants {
        objects::put(&app.objects, &key, body).await?;
        variants.insert(name, key);
    }
    let (main_key, main_body) = stored.main;
    objects::put(&app.objects, &main_key, main_body).await?;
    let caption: String = caption
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let mut m = Media {
        id: media_id,
        exhibit_id: id.to_owned(),
        kind: stored.kind,
        object_key: main_key,
        mime: stored.mime,
        width: stored.width,
        height: stored.height,
        variants,
        caption,
        size_bytes: size,
        revision: 0,
    };
    let mut w = app.work(actor).await?;
    let now = w.now();
    m.revision = crate::exhibits::revision_for_media(&mut w, &e).await?;
    exhibits::add_media(&mut w.tx, &m, now).await?;
    w.changed(Changed::Media, &m.id, Verb::Created);
    w.record(Change::new(Changed::Exhibit, id, Verb::Changed).of_org(&e.org_id));
    w.audit(
        "exhibit.media_add",
        format!("exhibit:{id}"),
        json!({"kind": m.kind, "media": m.id, "bytes": size}),
    );
    w.commit().await?;
    Ok(m.id)
}

/// The page's view of an exhibit's media, grouped by kind.
#[derive(Debug, Clone, Default)]
pub struct Gallery {
    pub images: Vec<Media>,
    pub panoramas: Vec<Media>,
    pub videos: Vec<Media>,
    pub documents: Vec<Media>,
    pub tables: Vec<(Media, String)>,
    pub models: Vec<Media>,
}

impl Gallery {
    /// Files it by kind. A table shows with its rendered HTML, or, given
    /// none, by its download link among the documents.
    pub fn add(&mut self, m: Media, table_html: Option<String>) {
        match m.kind {
            MediaKind::Image => self.images.push(m),
            MediaKind::Panorama => self.panoramas.push(m),
            MediaKind::Video => self.videos.push(m),
            MediaKind::Document => self.documents.push(m),
            MediaKind::Model => self.models.push(m),
            MediaKind::Table => match table_html {
                Some(html) => self.tables.push((m, html)),
                None => self.documents.push(m),
            },
        }
    }

    /// The media of an exhibit, up to revision `up_to` (what visitors see of
    /// the live revision), or all of them for the exhibitor.
    pub async fn load(
        app: &App,
        exhibit_id: &str,
        up_to: Option<i64>,
    ) -> Result<Gallery, AppError> {
        let mut g = Gallery::default();
        for m in exhibits::media_of(&app.stores.main, exhibit_id).await? {
            if up_to.is_some_and(|r| m.revision > r) {
                continue;
            }
            let html = match (m.kind, m.variants.get("html")) {
                (MediaKind::Table, Some(key)) => Some(
                    String::from_utf8(objects::get(&app.objects, key).await?).unwrap_or_default(),
                ),
                (MediaKind::Table, None) => Some(String::new()),
                _ => None,
            };
            g.add(m, html);
        }
        Ok(g)
    }
}
