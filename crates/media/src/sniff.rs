//! Content sniffing: the real type of an upload from its bytes alone.

use crate::archive::{self, Archive};
use crate::error::guard;
use crate::kind::Kind;
use crate::text::strip_bom;
use crate::{models3d, video};

/// How much of a text upload is inspected for markup or script openers.
const TEXT_PROBE: usize = 4096;

/// Detects the real type of `bytes` from magic numbers and structure, never
/// from a file name or a client-supplied MIME type.
///
/// Returns `None` for anything that is not an accepted [`Kind`] — notably
/// HTML, SVG, XML, JavaScript, JSON that is not glTF 2.0, plain ZIP archives,
/// macro-enabled workbooks and binary data. Cheap: at most the ZIP directory
/// or, for JSON, one parse of the document is looked at.
///
/// Video needs only a prefix (the first 64 KiB are plenty), so `sniff` may be
/// called on the head of a stream; the other kinds expect the whole file.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Kind::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Kind::Png);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some(Kind::Gif);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP".as_slice()) {
        return Some(Kind::Webp);
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(Kind::Pdf);
    }
    if bytes.starts_with(b"glTF") {
        return (crate::bytes::le32(bytes, 4) == Some(2)).then_some(Kind::Glb);
    }
    if let Ok(kind) = video::check_video(bytes) {
        return Some(kind);
    }
    if archive::is_zip(bytes) {
        return is_xlsx(bytes).then_some(Kind::Xlsx);
    }
    sniff_text(bytes)
}

/// A ZIP is an XLSX workbook when it has `[Content_Types].xml` and entries
/// under `xl/`, and no VBA project (macro-enabled workbooks are refused).
/// Only the archive's directory is read.
fn is_xlsx(bytes: &[u8]) -> bool {
    // The `zip` crate parses untrusted bytes here: a panic is a "no".
    guard(|| archive::open(bytes)).is_ok_and(|a| has_xlsx_entries(&a))
}

/// The entry names of an XLSX workbook (see [`is_xlsx`]).
pub(crate) fn has_xlsx_entries(archive: &Archive<'_>) -> bool {
    // Raw names: the parts that matter are ASCII, whatever the name encoding.
    let has = |pred: &dyn Fn(&[u8]) -> bool| archive.file_names_raw().any(pred);
    has(&|n| n == b"[Content_Types].xml")
        && has(&|n| n.starts_with(b"xl/"))
        && !has(&|n| n.eq_ignore_ascii_case(b"xl/vbaProject.bin"))
}

fn sniff_text(bytes: &[u8]) -> Option<Kind> {
    let text = std::str::from_utf8(strip_bom(bytes)).ok()?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.starts_with('{') {
        return models3d::is_gltf_json(text.as_bytes()).then_some(Kind::Gltf);
    }
    if is_plain_csv_text(text) && first_record_has_fields(text) {
        return Some(Kind::Csv);
    }
    None
}

/// Text that a browser could take for markup or script is never CSV.
pub(crate) fn is_plain_csv_text(text: &str) -> bool {
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return false;
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with(['<', '{', '[']) {
        return false;
    }
    let probe: String = trimmed
        .chars()
        .take(TEXT_PROBE)
        .collect::<String>()
        .to_ascii_lowercase();
    const MARKUP: [&str; 12] = [
        "<!doctype",
        "<html",
        "<head",
        "<body",
        "<script",
        "<iframe",
        "<svg",
        "<?xml",
        "<object",
        "<embed",
        "<meta",
        "javascript:",
    ];
    if MARKUP.iter().any(|m| probe.contains(m)) {
        return false;
    }
    const SCRIPT_OPENERS: [&str; 18] = [
        "function ",
        "function(",
        "var ",
        "let ",
        "const ",
        "import ",
        "import(",
        "export ",
        "class ",
        "async ",
        "(function",
        "!function",
        "(()",
        "\"use strict\"",
        "'use strict'",
        "//",
        "/*",
        "#!",
    ];
    !SCRIPT_OPENERS.iter().any(|s| probe.starts_with(s))
}

fn first_record_has_fields(text: &str) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    matches!(reader.read_record(&mut record), Ok(true)) && !record.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_markup_and_script() {
        for s in [
            "<html><body>hi</body></html>",
            "  <!DOCTYPE html>",
            "<svg xmlns='http://www.w3.org/2000/svg'/>",
            "<?xml version='1.0'?><a/>",
            "name,link\nx,<script>alert(1)</script>",
            "function f() { return 1 }",
            "const x = 1;",
            "{\"a\": 1}",
            "[1,2,3]",
            "a,b\u{0}c",
            "",
            "   \n",
        ] {
            assert_eq!(sniff(s.as_bytes()), None, "{s:?}");
        }
    }

    #[test]
    fn accepts_csv() {
        assert_eq!(sniff(b"a,b,c\n1,2,3\n"), Some(Kind::Csv));
        assert_eq!(sniff(b"\xEF\xBB\xBFname;price\nTea;3\n"), Some(Kind::Csv));
        assert_eq!(
            sniff("城市\t人口\n上海\t2400万\n".as_bytes()),
            Some(Kind::Csv)
        );
        assert_eq!(sniff(b"single"), Some(Kind::Csv));
    }

    #[test]
    fn magic_numbers() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Kind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Kind::Png));
        assert_eq!(sniff(b"GIF89a...."), Some(Kind::Gif));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Kind::Webp));
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), None);
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Kind::Pdf));
        assert_eq!(sniff(b"glTF\x02\0\0\0"), Some(Kind::Glb));
        assert_eq!(sniff(b"glTF\x01\0\0\0"), None);
        assert_eq!(sniff(b"MZ\x90\0"), None);
        assert_eq!(sniff(b"\x7fELF\x02\x01"), None);
        assert_eq!(sniff(b"PK\x03\x04"), None);
    }

    #[test]
    fn mime_and_extension() {
        for k in Kind::ALL {
            assert!(!k.mime().is_empty());
            assert!(!k.extension().is_empty());
            assert!(!k.mime().contains("html"));
        }
        assert_eq!(Kind::Glb.mime(), "model/gltf-binary");
        assert_eq!(Kind::Csv.mime(), "text/csv; charset=utf-8");
        assert_eq!(Kind::Jpeg.extension(), "jpg");
    }
}
