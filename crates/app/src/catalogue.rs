//! The product catalogue as a spreadsheet (req. 6): a template, an import
//! that reports every bad cell by row, column and reason and writes nothing
//! unless every row is right, and exports to XLSX and CSV with the same
//! columns (plus each product's id, so an export edited and imported again
//! updates those products instead of adding copies).

use std::collections::HashMap;

use rust_xlsxwriter::{Format, Workbook};
use serde_json::json;
use yz_domain::change::{Change, Kind, Verb};
use yz_store::exhibits::{self, Exhibit, Text};

use super::exhibits::{ExhibitInput, amount_input, parse, write_content};
use crate::Actor;
use crate::App;
use crate::error::AppError;
use crate::error::Msg;
use crate::scope;
use yz_domain::Permission;
use yz_store::revisions::Content;

/// The columns, in template order. The ids are the header cells.
pub const COLUMNS: [&str; 18] = [
    "id",
    "source_lang",
    "title_zh",
    "title_en",
    "description_zh",
    "description_en",
    "points_zh",
    "points_en",
    "hs_code",
    "model_number",
    "price_min",
    "price_max",
    "currency",
    "moq",
    "lead_time_days",
    "incoterms",
    "ports",
    "specs",
];

/// Most product rows in one file.
pub const MAX_ROWS: usize = 10_000;
/// Most problems listed (the rest are counted).
pub const MAX_REPORTED: usize = 200;

/// Spreadsheet column letters: 0 -> A, 26 -> AA.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn set(input: &mut ExhibitInput, column: &str, value: String) {
    let slot = match column {
        "source_lang" => &mut input.source_lang,
        "title_zh" => &mut input.title_zh,
        "title_en" => &mut input.title_en,
        "description_zh" => &mut input.description_zh,
        "description_en" => &mut input.description_en,
        "points_zh" => &mut input.points_zh,
        "points_en" => &mut input.points_en,
        "hs_code" => &mut input.hs_code,
        "model_number" => &mut input.model_number,
        "price_min" => &mut input.price_min,
        "price_max" => &mut input.price_max,
        "currency" => &mut input.currency,
        "moq" => &mut input.moq,
        "lead_time_days" => &mut input.lead_time_days,
        "incoterms" => &mut input.incoterms,
        "ports" => &mut input.ports,
        "specs" => &mut input.specs,
        _ => return,
    };
    *slot = value;
}

/// The column a form error belongs to.
fn column_of(msg: &Msg, input: &ExhibitInput) -> &'static str {
    match msg.key {
        "error-exhibit-title" => {
            if input.source_lang.trim().starts_with("zh") {
                "title_zh"
            } else {
                "title_en"
            }
        }
        "error-hs-code" => "hs_code",
        "error-currency" => "currency",
        "error-price" => {
            let v = msg.arg("value").unwrap_or_default();
            if input.price_min.trim() == v {
                "price_min"
            } else {
                "price_max"
            }
        }
        "error-price-order" => "price_max",
        "error-moq" => "moq",
        "error-lead-time" => "lead_time_days",
        "error-incoterm" => "incoterms",
        "error-spec-line" => "specs",
        _ => "id",
    }
}

/// One bad cell.
#[derive(Debug, Clone)]
pub struct CellError {
    /// Spreadsheet row number (the header is row 1).
    pub row: usize,
    pub column: String,
    pub reason: Msg,
}

/// A checked row, ready to write.
pub struct Row {
    pub id: Option<String>,
    pub exhibit: Exhibit,
    pub texts: Vec<Text>,
}

/// Why a file cannot be imported at all, or the list of bad cells.
pub enum Refusal {
    File(Msg),
    Cells { errors: Vec<CellError>, more: usize },
}

