//! XLSX reading through `calamine`, with ZIP-bomb and size bounds.

use crate::archive;
use crate::error::{MediaError, guard};
use crate::limits::Limits;
use crate::sheet::{Sheet, Table};
use crate::sniff;
use calamine::{DataRef, ExcelDateTime, Reader, Xlsx};
use std::io::Cursor;

/// Reads every sheet of an XLSX workbook (see [`crate::read_table`]).
pub(crate) fn read_xlsx(bytes: &[u8], limits: &Limits) -> Result<Table, MediaError> {
    // Third-party parsers run on untrusted bytes throughout: `guard` turns
    // a panic in any of them into a refusal.
    guard(|| {
        check_archive(bytes, limits)?;
        read_sheets(bytes, limits)
    })
}

/// Refuses anything but a workbook whose entries really inflate within
/// [`Limits::max_decode_alloc`], before `calamine` parses any of it.
fn check_archive(bytes: &[u8], limits: &Limits) -> Result<(), MediaError> {
    let not_xlsx = || MediaError::InvalidTable("not an XLSX workbook".into());
    if !archive::is_zip(bytes) {
        return Err(not_xlsx());
    }
    let mut zip = archive::open(bytes)?;
    if !sniff::has_xlsx_entries(&zip) {
        return Err(not_xlsx());
    }
    archive::check_inflation(&mut zip, limits.max_decode_alloc)
}

fn invalid(e: impl std::fmt::Display) -> MediaError {
    MediaError::InvalidTable(format!("XLSX: {e}"))
}

fn read_sheets(bytes: &[u8], limits: &Limits) -> Result<Table, MediaError> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(invalid)?;
    let mut total_rows = 0usize;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let mut reader = workbook.worksheet_cells_reader(&name).map_err(invalid)?;
        let mut rows: Vec<Vec<String>> = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(invalid)? {
            let text = render(cell.get_value());
            if text.is_empty() {
                continue;
            }
            let (row, col) = cell.get_position();
            let (row, col) = (crate::bytes::to_usize(row), crate::bytes::to_usize(col));
            if col >= limits.max_table_columns {
                return Err(MediaError::TooManyColumns {
                    max: limits.max_table_columns,
                });
            }
            if row >= rows.len() {
                let grown = total_rows.saturating_add(row + 1 - rows.len());
                if grown > limits.max_table_rows {
                    return Err(MediaError::TooManyRows {
                        max: limits.max_table_rows,
                    });
                }
                total_rows = grown;
                rows.resize_with(row + 1, Vec::new);
            }
            if let Some(cells) = rows.get_mut(row) {
                if col >= cells.len() {
                    cells.resize_with(col + 1, String::new);
                }
                if let Some(slot) = cells.get_mut(col) {
                    *slot = text;
                }
            }
        }
        drop(reader);
        sheets.push(Sheet { name, rows });
    }
    Ok(Table { sheets })
}

/// One cell as text.
fn render(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => float(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(dt) => date_time(dt),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// Whole numbers without a fractional part, others in shortest round-trip form.
fn float(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

fn date_time(dt: &ExcelDateTime) -> String {
    if dt.is_duration() {
        let total_ms = (dt.as_f64() * 86_400_000.0).round();
        if !total_ms.is_finite() || total_ms.abs() > 1e15 {
            return float(dt.as_f64());
        }
        let sign = if total_ms < 0.0 { "-" } else { "" };
        let secs = (total_ms.abs() / 1000.0).round();
        let (h, m, s) = (
            (secs / 3600.0).floor(),
            ((secs % 3600.0) / 60.0).floor(),
            secs % 60.0,
        );
        return format!("{sign}{h:.0}:{m:02.0}:{s:02.0}");
    }
    let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
    let has_date = dt.as_f64() >= 1.0;
    let has_time = (h, mi, s, ms) != (0, 0, 0, 0);
    let time = if ms != 0 {
        format!("{h:02}:{mi:02}:{s:02}.{ms:03}")
    } else {
        format!("{h:02}:{mi:02}:{s:02}")
    };
    match (has_date, has_time) {
        (true, false) => format!("{y:04}-{mo:02}-{d:02}"),
        (true, true) => format!("{y:04}-{mo:02}-{d:02}T{time}"),
        (false, _) => time,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn floats_and_dates() {
        assert_eq!(float(3.0), "3");
        assert_eq!(float(-12.0), "-12");
        assert_eq!(float(0.1), "0.1");
        assert_eq!(float(2.5e20), "250000000000000000000");
        let day = ExcelDateTime::new(45413.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time(&day), "2024-05-01");
        let when = ExcelDateTime::new(45413.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time(&when), "2024-05-01T12:00:00");
        let time = ExcelDateTime::new(0.25, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time(&time), "06:00:00");
        let dur = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(date_time(&dur), "36:00:00");
    }
}
