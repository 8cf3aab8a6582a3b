//! JPEG header reading without decoding.

use crate::bytes::{be16, find};

/// What the marker segments before the image data say.
pub(crate) struct Header {
    /// Frame width.
    pub width: u32,
    /// Frame height.
    pub height: u32,
    /// Offset of the first start-of-scan marker, if one follows the frame
    /// header in well-formed segments.
    pub scan: Option<usize>,
}

impl Header {
    /// Whether the image data is complete: a scan starts after the frame
    /// header and an end-of-image marker follows it. Entropy-coded data
    /// never contains `FF D9` (0xFF bytes are stuffed), so this catches
    /// truncated uploads.
    pub fn complete(&self, bytes: &[u8]) -> bool {
        self.scan
            .is_some_and(|scan| find(bytes, &[0xFF, 0xD9], scan).is_some())
    }
}

/// Width and height from a JPEG's first SOF marker.
pub(crate) fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    header(bytes).map(|h| (h.width, h.height))
}

/// Walks the marker segments from the start: frame size from the first SOF
/// marker and the position of the first SOS marker. `None` if no frame
/// header can be read.
pub(crate) fn header(bytes: &[u8]) -> Option<Header> {
    let mut frame = None;
    let scan = walk(bytes, &mut frame);
    frame.map(|(width, height)| Header {
        width,
        height,
        scan,
    })
}

fn walk(bytes: &[u8], frame: &mut Option<(u32, u32)>) -> Option<usize> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut at = 2usize;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        // Skip fill bytes.
        while *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        let marker = *bytes.get(at + 1)?;
        if marker == 0xDA {
            return frame.is_some().then_some(at);
        }
        at += 2;
        match marker {
            // Standalone markers carry no length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 => return None,
            _ => {}
        }
        let len = usize::from(be16(bytes, at)?);
        if len < 2 {
            return None;
        }
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof && frame.is_none() {
            let height = be16(bytes, at + 3)?;
            let width = be16(bytes, at + 5)?;
            *frame = Some((u32::from(width), u32::from(height)));
        }
        at = at.checked_add(len)?;
    }
}
