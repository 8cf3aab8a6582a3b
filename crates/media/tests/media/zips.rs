//! Hand-assembled ZIP archives, whose directory may lie about sizes.

use std::io::{Cursor, Read};
use zip::CompressionMethod;

/// One entry as it is stored: its data already compressed.
#[derive(Clone)]
pub struct RawEntry {
    pub name: String,
    /// 0 stored, 8 deflated.
    pub method: u16,
    pub crc: u32,
    pub data: Vec<u8>,
    /// The uncompressed size written to both the local header and the
    /// central directory, true or not.
    pub declared_size: u32,
}

impl RawEntry {
    /// An empty stored entry.
    pub fn empty(name: String) -> RawEntry {
        RawEntry {
            name,
            method: 0,
            crc: 0,
            data: Vec::new(),
            declared_size: 0,
        }
    }
}

/// The entries of a real archive, compressed data and sizes as they are.
pub fn raw_entries(archive: &[u8]) -> Vec<RawEntry> {
    let mut zip = zip::ZipArchive::new(Cursor::new(archive)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index_raw(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            RawEntry {
                name: file.name().unwrap().into_owned(),
                method: match file.compression() {
                    CompressionMethod::Stored => 0,
                    CompressionMethod::Deflated => 8,
                    other => panic!("unexpected {other:?}"),
                },
                crc: file.crc32(),
                data,
                declared_size: u32::try_from(file.size()).unwrap(),
            }
        })
        .collect()
}

/// A raw deflate stream of `len` zero bytes: about 1000 times smaller.
pub fn deflated_zeros(len: usize) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(&vec![0u8; len], 6)
}

/// A ZIP of `entries`: local headers and data, central directory, end record.
pub fn assemble(entries: &[RawEntry]) -> Vec<u8> {
    let u16_of = |n: usize| u16::try_from(n).unwrap().to_le_bytes();
    let u32_of = |n: usize| u32::try_from(n).unwrap().to_le_bytes();
    // Shared by local and central headers: version needed, flags, method,
    // time, date (1980-01-01), CRC, compressed and uncompressed size.
    let common = |e: &RawEntry| {
        let mut h = Vec::new();
        h.extend_from_slice(&20u16.to_le_bytes());
        h.extend_from_slice(&0u16.to_le_bytes());
        h.extend_from_slice(&e.method.to_le_bytes());
        h.extend_from_slice(&0u16.to_le_bytes());
        h.extend_from_slice(&0x21u16.to_le_bytes());
        h.extend_from_slice(&e.crc.to_le_bytes());
        h.extend_from_slice(&u32_of(e.data.len()));
        h.extend_from_slice(&e.declared_size.to_le_bytes());
        h.extend_from_slice(&u16_of(e.name.len()));
        h.extend_from_slice(&0u16.to_le_bytes());
        h
    };
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len();
        out.extend_from_slice(b"PK\x03\x04");
        out.extend(common(e));
        out.extend_from_slice(e.name.as_bytes());
        out.extend_from_slice(&e.data);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend(common(e));
        // Comment length, disk, internal and external attributes.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&u32_of(offset));
        central.extend_from_slice(e.name.as_bytes());
    }
    let central_at = out.len();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&u16_of(entries.len()));
    out.extend_from_slice(&u16_of(entries.len()));
    out.extend_from_slice(&u32_of(central.len()));
    out.extend_from_slice(&u32_of(central_at));
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}
