use yz_media::{Kind, MediaError, RangeError, check_video, parse_range, sniff};

fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
    let size = 16 + 4 * compatible.len() as u32;
    let mut b = size.to_be_bytes().to_vec();
    b.extend_from_slice(b"ftyp");
    b.extend_from_slice(major);
    b.extend_from_slice(&0u32.to_be_bytes());
    for c in compatible {
        b.extend_from_slice(*c);
    }
    // Start of the next box.
    b.extend_from_slice(&8u32.to_be_bytes());
    b.extend_from_slice(b"free");
    b
}

fn webm(doc_type: &[u8]) -> Vec<u8> {
    // EBMLVersion 1, DocType, DocTypeVersion 4.
    let mut body = vec![
        0x42,
        0x86,
        0x81,
        0x01,
        0x42,
        0x82,
        0x80 | doc_type.len() as u8,
    ];
    body.extend_from_slice(doc_type);
    body.extend_from_slice(&[0x42, 0x87, 0x81, 0x04]);
    let mut b = vec![0x1A, 0x45, 0xDF, 0xA3, 0x80 | body.len() as u8];
    b.extend(body);
    // Segment element start.
    b.extend_from_slice(&[
        0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ]);
    b
}

#[test]
fn accepts_mp4_brands() {
    for brand in [
        b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ",
    ] {
        let b = ftyp(brand, &[]);
        assert_eq!(check_video(&b), Ok(Kind::Mp4), "{brand:?}");
        assert_eq!(sniff(&b), Some(Kind::Mp4));
    }
    // Unknown major brand but a known compatible one.
    assert_eq!(
        check_video(&ftyp(b"XAVC", &[b"iso6", b"mp42"])),
        Ok(Kind::Mp4)
    );
}

#[test]
fn refuses_other_iso_media() {
    for b in [
        ftyp(b"qt  ", &[b"qt  "]),
        ftyp(b"M4A ", &[b"M4A "]),
        ftyp(b"heic", &[b"mif1", b"heic"]),
    ] {
        assert!(matches!(check_video(&b), Err(MediaError::InvalidVideo(_))));
        assert_eq!(sniff(&b), None);
    }
    // Bad box sizes.
    let mut b = ftyp(b"isom", &[]);
    b[..4].copy_from_slice(&7u32.to_be_bytes());
    assert!(check_video(&b).is_err());
    b[..4].copy_from_slice(&u32::MAX.to_be_bytes());
    assert!(check_video(&b).is_err());
    assert!(check_video(b"\0\0\0\x18ftyp").is_err());
}

#[test]
fn webm_doc_type() {
    assert_eq!(check_video(&webm(b"webm")), Ok(Kind::Webm));
    assert_eq!(sniff(&webm(b"webm")), Some(Kind::Webm));
    assert!(check_video(&webm(b"matroska")).is_err());
    assert!(check_video(&[0x1A, 0x45, 0xDF, 0xA3]).is_err());
    assert!(check_video(&[0x1A, 0x45, 0xDF, 0xA3, 0x00]).is_err());
    let full = webm(b"webm");
    // The DocType is complete after 16 bytes.
    for len in 0..16 {
        assert!(check_video(&full[..len]).is_err(), "len {len}");
    }
}

#[test]
fn refuses_non_video() {
    for b in [
        &b""[..],
        b"hello",
        b"\xFF\xD8\xFF\xE0",
        b"RIFF\0\0\0\0AVI LIST",
    ] {
        assert!(check_video(b).is_err());
    }
}

#[test]
fn ranges() {
    let t = 1000;
    assert_eq!(parse_range("bytes=0-499", t), Ok(Some((0, 499))));
    assert_eq!(parse_range("bytes=500-999", t), Ok(Some((500, 999))));
    assert_eq!(parse_range("bytes=500-", t), Ok(Some((500, 999))));
    assert_eq!(parse_range("bytes=-500", t), Ok(Some((500, 999))));
    assert_eq!(parse_range("bytes=-5000", t), Ok(Some((0, 999))));
    assert_eq!(parse_range("bytes=0-0", t), Ok(Some((0, 0))));
    assert_eq!(parse_range("bytes=999-", t), Ok(Some((999, 999))));
    // Last position past the end is clamped, even absurdly large.
    assert_eq!(parse_range("bytes=10-5000", t), Ok(Some((10, 999))));
    assert_eq!(
        parse_range("bytes=10-99999999999999999999999", t),
        Ok(Some((10, 999)))
    );
    // Case-insensitive unit, optional white space.
    assert_eq!(parse_range(" Bytes=0-1 ", t), Ok(Some((0, 1))));
    assert_eq!(parse_range("bytes= 0-1 ,", t), Ok(Some((0, 1))));
}

#[test]
fn ranges_to_ignore() {
    let t = 1000;
    for h in [
        "",
        "bytes",
        "bytes=",
        "items=0-1",
        "bytes=abc",
        "bytes=1-0",
        "bytes=-",
        "bytes=0-1-2",
        "bytes=+1-2",
        "bytes=0x10-20",
        "bytes=0-1,5-6",
        "bytes=0-1, -5",
    ] {
        assert_eq!(parse_range(h, t), Ok(None), "{h:?}");
    }
}

#[test]
fn unsatisfiable_ranges() {
    let e = Err(RangeError::Unsatisfiable { total: 1000 });
    assert_eq!(parse_range("bytes=1000-", 1000), e);
    assert_eq!(parse_range("bytes=1000-2000", 1000), e);
    assert_eq!(parse_range("bytes=99999999999999999999999-", 1000), e);
    assert_eq!(parse_range("bytes=-0", 1000), e);
    assert_eq!(
        parse_range("bytes=0-0", 0),
        Err(RangeError::Unsatisfiable { total: 0 })
    );
    assert_eq!(
        parse_range("bytes=-1", 0),
        Err(RangeError::Unsatisfiable { total: 0 })
    );
    assert_eq!(
        RangeError::Unsatisfiable { total: 1000 }.content_range(),
        "bytes */1000"
    );
}
