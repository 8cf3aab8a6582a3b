//! PDF checks: structure sanity and refusal of active content.

use crate::bytes::find;
use crate::error::MediaError;

/// Header must appear within this many leading bytes.
const HEADER_WINDOW: usize = 1024;
/// `%%EOF` must appear within this many trailing bytes.
const TRAILER_WINDOW: usize = 1024;
/// Most bytes one object stream may inflate to.
const MAX_OBJSTM: usize = 64 * 1024 * 1024;
/// Most bytes all object streams of one file may inflate to together.
const MAX_OBJSTM_TOTAL: usize = 256 * 1024 * 1024;

/// PDF name keys that make a document "active": scripts, launching programs,
/// embedded files, rich media and XFA forms (which carry scripts).
const ACTIVE_NAMES: [&str; 7] = [
    "JavaScript",
    "JS",
    "Launch",
    "EmbeddedFile",
    "EmbeddedFiles",
    "RichMedia",
    "XFA",
];

/// What [`check_pdf`] found out about an accepted PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfInfo {
    /// The header version, e.g. `"1.7"`.
    pub version: String,
    /// How many compressed object streams were unpacked and inspected.
    pub object_streams: usize,
}

/// Checks that `bytes` is a passive PDF document.
///
/// * a `%PDF-1.x` (or `%PDF-2.x`) header within the first 1024 bytes;
/// * `%%EOF` within the last 1024 bytes (so truncated uploads are refused);
/// * no `/JavaScript`, `/JS`, `/Launch`, `/EmbeddedFile(s)`, `/RichMedia` or
///   `/XFA` name anywhere — in the file itself or inside Flate-compressed
///   object streams (`/Type /ObjStm`), with `#xx` escapes in names decoded.
///   A hit is [`MediaError::PdfActiveContent`].
///
/// Object streams that cannot be unpacked (unknown filter, corrupt data, or
/// more than 64 MiB unpacked) are refused, since they could hide such names.
/// Encrypted object streams are therefore refused too; plain encrypted
/// documents whose dictionaries are in the clear are accepted.
pub fn check_pdf(bytes: &[u8]) -> Result<PdfInfo, MediaError> {
    let head = bytes.get(..HEADER_WINDOW.min(bytes.len())).unwrap_or(&[]);
    let at = find(head, b"%PDF-", 0).ok_or(MediaError::InvalidPdf("no %PDF- header"))?;
    let version = head.get(at + 5..at + 8).unwrap_or(&[]);
    let valid_version = matches!(version, [b'1' | b'2', b'.', d] if d.is_ascii_digit());
    if !valid_version {
        return Err(MediaError::InvalidPdf("unsupported PDF version"));
    }
    let tail = bytes
        .get(bytes.len().saturating_sub(TRAILER_WINDOW)..)
        .unwrap_or(&[]);
    if find(tail, b"%%EOF", 0).is_none() {
        return Err(MediaError::InvalidPdf(
            "no %%EOF marker at the end (truncated?)",
        ));
    }
    scan_file(bytes)?;
    let object_streams = scan_object_streams(bytes)?;
    Ok(PdfInfo {
        version: String::from_utf8_lossy(version).into_owned(),
        object_streams,
    })
}

/// PDF delimiter and white-space characters end a name token.
fn ends_name(c: u8) -> bool {
    matches!(
        c,
        b'\0'
            | b'\t'
            | b'\n'
            | b'\x0c'
            | b'\r'
            | b' '
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
    )
}

/// Every `/Name` token in `bytes`, with `#xx` escapes decoded.
fn names(bytes: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let slash = at + bytes.get(at..)?.iter().position(|&c| c == b'/')?;
        let mut i = slash + 1;
        let mut name = Vec::new();
        while let Some(&c) = bytes.get(i) {
            if ends_name(c) {
                break;
            }
            if c == b'#' {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    name.push(v);
                    i += 3;
                    continue;
                }
            }
            name.push(c);
            i += 1;
        }
        at = i.max(slash + 1);
        Some(name)
    })
}

