//! Tables: reading CSV and XLSX uploads and rendering them as safe HTML.

use crate::error::MediaError;
use crate::kind::Kind;
use crate::limits::{Limits, check, len64};
pub use crate::sheet::{Sheet, Table};
use crate::sniff::is_plain_csv_text;
use crate::text::strip_bom;
use std::fmt::Write as _;

/// Reads a CSV or XLSX upload of `kind` into a [`Table`].
///
/// * CSV: UTF-8 (an optional BOM is skipped), delimiter `,`, `;` or tab
///   detected from the first lines, RFC 4180 quoting (quotes, embedded
///   delimiters and line breaks in quoted fields).
/// * XLSX: every sheet via `calamine`; integers without `.0`, dates and
///   times as ISO 8601 (`2024-05-01`, `2024-05-01T09:30:00`), durations as
///   `H:MM:SS`, booleans `TRUE`/`FALSE`, formula cells as their cached value,
///   error cells as `#DIV/0!` etc. Before any XML is parsed, every entry
///   of the archive is inflated once and what really comes out is counted:
///   more than [`Limits::max_decode_alloc`] bytes in all, an entry giving
///   more than its declared size or declaring more than 200 times its
///   compressed size (past 1 MiB), or more than 10 000 entries are refused
///   with [`MediaError::LimitExceeded`] (ZIP bombs). Unreadable, encrypted
///   or macro-enabled workbooks and duplicate entry names give
///   [`MediaError::InvalidTable`].
///
/// Rows (summed over sheets) and columns are bounded by
/// [`Limits::max_table_rows`] / [`Limits::max_table_columns`], giving
/// [`MediaError::TooManyRows`] / [`MediaError::TooManyColumns`]. CPU-bound on
/// large files: run it in `tokio::task::spawn_blocking`.
pub fn read_table(kind: Kind, bytes: &[u8], limits: &Limits) -> Result<Table, MediaError> {
    check(kind, len64(bytes.len()), limits)?;
    match kind {
        Kind::Csv => read_csv(bytes, limits),
        Kind::Xlsx => crate::xlsx::read_xlsx(bytes, limits),
        other => Err(MediaError::WrongKind {
            expected: "a CSV or XLSX table",
            found: other,
        }),
    }
}

/// Picks the delimiter that splits the first lines most consistently.
fn detect_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize, false);
    for delim in [b',', b';', b'\t'] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delim)
            .from_reader(text.as_bytes());
        let counts: Vec<usize> = reader
            .records()
            .take(20)
            .map_while(Result::ok)
            .map(|r| r.len())
            .collect();
        let first = counts.first().copied().unwrap_or(0);
        let consistent = counts.iter().all(|&c| c == first);
        // Prefer consistent splits, then more columns; `,` wins ties.
        if first > 1 && (consistent, first) > (best.2, best.1) {
            best = (delim, first, consistent);
        }
    }
    best.0
}

fn read_csv(bytes: &[u8], limits: &Limits) -> Result<Table, MediaError> {
    let text = std::str::from_utf8(strip_bom(bytes))
        .map_err(|_| MediaError::InvalidTable("CSV is not valid UTF-8".into()))?;
    if !is_plain_csv_text(text) {
        return Err(MediaError::InvalidTable(
            "CSV contains control characters, markup or script".into(),
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| MediaError::InvalidTable(format!("CSV: {e}")))?;
        if rows.len() >= limits.max_table_rows {
            return Err(MediaError::TooManyRows {
                max: limits.max_table_rows,
            });
        }
        if record.len() > limits.max_table_columns {
            return Err(MediaError::TooManyColumns {
                max: limits.max_table_columns,
            });
        }
        let mut row: Vec<String> = record.iter().map(str::to_owned).collect();
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        rows.push(row);
    }
    Ok(Table {
        sheets: vec![Sheet {
            name: String::new(),
            rows,
        }],
    })
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders `sheet` as an accessible HTML `<table>`, showing at most
/// `max_rows` body rows.
///
/// The first row becomes `<thead>` with `<th scope="col">` cells; the sheet
/// name (if any) becomes the `<caption>`. Every cell is HTML-escaped, and
/// short rows are padded so the table is rectangular. The table carries
/// `data-rows-total` and `data-rows-shown` (body rows) so the page can say,
/// in the visitor's language, that rows were left out. An empty sheet gives
/// an empty `<table></table>`.
pub fn to_html(sheet: &Sheet, max_rows: usize) -> String {
    let mut rows = sheet.rows.iter();
    let Some(header) = rows.next() else {
        return "<table></table>".to_owned();
    };
    let body_total = sheet.rows.len().saturating_sub(1);
    let shown = body_total.min(max_rows);
    let width = std::iter::once(header)
        .chain(sheet.rows.iter().skip(1).take(shown))
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    let mut html = String::new();
    let _ = write!(
        html,
        "<table data-rows-total=\"{body_total}\" data-rows-shown=\"{shown}\">"
    );
    if !sheet.name.is_empty() {
        let _ = write!(html, "<caption>{}</caption>", escape_html(&sheet.name));
    }
    html.push_str("<thead><tr>");
    for i in 0..width {
        let cell = header.get(i).map_or("", String::as_str);
        let _ = write!(html, "<th scope=\"col\">{}</th>", escape_html(cell));
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows.take(shown) {
        html.push_str("<tr>");
        for i in 0..width {
            let cell = row.get(i).map_or("", String::as_str);
            let _ = write!(html, "<td>{}</td>", escape_html(cell));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    html
}
