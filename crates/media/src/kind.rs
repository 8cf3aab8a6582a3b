//! The accepted upload kinds and how each is served.

use serde::{Deserialize, Serialize};

/// The real type of an upload, as `sniff` finds it from its bytes.
///
/// Anything that is not one of these (HTML, SVG, JavaScript, XML, archives,
/// executables, …) is refused before it reaches storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// JPEG image (`FF D8 FF`).
    Jpeg,
    /// PNG image.
    Png,
    /// WebP image (`RIFF….WEBP`).
    Webp,
    /// GIF image (`GIF87a` / `GIF89a`).
    Gif,
    /// MP4 video (ISO base media file with a known `ftyp` brand).
    Mp4,
    /// WebM video (EBML with DocType `webm`).
    Webm,
    /// PDF document.
    Pdf,
    /// Office Open XML spreadsheet.
    Xlsx,
    /// UTF-8 comma/semicolon/tab separated values.
    Csv,
    /// Binary glTF 2.0 model.
    Glb,
    /// JSON glTF 2.0 model with embedded (`data:`) buffers.
    Gltf,
}

/// Broad family of a [`Kind`]; size limits are set per family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Jpeg, Png, Webp, Gif (panoramas are JPEG images).
    Image,
    /// Mp4, Webm.
    Video,
    /// Pdf.
    Document,
    /// Xlsx, Csv.
    Table,
    /// Glb, Gltf.
    Model,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 11] = [
        Kind::Jpeg,
        Kind::Png,
        Kind::Webp,
        Kind::Gif,
        Kind::Mp4,
        Kind::Webm,
        Kind::Pdf,
        Kind::Xlsx,
        Kind::Csv,
        Kind::Glb,
        Kind::Gltf,
    ];

    /// The `Content-Type` to serve this kind with (always together with
    /// `X-Content-Type-Options: nosniff`).
    pub fn mime(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Webp => "image/webp",
            Kind::Gif => "image/gif",
            Kind::Mp4 => "video/mp4",
            Kind::Webm => "video/webm",
            Kind::Pdf => "application/pdf",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Kind::Csv => "text/csv; charset=utf-8",
            Kind::Glb => "model/gltf-binary",
            Kind::Gltf => "model/gltf+json",
        }
    }

    /// The file name extension to store and serve this kind under (no dot).
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Webp => "webp",
            Kind::Gif => "gif",
            Kind::Mp4 => "mp4",
            Kind::Webm => "webm",
            Kind::Pdf => "pdf",
            Kind::Xlsx => "xlsx",
            Kind::Csv => "csv",
            Kind::Glb => "glb",
            Kind::Gltf => "gltf",
        }
    }

    /// The family this kind belongs to.
    pub fn category(self) -> Category {
        match self {
            Kind::Jpeg | Kind::Png | Kind::Webp | Kind::Gif => Category::Image,
            Kind::Mp4 | Kind::Webm => Category::Video,
            Kind::Pdf => Category::Document,
            Kind::Xlsx | Kind::Csv => Category::Table,
            Kind::Glb | Kind::Gltf => Category::Model,
        }
    }

    /// Whether browsers may show this kind inline (`Content-Disposition: inline`);
    /// tables are offered as downloads and rendered through [`crate::to_html`].
    pub fn inline(self) -> bool {
        !matches!(self.category(), Category::Table)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}
