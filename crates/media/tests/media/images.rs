use crate::common::*;
use image::{GenericImageView, ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};
use yz_media::{Kind, Limits, MediaError, process_image, sniff};

#[test]
fn strips_exif_and_gps_and_makes_thumbnails() {
    let original = jpeg(&gradient(1800, 1200));
    let upload = with_exif(&original, &exif_block(1));
    assert!(contains(&upload, b"Exif\0\0"));
    assert!(contains(&upload, GPS_DATUM));
    assert!(contains(&upload, &GPS_SECONDS));
    assert!(jpeg_markers(&upload).contains(&0xE1));

    let out = process_image(&upload, &Limits::default(), &[160, 480, 1200]).unwrap();
    assert_eq!(out.source_kind, Kind::Jpeg);
    assert_eq!(out.kind, Kind::Jpeg);
    assert_eq!((out.width, out.height), (1800, 1200));
    assert_eq!((out.original_width, out.original_height), (1800, 1200));
    assert_eq!(sniff(&out.bytes), Some(Kind::Jpeg));

    let sizes: Vec<_> = out
        .thumbnails
        .iter()
        .map(|t| (t.size, t.width, t.height))
        .collect();
    assert_eq!(
        sizes,
        vec![(160, 160, 107), (480, 480, 320), (1200, 1200, 800)]
    );

    for bytes in std::iter::once(&out.bytes).chain(out.thumbnails.iter().map(|t| &t.bytes)) {
        assert!(
            !jpeg_markers(bytes).contains(&0xE1),
            "APP1 segment survived"
        );
        assert!(!contains(bytes, b"Exif"));
        assert!(!contains(bytes, GPS_DATUM));
        assert!(!contains(bytes, &GPS_SECONDS));
        let decoded = image::load_from_memory(bytes).unwrap();
        assert!(decoded.width() <= 1800);
    }
    let thumb = image::load_from_memory(&out.thumbnails[0].bytes).unwrap();
    assert_eq!(thumb.dimensions(), (160, 107));
}

