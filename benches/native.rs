//! Native phase timings of `analyze` on synthetic rosters (not a test): where
//! the time goes — reading the JSON, the analysis, serialising the report.
//!
//!     cargo bench --bench native -- 100000 1000000
//!     cargo bench --bench native -- --xlsx roster.xlsx   (file import, end to end)
//!     cargo bench --bench native -- --hostile titles       (one path of hostile_paths)
//!     cargo bench --bench native -- --units 100000 1000     (issue 17: many units)
//!     cargo bench --bench native -- --roster 100000 1000000 (issue 18: the held roster)
//!     cargo bench --bench native -- --roster-load people.json (issue 18: a file loaded
//!         by a fresh process, as a worker loads it: fromJson and the first report)

use std::time::Instant;

use qhcb::input::{read, ReadOptions};
use qhcb::report::{Options, PeopleForm};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--xlsx") {
        return import(&args[at + 1]);
    }
    if let Some(at) = args.iter().position(|a| a == "--units") {
        let arg = |i: usize, default: usize| {
            args.get(at + i)
                .and_then(|a| a.parse().ok())
                .unwrap_or(default)
        };
        return units(arg(1, 100_000), arg(2, 1_000));
    }
    if let Some(at) = args.iter().position(|a| a == "--roster-load") {
        return roster_load(&args[at + 1..]);
    }
    if let Some(at) = args.iter().position(|a| a == "--roster") {
        let sizes: Vec<usize> = args[at + 1..]
            .iter()
            .filter_map(|a| a.parse().ok())
            .collect();
        return roster(if sizes.is_empty() {
            vec![100_000]
        } else {
            sizes
        });
    }
    if let Some(at) = args.iter().position(|a| a == "--hostile") {
        return hostile(args.get(at + 1).map_or("all", String::as_str));
    }
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100_000]
    } else {
        sizes
    };
    println!("| people | people as | read ms | analyse ms | serialise ms | report MB |");
    println!("|---:|---|---:|---:|---:|---:|");
    for n in sizes {
        let text = serde_json::to_string(&qhcb::synthetic::dataset(n, 2026)).unwrap();
        for form in [PeopleForm::Rows, PeopleForm::Columns] {
            measure(&text, n, form);
        }
    }
}

fn measure(text: &str, n: usize, form: PeopleForm) {
    let options = Options {
        people: form,
        ..Options::default()
    };
    {
        let (mut reads, mut analyses, mut writes) = (vec![], vec![], vec![]);
        let mut bytes = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let reading = read(text, &ReadOptions::default()).unwrap();
            let read_done = Instant::now();
            let report = qhcb::report::analyze(reading, &options).unwrap();
            let analysed = Instant::now();
            let mut report = report;
            let columns = report.people_columns.take();
            let json = serde_json::to_string(&report).unwrap();
            drop(columns);
            let written = Instant::now();
            bytes = json.len();
            reads.push((read_done - start).as_secs_f64() * 1e3);
            analyses.push((analysed - read_done).as_secs_f64() * 1e3);
            writes.push((written - analysed).as_secs_f64() * 1e3);
        }
        println!(
            "| {n} | {form:?} | {:.1} | {:.1} | {:.1} | {:.1} |",
            median(reads),
            median(analyses),
            median(writes),
            bytes as f64 / 1e6
        );
    }
}

