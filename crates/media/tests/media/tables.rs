use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use yz_media::{Kind, Limits, MediaError, Sheet, read_table, sniff, to_html};

/// A two-sheet workbook with strings, numbers, a formula, dates and a boolean.
pub fn sample_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let stamp = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Products").unwrap();
    for (col, title) in ["Name", "Units", "Price", "Total", "Since", "In stock"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *title).unwrap();
    }
    sheet.write_string(1, 0, "Green tea <b>").unwrap();
    sheet.write_number(1, 1, 3.0).unwrap();
    sheet.write_number(1, 2, 12.5).unwrap();
    sheet
        .write_formula(1, 3, Formula::new("=B2*C2").set_result("37.5"))
        .unwrap();
    let day = ExcelDateTime::from_ymd(2024, 5, 1).unwrap();
    sheet.write_datetime_with_format(1, 4, &day, &date).unwrap();
    sheet.write_boolean(1, 5, true).unwrap();
    sheet.write_string(2, 0, "龙井").unwrap();
    sheet.write_number(2, 1, -7.0).unwrap();
    let when = ExcelDateTime::from_ymd(2025, 1, 2)
        .unwrap()
        .and_hms(9, 30, 0)
        .unwrap();
    sheet
        .write_datetime_with_format(2, 4, &when, &stamp)
        .unwrap();
    let second = workbook.add_worksheet();
    second.set_name("Notes").unwrap();
    second.write_string(0, 0, "only").unwrap();
    second.write_string(3, 2, "sparse").unwrap();
    workbook.save_to_buffer().unwrap()
}

#[test]
fn reads_xlsx() {
    let bytes = sample_workbook();
    assert_eq!(sniff(&bytes), Some(Kind::Xlsx));
    let table = read_table(Kind::Xlsx, &bytes, &Limits::default()).unwrap();
    assert_eq!(table.sheets.len(), 2);
    let products = &table.sheets[0];
    assert_eq!(products.name, "Products");
    assert_eq!(
        products.rows,
        vec![
            vec!["Name", "Units", "Price", "Total", "Since", "In stock"],
            vec!["Green tea <b>", "3", "12.5", "37.5", "2024-05-01", "TRUE"],
            vec!["龙井", "-7", "", "", "2025-01-02T09:30:00"],
        ]
    );
    let notes = &table.sheets[1];
    assert_eq!(notes.name, "Notes");
    assert_eq!(
        notes.rows,
        vec![
            vec!["only".to_owned()],
            vec![],
            vec![],
            vec!["".to_owned(), "".to_owned(), "sparse".to_owned()],
        ]
    );
}

#[test]
fn xlsx_limits() {
    let bytes = sample_workbook();
    let rows = Limits {
        max_table_rows: 5,
        ..Limits::default()
    };
    // 3 rows in Products + 4 in Notes = 7 > 5.
    assert_eq!(
        read_table(Kind::Xlsx, &bytes, &rows),
        Err(MediaError::TooManyRows { max: 5 })
    );
    let cols = Limits {
        max_table_columns: 5,
        ..Limits::default()
    };
    assert_eq!(
        read_table(Kind::Xlsx, &bytes, &cols),
        Err(MediaError::TooManyColumns { max: 5 })
    );
    let unpacked = Limits {
        max_decode_alloc: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        read_table(Kind::Xlsx, &bytes, &unpacked),
        Err(MediaError::LimitExceeded(_))
    ));
    let size = Limits {
        max_table_bytes: 100,
        ..Limits::default()
    };
    assert!(matches!(
        read_table(Kind::Xlsx, &bytes, &size),
        Err(MediaError::TooLarge { .. })
    ));
}

#[test]
fn corrupted_xlsx_fails_cleanly() {
    let bytes = sample_workbook();
    let limits = Limits::default();
    for len in (0..bytes.len()).step_by(211) {
        let _ = read_table(Kind::Xlsx, &bytes[..len], &limits);
    }
    let mut flipped = bytes.clone();
    for i in (100..flipped.len()).step_by(97) {
        flipped[i] ^= 0x5A;
    }
    assert!(read_table(Kind::Xlsx, &flipped, &limits).is_err());
    assert!(read_table(Kind::Xlsx, b"PK\x03\x04", &limits).is_err());
    assert!(matches!(
        read_table(Kind::Xlsx, b"a,b", &limits),
        Err(MediaError::InvalidTable(_))
    ));
    assert!(matches!(
        read_table(Kind::Pdf, b"%PDF-1.4", &limits),
        Err(MediaError::WrongKind { .. })
    ));
}

