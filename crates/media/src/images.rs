//! Image processing: decode with limits, apply EXIF orientation, re-encode
//! without metadata, and make thumbnails.

use crate::error::{MediaError, guard};
use crate::kind::{Category, Kind};
use crate::limits::{Limits, check, len64};
use crate::sniff::sniff;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageError, ImageFormat,
    ImageReader,
};
use std::io::Cursor;

/// Longest side of the main re-encoded image.
pub const MAX_MAIN_SIDE: u32 = 4096;
/// JPEG quality of every encoded output.
pub const JPEG_QUALITY: u8 = 85;

/// A re-encoded upload and its thumbnails. None of the outputs carries any
/// metadata from the upload (EXIF, GPS, XMP, IPTC, ICC, comments): they are
/// encoded from pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessedImage {
    /// Width of [`ProcessedImage::bytes`] after orientation and capping.
    pub width: u32,
    /// Height of [`ProcessedImage::bytes`].
    pub height: u32,
    /// Width of the upload after applying its orientation, before capping.
    pub original_width: u32,
    /// Height of the upload after applying its orientation, before capping.
    pub original_height: u32,
    /// What the upload was.
    pub source_kind: Kind,
    /// Kind of every output: [`Kind::Png`] if the image has transparent
    /// pixels, otherwise [`Kind::Jpeg`].
    pub kind: Kind,
    /// The main image, longest side at most the cap (4096 by default).
    pub bytes: Vec<u8>,
    /// One thumbnail per requested size, in request order.
    pub thumbnails: Vec<Thumbnail>,
}

/// A downscaled copy of a [`ProcessedImage`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    /// The requested longest side.
    pub size: u32,
    /// Actual width (never larger than the image's).
    pub width: u32,
    /// Actual height.
    pub height: u32,
    /// Encoded bytes, of the parent's [`ProcessedImage::kind`].
    pub bytes: Vec<u8>,
}

/// Checks, decodes and re-encodes an image upload (JPEG, PNG, WebP or GIF;
/// for GIF the first frame) and makes one thumbnail per entry of `sizes`
/// (longest side in pixels, e.g. `[160, 480, 1200]`; never upscaled, a size
/// of 0 is skipped).
///
/// Decoding honours `limits` (file size, width, height and allocation), so
/// decompression bombs fail with [`MediaError::DimensionsTooLarge`] or
/// [`MediaError::LimitExceeded`] before pixels are allocated. The EXIF
/// orientation is applied to the pixels; the main output's longest side is
/// capped at [`MAX_MAIN_SIDE`]. Outputs are JPEG quality 85, or PNG when the
/// image has transparent pixels.
///
/// CPU-heavy (hundreds of milliseconds for large photos): call it from
/// `tokio::task::spawn_blocking`, never directly on an async worker.
pub fn process_image(
    bytes: &[u8],
    limits: &Limits,
    sizes: &[u32],
) -> Result<ProcessedImage, MediaError> {
    process(bytes, limits, MAX_MAIN_SIDE, sizes)
}

/// [`process_image`] with a custom cap on the main image's longest side.
pub(crate) fn process(
    bytes: &[u8],
    limits: &Limits,
    max_side: u32,
    sizes: &[u32],
) -> Result<ProcessedImage, MediaError> {
    let source_kind = sniff(bytes).ok_or(MediaError::Unrecognised)?;
    if source_kind.category() != Category::Image {
        return Err(MediaError::WrongKind {
            expected: "an image",
            found: source_kind,
        });
    }
    check(source_kind, len64(bytes.len()), limits)?;
    let image = guard(|| decode(bytes, source_kind, limits))?;
    let (original_width, original_height) = (image.width(), image.height());
    let transparent = has_transparency(&image);
    let kind = if transparent { Kind::Png } else { Kind::Jpeg };
    let main = match resized(&image, max_side) {
        Some(smaller) => {
            // Free the full-size pixels before making thumbnails.
            drop(image);
            smaller
        }
        None => image,
    };
    let bytes = encode(&main, transparent)?;

    let mut order: Vec<(usize, u32)> = sizes
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, s)| s > 0)
        .collect();
    // Largest first, each made from the previous one: cheaper on big images.
    order.sort_by_key(|&(_, size)| std::cmp::Reverse(size));
    let mut thumbs: Vec<(usize, Thumbnail)> = Vec::with_capacity(order.len());
    let mut previous: Option<DynamicImage> = None;
    for (index, size) in order {
        let base = previous.as_ref().unwrap_or(&main);
        let next = resized(base, size);
        let current = next.as_ref().unwrap_or(base);
        thumbs.push((
            index,
            Thumbnail {
                size,
                width: current.width(),
                height: current.height(),
                bytes: encode(current, transparent)?,
            },
        ));
        if next.is_some() {
            previous = next;
        }
    }
    thumbs.sort_by_key(|t| t.0);
    Ok(ProcessedImage {
        width: main.width(),
        height: main.height(),
        original_width,
        original_height,
        source_kind,
        kind,
        bytes,
        thumbnails: thumbs.into_iter().map(|t| t.1).collect(),
    })
}

