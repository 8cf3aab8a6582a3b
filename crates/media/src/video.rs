//! Video checks (MP4, WebM) and HTTP byte ranges for streaming them.
//!
//! Videos are never decoded: they are streamed to storage, and only the first
//! few KiB are checked to be a real MP4 or WebM container.

use crate::bytes::{be32, to_usize};
use crate::error::MediaError;
use crate::kind::Kind;

/// How many leading bytes [`check_video`] needs at most.
pub const VIDEO_PREFIX_LEN: usize = 64 * 1024;

/// `ftyp` brands accepted as MP4 (major or compatible brand).
const MP4_BRANDS: [&[u8; 4]; 11] = [
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash",
    b"M4V ",
];

/// Checks that `bytes_prefix` (the first bytes of an upload; [`VIDEO_PREFIX_LEN`]
/// is enough) starts an MP4 or a WebM file.
///
/// * MP4: an `ftyp` box at offset 4 whose major or one of whose compatible
///   brands is `isom`, `iso2`…`iso6`, `mp41`, `mp42`, `avc1`, `dash` or `M4V `.
///   QuickTime (`qt  `) and audio-only (`M4A `) files are refused.
/// * WebM: an EBML header (`1A 45 DF A3`) whose DocType is `webm`
///   (generic Matroska is refused).
pub fn check_video(bytes_prefix: &[u8]) -> Result<Kind, MediaError> {
    if bytes_prefix.get(4..8) == Some(b"ftyp".as_slice()) {
        return check_mp4(bytes_prefix).map(|()| Kind::Mp4);
    }
    if bytes_prefix.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        return check_webm(bytes_prefix).map(|()| Kind::Webm);
    }
    Err(MediaError::InvalidVideo("neither an MP4 nor a WebM file"))
}

fn check_mp4(b: &[u8]) -> Result<(), MediaError> {
    let size = be32(b, 0).map(to_usize).unwrap_or(0);
    if !(16..=4096).contains(&size) || !size.is_multiple_of(4) {
        return Err(MediaError::InvalidVideo("bad ftyp box size"));
    }
    let known = |brand: &[u8]| MP4_BRANDS.iter().any(|k| k.as_slice() == brand);
    let major = b
        .get(8..12)
        .ok_or(MediaError::InvalidVideo("truncated ftyp box"))?;
    // Compatible brands follow the major brand and its minor version.
    let compatible = b.get(16..size.min(b.len())).unwrap_or(&[]);
    if known(major) || compatible.chunks_exact(4).any(known) {
        Ok(())
    } else {
        Err(MediaError::InvalidVideo("unsupported MP4 brand"))
    }
}

/// Reads an EBML variable-length integer at `at`: `(value, length)`.
/// With `keep_marker` the length marker bit stays in (element IDs).
fn vint(b: &[u8], at: usize, keep_marker: bool) -> Option<(u64, usize)> {
    let first = *b.get(at)?;
    if first == 0 {
        return None;
    }
    let len = usize::try_from(first.leading_zeros()).ok()? + 1;
    let mut value = if keep_marker {
        u64::from(first)
    } else {
        u64::from(first) & (0xFF >> len)
    };
    for i in 1..len {
        value = (value << 8) | u64::from(*b.get(at + i)?);
    }
    Some((value, len))
}

fn check_webm(b: &[u8]) -> Result<(), MediaError> {
    let bad = MediaError::InvalidVideo("malformed EBML header");
    let (size, n) = vint(b, 4, false).ok_or(bad.clone())?;
    let start = 4 + n;
    let end = start.saturating_add(to_usize(size)).min(b.len());
    let mut at = start;
    while at < end {
        let (id, id_len) = vint(b, at, true).ok_or(bad.clone())?;
        let (len, len_len) = vint(b, at + id_len, false).ok_or(bad.clone())?;
        let data = at + id_len + len_len;
        let data_end = data.saturating_add(to_usize(len));
        if id == 0x4282 {
            let doc_type = b.get(data..data_end).ok_or(bad.clone())?;
            let doc_type = doc_type.split(|&c| c == 0).next().unwrap_or(&[]);
            return if doc_type == b"webm" {
                Ok(())
            } else {
                Err(MediaError::InvalidVideo("EBML DocType is not webm"))
            };
        }
        at = data_end;
    }
    Err(MediaError::InvalidVideo("EBML header has no DocType"))
}

/// Why a `Range` header cannot be served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// No byte of the requested range exists: answer `416 Range Not
    /// Satisfiable` with `Content-Range: bytes */{total}` (see
    /// [`RangeError::content_range`]).
    #[error("range not satisfiable for a body of {total} bytes")]
    Unsatisfiable {
        /// The full body length.
        total: u64,
    },
}

impl RangeError {
    /// The `Content-Range` header value to send with the 416 response.
    pub fn content_range(&self) -> String {
        match self {
            RangeError::Unsatisfiable { total } => format!("bytes */{total}"),
        }
    }
}

/// Parses an HTTP `Range` header (RFC 9110 §14) for a body of `total` bytes.
///
/// Returns the inclusive byte positions `(first, last)` to send with `206
/// Partial Content` and `Content-Range: bytes {first}-{last}/{total}`:
///
/// * `bytes=0-499` → `(0, 499)`; a `last` past the end is clamped;
/// * `bytes=500-` → from 500 to the end;
/// * `bytes=-500` → the final 500 bytes (the whole body if shorter).
///
/// `Ok(None)` means "ignore the header and send the whole body with 200": a
/// unit other than `bytes`, a malformed specifier, or several ranges (which
/// RFC 9110 lets a server answer with the full representation).
/// [`RangeError::Unsatisfiable`] means 416: the range starts at or past the
/// end, asks for a zero-length suffix, or the body is empty.
pub fn parse_range(header: &str, total: u64) -> Result<Option<(u64, u64)>, RangeError> {
    let Some((unit, set)) = header.trim().split_once('=') else {
        return Ok(None);
    };
    if !unit.trim().eq_ignore_ascii_case("bytes") {
        return Ok(None);
    }
    let mut specs = set.split(',').map(str::trim).filter(|s| !s.is_empty());
    let (Some(spec), None) = (specs.next(), specs.next()) else {
        return Ok(None);
    };
    let Some((first, last)) = spec.split_once('-') else {
        return Ok(None);
    };
    let unsatisfiable = Err(RangeError::Unsatisfiable { total });
    if first.is_empty() {
        // Suffix range: the last N bytes.
        let Some(n) = digits(last) else {
            return Ok(None);
        };
        if n == 0 || total == 0 {
            return unsatisfiable;
        }
        return Ok(Some((total.saturating_sub(n), total - 1)));
    }
    let Some(first) = digits(first) else {
        return Ok(None);
    };
    let last = if last.is_empty() {
        u64::MAX
    } else {
        match digits(last) {
            Some(l) if l >= first => l,
            _ => return Ok(None),
        }
    };
    if first >= total {
        return unsatisfiable;
    }
    Ok(Some((first, last.min(total - 1))))
}

/// A non-empty run of ASCII digits as `u64`, saturating on overflow.
fn digits(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0u64, |acc, c| {
        acc.saturating_mul(10).saturating_add(u64::from(c - b'0'))
    }))
}
