//! 360° panoramas: equirectangular JPEG checks and a demo panorama renderer.

use crate::error::MediaError;
use crate::images::{ProcessedImage, encode, process};
use crate::kind::Kind;
use crate::limits::{Limits, check, len64};
use crate::sniff::sniff;
use image::{DynamicImage, Rgb, RgbImage};
use std::f32::consts::{FRAC_PI_2, PI, TAU};

/// Narrowest panorama accepted, in pixels.
pub const MIN_PANORAMA_WIDTH: u32 = 2000;
/// Longest side of a processed panorama (viewers handle 8K textures).
pub const MAX_PANORAMA_SIDE: u32 = 8192;
/// Longest side of the preview made by [`process_panorama`].
pub const PANORAMA_PREVIEW: u32 = 1024;

/// Dimensions of an accepted panorama.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanoramaInfo {
    /// Width in pixels (360° of longitude).
    pub width: u32,
    /// Height in pixels (180° of latitude).
    pub height: u32,
}

/// Checks that `bytes` is an equirectangular panorama: a JPEG within the
/// image byte and dimension limits, at least 2000 px wide, whose width is
/// twice its height (the height may be off by one pixel either way:
/// `|width − 2·height| ≤ 2`). The dimensions come from the JPEG frame header
/// (SOF marker) and completeness from the scan and end-of-image markers;
/// nothing is decoded, so this is cheap.
pub fn check_panorama(bytes: &[u8], limits: &Limits) -> Result<PanoramaInfo, MediaError> {
    match sniff(bytes) {
        Some(Kind::Jpeg) => {}
        Some(found) => {
            return Err(MediaError::WrongKind {
                expected: "a JPEG panorama",
                found,
            });
        }
        None => return Err(MediaError::Unrecognised),
    }
    check(Kind::Jpeg, len64(bytes.len()), limits)?;
    let header = crate::jpeg::header(bytes)
        .ok_or_else(|| MediaError::Decode("JPEG has no readable frame header".into()))?;
    let (width, height) = (header.width, header.height);
    if width > limits.max_image_width || height > limits.max_image_height {
        return Err(MediaError::DimensionsTooLarge {
            width,
            height,
            max_width: limits.max_image_width,
            max_height: limits.max_image_height,
        });
    }
    if width < MIN_PANORAMA_WIDTH {
        return Err(MediaError::InvalidPanorama(format!(
            "{width} px wide, at least {MIN_PANORAMA_WIDTH} px needed"
        )));
    }
    if width.abs_diff(height.saturating_mul(2)) > 2 {
        return Err(MediaError::InvalidPanorama(format!(
            "{width}×{height} is not 2:1"
        )));
    }
    if !header.complete(bytes) {
        return Err(MediaError::Decode("JPEG image data is truncated".into()));
    }
    Ok(PanoramaInfo { width, height })
}

/// [`check_panorama`], then re-encodes it without metadata (like
/// [`crate::process_image`], longest side capped at [`MAX_PANORAMA_SIDE`])
/// with one preview thumbnail [`PANORAMA_PREVIEW`] px wide. An EXIF
/// orientation that turns the image away from 2:1 is refused. CPU-heavy:
/// run it in `tokio::task::spawn_blocking`.
pub fn process_panorama(bytes: &[u8], limits: &Limits) -> Result<ProcessedImage, MediaError> {
    check_panorama(bytes, limits)?;
    let out = process(bytes, limits, MAX_PANORAMA_SIDE, &[PANORAMA_PREVIEW])?;
    if out.width.abs_diff(out.height.saturating_mul(2)) > 2 {
        return Err(MediaError::InvalidPanorama(
            "orientation makes the image not 2:1".into(),
        ));
    }
    Ok(out)
}