/// A spreadsheet from bytes to the analysed report, as the page does it:
/// inspect (guess the header row and the columns), import with that mapping,
/// then analyse the people with the generator's titles.
fn import(path: &str) {
    use qhcb::import::{import, inspect, read_file, ImportOptions};
    let bytes = std::fs::read(path).expect("a readable file");
    let mut times = [vec![], vec![], vec![], vec![]];
    for _ in 0..3 {
        let start = Instant::now();
        let inspection = inspect(&bytes).unwrap();
        let inspected = Instant::now();
        let guess = &inspection.sheets[0];
        let columns: Vec<serde_json::Value> = guess
            .columns
            .iter()
            .map(|c| serde_json::json!({ "index": c.index, "field": c.field, "encoding": c.encoding }))
            .collect();
        let titles = qhcb::synthetic::titles(33);
        let options: ImportOptions = serde_json::from_value(serde_json::json!({
            "headerRow": guess.header_row, "columns": columns, "titles": titles
        }))
        .unwrap();
        let (tables, _) = read_file(&bytes).unwrap();
        let read = Instant::now();
        let imported = import(
            &tables,
            &options,
            qhcb::messages::catalogue(qhcb::messages::Lang::Vi),
        )
        .unwrap();
        let converted = Instant::now();
        let dataset = serde_json::json!({
            "format": "qhcb/1", "asOf": "2026-01-15", "titles": titles, "people": imported.people
        });
        let report = qhcb::analyze_json(
            &dataset.to_string(),
            &Options {
                people: PeopleForm::Columns,
                ..Options::default()
            },
        )
        .unwrap();
        let analysed = Instant::now();
        assert_eq!(report.counts.analysed, imported.people.len());
        for (slot, (a, b)) in times.iter_mut().zip([
            (start, inspected),
            (inspected, read),
            (read, converted),
            (converted, analysed),
        ]) {
            slot.push((b - a).as_secs_f64() * 1e3);
        }
    }
    let [inspect_ms, read_ms, convert_ms, analyse_ms] = times.map(median);
    println!(
        "{path}: inspect {inspect_ms:.0} ms, read sheet {read_ms:.0} ms, convert {convert_ms:.0} ms, analyse {analyse_ms:.0} ms"
    );
}

/// The paths where input grows, and the crafted files of issue 14: each
/// timed once, with the process's peak memory (run one path per process for
/// its own peak: `--hostile titles`).
const HOSTILE: &[&str] = &[
    "titles",
    "rejected",
    "rejected200k",
    "duplicates",
    "paste",
    "invalid",
    "dates",
    "far-cell",
    "shared-string",
    "whitespace",
    "ods-repeats",
    "csv-rows",
];

fn hostile(which: &str) {
    if which == "all" {
        println!("| path | size | ms | outcome |");
        println!("|---|---:|---:|---|");
        for name in HOSTILE {
            hostile_one(name);
        }
    } else {
        hostile_one(which);
        println!("peak memory: {} MB", peak_mb());
    }
}

/// The process's peak resident memory (Linux), in MB.
fn peak_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn roster_csv(rows: usize, line: impl Fn(usize) -> String) -> Vec<u8> {
    let mut csv = String::from("Họ và tên,Giới tính,Ngày sinh,Mã cán bộ,Quy hoạch chức danh\n");
    for i in 0..rows {
        csv.push_str(&line(i));
        csv.push('\n');
    }
    csv.into_bytes()
}

fn import_csv(bytes: &[u8], create_titles: bool) -> qhcb::import::Imported {
    use qhcb::import::{import, inspect, read_file, ImportOptions};
    let guess = &inspect(bytes).unwrap().sheets[0];
    let columns: Vec<serde_json::Value> = guess
        .columns
        .iter()
        .map(|c| serde_json::json!({ "index": c.index, "field": c.field }))
        .collect();
    let options: ImportOptions = serde_json::from_value(serde_json::json!({
        "headerRow": guess.header_row, "columns": columns, "createTitles": create_titles,
        "referenceYear": 2026
    }))
    .unwrap();
    let (tables, _) = read_file(bytes).unwrap();
    import(
        &tables,
        &options,
        qhcb::messages::catalogue(qhcb::messages::Lang::Vi),
    )
    .unwrap()
}

fn zipped(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn xlsx(sheet_data: &str, shared: &str) -> Vec<u8> {
    let workbook = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let wb_rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let sheet = format!(
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
    );
    let sst = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>"#
    );
    zipped(&[
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", sst.as_bytes()),
    ])
}

