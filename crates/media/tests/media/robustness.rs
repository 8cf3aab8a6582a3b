//! Every entry point on arbitrary bytes: errors, never panics.

use crate::common::{Rng, gradient, jpeg};
use yz_media::*;

fn everything(bytes: &[u8]) {
    let limits = Limits {
        max_decode_alloc: 64 * 1024 * 1024,
        ..Limits::default()
    };
    let _ = sniff(bytes);
    let _ = check_video(bytes);
    let _ = check_pdf(bytes);
    let _ = check_glb(bytes);
    let _ = check_gltf(bytes);
    let _ = check_panorama(bytes, &limits);
    let _ = read_table(Kind::Csv, bytes, &limits);
    let _ = read_table(Kind::Xlsx, bytes, &limits);
    if bytes.len() < 4096 {
        let _ = process_image(bytes, &limits, &[8]);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = parse_range(text, 1000);
        let _ = parse_range(text, 0);
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x5EED);
    for n in [
        0usize, 1, 2, 3, 4, 7, 8, 12, 16, 20, 31, 64, 200, 1000, 5000,
    ] {
        for _ in 0..8 {
            everything(&rng.bytes(n));
        }
    }
}

#[test]
fn magic_prefixes_with_random_tails() {
    let magics: [&[u8]; 14] = [
        b"\xFF\xD8\xFF",
        b"\x89PNG\r\n\x1a\n",
        b"GIF89a",
        b"RIFF\0\0\0\0WEBP",
        b"\0\0\0\x18ftypisom",
        b"\x1A\x45\xDF\xA3",
        b"%PDF-1.7\n",
        b"PK\x03\x04",
        b"glTF\x02\0\0\0",
        b"{\"asset\":{\"version\":\"2.0\"},",
        b"a,b,c\n",
        b"%PDF-1.5\n1 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\n",
        b"\xFF\xD8\xFF\xC0\x00\x11",
        b"bytes=",
    ];
    let mut rng = Rng(42);
    for magic in magics {
        for n in [0usize, 1, 4, 9, 33, 300, 3000] {
            let mut bytes = magic.to_vec();
            bytes.extend(rng.bytes(n));
            everything(&bytes);
        }
    }
}

#[test]
fn mutated_valid_files() {
    let samples = [
        sample_glb(SampleShape::Table),
        jpeg(&gradient(40, 20)),
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .to_vec(),
        b"a;b\n\"x\ny\";2\n".to_vec(),
    ];
    let mut rng = Rng(99);
    for sample in samples {
        for len in (0..sample.len()).step_by(7) {
            everything(&sample[..len]);
        }
        for _ in 0..40 {
            let mut b = sample.clone();
            for _ in 0..3 {
                let i = (rng.next_u64() as usize) % b.len();
                b[i] = rng.next_u64() as u8;
            }
            everything(&b);
        }
    }
}

#[test]
fn limits_and_kinds() {
    let limits = Limits::default();
    assert!(check(Kind::Jpeg, 20 * 1024 * 1024, &limits).is_ok());
    assert_eq!(
        check(Kind::Jpeg, 20 * 1024 * 1024 + 1, &limits),
        Err(MediaError::TooLarge {
            kind: Kind::Jpeg,
            size: 20 * 1024 * 1024 + 1,
            max: 20 * 1024 * 1024
        })
    );
    assert!(check(Kind::Mp4, 500 * 1024 * 1024, &limits).is_ok());
    assert!(check(Kind::Webm, 500 * 1024 * 1024 + 1, &limits).is_err());
    assert!(check(Kind::Pdf, 50 * 1024 * 1024 + 1, &limits).is_err());
    assert!(check(Kind::Csv, 20 * 1024 * 1024 + 1, &limits).is_err());
    assert!(check(Kind::Glb, 100 * 1024 * 1024, &limits).is_ok());
    assert!(check(Kind::Gltf, 100 * 1024 * 1024 + 1, &limits).is_err());
    assert_eq!(
        (limits.max_image_width, limits.max_image_height),
        (12_000, 12_000)
    );
    assert_eq!(
        (limits.max_table_rows, limits.max_table_columns),
        (100_000, 200)
    );
    assert_eq!(Kind::Xlsx.category(), Category::Table);
    assert!(!Kind::Csv.inline());
    assert_eq!(serde_json::to_string(&Kind::Webp).unwrap(), "\"webp\"");
}
