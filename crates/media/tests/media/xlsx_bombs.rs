//! ZIP bombs and other hostile XLSX containers, built from the sample
//! workbook with entries added or swapped by hand.

use crate::alloc::peak_during;
use crate::common::crc32;
use crate::tables::sample_workbook;
use crate::zips::{RawEntry, assemble, deflated_zeros, raw_entries};
use yz_media::{Kind, Limits, MediaError, read_table, sniff};

const MIB: usize = 1024 * 1024;
/// The part of the first sheet, which `calamine` reads.
const SHEET: &str = "xl/worksheets/sheet1.xml";

fn limit_exceeded(result: &Result<yz_media::Table, MediaError>) -> bool {
    matches!(result, Err(MediaError::LimitExceeded(_)))
}

/// The control for every test below: the workbook taken apart and put back
/// together by our assembler reads as before, so a refusal there is due to
/// what the test changed.
#[test]
fn reassembled_workbook_reads_as_before() {
    let original = sample_workbook();
    let rebuilt = assemble(&raw_entries(&original));
    assert_eq!(sniff(&rebuilt), Some(Kind::Xlsx));
    assert_eq!(
        read_table(Kind::Xlsx, &rebuilt, &Limits::default()),
        read_table(Kind::Xlsx, &original, &Limits::default())
    );
    assert!(read_table(Kind::Xlsx, &rebuilt, &Limits::default()).is_ok());
}

/// 50 MiB of zeros that claim to be 1000 bytes, in both the local header
/// and the central directory. Reading only the directory's claims let this
/// through; the real output has to be counted.
#[test]
fn bomb_behind_small_declared_sizes_is_refused_without_inflating_it() {
    let bomb = RawEntry {
        name: SHEET.into(),
        method: 8,
        // Never checked: the entry is refused long before its end.
        crc: 0,
        data: deflated_zeros(50 * MIB),
        declared_size: 1000,
    };
    let limits = Limits {
        max_decode_alloc: 8 * MIB as u64,
        ..Limits::default()
    };
    let entries = raw_entries(&sample_workbook());
    // The bomb as the first sheet, which `calamine` opens...
    let mut as_sheet = entries.clone();
    let sheet = as_sheet.iter_mut().find(|e| e.name == SHEET).unwrap();
    *sheet = bomb.clone();
    // ...and as a part that nothing refers to, which `calamine` never opens.
    let mut as_extra = entries;
    as_extra.push(RawEntry {
        name: "xl/media/image1.png".into(),
        ..bomb
    });
    for workbook in [assemble(&as_sheet), assemble(&as_extra)] {
        assert!(workbook.len() < MIB, "the bomb itself is small");
        assert_eq!(sniff(&workbook), Some(Kind::Xlsx));
        let (result, peak) = peak_during(|| read_table(Kind::Xlsx, &workbook, &limits));
        assert!(limit_exceeded(&result), "{result:?}");
        // Inflating 50 MiB into memory, or even the 8 MiB limit, would show.
        assert!(peak < MIB, "held {peak} bytes at once");
        // Refused whatever the total allowed: the entry lies about its size.
        let (result, peak) = peak_during(|| read_table(Kind::Xlsx, &workbook, &Limits::default()));
        assert!(limit_exceeded(&result), "{result:?}");
        assert!(peak < MIB, "held {peak} bytes at once");
    }
}

/// Sizes declared truthfully and far within the 512 MiB total, but 50 MiB
/// from 50 KiB: no spreadsheet compresses a thousandfold.
#[test]
fn extreme_compression_ratio_is_refused() {
    let mut entries = raw_entries(&sample_workbook());
    let zeros = 50 * MIB;
    entries.push(RawEntry {
        name: "xl/media/zeros.bin".into(),
        method: 8,
        // Never checked: refused before inflating, from the declared size.
        crc: 0,
        data: deflated_zeros(zeros),
        declared_size: u32::try_from(zeros).unwrap(),
    });
    let workbook = assemble(&entries);
    assert!(workbook.len() < MIB);
    let (result, peak) = peak_during(|| read_table(Kind::Xlsx, &workbook, &Limits::default()));
    assert!(limit_exceeded(&result), "{result:?}");
    assert!(peak < MIB, "held {peak} bytes at once");
}

/// Up to a megabyte, any ratio is fine: small parts compress very well.
#[test]
fn small_parts_may_compress_well() {
    let mut entries = raw_entries(&sample_workbook());
    let zeros = vec![0u8; 512 * 1024];
    entries.push(RawEntry {
        name: "xl/media/zeros.bin".into(),
        method: 8,
        crc: crc32(&zeros),
        data: deflated_zeros(zeros.len()),
        declared_size: u32::try_from(zeros.len()).unwrap(),
    });
    let workbook = assemble(&entries);
    assert!(read_table(Kind::Xlsx, &workbook, &Limits::default()).is_ok());
}

#[test]
fn too_many_entries_are_refused() {
    let entries = raw_entries(&sample_workbook());
    let with_extra = |n: usize| {
        let mut all = entries.clone();
        all.extend((0..n).map(|i| RawEntry::empty(format!("xl/extra/{i}.txt"))));
        assemble(&all)
    };
    // Hundreds of parts are fine...
    assert!(read_table(Kind::Xlsx, &with_extra(500), &Limits::default()).is_ok());
    // ...but not over 10 000, though each is empty and the file is small.
    let many = with_extra(10_000);
    assert!(many.len() < 2 * MIB);
    let result = read_table(Kind::Xlsx, &many, &Limits::default());
    assert!(limit_exceeded(&result), "{result:?}");
    assert_eq!(sniff(&many), None);
}

/// Readers disagree on which of two same-named entries counts.
#[test]
fn duplicate_entry_names_are_refused() {
    let mut entries = raw_entries(&sample_workbook());
    let sheet = entries.iter().find(|e| e.name == SHEET).unwrap().clone();
    entries.push(sheet);
    let workbook = assemble(&entries);
    assert!(matches!(
        read_table(Kind::Xlsx, &workbook, &Limits::default()),
        Err(MediaError::InvalidTable(_))
    ));
}
