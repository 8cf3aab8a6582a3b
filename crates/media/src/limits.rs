//! Size and decoding limits.

use crate::error::MediaError;
use crate::kind::{Category, Kind};

const MIB: u64 = 1024 * 1024;

/// Upper bounds applied to every upload. [`Limits::default`] holds the
/// platform's defaults; operators may lower or raise them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest image (and panorama) file in bytes; default 20 MiB.
    pub max_image_bytes: u64,
    /// Largest video file in bytes; default 500 MiB.
    pub max_video_bytes: u64,
    /// Largest PDF in bytes; default 50 MiB.
    pub max_pdf_bytes: u64,
    /// Largest CSV/XLSX file in bytes; default 20 MiB.
    pub max_table_bytes: u64,
    /// Largest GLB/glTF file in bytes; default 100 MiB.
    pub max_model_bytes: u64,
    /// Widest image accepted for decoding, in pixels; default 12000.
    pub max_image_width: u32,
    /// Tallest image accepted for decoding, in pixels; default 12000.
    pub max_image_height: u32,
    /// Most memory a single decode may allocate (image pixels, unpacked
    /// spreadsheet XML); default 512 MiB.
    pub max_decode_alloc: u64,
    /// Most rows in a table (summed over all sheets of a workbook); default 100 000.
    pub max_table_rows: usize,
    /// Most columns in any table row; default 200.
    pub max_table_columns: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_image_bytes: 20 * MIB,
            max_video_bytes: 500 * MIB,
            max_pdf_bytes: 50 * MIB,
            max_table_bytes: 20 * MIB,
            max_model_bytes: 100 * MIB,
            max_image_width: 12_000,
            max_image_height: 12_000,
            max_decode_alloc: 512 * MIB,
            max_table_rows: 100_000,
            max_table_columns: 200,
        }
    }
}

impl Limits {
    /// The byte limit for files of `kind`.
    pub fn max_bytes(&self, kind: Kind) -> u64 {
        match kind.category() {
            Category::Image => self.max_image_bytes,
            Category::Video => self.max_video_bytes,
            Category::Document => self.max_pdf_bytes,
            Category::Table => self.max_table_bytes,
            Category::Model => self.max_model_bytes,
        }
    }
}

/// Refuses an upload of `kind` that is `len` bytes long if it exceeds its limit.
///
/// Call it as soon as the length is known (from `Content-Length` or while
/// streaming) so oversized uploads are dropped early.
pub fn check(kind: Kind, len: u64, limits: &Limits) -> Result<(), MediaError> {
    let max = limits.max_bytes(kind);
    if len > max {
        return Err(MediaError::TooLarge {
            kind,
            size: len,
            max,
        });
    }
    Ok(())
}

/// `usize` → `u64` without `as` (lossless on every supported platform).
pub(crate) fn len64(len: usize) -> u64 {
    u64::try_from(len).unwrap_or(u64::MAX)
}