#[test]
fn orientation_6_rotates() {
    // Left half red, right half blue; orientation 6 = rotate 90° clockwise,
    // so red ends up on top.
    let pixels = RgbImage::from_fn(300, 200, |x, _| {
        if x < 150 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    });
    let upload = with_exif(&jpeg(&pixels), &exif_block(6));
    let out = process_image(&upload, &Limits::default(), &[100]).unwrap();
    assert_eq!((out.width, out.height), (200, 300));
    assert_eq!((out.original_width, out.original_height), (200, 300));
    let decoded = image::load_from_memory(&out.bytes).unwrap().to_rgb8();
    let top = decoded.get_pixel(100, 30);
    let bottom = decoded.get_pixel(100, 270);
    assert!(top[0] > 150 && top[2] < 100, "top is {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "bottom is {bottom:?}");
    let t = &out.thumbnails[0];
    assert_eq!((t.width, t.height), (67, 100));
}

#[test]
fn caps_main_image_and_never_upscales() {
    let upload = jpeg(&gradient(5000, 400));
    let out = process_image(&upload, &Limits::default(), &[0, 10_000, 200]).unwrap();
    assert_eq!((out.width, out.height), (4096, 328));
    assert_eq!(out.original_width, 5000);
    // Size 0 is skipped; a size above the image keeps its dimensions.
    assert_eq!(out.thumbnails.len(), 2);
    assert_eq!(
        (
            out.thumbnails[0].size,
            out.thumbnails[0].width,
            out.thumbnails[0].height
        ),
        (10_000, 4096, 328)
    );
    assert_eq!(
        (out.thumbnails[1].width, out.thumbnails[1].height),
        (200, 16)
    );
}

fn png_bytes(image: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

#[test]
fn transparency_keeps_png_and_opaque_becomes_jpeg() {
    let clear = RgbaImage::from_fn(64, 32, |x, _| {
        Rgba([10, 200, 10, if x < 32 { 0 } else { 255 }])
    });
    let out = process_image(&png_bytes(&clear), &Limits::default(), &[16]).unwrap();
    assert_eq!(out.source_kind, Kind::Png);
    assert_eq!(out.kind, Kind::Png);
    assert_eq!(sniff(&out.bytes), Some(Kind::Png));
    assert_eq!(sniff(&out.thumbnails[0].bytes), Some(Kind::Png));
    let decoded = image::load_from_memory(&out.bytes).unwrap().to_rgba8();
    assert_eq!(decoded.get_pixel(0, 0)[3], 0);

    let opaque = RgbaImage::from_pixel(64, 32, Rgba([1, 2, 3, 255]));
    let out = process_image(&png_bytes(&opaque), &Limits::default(), &[]).unwrap();
    assert_eq!(out.kind, Kind::Jpeg);
    assert!(out.thumbnails.is_empty());
}

#[test]
fn webp_and_gif_inputs() {
    let pixels = RgbaImage::from_fn(40, 30, |x, y| Rgba([x as u8 * 6, y as u8 * 8, 90, 255]));
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .write_image(pixels.as_raw(), 40, 30, image::ExtendedColorType::Rgba8)
        .unwrap();
    assert_eq!(sniff(&webp), Some(Kind::Webp));
    let out = process_image(&webp, &Limits::default(), &[20]).unwrap();
    assert_eq!(
        (out.source_kind, out.kind, out.width, out.height),
        (Kind::Webp, Kind::Jpeg, 40, 30)
    );

    let mut gif = Vec::new();
    {
        let mut encoder = image::codecs::gif::GifEncoder::new(&mut gif);
        encoder
            .encode(pixels.as_raw(), 40, 30, image::ExtendedColorType::Rgba8)
            .unwrap();
    }
    assert_eq!(sniff(&gif), Some(Kind::Gif));
    let out = process_image(&gif, &Limits::default(), &[20]).unwrap();
    assert_eq!(
        (out.source_kind, out.width, out.height),
        (Kind::Gif, 40, 30)
    );
}

#[test]
fn png_bomb_fails_with_a_limit_error() {
    let bomb = png_claiming(100_000, 100_000);
    assert_eq!(sniff(&bomb), Some(Kind::Png));
    let err = process_image(&bomb, &Limits::default(), &[160]).unwrap_err();
    assert!(
        matches!(
            err,
            MediaError::DimensionsTooLarge {
                width: 100_000,
                height: 100_000,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn gif_and_jpeg_bombs_fail_with_a_limit_error() {
    // GIF: logical screen and one frame of 65535×65535.
    let mut gif = b"GIF89a\xFF\xFF\xFF\xFF\0\0\0".to_vec();
    gif.extend_from_slice(b"\x2C\0\0\0\0\xFF\xFF\xFF\xFF\0\x02\x02\x4C\x01\0\x3B");
    let err = process_image(&gif, &Limits::default(), &[]).unwrap_err();
    assert!(
        matches!(
            err,
            MediaError::DimensionsTooLarge { .. } | MediaError::LimitExceeded(_)
        ),
        "{err:?}"
    );
    // JPEG: a real small JPEG whose frame header claims 60000×60000.
    let mut bomb = jpeg(&gradient(16, 16));
    let sof = bomb.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
    bomb[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    let err = process_image(&bomb, &Limits::default(), &[]).unwrap_err();
    assert!(
        matches!(
            err,
            MediaError::DimensionsTooLarge {
                width: 60_000,
                height: 60_000,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn allocation_limit_applies_within_dimension_limits() {
    // 12000×12000 RGBA8 needs 576 MB, more than the 512 MiB allowed.
    let bomb = png_claiming(12_000, 12_000);
    let err = process_image(&bomb, &Limits::default(), &[]).unwrap_err();
    assert!(matches!(err, MediaError::LimitExceeded(_)), "{err:?}");

    let tight = Limits {
        max_decode_alloc: 1000,
        ..Limits::default()
    };
    let err = process_image(&jpeg(&gradient(100, 100)), &tight, &[]).unwrap_err();
    assert!(matches!(err, MediaError::LimitExceeded(_)), "{err:?}");
}

#[test]
fn byte_limit_applies() {
    let limits = Limits {
        max_image_bytes: 100,
        ..Limits::default()
    };
    let err = process_image(&jpeg(&gradient(50, 50)), &limits, &[]).unwrap_err();
    assert!(matches!(
        err,
        MediaError::TooLarge {
            kind: Kind::Jpeg,
            max: 100,
            ..
        }
    ));
}

#[test]
fn garbage_and_truncated_inputs_fail_cleanly() {
    let limits = Limits::default();
    assert_eq!(
        process_image(b"", &limits, &[]).unwrap_err(),
        MediaError::Unrecognised
    );
    assert_eq!(
        process_image(b"hello, world", &limits, &[]).unwrap_err(),
        MediaError::WrongKind {
            expected: "an image",
            found: Kind::Csv
        }
    );
    assert!(matches!(
        process_image(b"%PDF-1.4\n%%EOF", &limits, &[]).unwrap_err(),
        MediaError::WrongKind {
            found: Kind::Pdf,
            ..
        }
    ));
    // Headers cut short.
    let full = jpeg(&gradient(64, 64));
    for len in [3, 10, 50, 100, 150] {
        assert!(
            process_image(&full[..len], &limits, &[]).is_err(),
            "len {len}"
        );
    }
    // Cut inside the scan data: a lenient decoder may still return pixels,
    // but it must never panic.
    for len in (200..full.len()).step_by(97) {
        let _ = process_image(&full[..len], &limits, &[32]);
    }
    let png = png_bytes(&RgbaImage::from_pixel(64, 64, Rgba([0, 0, 0, 128])));
    for len in [8, 20, 33, 40, png.len() - 13] {
        assert!(
            process_image(&png[..len], &limits, &[]).is_err(),
            "png len {len}"
        );
    }
    let mut rng = Rng(7);
    for magic in [
        &b"\xFF\xD8\xFF"[..],
        b"\x89PNG\r\n\x1a\n",
        b"GIF89a",
        b"RIFF\0\0\0\0WEBP",
    ] {
        for n in [0, 5, 100, 3000] {
            let mut bytes = magic.to_vec();
            bytes.extend(rng.bytes(n));
            let _ = process_image(&bytes, &limits, &[16]);
        }
    }
}
