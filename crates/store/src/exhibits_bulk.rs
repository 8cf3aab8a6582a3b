//! Many published exhibits at once, with their texts and media, in few
//! statements: the loader the demo and benchmark seeding use.

use crate::StoreError;
use crate::db::Tx;
use crate::exhibits::{Exhibit, Media, SAVE_COLS, Text, save_values};

/// Rows per multi-row INSERT statement in [`insert`].
const BULK: usize = 300;

/// Inserts many published exhibits with their texts and media in few
/// statements (seeding demo and benchmark data, large imports).
pub async fn insert(
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
    for chunk in items.chunks(BULK) {
        let mut args = Vec::with_capacity(chunk.len() * 19);
        for (e, _, _) in chunk {
            args.push(e.revision.into());
            args.extend(save_values(e));
            args.extend(crate::args![now, now, now]);
        }
        tx.execute(
            &format!(
                "INSERT INTO exhibits (revision, {SAVE_COLS}, created_at, updated_at, published_at) VALUES {}",
                placeholders(chunk.len(), 19)
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
