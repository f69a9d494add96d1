#![cfg(feature = "io")]
//! The import corpus (issue 16, item 6): about thirty roster files as
//! offices keep them, written by the test's own code (tests/corpus/), each
//! imported with the tool's own proposal and compared with what a reader
//! of the form sees, written by hand.
//!
//! Every mismatch of every case is reported in one failure, by case, row
//! and field. One case (or several: a comma-separated list of name parts):
//!
//! ```text
//! QHCB_CORPUS=tcvn3 cargo test --test import_corpus -- --nocapture
//! ```

mod common;
#[path = "corpus/mod.rs"]
mod corpus;

use corpus::{check, files, to_tcvn3, to_vni};
use qhcb::legacy::{tcvn3_to_unicode, vni_to_unicode};

/// The cases chosen by QHCB_CORPUS (all when unset).
fn chosen() -> Vec<corpus::Case> {
    let filter = std::env::var("QHCB_CORPUS").unwrap_or_default();
    let parts: Vec<&str> = filter
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    files::all()
        .into_iter()
        .filter(|c| parts.is_empty() || parts.iter().any(|p| c.name.contains(p)))
        .collect()
}

#[test]
fn corpus_imports_as_a_reader_of_each_form_expects() {
    let cases = chosen();
    assert!(!cases.is_empty(), "QHCB_CORPUS chose no case");
    let mut table = Vec::new();
    let mut details = Vec::new();
    let mut failed = 0;
    for case in &cases {
        let started = std::time::Instant::now();
        let outcome = check(case);
        let ms = started.elapsed().as_millis();
        let status = if outcome.mismatches.is_empty() {
            "pass".to_owned()
        } else {
            failed += 1;
            format!("FAIL ({})", outcome.mismatches.len())
        };
        table.push(format!(
            "  {:<10} {:<32} {:<22} {:>5} ms  {} expected, {} imported, {}",
            status,
            case.name,
            case.format,
            ms,
            case.people.len(),
            outcome.people,
            outcome
                .non_person_list
                .as_ref()
                .map_or("no non-person list in the summary".to_owned(), |(k, n)| {
                    format!("{n} in {k}")
                })
        ));
        if !outcome.mismatches.is_empty() {
            details.push(format!(
                "✗ {} [{}] — {}\n{}",
                case.name,
                case.format,
                case.about,
                outcome
                    .mismatches
                    .iter()
                    .map(|m| format!("    {m}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    let report = format!(
        "import corpus: {} of {} cases pass\n{}\n\n{}",
        cases.len() - failed,
        cases.len(),
        table.join("\n"),
        details.join("\n\n")
    );
    assert!(failed == 0, "{report}");
    eprintln!("{report}");
}

/// The corpus itself: names unique, every expected row inside its file's
/// rows and not listed twice, no person also listed as a non-person row.
#[test]
fn corpus_expectations_are_consistent() {
    let cases = files::all();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    assert!(cases.len() >= 25, "about thirty files");
    for case in &cases {
        let mut rows: Vec<usize> = case.people.iter().map(|p| p.row).collect();
        rows.sort_unstable();
        let before = rows.len();
        rows.dedup();
        assert_eq!(rows.len(), before, "{}: a row listed twice", case.name);
        for p in &case.people {
            assert!(
                !case.non_person.contains(&p.row),
                "{}: row {} both a person and not",
                case.name,
                p.row
            );
            assert!(
                matches!(p.sex, "M" | "F" | ""),
                "{}: row {} sex",
                case.name,
                p.row
            );
        }
        assert!(!case.bytes.is_empty(), "{}", case.name);
    }
}

/// The test's own TCVN3 and VNI encoders are the inverse of the engine's
/// decoders on Vietnamese text (TCVN3: without capitals that carry a tone,
/// which the encoding writes as small letters).
#[test]
fn legacy_encoders_round_trip() {
    let texts = [
        "Nguyễn Văn Thành",
        "Trần Thị Thu Hường",
        "Phạm Thị Ngọc Diệp",
        "Đỗ Quang Huấn",
        "ủy viên Ban Thường vụ",
        "Phó Bí thư Đảng ủy",
        "Chủ tịch ủy ban MTTQ",
        "Lò Văn Sủy, Hà Thị Thủy, Bùi Văn Thụy",
        "người lập biểu; Hoàng Thị Lụa; Mai Thị Tuyết",
        "Đại học, Thạc sĩ, Cao cấp, Trung cấp, Sơ cấp, Cao đẳng",
        "ăn ắn ằn ẳn ẵn ặn ân ấn ần ẩn ẫn ận ên ến ền ển ễn ện",
        "ôn ốn ồn ổn ỗn ộn ơn ớn ờn ởn ỡn ợn ưn ứn ừn ửn ữn ựn",
        "à á ả ã ạ è é ẻ ẽ ẹ ì í ỉ ĩ ị ò ó ỏ õ ọ ù ú ủ ũ ụ ỳ ý ỷ ỹ ỵ đ",
    ];
    for text in texts {
        assert_eq!(tcvn3_to_unicode(&to_tcvn3(text)), text, "TCVN3 {text}");
        assert_eq!(vni_to_unicode(&to_vni(text)), text, "VNI {text}");
    }
    // VNI keeps capitals with tones.
    for text in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Chủ tịch Ủy ban MTTQ",
        "ỨNG THỊ ỔN",
        "Ưng Ánh Ẩn",
    ] {
        assert_eq!(vni_to_unicode(&to_vni(text)), text, "VNI {text}");
    }
    // TCVN3 writes a capital with a tone with its small letter's code.
    assert_eq!(tcvn3_to_unicode(&to_tcvn3("Ủy ban")), "ủy ban");
    assert_eq!(to_tcvn3("Hà Nội"), "Hµ Néi");
    assert_eq!(to_vni("Hà Nội"), "Haø Noäi");
}

/// The text of one part of a zip file.
fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The files are what their cases say: the container the reader sees, and
/// in the XML the hidden sheets and rows, the merges, the date system.
#[test]
fn corpus_files_carry_their_layouts() {
    let cases = files::all();
    let case = |name: &str| cases.iter().find(|c| c.name == name).unwrap();
    for c in &cases {
        let info = qhcb::import::inspect(&c.bytes).unwrap().file;
        assert!(
            c.format.starts_with(info.kind),
            "{}: read as {}",
            c.name,
            info.kind
        );
    }
    let hidden = &case("hidden-sheet-and-row").bytes;
    assert!(part(hidden, "xl/workbook.xml").contains("state=\"hidden\""));
    assert!(part(hidden, "xl/worksheets/sheet2.xml")
        .contains("<row r=\"4\" spans=\"1:5\" hidden=\"1\">"));
    let merged = &case("ethnic-groups-merged-xlsx").bytes;
    assert!(part(merged, "xl/worksheets/sheet1.xml").contains("<mergeCell ref=\"E8:E10\"/>"));
    let ods = part(&case("ethnic-groups-merged-ods").bytes, "content.xml");
    assert!(ods.contains("table:number-rows-spanned=\"3\""));
    assert!(ods.contains("<table:covered-table-cell/>"));
    let ods = part(&case("ods-hidden-row-and-sheet").bytes, "content.xml");
    assert!(ods.contains("<table:table-row table:visibility=\"collapse\">"));
    assert!(ods.contains("table:display=\"false\""));
    let mimetype = part(&case("huyen-form-ods").bytes, "mimetype");
    assert_eq!(mimetype, "application/vnd.oasis.opendocument.spreadsheet");
    assert!(part(&case("date-system-1904").bytes, "xl/workbook.xml").contains("date1904=\"1\""));
    // CSV encodings, by their bytes.
    assert!(case("education-majors-csv-bom")
        .bytes
        .starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(case("utf16le-tab-text").bytes.starts_with(&[0xFF, 0xFE]));
    let cp1258 = &case("windows-1258-csv").bytes;
    assert!(
        std::str::from_utf8(cp1258).is_err() && cp1258.contains(&0xD2),
        "ơ as one byte"
    );
    let tcvn3 = &case("tcvn3-uy-titles-csv").bytes;
    assert!(
        tcvn3.windows(3).any(|w| w == b"Ch\xF1"),
        "ủ typed as TCVN3 0xF1"
    );
    let vni = &case("vni-two-rows-csv").bytes;
    assert!(
        vni.windows(2).any(|w| w == b"u\xDB") || vni.windows(2).any(|w| w == b"U\xDB"),
        "Ủ typed as VNI U + Û"
    );
}
