//! Generated product photos for demo and benchmark data (no downloads): a
//! studio background with a soft shadow and a shaded object whose shape and
//! colour follow `seed`.

use crate::images::encode;
use image::{DynamicImage, Rgb, RgbImage};

const COLOURS: [[f32; 3]; 8] = [
    [0.80, 0.25, 0.20],
    [0.20, 0.45, 0.75],
    [0.25, 0.60, 0.35],
    [0.85, 0.65, 0.20],
    [0.55, 0.35, 0.65],
    [0.30, 0.30, 0.32],
    [0.75, 0.55, 0.40],
    [0.20, 0.60, 0.65],
];

/// A `size`×`size` JPEG (clamped to 32..=2048) of a product-like object:
/// `seed % 3` picks a sphere, a box or a cylinder, `seed / 3 % 8` its colour.
pub fn sample_product(seed: u32, size: u32) -> Vec<u8> {
    let size = size.clamp(32, 2048);
    let s = size as f32;
    let base = COLOURS[(seed / 3 % 8) as usize];
    let shape = seed % 3;
    let image = RgbImage::from_fn(size, size, |x, y| {
        let (u, v) = (x as f32 / s * 2.0 - 1.0, y as f32 / s * 2.0 - 1.0);
        // Background: a light vertical gradient with a shadow ellipse.
        let bg = 0.96 - 0.12 * (v + 1.0) / 2.0;
        let shadow = ((u / 0.55).powi(2) + ((v - 0.62) / 0.09).powi(2)).min(1.0);
        let mut c = [bg * (0.75 + 0.25 * shadow); 3];
        let lit = |n: [f32; 3]| {
            let l = [-0.45f32, -0.6, 0.66];
            let d = (n[0] * l[0] + n[1] * l[1] + n[2] * l[2]).max(0.0);
            0.25 + 0.75 * d
        };
        let hit = match shape {
            0 => {
                let r2 = u * u + (v + 0.05) * (v + 0.05);
                (r2 < 0.36).then(|| {
                    let z = (0.36 - r2).sqrt() / 0.6;
                    lit([u / 0.6, (v + 0.05) / 0.6, z])
                })
            }
            1 => (u.abs() < 0.45 && v > -0.5 && v < 0.55).then(|| {
                if u > 0.25 {
                    lit([0.9, 0.0, 0.4])
                } else if v < -0.3 {
                    lit([0.0, -0.9, 0.4])
                } else {
                    lit([0.0, 0.0, 1.0])
                }
            }),
            _ => (u.abs() < 0.35 && v > -0.55 && v < 0.55).then(|| {
                let nx = u / 0.35;
                lit([nx, 0.0, (1.0 - nx * nx).max(0.0).sqrt()])
            }),
        };
        if let Some(light) = hit {
            for (ch, b) in c.iter_mut().zip(base) {
                *ch = (b * light + 0.08 * light * light).min(1.0);
            }
        }
        Rgb(c.map(|v| (v.clamp(0.0, 1.0) * 255.0) as u8))
    });
    encode(&DynamicImage::ImageRgb8(image), false).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn products_are_valid_distinct_jpegs() {
        let a = sample_product(0, 256);
        let b = sample_product(4, 256);
        assert_eq!(crate::sniff(&a), Some(crate::Kind::Jpeg));
        assert_ne!(a, b);
        let img = crate::process_image(&a, &crate::Limits::default(), &[160])
            .map_err(|_| ())
            .unwrap();
        assert_eq!((img.width, img.height), (256, 256));
    }
}
