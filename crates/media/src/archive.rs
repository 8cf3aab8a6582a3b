//! Bounded reading of ZIP archives, the container of XLSX workbooks.
//!
//! Parsing is left to the `zip` crate, the same major version `calamine`
//! uses, so the entries we check are the entries `calamine` later reads.
//! What no parser does for us is bound the work an archive causes: every size
//! in a ZIP's directory is a claim made by the uploader. [`check_inflation`]
//! therefore inflates each entry once, counting the bytes the decompressor
//! really produces, and refuses the archive before any XML is parsed.

use crate::error::MediaError;
use flate2::read::DeflateDecoder;
use std::io::{self, Cursor, Read};
use zip::{CompressionMethod, ZipArchive};

/// Most entries in an archive. Real workbooks have a few dozen (a few per
/// sheet); tens of thousands only appear in archives made to exhaust readers.
const MAX_ENTRIES: usize = 10_000;

/// Most bytes an entry may inflate to per compressed byte, once it is past
/// [`RATIO_GRACE`]. Spreadsheet XML deflates about 5–50×; deflate itself
/// tops out near 1032×, which is where bombs sit.
const MAX_RATIO: u64 = 200;

/// What any entry may inflate to whatever its ratio: small parts (a run of
/// identical cells, padding) can legitimately compress very well, and a
/// megabyte costs next to nothing to inflate.
const RATIO_GRACE: u64 = 1024 * 1024;

/// Signature that opens each central-directory record.
const CENTRAL_RECORD: &[u8; 4] = b"PK\x01\x02";

/// An archive over an upload held in memory.
pub(crate) type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Whether `b` starts like a ZIP archive (a local file header).
pub(crate) fn is_zip(b: &[u8]) -> bool {
    b.starts_with(b"PK\x03\x04")
}

fn invalid(why: impl std::fmt::Display) -> MediaError {
    MediaError::InvalidTable(format!("XLSX: {why}"))
}

fn too_many_entries() -> MediaError {
    MediaError::LimitExceeded(format!("archive has more than {MAX_ENTRIES} entries"))
}

/// Opens `bytes` as a ZIP archive: its directory only, nothing is inflated.
///
/// Refuses archives with more than [`MAX_ENTRIES`] entries
/// ([`MediaError::LimitExceeded`]) and archives that are unreadable or hold
/// two entries of the same name ([`MediaError::InvalidTable`]): readers
/// disagree on which of those is meant, so no real workbook has them.
pub(crate) fn open(bytes: &[u8]) -> Result<Archive<'_>, MediaError> {
    if !is_zip(bytes) {
        return Err(invalid("not a ZIP archive"));
    }
    // `ZipArchive::new` builds every directory record before we can ask how
    // many there are. Each starts with this signature, so counting them
    // first keeps that work bounded however large the claimed count.
    let records = bytes
        .windows(CENTRAL_RECORD.len())
        .filter(|w| w == CENTRAL_RECORD)
        .take(MAX_ENTRIES + 1)
        .count();
    if records > MAX_ENTRIES {
        return Err(too_many_entries());
    }
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(invalid)?;
    if archive.len() > MAX_ENTRIES {
        return Err(too_many_entries());
    }
    if archive.has_duplicate_names() {
        return Err(invalid("two entries have the same name"));
    }
    Ok(archive)
}

/// Inflates every entry of `archive` once, keeping none of the output.
///
/// Refused with [`MediaError::LimitExceeded`]: more than `max_total` bytes
/// declared or produced over all entries, an entry producing more than it
/// declares (so the sizes `calamine`'s reader is later held to are true), or
/// declaring more than [`MAX_RATIO`] times its compressed size past
/// [`RATIO_GRACE`]. At most one byte past a limit is ever inflated, and the
/// output is counted, never kept.
pub(crate) fn check_inflation(archive: &mut Archive<'_>, max_total: u64) -> Result<(), MediaError> {
    // Honest claims beyond the limit are refused before any work is done.
    let mut declared = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index_data(i).map_err(invalid)?;
        declared = declared.saturating_add(entry.size());
    }
    if declared > max_total {
        return Err(MediaError::LimitExceeded(format!(
            "workbook unpacks to {declared} bytes, at most {max_total} allowed"
        )));
    }
    let mut total = 0u64;
    for i in 0..archive.len() {
        let budget = max_total.saturating_sub(total);
        total = total.saturating_add(inflate_entry(archive, i, budget)?);
    }
    Ok(())
}

/// Inflates entry `i` into nothing, refusing it when it declares more than
/// its ratio allows or once more comes out than it declares or than `budget`
/// (what is left of the total). Returns the bytes produced.
fn inflate_entry(archive: &mut Archive<'_>, i: usize, budget: u64) -> Result<u64, MediaError> {
    // The raw reader is held to the declared compressed size, so that size
    // bounds the input the decompressor can consume.
    let entry = archive.by_index_raw(i).map_err(invalid)?;
    if entry.encrypted() {
        return Err(invalid("encrypted entries are not accepted"));
    }
    let declared = entry.size();
    let by_ratio = entry
        .compressed_size()
        .saturating_mul(MAX_RATIO)
        .max(RATIO_GRACE);
    // An honest claim beyond the ratio is refused before any work is done.
    if declared > by_ratio {
        return Err(too_compressed());
    }
    // Holding the output to the declared size makes that size true, and so
    // the ratio and the sum checked above. `budget` keeps the total bounded
    // on its own, should the declared sizes ever not be summed first.
    let limit = declared.min(budget);
    let method = entry.compression();
    let produced = match method {
        CompressionMethod::Stored => count_up_to(entry, limit),
        CompressionMethod::Deflated => count_up_to(DeflateDecoder::new(entry), limit),
        other => return Err(invalid(format!("unsupported compression {other:?}"))),
    }
    .map_err(invalid)?;
    if produced <= limit {
        return Ok(produced);
    }
    Err(MediaError::LimitExceeded(if limit == declared {
        format!("an entry inflates to more than the {declared} bytes it declares")
    } else {
        "workbook inflates to more than the allowed total".to_owned()
    }))
}

fn too_compressed() -> MediaError {
    MediaError::LimitExceeded(format!(
        "an entry inflates more than {MAX_RATIO} times its compressed size"
    ))
}

/// Reads `reader` to its end or to one byte past `limit`, whichever comes
/// first, discarding the bytes; returns how many were read.
fn count_up_to(reader: impl Read, limit: u64) -> io::Result<u64> {
    io::copy(&mut reader.take(limit.saturating_add(1)), &mut io::sink())
}