/// Reads and checks every row (CPU only; run it off the async threads).
pub fn check_file(bytes: &[u8], limits: &yz_media::Limits) -> Result<Vec<Row>, Refusal> {
    let kind = match yz_media::sniff(bytes) {
        Some(k @ (yz_media::Kind::Xlsx | yz_media::Kind::Csv)) => k,
        _ => return Err(Refusal::File(Msg::new("error-import-type"))),
    };
    let table = yz_media::read_table(kind, bytes, limits)
        .map_err(|e| Refusal::File(super::exhibit_media::refusal(&e)))?;
    let Some(sheet) = table.sheets.into_iter().next() else {
        return Err(Refusal::File(Msg::new("error-import-empty")));
    };
    let mut rows = sheet.rows.into_iter();
    let header: Vec<String> = rows
        .next()
        .unwrap_or_default()
        .into_iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    for required in ["hs_code", "source_lang"] {
        if !header.iter().any(|h| h == required) {
            return Err(Refusal::File(
                Msg::new("error-import-header").with("column", required),
            ));
        }
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut more = 0;
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    for (i, cells) in rows.enumerate() {
        let row = i + 2;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if out.len() + 1 > MAX_ROWS {
            return Err(Refusal::File(
                Msg::new("error-import-too-many").with("max", MAX_ROWS.to_string()),
            ));
        }
        let mut input = ExhibitInput::default();
        let mut id = None;
        for (j, value) in cells.into_iter().enumerate() {
            match header.get(j).map(String::as_str) {
                Some("id") if !value.trim().is_empty() => id = Some(value.trim().to_owned()),
                Some(col) => set(&mut input, col, value),
                None => {}
            }
        }
        let letter_of = |col: &str| {
            header
                .iter()
                .position(|h| h == col)
                .map(column_letter)
                .unwrap_or_else(|| col.to_owned())
        };
        if let Some(id) = &id
            && let Some(first) = seen_ids.insert(id.clone(), row)
        {
            push(
                &mut errors,
                &mut more,
                CellError {
                    row,
                    column: letter_of("id"),
                    reason: Msg::new("error-import-duplicate-id").with("row", first.to_string()),
                },
            );
        }
        match parse(&input) {
            Ok((exhibit, texts)) => out.push(Row { id, exhibit, texts }),
            Err(AppError::Invalid(msgs)) => {
                for m in msgs {
                    let column = letter_of(column_of(&m, &input));
                    push(
                        &mut errors,
                        &mut more,
                        CellError {
                            row,
                            column,
                            reason: m,
                        },
                    );
                }
            }
            Err(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(Refusal::Cells { errors, more });
    }
    if out.is_empty() {
        return Err(Refusal::File(Msg::new("error-import-empty")));
    }
    Ok(out)
}

fn push(errors: &mut Vec<CellError>, more: &mut usize, e: CellError) {
    if errors.len() < MAX_REPORTED {
        errors.push(e);
    } else {
        *more += 1;
    }
}

/// Imports a catalogue into `org_id`, all or nothing: new rows become
/// drafts; rows whose id is one of the organisation's products update it
/// the way the form does (a published product's edit waits for review where
/// its fairs review content). Returns how many products were written.
pub async fn import(
    app: &App,
    actor: &Actor,
    org_id: &str,
    bytes: Vec<u8>,
) -> Result<usize, ImportFailure> {
    scope::own_org(app, actor, org_id, Permission::ExhibitEdit).await?;
    let limits = app.config.media_limits.clone();
    let rows = tokio::task::spawn_blocking(move || check_file(&bytes, &limits))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(ImportFailure::Refused)?;
    let new_rows = rows.iter().filter(|r| r.id.is_none()).count() as i64;
    crate::quotas::exhibits_left_for(app, org_id, new_rows).await?;
    let mut w = app.work(actor).await?;
    let now = w.now();
    let mut unknown = Vec::new();
    for (n, r) in rows.iter().enumerate() {
        let content = Content::of(&r.exhibit, &r.texts);
        match &r.id {
            Some(id) => {
                let existing = exhibits::by_id(&app.stores.main, id)
                    .await
                    .map_err(AppError::from)?
                    .filter(|e| e.org_id == org_id);
                let Some(e) = existing else {
                    unknown.push(CellError {
                        row: n + 2,
                        column: "A".into(),
                        reason: Msg::new("error-import-unknown-id"),
                    });
                    continue;
                };
                let before = Content::of(
                    &e,
                    &exhibits::texts(&app.stores.main, id)
                        .await
                        .map_err(AppError::from)?,
                );
                if before != content {
                    write_content(&mut w, &e, content).await?;
                }
            }
            None => {
                let mut e = r.exhibit.clone();
                e.org_id = org_id.to_owned();
                e.created_by = actor.id.clone();
                exhibits::save(&mut w.tx, &e, now)
                    .await
                    .map_err(AppError::from)?;
                for t in &r.texts {
                    exhibits::put_text(&mut w.tx, &e.id, t)
                        .await
                        .map_err(AppError::from)?;
                }
                w.record(Change::new(Kind::Exhibit, &e.id, Verb::Created).of_org(&e.org_id));
            }
        }
    }
    if !unknown.is_empty() {
        // Dropping the transaction rolls every row back.
        return Err(ImportFailure::Refused(Refusal::Cells {
            errors: unknown,
            more: 0,
        }));
    }
    w.audit(
        "exhibit.import",
        format!("org:{org_id}"),
        json!({"rows": rows.len()}),
    );
    w.commit().await?;
    Ok(rows.len())
}

pub enum ImportFailure {
    /// The file, or some of its cells, are wrong.
    Refused(Refusal),
    Other(AppError),
}

impl From<AppError> for ImportFailure {
    fn from(e: AppError) -> Self {
        ImportFailure::Other(e)
    }
}

/// The catalogue's cells, header first, in [`COLUMNS`] order (what is
/// live for published products).
pub async fn rows(app: &App, actor: &Actor, org_id: &str) -> Result<Vec<Vec<String>>, AppError> {
    scope::own_org(app, actor, org_id, Permission::ExhibitEdit).await?;
    let mut out = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect()];
    for (e, texts) in exhibits::catalogue(&app.stores.main, org_id).await? {
        let text = |lang: &str| {
            texts
                .iter()
                .find(|t| t.lang == lang)
                .cloned()
                .unwrap_or_default()
        };
        let (zh, en) = (text("zh-CN"), text("en"));
        let amount = |m: Option<i64>| amount_input(m, &e.currency);
        out.push(vec![
            e.id.clone(),
            e.source_lang.clone(),
            zh.title,
            en.title,
            zh.description,
            en.description,
            zh.selling_points,
            en.selling_points,
            yz_domain::hs::dotted(&e.hs_code),
            e.model_number.clone(),
            amount(e.price_min_minor),
            amount(e.price_max_minor),
            e.currency.clone(),
            e.moq.map(|n| n.to_string()).unwrap_or_default(),
            e.lead_time_days.map(|n| n.to_string()).unwrap_or_default(),
            e.incoterms.join(", "),
            e.ports.join(", "),
            e.specs
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
        ]);
    }
    Ok(out)
}

/// An XLSX workbook of `rows` (first row bold and frozen), with a second
/// sheet of instructions.
pub fn xlsx(rows: &[Vec<String>], instructions: &[(String, String)]) -> Result<Vec<u8>, AppError> {
    let fail = |e: rust_xlsxwriter::XlsxError| AppError::Internal(format!("writing XLSX: {e}"));
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = wb.add_worksheet();
    sheet.set_name("Products").map_err(fail)?;
    for (c, _) in COLUMNS.iter().enumerate() {
        sheet.set_column_format(c as u16, &text).map_err(fail)?;
        sheet.set_column_width(c as u16, 18).map_err(fail)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if r == 0 {
                sheet
                    .write_string_with_format(0, c as u16, cell, &bold)
                    .map_err(fail)?;
            } else {
                sheet.write_string(r as u32, c as u16, cell).map_err(fail)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    let help = wb.add_worksheet();
    help.set_name("Instructions").map_err(fail)?;
    help.set_column_width(0, 18).map_err(fail)?;
    help.set_column_width(1, 90).map_err(fail)?;
    for (r, (col, what)) in instructions.iter().enumerate() {
        help.write_string_with_format(r as u32, 0, col, &bold)
            .map_err(fail)?;
        help.write_string(r as u32, 1, what).map_err(fail)?;
    }
    wb.save_to_buffer().map_err(fail)
}

/// A CSV file of `rows`, cells that a spreadsheet would run as formulas
/// defused, with a UTF-8 BOM so spreadsheet programs read Chinese right.
pub fn csv(rows: &[Vec<String>]) -> Result<Vec<u8>, AppError> {
    let mut w = ::csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    for row in rows {
        w.write_record(row.iter().map(|c| crate::exports::csv_cell(c)))
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn bad_cells_are_reported_by_row_and_column() {
        let csv = "source_lang,title_en,hs_code,price_min,currency,incoterms\n\
                   en,Chair,9401.61,25,USD,FOB\n\
                   en,,94,x,USD,XYZ\n";
        let Err(Refusal::Cells { errors, more }) =
            check_file(csv.as_bytes(), &yz_media::Limits::default())
        else {
            panic!("should refuse")
        };
        assert_eq!(more, 0);
        let cells: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.column.as_str(), e.reason.key))
            .collect();
        assert!(
            cells.contains(&(3, "B", "error-exhibit-title")),
            "{cells:?}"
        );
        assert!(cells.contains(&(3, "C", "error-hs-code")), "{cells:?}");
        assert!(cells.contains(&(3, "D", "error-price")), "{cells:?}");
        assert!(cells.contains(&(3, "F", "error-incoterm")), "{cells:?}");
        assert!(!cells.iter().any(|c| c.0 == 2), "row 2 is fine");
    }

    #[test]
    fn a_written_template_reads_back() {
        let rows = vec![
            COLUMNS.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>(),
            {
                let mut r = vec![String::new(); COLUMNS.len()];
                r[1] = "zh-CN".into();
                r[2] = "实木餐椅".into();
                r[8] = "9401.61".into();
                r[10] = "=1+1".into();
                r
            },
        ];
        let bytes = xlsx(&rows, &[]).map_err(|_| ()).unwrap();
        let Err(Refusal::Cells { errors, .. }) = check_file(&bytes, &yz_media::Limits::default())
        else {
            panic!("the formula-looking price is refused")
        };
        assert!(
            errors
                .iter()
                .any(|e| e.column == "K" && e.reason.key == "error-price")
        );
        let csv = csv(&rows).map_err(|_| ()).unwrap();
        assert!(String::from_utf8_lossy(&csv).contains("'=1+1"));
    }
}
