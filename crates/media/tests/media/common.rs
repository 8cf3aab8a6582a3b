//! Builders for test inputs: JPEGs with hand-made EXIF, PNG chunks, CRC-32.

use image::{ImageEncoder, Rgb, RgbImage};

/// CRC-32 (IEEE), as PNG chunks need.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// One PNG chunk with length and CRC.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG whose header claims `width`×`height` RGBA8 but holds almost no data.
pub fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    // A tiny zlib stream of zeros.
    png.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    ));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

/// A horizontal/vertical colour gradient.
pub fn gradient(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([
            (x * 255 / width.max(1)) as u8,
            (y * 255 / height.max(1)) as u8,
            128,
        ])
    })
}

/// Encodes RGB pixels as a JPEG with the `image` crate.
pub fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

/// Distinctive GPS payloads that must never survive processing.
pub const GPS_DATUM: &[u8] = b"SECRET-GPS-DATUM";
/// 987654321 as a big-endian u32, the numerator of the GPS seconds.
pub const GPS_SECONDS: [u8; 4] = 987_654_321u32.to_be_bytes();

/// A big-endian TIFF/EXIF block with an orientation tag and a GPS IFD
/// (latitude ref, latitude rationals and a map datum string).
pub fn exif_block(orientation: u16) -> Vec<u8> {
    let mut t = b"MM\0\x2A".to_vec();
    t.extend_from_slice(&8u32.to_be_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&typ.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    // IFD0 at 8: 2 entries → ends at 8 + 2 + 24 + 4 = 38.
    t.extend_from_slice(&2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, 0x8825, 4, 1, 38u32.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    // GPS IFD at 38: 3 entries → ends at 38 + 2 + 36 + 4 = 80.
    t.extend_from_slice(&3u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, 80u32.to_be_bytes());
    entry(
        &mut t,
        0x0012,
        2,
        GPS_DATUM.len() as u32 + 1,
        104u32.to_be_bytes(),
    );
    t.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(t.len(), 80);
    for (num, den) in [(31u32, 1u32), (13, 1)] {
        t.extend_from_slice(&num.to_be_bytes());
        t.extend_from_slice(&den.to_be_bytes());
    }
    t.extend_from_slice(&GPS_SECONDS);
    t.extend_from_slice(&10_000_000u32.to_be_bytes());
    assert_eq!(t.len(), 104);
    t.extend_from_slice(GPS_DATUM);
    t.push(0);
    t
}

/// Inserts an `Exif` APP1 segment right after the JPEG's SOI marker.
pub fn with_exif(jpeg: &[u8], exif: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((2 + 6 + exif.len()) as u16).to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The markers of a JPEG's header segments, up to the start of scan.
pub fn jpeg_markers(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF {
        let marker = jpeg[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        let len = u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]) as usize;
        at += 2 + len;
    }
    markers
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A deterministic pseudo-random byte generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random `u64`.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// `n` pseudo-random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}
