use crate::common::{exif_block, gradient, jpeg, png_claiming, with_exif};

/// A small real JPEG whose frame header is patched to claim `w`×`h`
/// (`check_panorama` reads headers only).
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut bytes = jpeg(&gradient(16, 8));
    let sof = bytes.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
    bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    bytes
}
use yz_media::{
    Kind, Limits, MediaError, PanoramaInfo, check_panorama, process_panorama, sample_panorama,
    sniff,
};

#[test]
fn sample_panorama_is_accepted() {
    let bytes = sample_panorama(2048);
    assert_eq!(sniff(&bytes), Some(Kind::Jpeg));
    assert_eq!(
        check_panorama(&bytes, &Limits::default()),
        Ok(PanoramaInfo {
            width: 2048,
            height: 1024
        })
    );
    let image = image::load_from_memory(&bytes).unwrap().to_rgb8();
    // Sky above the horizon is bluer than it is red; the floor below is grey.
    let sky = image.get_pixel(100, 50);
    assert!(sky[2] > sky[0], "sky {sky:?}");
    let floor = image.get_pixel(1500, 1000);
    assert!(floor[0].abs_diff(floor[2]) < 60, "floor {floor:?}");
    // A booth straight ahead (longitude 0 is the image centre) is saturated.
    let booth = image.get_pixel(1024, 540);
    let spread = booth.0.iter().max().unwrap() - booth.0.iter().min().unwrap();
    assert!(spread > 60, "booth {booth:?}");
}

#[test]
fn sample_panorama_sizes() {
    for (asked, width) in [(0, 64), (101, 100), (513, 512)] {
        let bytes = sample_panorama(asked);
        let image = image::load_from_memory(&bytes).unwrap();
        assert_eq!((image.width(), image.height()), (width, width / 2));
    }
    assert!(matches!(
        check_panorama(&sample_panorama(1000), &Limits::default()),
        Err(MediaError::InvalidPanorama(_))
    ));
}

#[test]
fn ratio_and_width_rules() {
    let limits = Limits::default();
    for (w, h, ok) in [
        (2000, 1000, true),
        (2001, 1000, true),
        (2000, 1001, true),
        (2002, 1000, true),
        (2000, 999, true),
        (2003, 1000, false),
        (2000, 1002, false),
        (1998, 999, false),
        (2000, 2000, false),
    ] {
        let result = check_panorama(&jpeg_claiming(w, h), &limits);
        assert_eq!(result.is_ok(), ok, "{w}×{h}: {result:?}");
    }
    let too_big = Limits {
        max_image_width: 3000,
        ..Limits::default()
    };
    assert!(matches!(
        check_panorama(&jpeg_claiming(4000, 2000), &too_big),
        Err(MediaError::DimensionsTooLarge {
            width: 4000,
            height: 2000,
            ..
        })
    ));
}

#[test]
fn refuses_non_jpeg_and_garbage() {
    let limits = Limits::default();
    assert!(matches!(
        check_panorama(&png_claiming(4000, 2000), &limits),
        Err(MediaError::WrongKind {
            found: Kind::Png,
            ..
        })
    ));
    assert_eq!(check_panorama(b"", &limits), Err(MediaError::Unrecognised));
    assert!(matches!(
        check_panorama(&[0xFF, 0xD8, 0xFF, 0xDA, 0, 2], &limits),
        Err(MediaError::Decode(_))
    ));
    let full = jpeg(&gradient(2000, 1000));
    assert_eq!(
        check_panorama(&full, &limits),
        Ok(PanoramaInfo {
            width: 2000,
            height: 1000
        })
    );
    for len in (0..full.len() - 1).step_by(full.len() / 60) {
        assert!(check_panorama(&full[..len], &limits).is_err(), "len {len}");
    }
    assert!(check_panorama(&full, &limits).is_ok());
}

#[test]
fn process_panorama_strips_metadata() {
    let panorama = sample_panorama(2000);
    let upload = with_exif(&panorama, &exif_block(1));
    let out = process_panorama(&upload, &Limits::default()).unwrap();
    assert_eq!((out.width, out.height, out.kind), (2000, 1000, Kind::Jpeg));
    assert!(!out.bytes.windows(4).any(|w| w == b"Exif"));
    assert_eq!(out.thumbnails.len(), 1);
    assert_eq!(
        (out.thumbnails[0].width, out.thumbnails[0].height),
        (1024, 512)
    );
    // An orientation that turns it sideways is refused.
    let rotated = with_exif(&panorama, &exif_block(6));
    assert!(matches!(
        process_panorama(&rotated, &Limits::default()),
        Err(MediaError::InvalidPanorama(_))
    ));
}