fn map_image_error(e: ImageError) -> MediaError {
    match e {
        ImageError::Limits(l) => MediaError::LimitExceeded(l.to_string()),
        ImageError::Encoding(e) => MediaError::Encode(e.to_string()),
        other => MediaError::Decode(other.to_string()),
    }
}

/// Decodes with `limits`, then applies the EXIF orientation.
pub(crate) fn decode(
    bytes: &[u8],
    kind: Kind,
    limits: &Limits,
) -> Result<DynamicImage, MediaError> {
    let format = match kind {
        Kind::Jpeg => ImageFormat::Jpeg,
        Kind::Png => ImageFormat::Png,
        Kind::Webp => ImageFormat::WebP,
        Kind::Gif => ImageFormat::Gif,
        other => {
            return Err(MediaError::WrongKind {
                expected: "an image",
                found: other,
            });
        }
    };
    let mut image_limits = image::Limits::default();
    image_limits.max_image_width = Some(limits.max_image_width);
    image_limits.max_image_height = Some(limits.max_image_height);
    image_limits.max_alloc = Some(limits.max_decode_alloc);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(image_limits);
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        ImageError::Limits(_) => too_large(bytes, limits).unwrap_or_else(|| map_image_error(e)),
        e => map_image_error(e),
    })?;
    let (width, height) = decoder.dimensions();
    if width > limits.max_image_width || height > limits.max_image_height {
        return Err(dimensions_error(width, height, limits));
    }
    if width == 0 || height == 0 {
        return Err(MediaError::Decode("image has no pixels".into()));
    }
    if decoder.total_bytes() > limits.max_decode_alloc {
        return Err(MediaError::LimitExceeded(format!(
            "decoding needs {} bytes, at most {} allowed",
            decoder.total_bytes(),
            limits.max_decode_alloc
        )));
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(map_image_error)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn dimensions_error(width: u32, height: u32, limits: &Limits) -> MediaError {
    MediaError::DimensionsTooLarge {
        width,
        height,
        max_width: limits.max_image_width,
        max_height: limits.max_image_height,
    }
}

/// When the decoder refused for its limits, report the declared dimensions
/// if we can read them from the header ourselves.
fn too_large(bytes: &[u8], limits: &Limits) -> Option<MediaError> {
    let (w, h) = crate::jpeg::dimensions(bytes).or_else(|| png_dimensions(bytes))?;
    (w > limits.max_image_width || h > limits.max_image_height)
        .then(|| dimensions_error(w, h, limits))
}

/// Width and height from a PNG's IHDR chunk.
fn png_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(12..16) != Some(b"IHDR".as_slice()) {
        return None;
    }
    Some((
        crate::bytes::be32(bytes, 16)?,
        crate::bytes::be32(bytes, 20)?,
    ))
}

fn has_transparency(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return false;
    }
    match image {
        DynamicImage::ImageLumaA8(i) => i.pixels().any(|p| p.0[1] < u8::MAX),
        DynamicImage::ImageRgba8(i) => i.pixels().any(|p| p.0[3] < u8::MAX),
        DynamicImage::ImageLumaA16(i) => i.pixels().any(|p| p.0[1] < u16::MAX),
        DynamicImage::ImageRgba16(i) => i.pixels().any(|p| p.0[3] < u16::MAX),
        DynamicImage::ImageRgba32F(i) => i.pixels().any(|p| p.0[3] < 1.0),
        _ => true,
    }
}

/// `(w, h)` scaled so the longest side is at most `max`, never upscaled.
pub(crate) fn fit(width: u32, height: u32, max: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max || longest == 0 {
        return (width, height);
    }
    let scale = |v: u32| {
        let scaled = (u64::from(v) * u64::from(max) + u64::from(longest) / 2) / u64::from(longest);
        u32::try_from(scaled).unwrap_or(max).max(1)
    };
    (scale(width), scale(height))
}

/// A copy whose longest side is at most `max`, or `None` if already small enough.
fn resized(image: &DynamicImage, max: u32) -> Option<DynamicImage> {
    let (w, h) = fit(image.width(), image.height(), max);
    ((w, h) != (image.width(), image.height()))
        .then(|| image.resize_exact(w, h, FilterType::Triangle))
}

/// Encodes pixels as PNG (`alpha`) or JPEG quality 85; no metadata is written.
pub(crate) fn encode(image: &DynamicImage, alpha: bool) -> Result<Vec<u8>, MediaError> {
    let mut out = Vec::new();
    let (w, h) = (image.width(), image.height());
    let result = if alpha {
        // Borrow the pixels when they already have the right layout.
        let converted;
        let rgba = match image.as_rgba8() {
            Some(rgba) => rgba,
            None => {
                converted = image.to_rgba8();
                &converted
            }
        };
        PngEncoder::new(&mut out).write_image(rgba.as_raw(), w, h, ExtendedColorType::Rgba8)
    } else {
        let converted;
        let rgb = match image.as_rgb8() {
            Some(rgb) => rgb,
            None => {
                converted = image.to_rgb8();
                &converted
            }
        };
        JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).write_image(
            rgb.as_raw(),
            w,
            h,
            ExtendedColorType::Rgb8,
        )
    };
    result.map_err(|e| MediaError::Encode(e.to_string()))?;
    Ok(out)
}
