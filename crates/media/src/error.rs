//! The one error type of this crate.

use crate::kind::Kind;

/// Everything that can go wrong while checking or processing an upload.
///
/// Every variant is a *refusal* of untrusted input except [`MediaError::Encode`]
/// and [`MediaError::Internal`]; callers usually map refusals to HTTP 400/413/415
/// and show the `Display` text to the uploader.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
#[non_exhaustive]
pub enum MediaError {
    /// The bytes are not one of the accepted kinds (or not the kind expected here).
    #[error("unrecognised or unsupported file type")]
    Unrecognised,
    /// The file is of a different accepted kind than the operation needs.
    #[error("expected {expected}, got {found:?}")]
    WrongKind {
        /// What the operation needs, e.g. "an image".
        expected: &'static str,
        /// What the bytes really are.
        found: Kind,
    },
    /// The upload is larger than the limit for its kind.
    #[error("file too large: {size} bytes, at most {max} bytes allowed for {kind:?}")]
    TooLarge {
        /// The detected kind.
        kind: Kind,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        max: u64,
    },
    /// An image or panorama has more pixels per side than allowed.
    #[error("image dimensions {width}×{height} exceed the limit of {max_width}×{max_height}")]
    DimensionsTooLarge {
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
        /// Allowed width.
        max_width: u32,
        /// Allowed height.
        max_height: u32,
    },
    /// Decoding would need more memory than allowed (decompression bomb).
    #[error("decoding limit exceeded: {0}")]
    LimitExceeded(String),
    /// The file is corrupt, truncated or otherwise undecodable.
    #[error("cannot decode file: {0}")]
    Decode(String),
    /// Re-encoding failed (not the uploader's fault).
    #[error("cannot encode output: {0}")]
    Encode(String),
    /// Not a valid MP4 or WebM stream.
    #[error("invalid video: {0}")]
    InvalidVideo(&'static str),
    /// Not a valid PDF.
    #[error("invalid PDF: {0}")]
    InvalidPdf(&'static str),
    /// The PDF contains scripts, launch actions, embedded files or similar.
    #[error("PDF contains active content (/{0}); such documents are not accepted")]
    PdfActiveContent(String),
    /// The CSV or XLSX file cannot be read.
    #[error("invalid table: {0}")]
    InvalidTable(String),
    /// The table has more rows than allowed.
    #[error("table has too many rows (at most {max} allowed)")]
    TooManyRows {
        /// The limit.
        max: usize,
    },
    /// The table has more columns than allowed.
    #[error("table has too many columns (at most {max} allowed)")]
    TooManyColumns {
        /// The limit.
        max: usize,
    },
    /// Not a valid glTF 2.0 / GLB model.
    #[error("invalid 3D model: {0}")]
    InvalidModel(String),
    /// The model references a resource outside the file.
    #[error("3D model references an external resource ({0}); only embedded data is accepted")]
    ExternalResource(String),
    /// The model requires a glTF extension that viewers here do not support.
    #[error("3D model requires unsupported extension {0}")]
    UnsupportedExtension(String),
    /// The image is not an equirectangular panorama.
    #[error("not an equirectangular panorama: {0}")]
    InvalidPanorama(String),
    /// A third-party decoder panicked; the input was refused.
    #[error("internal error while processing the file")]
    Internal,
}

/// Runs a third-party parser on untrusted input, turning a panic into
/// [`MediaError::Internal`] (defence in depth: our own code does not panic, but
/// decoders from other crates might on hostile input).
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, MediaError>) -> Result<T, MediaError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(Err(MediaError::Internal))
}
