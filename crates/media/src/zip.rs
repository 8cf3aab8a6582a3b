//! A minimal, read-only view of a ZIP archive's directory: entry names and
//! declared uncompressed sizes. Used to tell XLSX from other ZIPs and to
//! bound how much a workbook may unpack to before any XML is parsed.

use crate::bytes::{le16, le32, le64, to_usize};

/// Most entries looked at; real workbooks have a few dozen.
const MAX_ENTRIES: usize = 100_000;

/// One file inside a ZIP archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Path inside the archive (lossy UTF-8).
    pub name: String,
    /// Declared uncompressed size in bytes.
    pub size: u64,
}

/// Whether `b` starts like a ZIP archive (a local file header).
pub(crate) fn is_zip(b: &[u8]) -> bool {
    b.starts_with(b"PK\x03\x04")
}

/// The archive's entries, from the central directory when one is found,
/// otherwise by walking the local file headers from the start. `None` if the
/// bytes are not a readable ZIP.
pub(crate) fn entries(b: &[u8]) -> Option<Vec<Entry>> {
    if !is_zip(b) {
        return None;
    }
    central_directory(b).or_else(|| local_headers(b))
}

fn find_eocd(b: &[u8]) -> Option<usize> {
    let last = b.len().checked_sub(22)?;
    let first = last.saturating_sub(0xFFFF);
    (first..=last)
        .rev()
        .find(|&i| b.get(i..i + 4) == Some(b"PK\x05\x06".as_slice()))
}

fn central_directory(b: &[u8]) -> Option<Vec<Entry>> {
    let eocd = find_eocd(b)?;
    let mut count = u64::from(le16(b, eocd + 10)?);
    let mut offset = u64::from(le32(b, eocd + 16)?);
    if count == 0xFFFF || offset == 0xFFFF_FFFF {
        // ZIP64: the locator sits just before the end-of-central-directory record.
        let loc = eocd.checked_sub(20)?;
        if b.get(loc..loc + 4) != Some(b"PK\x06\x07".as_slice()) {
            return None;
        }
        let rec = to_usize(le64(b, loc + 8)?);
        if b.get(rec..rec.checked_add(4)?) != Some(b"PK\x06\x06".as_slice()) {
            return None;
        }
        count = le64(b, rec + 32)?;
        offset = le64(b, rec + 48)?;
    }
    let count = to_usize(count).min(MAX_ENTRIES);
    let mut at = to_usize(offset);
    let mut out = Vec::with_capacity(count.min(1024));
    for _ in 0..count {
        if b.get(at..at.checked_add(4)?) != Some(b"PK\x01\x02".as_slice()) {
            return None;
        }
        let mut size = u64::from(le32(b, at + 24)?);
        let name_len = usize::from(le16(b, at + 28)?);
        let extra_len = usize::from(le16(b, at + 30)?);
        let comment_len = usize::from(le16(b, at + 32)?);
        let name_at = at.checked_add(46)?;
        let name = b.get(name_at..name_at.checked_add(name_len)?)?;
        let extra_at = name_at + name_len;
        let extra = b.get(extra_at..extra_at.checked_add(extra_len)?)?;
        if size == 0xFFFF_FFFF {
            size = zip64_size(extra)?;
        }
        out.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            size,
        });
        at = extra_at.checked_add(extra_len)?.checked_add(comment_len)?;
    }
    Some(out)
}

/// The uncompressed size from a ZIP64 extended-information extra field.
fn zip64_size(extra: &[u8]) -> Option<u64> {
    let mut at = 0usize;
    while at + 4 <= extra.len() {
        let id = le16(extra, at)?;
        let len = usize::from(le16(extra, at + 2)?);
        if id == 0x0001 {
            return le64(extra, at + 4);
        }
        at = at.checked_add(4 + len)?;
    }
    None
}

fn local_headers(b: &[u8]) -> Option<Vec<Entry>> {
    let mut out = Vec::new();
    let mut at = 0usize;
    while b.get(at..at.checked_add(4)?) == Some(b"PK\x03\x04".as_slice()) && out.len() < MAX_ENTRIES
    {
        let flags = le16(b, at + 6)?;
        let compressed = le32(b, at + 18)?;
        let size = le32(b, at + 22)?;
        let name_len = usize::from(le16(b, at + 26)?);
        let extra_len = usize::from(le16(b, at + 28)?);
        let name_at = at.checked_add(30)?;
        let Some(name) = b.get(name_at..name_at.checked_add(name_len)?) else {
            break;
        };
        out.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            size: u64::from(size),
        });
        if flags & 0x08 != 0 {
            // Sizes follow the data in a descriptor; we cannot skip ahead.
            break;
        }
        at = name_at
            .checked_add(name_len)?
            .checked_add(extra_len)?
            .checked_add(to_usize(compressed))?;
    }
    if out.is_empty() { None } else { Some(out) }
}