/// Renders a demo equirectangular panorama as a JPEG: a sky gradient, the
/// horizon, a floor grid and six coloured trade-fair booths around the
/// viewer (one every 60° of longitude, each with a counter and a sign band).
///
/// `width` is clamped to 64..=8192 and rounded down to an even number; the
/// height is half of it. Use at least [`MIN_PANORAMA_WIDTH`] for a panorama
/// that [`check_panorama`] accepts. Takes about a second at 4096 px in
/// release builds; call it from `spawn_blocking` in async code.
pub fn sample_panorama(width: u32) -> Vec<u8> {
    let width = width.clamp(64, MAX_PANORAMA_SIDE) & !1;
    let height = width / 2;
    let (wf, hf) = (width as f32, height as f32);
    let image = RgbImage::from_fn(width, height, |x, y| {
        let lon = (x as f32 + 0.5) / wf * TAU - PI;
        let lat = FRAC_PI_2 - (y as f32 + 0.5) / hf * PI;
        Rgb(shade(lon, lat))
    });
    encode(&DynamicImage::ImageRgb8(image), false).unwrap_or_default()
}

const EYE: f32 = 1.6;
const BOOTH_DISTANCE: f32 = 6.0;
const BOOTH_HALF_WIDTH: f32 = 1.5;
const BOOTH_HEIGHT: f32 = 2.6;
const BOOTH_COLOURS: [[f32; 3]; 6] = [
    [0.80, 0.16, 0.16],
    [0.95, 0.60, 0.10],
    [0.20, 0.60, 0.30],
    [0.15, 0.45, 0.80],
    [0.50, 0.25, 0.70],
    [0.10, 0.65, 0.65],
];

fn mix(a: [f32; 3], b: [f32; 3], t: f32) -> [f32; 3] {
    let t = t.clamp(0.0, 1.0);
    [0, 1, 2].map(|i| a[i] + (b[i] - a[i]) * t)
}

fn to_rgb(c: [f32; 3]) -> [u8; 3] {
    c.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8)
}

/// The colour seen in direction (`lon`, `lat`), radians.
fn shade(lon: f32, lat: f32) -> [u8; 3] {
    if let Some(c) = booth(lon, lat) {
        return to_rgb(c);
    }
    if lat >= 0.0 {
        let horizon = [0.86, 0.91, 0.97];
        let zenith = [0.22, 0.42, 0.78];
        return to_rgb(mix(horizon, zenith, lat.sin().powf(0.6)));
    }
    // Floor: where the ray meets the ground plane.
    let distance = EYE / (-lat).tan().max(1e-4);
    // The viewer stands in the middle of a floor tile, not on a grid line.
    let (fx, fz) = (distance * lon.sin() + 0.5, distance * lon.cos() + 0.5);
    let line_width = (0.02 * distance).clamp(0.02, 0.5);
    let on_line = |v: f32| {
        let f = v.rem_euclid(1.0);
        f < line_width || f > 1.0 - line_width
    };
    let base = if on_line(fx) || on_line(fz) {
        [0.35, 0.36, 0.40]
    } else {
        [0.72, 0.72, 0.70]
    };
    let haze = [0.80, 0.84, 0.90];
    to_rgb(mix(base, haze, 1.0 - (-distance / 30.0).exp()))
}

/// The colour of a booth wall hit in direction (`lon`, `lat`), if any.
fn booth(lon: f32, lat: f32) -> Option<[f32; 3]> {
    let step = TAU / 6.0;
    let index = ((lon + PI) / step).round();
    let delta = lon + PI - index * step;
    let offset = BOOTH_DISTANCE * delta.tan();
    if delta.abs() >= FRAC_PI_2 || offset.abs() > BOOTH_HALF_WIDTH {
        return None;
    }
    let reach = BOOTH_DISTANCE / delta.cos();
    let height = EYE + reach * lat.tan();
    if !(0.0..=BOOTH_HEIGHT).contains(&height) {
        return None;
    }
    let colour = *BOOTH_COLOURS.get((index as usize) % BOOTH_COLOURS.len())?;
    let edge = BOOTH_HALF_WIDTH - offset.abs() < 0.06;
    Some(if edge {
        [0.15, 0.15, 0.18]
    } else if height > 2.1 {
        // Sign band with a light stripe for the exhibitor's name.
        if (2.25..2.45).contains(&height) && offset.abs() < 1.0 {
            [0.97, 0.97, 0.97]
        } else {
            mix(colour, [0.0, 0.0, 0.0], 0.25)
        }
    } else if height < 1.0 {
        // Counter in front of the wall.
        mix(colour, [1.0, 1.0, 1.0], 0.55)
    } else {
        colour
    })
}