/// An XLSX whose sheet has `mb` runs of 1 MB of spaces between its rows.
fn padded_xlsx(mb: usize) -> Vec<u8> {
    use std::io::Write;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = zip::write::SimpleFileOptions::default().large_file(true);
    out.start_file("xl/workbook.xml", deflate).unwrap();
    out.write_all(br#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>"#).unwrap();
    out.start_file("xl/_rels/workbook.xml.rels", deflate)
        .unwrap();
    out.write_all(br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#).unwrap();
    out.start_file("xl/worksheets/sheet1.xml", deflate).unwrap();
    out.write_all(br#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    let pad = vec![b' '; 1024 * 1024];
    for r in 1..=mb {
        write!(out, r#"<row r="{r}"><c r="A{r}"><v>1</v></c></row>"#).unwrap();
        out.write_all(&pad).unwrap();
    }
    out.write_all(b"</sheetData></worksheet>").unwrap();
    out.finish().unwrap().into_inner()
}

fn hostile_one(name: &str) {
    // Reset once the input is made: only the engine's work is timed.
    let start = std::cell::Cell::new(Instant::now());
    let timed = || start.set(Instant::now());
    let (size, outcome): (String, String) = match name {
        "titles" => {
            let csv = roster_csv(100_000, |i| format!("Người {i},Nam,1975,,Chức danh {i}"));
            timed();
            let out = import_csv(&csv, true);
            (
                "100,000 created titles".into(),
                format!("{} titles created", out.new_titles.len()),
            )
        }
        "rejected" => {
            let csv = roster_csv(100_000, |i| format!("Người {i},?,1975,,"));
            timed();
            let out = import_csv(&csv, false);
            (
                "100,000 rejected rows".into(),
                format!("{} rejected", out.summary.rejected),
            )
        }
        // Issue 15: the rejected rows' CSV, every cell guarded, written by
        // the one CSV module in one pass.
        "rejected200k" => {
            let csv = roster_csv(200_000, |i| format!("=Người {i},?,1975,,"));
            timed();
            let out = import_csv(&csv, false);
            (
                "200,000 rejected rows, every name guarded".into(),
                format!(
                    "{} rejected, rejected-rows CSV of {} lines",
                    out.summary.rejected,
                    out.rejected_csv.lines().count()
                ),
            )
        }
        "duplicates" => {
            let csv = roster_csv(100_000, |i| format!("Người {i},Nam,1975,m{},", i % 50_000));
            timed();
            let out = import_csv(&csv, false);
            (
                "100,000 rows, 50,000 repeated ids".into(),
                format!("{} rejected", out.summary.rejected),
            )
        }
        "paste" => {
            let block: String = (0..50_000)
                .map(|i| format!("p{i}\tNgười {i}\tNam\t15/03/1975\tx\tThạc sĩ\tCao cấp\tBí thư, Phó Bí thư\n"))
                .collect();
            let titles = qhcb::synthetic::titles(33);
            let names: Vec<qhcb::cells::TitleName> = titles
                .as_array()
                .unwrap()
                .iter()
                .map(|t| qhcb::cells::TitleName {
                    id: t["id"].as_str().unwrap().to_owned(),
                    name: t["name"].as_str().map(str::to_owned),
                })
                .collect();
            timed();
            let index = qhcb::cells::TitleIndex::new(&names);
            let fields = [
                "id",
                "name",
                "sex",
                "birth",
                "local",
                "education",
                "politicalTheory",
                "planned",
            ];
            let rows = qhcb::cells::split_block(&block);
            let cells: usize = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .zip(fields)
                        .filter(|(c, f)| qhcb::cells::parse_cell_indexed(f, c, &index).is_ok())
                        .count()
                })
                .sum();
            (
                "50,000 pasted rows × 8 cells".into(),
                format!("{cells} cells read"),
            )
        }
        "invalid" | "dates" => {
            let n = if name == "invalid" {
                3_000_000
            } else {
                1_000_000
            };
            let birth = if name == "invalid" { "x" } else { "01/02/1975" };
            let mut text = String::from(r#"{"format":"qhcb/1","asOf":"2026-01-15","people":["#);
            for i in 0..n {
                if i > 0 {
                    text.push(',');
                }
                text.push_str(&format!(r#"{{"id":"p{i}","sex":"M","birth":"{birth}"}}"#));
            }
            text.push_str("]}");
            timed();
            let report = qhcb::analyze_json(
                &text,
                &Options {
                    people: PeopleForm::Columns,
                    ..Options::default()
                },
            )
            .unwrap();
            let json = serde_json::to_string(&report).unwrap();
            (
                format!("analyze(), {n} invalid rows ({birth})"),
                format!(
                    "{} excluded, {} listed; report {:.1} MB",
                    report.counts.excluded,
                    report.excluded.len(),
                    json.len() as f64 / 1e6
                ),
            )
        }
        "far-cell" => {
            let bytes = xlsx(
                r#"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#,
                "",
            );
            timed();
            let error = qhcb::import::inspect(&bytes).unwrap_err();
            (
                format!("XLSX of {} bytes, cells A1 and XFD1048576", bytes.len()),
                format!("{error:?}"),
            )
        }
        "shared-string" => {
            let big = format!("<si><t>{}</t></si>", "x".repeat(10 * 1024 * 1024));
            let cells: String = (1..=300)
                .map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#))
                .collect();
            let bytes = xlsx(&cells, &big);
            timed();
            let error = qhcb::import::inspect(&bytes).unwrap_err();
            (
                format!(
                    "XLSX of {} bytes, a 10 MB string used 300 times",
                    bytes.len()
                ),
                format!("{error:?}"),
            )
        }
        "whitespace" => {
            // 1.5 GB of spaces in runs of 1 MB between cells, written in pieces.
            let bytes = padded_xlsx(1500);
            timed();
            let error = qhcb::import::inspect(&bytes).unwrap_err();
            (
                format!("XLSX of {} bytes, whitespace-padded", bytes.len()),
                format!("{error:?}"),
            )
        }
        "ods-repeats" => {
            let content = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="DS"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="50" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
            let bytes = zipped(&[
                (
                    "mimetype",
                    b"application/vnd.oasis.opendocument.spreadsheet",
                ),
                ("content.xml", content.as_bytes()),
            ]);
            let error = qhcb::import::inspect(&bytes).unwrap_err();
            (
                format!("ODS of {} bytes, 1,000,000 repeated rows", bytes.len()),
                format!("{error:?}"),
            )
        }
        "csv-rows" => {
            let line = "Nguyễn Văn An,Nam,15/03/1975\n";
            let rows = 200 * 1024 * 1024 / line.len() - 1;
            let csv = line.repeat(rows);
            timed();
            let error = qhcb::import::inspect(csv.as_bytes()).unwrap_err();
            (
                format!("CSV of {} MB, {rows} rows", csv.len() / 1_048_576),
                format!("{error:?}"),
            )
        }
        other => panic!("unknown path {other}; one of {HOSTILE:?}"),
    };
    let ms = start.get().elapsed().as_secs_f64() * 1e3;
    println!("| {name} | {size} | {ms:.0} | {outcome} |");
}

// Issue 17: a province of many units against one unit with the same people.

/// The synthetic roster of `n` people spread over `count` units (a province
/// and its communes), each unit with its own copy of the generator's titles;
/// each person belongs to one unit and holds and is planned for titles of it.
/// The rows of a unit are together, as a consolidated roster lists them.
fn units_dataset(n: usize, count: usize) -> serde_json::Value {
    use serde_json::{json, Value};
    let mut d = qhcb::synthetic::dataset(n, 2026);
    let per_unit = (n / count.max(1)).max(1);
    let committee = ((per_unit as f64).sqrt() as u32).clamp(15, 200);
    let base = qhcb::synthetic::titles(committee);
    let mut units = Vec::with_capacity(count);
    let mut titles = Vec::with_capacity(count * 8);
    for u in 0..count {
        let (level, parent) = if u == 0 {
            ("province", Value::Null)
        } else {
            ("commune", json!("u0"))
        };
        units.push(json!({ "id": format!("u{u}"), "name": format!("Đơn vị {u}"), "level": level, "parent": parent }));
        for t in base.as_array().unwrap() {
            let mut t = t.clone();
            t["id"] = json!(format!("u{u}-{}", t["id"].as_str().unwrap()));
            t["unit"] = json!(format!("u{u}"));
            titles.push(t);
        }
    }
    let rows = d["people"].as_array().unwrap().len().max(1);
    for (i, p) in d["people"].as_array_mut().unwrap().iter_mut().enumerate() {
        // Rosters list people unit by unit: each unit's rows together.
        let u = i * count.max(1) / rows;
        for list in ["current", "planned"] {
            let ids: Vec<Value> = p[list]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| json!(format!("u{u}-{}", t.as_str().unwrap())))
                .collect();
            p[list] = json!(ids);
        }
        p["unit"] = json!(format!("u{u}"));
    }
    d["units"] = json!(units);
    d["titles"] = json!(titles);
    d
}

/// The same people as one unit, as one unit with every unit's titles (no
/// `units`), and as `count` units: read, analyse and serialise. The cases
/// take turns in each round (this machine is shared: its speed drifts), and
/// the minimum and the median of 9 rounds are given.
fn units(n: usize, count: usize) {
    let many = units_dataset(n, count);
    let mut flat = many.clone();
    flat.as_object_mut().unwrap().remove("units");
    let cases = [
        (
            "one unit",
            serde_json::to_string(&qhcb::synthetic::dataset(n, 2026)).unwrap(),
        ),
        (
            "one unit, all titles",
            serde_json::to_string(&flat).unwrap(),
        ),
        ("units", serde_json::to_string(&many).unwrap()),
    ];
    let options = Options {
        people: PeopleForm::Columns,
        ..Options::default()
    };
    // Per case: read, analyse, read + analyse, serialise (ms); report bytes, units, findings.
    let mut times: Vec<[Vec<f64>; 4]> = cases.iter().map(|_| Default::default()).collect();
    let mut sizes = vec![(0usize, 0usize, 0usize); cases.len()];
    // QHCB_CASE=units runs one case only (to profile it).
    let only = std::env::var("QHCB_CASE").ok();
    for _ in 0..9 {
        for (c, (name, text)) in cases.iter().enumerate() {
            if only.as_deref().is_some_and(|o| !name.starts_with(o)) {
                continue;
            }
            let start = Instant::now();
            let reading = read(text, &ReadOptions::default()).unwrap();
            let read_done = Instant::now();
            let mut report = qhcb::report::analyze(reading, &options).unwrap();
            let analysed = Instant::now();
            report.people_columns.take();
            let json = serde_json::to_string(&report).unwrap();
            let written = Instant::now();
            sizes[c] = (json.len(), report.units.len().max(1), report.findings.len());
            let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
            times[c][0].push(ms(start, read_done));
            times[c][1].push(ms(read_done, analysed));
            times[c][2].push(ms(start, analysed));
            times[c][3].push(ms(analysed, written));
        }
    }
    println!("| dataset | people | units | findings | read ms | analyse ms | read + analyse ms (min / median) | serialise ms | report MB |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let min = |xs: &Vec<f64>| xs.iter().copied().fold(f64::INFINITY, f64::min);
    for (c, (name, _)) in cases.iter().enumerate() {
        let t = &times[c];
        if t[0].is_empty() {
            continue;
        }
        let (bytes, units, findings) = sizes[c];
        println!(
            "| {name} | {n} | {units} | {findings} | {:.1} | {:.1} | {:.1} / {:.1} | {:.1} | {:.1} |",
            median(t[0].clone()),
            median(t[1].clone()),
            min(&t[2]),
            median(t[2].clone()),
            median(t[3].clone()),
            bytes as f64 / 1e6
        );
    }
}

/// Issue 18: the roster held in memory. Load (`Roster::from_json`), the
/// first report, one birth edit and the report after it, a profile switch
/// and a review-date switch, against `analyze` of the whole text; medians of
/// 5 rounds (the edit: of 21 edits), in ms.
fn roster(sizes: Vec<usize>) {
    use qhcb::roster::ops::Op;
    use qhcb::roster::Roster;
    let ms = |start: Instant| start.elapsed().as_secs_f64() * 1e3;
    println!("| people | analyze(text) | fromJson | first report | edit: apply | edit: report | edit total | profile switch | asOf switch | insert + report |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let text = serde_json::to_string(&qhcb::synthetic::dataset(n, 2026)).unwrap();
        let none = Options {
            people: PeopleForm::None,
            ..Options::default()
        };
        let (mut whole, mut load, mut first) = (vec![], vec![], vec![]);
        let (mut profile, mut as_of, mut insert) = (vec![], vec![], vec![]);
        let (mut apply, mut report, mut total) = (vec![], vec![], vec![]);
        for round in 0..5 {
            let start = Instant::now();
            let expected = qhcb::analyze_json(&text, &none).unwrap();
            whole.push(ms(start));
            let start = Instant::now();
            let mut roster = Roster::from_json(&text).unwrap();
            load.push(ms(start));
            let start = Instant::now();
            assert_eq!(roster.report(&none).unwrap(), expected);
            first.push(ms(start));
            for k in 0..21 {
                let person = (round * 7919 + k * 104_729) % n;
                let birth = format!("19{}-0{}", 60 + k % 30, 1 + k % 9);
                let op = format!(
                    r#"[{{"op":"set","person":{person},"field":"birth","value":"{birth}"}}]"#
                );
                let start = Instant::now();
                roster.apply(Op::parse_list(&op).unwrap()).unwrap();
                let applied = Instant::now();
                let r = roster.report(&none).unwrap();
                apply.push((applied - start).as_secs_f64() * 1e3);
                report.push(ms(applied));
                total.push(ms(start));
                std::hint::black_box(r);
            }
            let start = Instant::now();
            let options = Options {
                profile: Some(
                    if round % 2 == 0 {
                        "qd50-2021"
                    } else {
                        "qd377-2025"
                    }
                    .to_owned(),
                ),
                ..none.clone()
            };
            std::hint::black_box(roster.report(&options).unwrap());
            profile.push(ms(start));
            let op =
                r#"[{"op":"insert","person":5,"value":{"id":"new","sex":"F","birth":"1980"}}]"#;
            let start = Instant::now();
            roster.apply(Op::parse_list(op).unwrap()).unwrap();
            std::hint::black_box(roster.report(&none).unwrap());
            insert.push(ms(start));
            let start = Instant::now();
            let options = Options {
                as_of: qhcb::date::Date::new(2027, 1 + round as u8, 1),
                ..none.clone()
            };
            std::hint::black_box(roster.report(&options).unwrap());
            as_of.push(ms(start));
            // The roster's report still equals analyze of what it holds.
            if round == 0 {
                assert_eq!(
                    roster.report(&none).unwrap(),
                    qhcb::analyze_json(&roster.to_json(), &none).unwrap()
                );
            }
        }
        println!(
            "| {n} | {:.1} | {:.1} | {:.1} | {:.3} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} |",
            median(whole),
            median(load),
            median(first),
            median(apply),
            median(report),
            median(total),
            median(profile),
            median(as_of),
            median(insert)
        );
    }
}

/// Issue 18: a roster loaded from a file in a fresh process (nothing
/// allocated and freed before, as in a worker that opens a file): the
/// file's text to `Roster::from_json` and the first report, once per file
/// (run the command again for more rounds); the report is then checked
/// against `analyze` of the same text.
fn roster_load(files: &[String]) {
    use qhcb::roster::Roster;
    let none = Options {
        people: PeopleForm::None,
        ..Options::default()
    };
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let start = Instant::now();
        let mut roster = Roster::from_json(&text).unwrap();
        let loaded = Instant::now();
        let report = roster.report(&none).unwrap();
        let reported = Instant::now();
        println!(
            "{file}: {} people, fromJson {:.1} ms, first report {:.1} ms, together {:.1} ms",
            roster.len(),
            (loaded - start).as_secs_f64() * 1e3,
            (reported - loaded).as_secs_f64() * 1e3,
            (reported - start).as_secs_f64() * 1e3
        );
        assert_eq!(report, qhcb::analyze_json(&text, &none).unwrap());
    }
}
