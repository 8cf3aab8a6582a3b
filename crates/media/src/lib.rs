//! Upload checks and media processing for Yunzhan (云展) exhibit pages.
//!
//! Exhibitors upload images, videos, PDF documents, tables, 3D models (shown
//! with AR) and 360° panoramas. Every upload goes through this crate before
//! it is stored, so that it is **checked by content** ([`sniff`]: magic bytes
//! and structure, never the file name or the client's MIME type),
//! **size-limited** ([`check`], [`Limits`]), **stripped of metadata** (images
//! are re-encoded from pixels by [`process_image`]) and **never served as
//! HTML or script** (HTML, SVG, XML and JavaScript are not a [`Kind`]; serve
//! each kind with [`Kind::mime`] and `X-Content-Type-Options: nosniff`).
//!
//! Every function that takes user bytes is safe on arbitrary input: it
//! returns a [`MediaError`] instead of panicking, reading out of bounds or
//! allocating without bound. The heavy ones ([`process_image`],
//! [`process_panorama`], [`read_table`], [`sample_panorama`]) are CPU-bound
//! and should run in `tokio::task::spawn_blocking`.
//!
//! | Kind | Default limit | Check |
//! |------|---------------|-------|
//! | JPEG, PNG, WebP, GIF | 20 MiB, 12000×12000 px, 512 MiB decoded | [`process_image`]: decode with limits, apply EXIF orientation, re-encode as JPEG q85 (PNG if transparent), longest side ≤ 4096, thumbnails |
//! | MP4, WebM | 500 MiB | [`check_video`] on the first 64 KiB: `ftyp` brand / EBML DocType `webm`; [`parse_range`] for streaming |
//! | PDF | 50 MiB | [`check_pdf`]: header, `%%EOF`, no JavaScript, launch actions, embedded files, rich media or XFA (also inside object streams) |
//! | XLSX, CSV | 20 MiB, 100 000 rows, 200 columns, 512 MiB unpacked | [`read_table`] into text cells; [`to_html`] renders an escaped, accessible `<table>` |
//! | GLB, glTF | 100 MiB | [`check_glb`] / [`check_gltf`]: header, chunk bounds, glTF 2.0, embedded buffers only, allowed required extensions |
//! | Panorama (JPEG) | as images; ≥ 2000 px wide, 2:1 | [`check_panorama`] from the SOF header; [`process_panorama`] re-encodes |
//!
//! The demo fair builds its 3D and panorama exhibits without downloads via
//! [`sample_glb`] and [`sample_panorama`].
//!
//! ```
//! use yz_media::{Kind, Limits, check, read_table, sniff, to_html};
//!
//! let upload: &[u8] = b"name,price\nGreen tea,3\n";
//! let limits = Limits::default();
//! let kind = sniff(upload).ok_or(yz_media::MediaError::Unrecognised)?;
//! check(kind, upload.len() as u64, &limits)?;
//! assert_eq!(kind.mime(), "text/csv; charset=utf-8");
//! let table = read_table(kind, upload, &limits)?;
//! let html = to_html(&table.sheets[0], 50);
//! assert!(html.contains(r#"<th scope="col">name</th>"#));
//! assert_eq!(sniff(b"<svg onload=alert(1)>"), None);
//! # Ok::<(), yz_media::MediaError>(())
//! ```

mod archive;
mod bytes;
mod documents;
mod error;
mod images;
mod jpeg;
mod kind;
mod limits;
mod models3d;
mod models3d_sample;
mod panorama;
mod product_sample;
mod sheet;
mod sniff;
mod tables;
mod text;
mod video;
mod xlsx;

pub use documents::{PdfInfo, check_pdf};
pub use error::MediaError;
pub use images::{JPEG_QUALITY, MAX_MAIN_SIDE, ProcessedImage, Thumbnail, process_image};
pub use kind::{Category, Kind};
pub use limits::{Limits, check};
pub use models3d::{ModelInfo, check_glb, check_gltf};
pub use models3d_sample::{SampleShape, sample_glb};
pub use panorama::{
    MAX_PANORAMA_SIDE, MIN_PANORAMA_WIDTH, PANORAMA_PREVIEW, PanoramaInfo, check_panorama,
    process_panorama, sample_panorama,
};
pub use product_sample::sample_product;
pub use sniff::sniff;
pub use tables::{Sheet, Table, escape_html, read_table, to_html};
pub use video::{RangeError, VIDEO_PREFIX_LEN, check_video, parse_range};