#[test]
fn reads_csv_with_quotes_and_delimiters() {
    let csv = "\u{feff}name,description,price\r\n\
               \"Tea, green\",\"He said \"\"hi\"\"\nand left\",3\r\n\
               Cup,,\r\n";
    let bytes = csv.as_bytes();
    assert_eq!(sniff(bytes), Some(Kind::Csv));
    let table = read_table(Kind::Csv, bytes, &Limits::default()).unwrap();
    assert_eq!(table.sheets.len(), 1);
    assert_eq!(
        table.sheets[0].rows,
        vec![
            vec!["name", "description", "price"],
            vec!["Tea, green", "He said \"hi\"\nand left", "3"],
            vec!["Cup"],
        ]
    );

    let semicolons = "a;b;c\n1,5;2;3\n";
    let t = read_table(Kind::Csv, semicolons.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(
        t.sheets[0].rows,
        vec![vec!["a", "b", "c"], vec!["1,5", "2", "3"]]
    );

    let tabs = "城市\t人口\n上海\t2400万\n";
    let t = read_table(Kind::Csv, tabs.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(
        t.sheets[0].rows,
        vec![vec!["城市", "人口"], vec!["上海", "2400万"]]
    );

    let single = "names\nAda\nGrace\n";
    let t = read_table(Kind::Csv, single.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(t.sheets[0].rows.len(), 3);
}

#[test]
fn csv_limits_and_refusals() {
    let many_rows: String = (0..11).map(|i| format!("{i},x\n")).collect();
    let limits = Limits {
        max_table_rows: 10,
        max_table_columns: 3,
        ..Limits::default()
    };
    assert_eq!(
        read_table(Kind::Csv, many_rows.as_bytes(), &limits),
        Err(MediaError::TooManyRows { max: 10 })
    );
    assert!(read_table(Kind::Csv, &many_rows.as_bytes()[..40], &limits).is_ok());
    assert_eq!(
        read_table(Kind::Csv, b"a,b,c,d\n", &limits),
        Err(MediaError::TooManyColumns { max: 3 })
    );
    assert!(matches!(
        read_table(Kind::Csv, b"\xFF\xFE,a", &limits),
        Err(MediaError::InvalidTable(_))
    ));
    assert!(matches!(
        read_table(Kind::Csv, b"<html><script>x</script>", &limits),
        Err(MediaError::InvalidTable(_))
    ));
    assert!(matches!(
        read_table(Kind::Csv, b"a\0b", &limits),
        Err(MediaError::InvalidTable(_))
    ));
}

#[test]
fn html_is_escaped_and_accessible() {
    let sheet = Sheet {
        name: "Prices & <more>".into(),
        rows: vec![
            vec!["Name".into(), "Note".into()],
            vec![
                "<script>alert(1)</script>".into(),
                "a \"quoted\" & 'single'".into(),
            ],
            vec!["short".into()],
            vec!["third".into(), "x".into()],
        ],
    };
    let html = to_html(&sheet, 2);
    assert!(!html.contains("<script>"));
    assert!(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
    assert!(html.contains("<td>a &quot;quoted&quot; &amp; &#39;single&#39;</td>"));
    assert!(html.contains("<caption>Prices &amp; &lt;more&gt;</caption>"));
    assert!(html.contains(
        "<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Note</th></tr></thead>"
    ));
    // Short rows are padded; rows beyond max_rows are left out.
    assert!(html.contains("<tr><td>short</td><td></td></tr>"));
    assert!(!html.contains("third"));
    assert!(html.starts_with("<table data-rows-total=\"3\" data-rows-shown=\"2\">"));
    assert!(html.ends_with("</tbody></table>"));
    assert_eq!(to_html(&Sheet::default(), 10), "<table></table>");
}