/// Looks for active names in `bytes`. With `short == false`, names shorter
/// than six letters (`/JS`, `/XFA`) are skipped: inside binary stream data
/// they would match by chance, while the long names practically never do
/// (and every script action also carries the long `/JavaScript`).
fn scan_names(bytes: &[u8], short: bool) -> Result<(), MediaError> {
    for name in names(bytes) {
        if !short && name.len() < 6 {
            continue;
        }
        if let Some(hit) = ACTIVE_NAMES
            .iter()
            .find(|a| a.as_bytes() == name.as_slice())
        {
            return Err(MediaError::PdfActiveContent((*hit).to_owned()));
        }
    }
    Ok(())
}

/// Scans the whole file: dictionaries strictly, stream bodies for long names.
fn scan_file(bytes: &[u8]) -> Result<(), MediaError> {
    let mut outside_from = 0usize;
    for stream in streams(bytes) {
        let gap = bytes.get(outside_from..stream.start).unwrap_or(&[]);
        scan_names(gap, true)?;
        scan_names(bytes.get(stream.start..stream.end).unwrap_or(&[]), false)?;
        outside_from = stream.end;
    }
    scan_names(bytes.get(outside_from..).unwrap_or(&[]), true)
}

/// One stream object: its dictionary text and where its data lies.
struct Stream<'a> {
    /// Text from the object's `obj` keyword up to `stream`.
    dict: &'a [u8],
    /// First data byte.
    start: usize,
    /// Position of `endstream` (or the end of the file).
    end: usize,
}

/// Finds `stream` keywords (not `endstream`) in file order.
fn streams(bytes: &[u8]) -> impl Iterator<Item = Stream<'_>> + '_ {
    let mut at = 0usize;
    let mut previous_end = 0usize;
    std::iter::from_fn(move || {
        loop {
            let kw = find(bytes, b"stream", at)?;
            at = kw + 6;
            if kw >= 3 && bytes.get(kw - 3..kw) == Some(b"end".as_slice()) {
                continue;
            }
            let mut data = kw + 6;
            match bytes.get(data) {
                Some(b'\r') if bytes.get(data + 1) == Some(&b'\n') => data += 2,
                Some(b'\n') | Some(b'\r') => data += 1,
                _ => continue,
            }
            let end = find(bytes, b"endstream", data).unwrap_or(bytes.len());
            // Look back at most 4 KiB and never into the previous stream, so
            // the total work stays linear in the file size.
            let dict_from = kw.saturating_sub(4096).max(previous_end);
            let window = bytes.get(dict_from..kw).unwrap_or(&[]);
            let dict_start = window
                .windows(3)
                .rposition(|w| w == b"obj")
                .map_or(0, |p| p + 3);
            let dict = window.get(dict_start..).unwrap_or(&[]);
            at = end;
            previous_end = end;
            return Some(Stream {
                dict,
                start: data,
                end,
            });
        }
    })
}

fn scan_object_streams(bytes: &[u8]) -> Result<usize, MediaError> {
    let mut count = 0usize;
    let mut budget = MAX_OBJSTM_TOTAL;
    for stream in streams(bytes) {
        let data = bytes.get(stream.start..stream.end).unwrap_or(&[]);
        let dict_names: Vec<Vec<u8>> = names(stream.dict).collect();
        let has = |n: &[u8]| dict_names.iter().any(|d| d.as_slice() == n);
        if !has(b"ObjStm") {
            continue;
        }
        let filters = dict_names
            .iter()
            .filter(|n| n.ends_with(b"Decode") || n.as_slice() == b"Fl")
            .count();
        let inflated;
        let content = if filters == 0 {
            data
        } else if filters == 1 && (has(b"FlateDecode") || has(b"Fl")) {
            let limit = MAX_OBJSTM.min(budget);
            inflated = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, limit)
                .map_err(|_| MediaError::InvalidPdf("object stream cannot be inspected"))?;
            budget = budget.saturating_sub(inflated.len());
            inflated.as_slice()
        } else {
            return Err(MediaError::InvalidPdf("object stream filter not supported"));
        };
        scan_names(content, true)?;
        count += 1;
    }
    Ok(count)
}
