use yz_media::{Kind, MediaError, check_pdf, sniff};

/// A tiny hand-written PDF with `extra` added to the catalog dictionary.
fn pdf(extra: &str) -> Vec<u8> {
    format!(
        "%PDF-1.4\n%\u{e2}\u{e3}\n\
         1 0 obj\n<< /Type /Catalog /Pages 2 0 R {extra}>>\nendobj\n\
         2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n\
         3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>\nendobj\n\
         4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello, fair) Tj ET\nendstream\nendobj\n\
         trailer\n<< /Root 1 0 R /Size 5 >>\nstartxref\n0\n%%EOF\n"
    )
    .into_bytes()
}

/// A PDF with one Flate-compressed object stream holding `objects`.
fn pdf_with_object_stream(objects: &str, filter: &str) -> Vec<u8> {
    let data = if filter == "/FlateDecode" {
        miniz_oxide::deflate::compress_to_vec_zlib(objects.as_bytes(), 6)
    } else {
        objects.as_bytes().to_vec()
    };
    let mut out = format!(
        "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
         5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length {} /Filter {filter} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\nstartxref\n0\n%%EOF");
    out
}

#[test]
fn accepts_passive_pdf() {
    let doc = pdf("");
    assert_eq!(sniff(&doc), Some(Kind::Pdf));
    let info = check_pdf(&doc).unwrap();
    assert_eq!(info.version, "1.4");
    assert_eq!(info.object_streams, 0);
    // Harmless look-alikes: /JSON, /Launcher, a URI action.
    let doc = pdf(
        "/Info << /JSON (x) /Launcher (y) >> /OpenAction << /S /URI /URI (https://example.org) >> ",
    );
    assert!(check_pdf(&doc).is_ok());
    // Header after some junk (allowed within the first 1024 bytes), trailing newlines.
    let mut doc = b"\0\0junk\n".to_vec();
    doc.extend(pdf(""));
    doc.extend_from_slice(&[b'\n'; 500]);
    assert!(check_pdf(&doc).is_ok());
}

#[test]
fn refuses_active_content() {
    for (extra, name) in [
        (
            "/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ",
            "JavaScript",
        ),
        ("/AA << /O << /JS 9 0 R >> >> ", "JS"),
        ("/OpenAction << /S /Launch /F (calc.exe) >> ", "Launch"),
        ("/Names << /EmbeddedFiles 7 0 R >> ", "EmbeddedFiles"),
        ("/X << /Type /EmbeddedFile >> ", "EmbeddedFile"),
        ("/AcroForm << /XFA 8 0 R >> ", "XFA"),
        // Hex escapes in names are decoded.
        ("/OpenAction << /S /J#61vaScript >> ", "JavaScript"),
        ("/AA<</O<</J#53(x)>>>>", "JS"),
    ] {
        assert_eq!(
            check_pdf(&pdf(extra)),
            Err(MediaError::PdfActiveContent(name.to_owned())),
            "{extra}"
        );
    }
}

#[test]
fn inspects_object_streams() {
    let clean = pdf_with_object_stream("6 0 << /Type /Annot /Subtype /Link >>", "/FlateDecode");
    assert_eq!(check_pdf(&clean).unwrap().object_streams, 1);
    let hidden = pdf_with_object_stream("6 0 << /S /JavaScript /JS (x) >>", "/FlateDecode");
    assert!(!String::from_utf8_lossy(&hidden).contains("JavaScript"));
    assert!(matches!(
        check_pdf(&hidden),
        Err(MediaError::PdfActiveContent(_))
    ));
    let odd = pdf_with_object_stream("6 0 << >>", "/LZWDecode");
    assert!(matches!(check_pdf(&odd), Err(MediaError::InvalidPdf(_))));
    let mut corrupt = pdf_with_object_stream("6 0 << >>", "/FlateDecode");
    let at = corrupt.windows(6).position(|w| w == b"stream").unwrap() + 7;
    corrupt[at] = 0xFF;
    assert!(matches!(
        check_pdf(&corrupt),
        Err(MediaError::InvalidPdf(_))
    ));
}

#[test]
fn short_names_in_binary_streams_are_tolerated() {
    // Image data that happens to contain "/JS " must not refuse the file.
    let mut doc =
        b"%PDF-1.7\n1 0 obj\n<< /Type /XObject /Subtype /Image /Length 12 >>\nstream\n".to_vec();
    doc.extend_from_slice(b"\x01\x02/JS \x05/XFA\x00");
    doc.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    assert!(check_pdf(&doc).is_ok());
    // Long names are still caught there.
    let mut doc = b"%PDF-1.7\n1 0 obj\n<< /Length 12 >>\nstream\n".to_vec();
    doc.extend_from_slice(b"\x01/JavaScript\x00");
    doc.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    assert!(matches!(
        check_pdf(&doc),
        Err(MediaError::PdfActiveContent(_))
    ));
}

#[test]
fn refuses_malformed() {
    let doc = pdf("");
    assert!(matches!(check_pdf(b""), Err(MediaError::InvalidPdf(_))));
    assert!(matches!(
        check_pdf(b"%PDF-"),
        Err(MediaError::InvalidPdf(_))
    ));
    assert!(matches!(
        check_pdf(b"%PDF-3.0\n%%EOF"),
        Err(MediaError::InvalidPdf(_))
    ));
    assert!(matches!(
        check_pdf(b"%PDF-1.x\n%%EOF"),
        Err(MediaError::InvalidPdf(_))
    ));
    // Truncated: no %%EOF at the end.
    assert!(matches!(
        check_pdf(&doc[..doc.len() - 10]),
        Err(MediaError::InvalidPdf(_))
    ));
    // %%EOF only far from the end.
    let mut padded = doc.clone();
    padded.extend(vec![b'x'; 2000]);
    assert!(matches!(check_pdf(&padded), Err(MediaError::InvalidPdf(_))));
    // Header too late.
    let mut late = vec![b' '; 1100];
    late.extend(doc.clone());
    assert!(matches!(check_pdf(&late), Err(MediaError::InvalidPdf(_))));
    for len in 0..doc.len() {
        let _ = check_pdf(&doc[..len]);
    }
}

#[test]
fn many_tiny_streams_stay_linear() {
    let mut doc = b"%PDF-1.7\n".to_vec();
    for _ in 0..60_000 {
        doc.extend_from_slice(b"stream\nendstream\n");
    }
    doc.extend_from_slice(b"%%EOF\n");
    let started = std::time::Instant::now();
    assert!(check_pdf(&doc).is_ok());
    assert!(started.elapsed().as_secs() < 30);
}
