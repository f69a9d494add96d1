//! Export: the roster with its computed fields, the composition tables, the
//! titles and groups and the findings, as an XLSX workbook laid out for
//! Vietnamese readers; and the roster as CSV. The roster's headers are the
//! ones import recognises, so an exported file imports back to the same
//! people.

use std::collections::HashMap;

use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use crate::date::{Date, PartialDate};
use crate::messages::Lang;
use crate::report::{PersonReport, Report};

/// Roster columns: header (Vietnamese, as import reads it) and how to write a person.
const ROSTER: &[(&str, &str)] = &[
    ("Mã", "id"),
    ("Họ và tên", "name"),
    ("Giới tính", "sex"),
    ("Ngày sinh", "birth"),
    ("Dân tộc thiểu số", "ethnicMinority"),
    ("Người địa phương", "local"),
    ("Trình độ chuyên môn", "education"),
    ("Lý luận chính trị", "politicalTheory"),
    ("Chức vụ hiện tại", "current"),
    ("Quy hoạch chức danh", "planned"),
    ("Nữ nghỉ hưu ở tuổi 60", "retireAt60"),
    ("Ứng cử", "candidacy"),
    ("Quê quán", "hometown"),
];

/// Computed columns after the roster's own.
const COMPUTED: &[&str] = &[
    "Tuổi",
    "Ngày nghỉ hưu",
    "Số tháng công tác còn lại",
    "Số tháng còn lại khi bắt đầu nhiệm kỳ",
];

fn label(field: &str, value: &str) -> String {
    let text = match (field, value) {
        ("sex", "M") => "Nam",
        ("sex", "F") => "Nữ",
        ("education", "doctorate") => "Tiến sĩ",
        ("education", "master") => "Thạc sĩ",
        ("education", "university") => "Đại học",
        ("education", "college") => "Cao đẳng",
        ("education", "vocational") => "Trung cấp",
        ("education", "none") | ("politicalTheory", "none") => "Chưa qua đào tạo",
        ("politicalTheory", "advanced") => "Cao cấp",
        ("politicalTheory", "intermediate") => "Trung cấp",
        ("politicalTheory", "elementary") => "Sơ cấp",
        ("candidacy", "first") => "Lần đầu",
        ("candidacy", "reelection") => "Tái cử",
        _ => return value.to_owned(),
    };
    text.to_owned()
}

/// A person's field as the roster writes it.
fn roster_cell(person: &Value, field: &str) -> String {
    let value = person.get(field);
    match (field, value) {
        (_, None | Some(Value::Null)) if field == "local" => "x".to_owned(),
        (_, None | Some(Value::Null)) => String::new(),
        ("birth", Some(Value::String(s))) => {
            PartialDate::parse(s).map_or_else(|_| s.clone(), |d| vietnamese_partial(&d))
        }
        (_, Some(Value::Bool(b))) => if *b { "x" } else { "không" }.to_owned(),
        (_, Some(Value::Array(items))) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Some(Value::String(s))) => label(field, s),
        (_, Some(other)) => other.to_string(),
    }
}

/// dd/mm/yyyy, mm/yyyy or yyyy, as precise as the record.
fn vietnamese_partial(date: &PartialDate) -> String {
    let text = date.to_string();
    text.split('-').rev().collect::<Vec<_>>().join("/")
}

/// Excel's serial for a date (1900 system).
fn serial(date: Date) -> f64 {
    let epoch = Date::new(1899, 12, 30).map_or(0, Date::days_since_epoch);
    (date.days_since_epoch() - epoch) as f64
}

/// The roster with computed fields as CSV (UTF-8 with BOM, so Excel reads
/// the accents).
pub fn roster_csv(dataset: &Value, report: &Report) -> String {
    let quote = |s: &str| {
        let s = formula_safe(s);
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    };
    let mut out = String::from("\u{feff}");
    let header: Vec<&str> = ROSTER
        .iter()
        .map(|(h, _)| *h)
        .chain(COMPUTED.iter().copied())
        .collect();
    out.push_str(
        &header
            .iter()
            .map(|h| quote(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    let analysed = Analysed::of(report);
    for person in people(dataset) {
        let mut cells: Vec<String> = ROSTER.iter().map(|(_, f)| roster_cell(person, f)).collect();
        cells.extend(
            computed(analysed.get(person))
                .into_iter()
                .map(|c| c.unwrap_or_default()),
        );
        out.push_str(&cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// A cell that a spreadsheet would read as a formula ("=…", "+…", "-…",
/// "@…") gets a leading apostrophe, so opening the CSV runs nothing; import
/// takes the apostrophe off again.
///
/// ```
/// assert_eq!(qhcb::export::formula_safe("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
/// assert_eq!(qhcb::export::formula_safe("Lê Văn A"), "Lê Văn A");
/// ```
pub fn formula_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn people(dataset: &Value) -> impl Iterator<Item = &Value> {
    dataset
        .get("people")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|p| p.is_object())
}

/// Age, retirement date, months left (at review, at term start), when the row was analysed.
/// The analysed people by id: looked up once per exported row (a search of
/// the list per row made a national roster's export quadratic).
struct Analysed<'r>(HashMap<&'r str, &'r PersonReport>);

impl<'r> Analysed<'r> {
    fn of(report: &'r Report) -> Analysed<'r> {
        Analysed(report.people.iter().map(|p| (p.id.as_str(), p)).collect())
    }

    /// The analysed person of a dataset row (ids may be whole numbers).
    fn get(&self, person: &Value) -> Option<&'r PersonReport> {
        match person.get("id")? {
            Value::String(id) => self.0.get(id.as_str()).copied(),
            other => self.0.get(other.as_f64()?.to_string().as_str()).copied(),
        }
    }
}

fn computed(p: Option<&PersonReport>) -> Vec<Option<String>> {
    let Some(p) = p else {
        return vec![None; COMPUTED.len()];
    };
    vec![
        Some(format!("{} tuổi {} tháng", p.age.years, p.age.months)),
        Date::parse(&p.retirement_date)
            .ok()
            .map(Date::to_vietnamese),
        Some(p.months_left.to_string()),
        p.months_left_at_term_start.map(|m| m.to_string()),
    ]
}

struct Formats {
    title: Format,
    head: Format,
    text: Format,
    count: Format,
    percent: Format,
    date: Format,
}

fn formats() -> Formats {
    let bordered = || {
        Format::new()
            .set_border(FormatBorder::Thin)
            .set_font_name("Times New Roman")
            .set_font_size(12)
    };
    Formats {
        title: Format::new()
            .set_bold()
            .set_font_name("Times New Roman")
            .set_font_size(14),
        head: bordered()
            .set_bold()
            .set_text_wrap()
            .set_background_color("#EEF0F4"),
        text: bordered(),
        count: bordered().set_num_format("#,##0"),
        percent: bordered().set_num_format("0.0%"),
        date: bordered().set_num_format("dd/mm/yyyy"),
    }
}

/// The workbook: roster, composition, titles and groups, findings.
pub fn workbook(dataset: &Value, report: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let f = formats();
    let mut book = Workbook::new();
    let mut long = Long::new(lang);
    roster_sheet(book.add_worksheet(), dataset, report, &f, &mut long)?;
    composition_sheet(book.add_worksheet(), report, lang, &f)?;
    titles_sheet(book.add_worksheet(), report, &f, &mut long)?;
    findings_sheet(book.add_worksheet(), report, &f, &mut long)?;
    // Issue 17: the roll-up by level and each unit.
    if !report.units.is_empty() {
        crate::units::export::units_sheet(
            book.add_worksheet(),
            report,
            &f.head,
            &f.text,
            &f.count,
        )?;
    }
    if let Some(filing) = &report.filing {
        filing_sheets(&mut book, filing, &f)?;
    }
    if !long.notes.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(if lang == Lang::Vi {
            "Ghi chú"
        } else {
            "Notes"
        })?;
        sheet.set_column_width(0, 100)?;
        for (r, note) in long.notes.iter().enumerate() {
            sheet.write_string_with_format(r as u32, 0, note, &f.text)?;
        }
    }
    book.save_to_buffer()
}

/// The filed report in the workbook: a sheet "Báo cáo" with the header
/// block, title, the composition, group and title tables, the timeline, the
/// findings and the closing block; and a sheet with the short list.
fn filing_sheets(
    book: &mut Workbook,
    filing: &crate::filing::Filing,
    f: &Formats,
) -> Result<(), XlsxError> {
    let center = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
        .set_align(rust_xlsxwriter::FormatAlign::Center)
        .set_text_wrap();
    let bold = center.clone().set_bold();
    let italic = center.clone().set_italic();
    let wrap = f.text.clone().set_text_wrap();
    let bold_cell = wrap.clone().set_bold();
    let section = f.head.clone();
    let write_table =
        |sheet: &mut Worksheet, row: &mut u32, t: &crate::filing::Table| -> Result<(), XlsxError> {
            let last = t.head.len().saturating_sub(1) as u16;
            sheet.merge_range(*row, 0, *row, last.max(1), &t.caption, &bold)?;
            *row += 1;
            if let Some(unit) = &t.unit {
                sheet.merge_range(*row, 0, *row, last.max(1), unit, &italic)?;
                *row += 1;
            }
            for (c, h) in t.head.iter().enumerate() {
                sheet.write_string_with_format(*row, c as u16, h, &f.head)?;
            }
            *row += 1;
            for r in &t.rows {
                if r.kind == "section" {
                    let text = r.cells.first().map_or("", String::as_str);
                    if last > 0 {
                        sheet.merge_range(*row, 0, *row, last, text, &section)?;
                    } else {
                        sheet.write_string_with_format(*row, 0, text, &section)?;
                    }
                } else {
                    let style = if r.kind == "total" { &bold_cell } else { &wrap };
                    for c in 0..=last as usize {
                        let text = r.cells.get(c).map_or("", String::as_str);
                        sheet.write_string_with_format(*row, c as u16, text, style)?;
                    }
                }
                *row += 1;
            }
            *row += 1;
            Ok(())
        };
    let sheet = book.add_worksheet();
    sheet.set_name(if filing.header.party.starts_with("ĐẢNG") {
        "Báo cáo"
    } else {
        "Report"
    })?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_column_width(0, 34)?;
    for c in 1..10 {
        sheet.set_column_width(c, 16)?;
    }
    let h = &filing.header;
    let mut row = 0u32;
    sheet.merge_range(row, 0, row, 1, &h.superior, &center)?;
    sheet.merge_range(row, 3, row, 6, &h.party, &bold)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.issuer, &bold)?;
    sheet.merge_range(row, 3, row, 6, &h.place_date, &italic)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.motto, &center)?;
    row += 1;
    sheet.merge_range(row, 0, row, 1, &h.number, &center)?;
    row += 2;
    sheet.merge_range(row, 0, row, 6, &filing.title, &bold)?;
    row += 1;
    sheet.merge_range(row, 0, row, 6, &filing.subtitle, &bold)?;
    row += 1;
    if !filing.unit.is_empty() {
        sheet.merge_range(row, 0, row, 6, &filing.unit, &bold)?;
        row += 1;
    }
    sheet.merge_range(row, 0, row, 6, &filing.note, &italic)?;
    sheet.set_row_height(row, 32)?;
    row += 2;
    for t in &filing.tables {
        write_table(sheet, &mut row, t)?;
    }
    let c = &filing.closing;
    let left = Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(11);
    sheet.write_string_with_format(
        row,
        0,
        &c.recipients_label,
        &left.clone().set_bold().set_italic(),
    )?;
    sheet.merge_range(row, 3, row, 6, &c.on_behalf, &bold)?;
    row += 1;
    sheet.merge_range(row, 3, row, 6, &c.signer_title, &bold)?;
    for (i, r) in c.recipients.iter().enumerate() {
        sheet.write_string_with_format(row + i as u32, 0, r, &left)?;
    }
    row += 4;
    sheet.merge_range(row, 3, row, 6, &c.signer, &bold)?;
    if let Some(list) = filing.annex.iter().find(|t| t.id == "list") {
        let sheet = book.add_worksheet();
        sheet.set_name(if h.party.starts_with("ĐẢNG") {
            "Danh sách trích ngang"
        } else {
            "Short list"
        })?;
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_column_width(0, 6)?;
        sheet.set_column_width(1, 26)?;
        for c in 2..10 {
            sheet.set_column_width(c, 15)?;
        }
        sheet.set_column_width(7, 28)?;
        sheet.set_column_width(8, 28)?;
        let mut row = 0u32;
        write_table(sheet, &mut row, list)?;
        sheet.set_repeat_rows(1, 1)?;
    }
    Ok(())
}

/// The most characters a cell of Excel holds.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Texts too long for a cell: each is cut, with a marker, and noted by
/// sheet, row and field in the user's language, on a sheet of its own.
struct Long {
    lang: Lang,
    notes: Vec<String>,
}

impl Long {
    fn new(lang: Lang) -> Long {
        Long {
            lang,
            notes: Vec::new(),
        }
    }

    /// `text`, or its start and a marker when it is longer than a cell.
    fn fit(&mut self, sheet: &str, row: u32, field: &str, text: String) -> String {
        let chars = text.chars().count();
        if chars <= MAX_CELL_CHARS {
            return text;
        }
        let messages = crate::messages::catalogue(self.lang);
        let marker = messages.export_cut_marker();
        let keep = MAX_CELL_CHARS - marker.chars().count();
        let mut cut: String = text.chars().take(keep).collect();
        cut.push_str(&marker);
        self.notes
            .push(messages.export_truncated(sheet, row as usize + 1, field, chars));
        cut
    }
}

fn roster_sheet(
    sheet: &mut Worksheet,
    dataset: &Value,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    sheet.set_name("Danh sách cán bộ")?;
    for (c, header) in ROSTER
        .iter()
        .map(|(h, _)| *h)
        .chain(COMPUTED.iter().copied())
        .enumerate()
    {
        sheet.write_string_with_format(0, c as u16, header, &f.head)?;
        sheet.set_column_width(c as u16, if c == 1 { 26 } else { 14 })?;
    }
    sheet.set_freeze_panes(1, 2)?;
    let analysed = Analysed::of(report);
    for (r, person) in people(dataset).enumerate() {
        let row = r as u32 + 1;
        for (c, (_, field)) in ROSTER.iter().enumerate() {
            let text = long.fit("Danh sách cán bộ", row, field, roster_cell(person, field));
            sheet.write_string_with_format(row, c as u16, text, &f.text)?;
        }
        let p = analysed.get(person);
        let computed = computed(p);
        let base = ROSTER.len() as u16;
        sheet.write_string_with_format(
            row,
            base,
            computed[0].clone().unwrap_or_default(),
            &f.text,
        )?;
        match p.and_then(|p| Date::parse(&p.retirement_date).ok()) {
            Some(date) => sheet.write_number_with_format(row, base + 1, serial(date), &f.date)?,
            None => sheet.write_string_with_format(row, base + 1, "", &f.text)?,
        };
        match p {
            Some(p) => {
                sheet.write_number_with_format(
                    row,
                    base + 2,
                    f64::from(p.months_left),
                    &f.count,
                )?;
                match p.months_left_at_term_start {
                    Some(m) => {
                        sheet.write_number_with_format(row, base + 3, f64::from(m), &f.count)?
                    }
                    None => sheet.write_string_with_format(row, base + 3, "", &f.text)?,
                };
            }
            None => {
                sheet.write_string_with_format(row, base + 2, "", &f.text)?;
                sheet.write_string_with_format(row, base + 3, "", &f.text)?;
            }
        }
    }
    Ok(())
}

fn group_name(group: &str) -> &'static str {
    match group {
        "committee" => "Cấp ủy",
        "standing" => "Ban Thường vụ",
        "key" => "Chức danh chủ chốt",
        "leader" => "Lãnh đạo, quản lý",
        _ => "Chức danh khác",
    }
}

fn cohort_name(key: &str) -> String {
    match key.split_once(':') {
        Some(("current", g)) => format!("Đương nhiệm — {}", group_name(g)),
        Some((_, g)) => format!("Quy hoạch — {}", group_name(g)),
        None if key == "current" => "Đương nhiệm".to_owned(),
        None if key == "planned" => "Quy hoạch".to_owned(),
        None => "Toàn bộ".to_owned(),
    }
}

fn composition_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    _lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name("Cơ cấu")?;
    sheet.write_string_with_format(0, 0, "Cơ cấu đội ngũ (số người và tỷ lệ)", &f.title)?;
    sheet.set_column_width(0, 30)?;
    let cohorts = &report.cohorts.0;
    for (i, (key, _)) in cohorts.iter().enumerate() {
        let col = 1 + 2 * i as u16;
        sheet.merge_range(2, col, 2, col + 1, &cohort_name(key), &f.head)?;
        sheet.write_string_with_format(3, col, "Số người", &f.head)?;
        sheet.write_string_with_format(3, col + 1, "Tỷ lệ", &f.head)?;
    }
    sheet.write_string_with_format(2, 0, "Tiêu chí", &f.head)?;
    sheet.write_string_with_format(3, 0, "", &f.head)?;
    let mut row = 4u32;
    let mut line = |sheet: &mut Worksheet,
                    label: &str,
                    pick: &dyn Fn(&crate::cohort::Cohort) -> (f64, Option<f64>)|
     -> Result<(), XlsxError> {
        sheet.write_string_with_format(row, 0, label, &f.text)?;
        for (i, (_, cohort)) in cohorts.iter().enumerate() {
            let (count, share) = pick(cohort);
            let col = 1 + 2 * i as u16;
            sheet.write_number_with_format(row, col, count, &f.count)?;
            match share {
                Some(s) => sheet.write_number_with_format(row, col + 1, s, &f.percent)?,
                None => sheet.write_string_with_format(row, col + 1, "", &f.text)?,
            };
        }
        row += 1;
        Ok(())
    };
    let share = |s: crate::cohort::Share| (f64::from(s.count), s.share);
    line(sheet, "Tổng số", &|c| (f64::from(c.count), None))?;
    line(sheet, "Nữ", &|c| share(c.women))?;
    line(sheet, "Dân tộc thiểu số", &|c| {
        share(c.ethnic_minority)
    })?;
    line(sheet, "Không phải người địa phương", &|c| {
        share(c.non_local)
    })?;
    line(sheet, "Cán bộ trẻ", &|c| {
        (f64::from(c.young.count), c.young.share)
    })?;
    for (i, name) in ["Từ 40 tuổi trở xuống", "Từ 41 đến 50 tuổi", "Trên 50 tuổi"]
        .iter()
        .enumerate()
    {
        line(sheet, name, &|c| {
            (f64::from(c.bands[i].count), c.bands[i].share)
        })?;
    }
    for (key, name) in [
        ("doctorate", "Tiến sĩ"),
        ("master", "Thạc sĩ"),
        ("university", "Đại học"),
        ("college", "Cao đẳng"),
        ("vocational", "Trung cấp"),
        ("none", "Chưa qua đào tạo"),
        ("unknown", "Chưa rõ trình độ"),
    ] {
        line(sheet, name, &|c| {
            c.education.get(key).map_or((0.0, None), share)
        })?;
    }
    for (key, name) in [
        ("advanced", "LLCT cao cấp, cử nhân"),
        ("intermediate", "LLCT trung cấp"),
        ("elementary", "LLCT sơ cấp"),
        ("none", "LLCT chưa qua đào tạo"),
        ("unknown", "LLCT chưa rõ"),
    ] {
        line(sheet, name, &|c| {
            c.political_theory.get(key).map_or((0.0, None), share)
        })?;
    }
    sheet.write_string(
        row + 1,
        0,
        "Báo cáo do công cụ QHCB lập; không phải biểu mẫu chính thức.",
    )?;
    Ok(())
}

fn titles_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    sheet.set_name("Chức danh và nhóm")?;
    for (c, h) in [
        "Mã",
        "Tên chức danh",
        "Nhóm",
        "Số vị trí",
        "Thứ bậc",
        "Đương nhiệm",
        "Quy hoạch",
        "Người / vị trí",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(0, c as u16, *h, &f.head)?;
    }
    sheet.set_column_width(1, 36)?;
    sheet.set_column_width(2, 20)?;
    for (r, t) in report.titles.iter().enumerate() {
        let row = r as u32 + 1;
        let id = long.fit("Chức danh và nhóm", row, "id", t.id.clone());
        sheet.write_string_with_format(row, 0, id, &f.text)?;
        let name = long.fit(
            "Chức danh và nhóm",
            row,
            "name",
            t.name.clone().unwrap_or_default(),
        );
        sheet.write_string_with_format(row, 1, name, &f.text)?;
        sheet.write_string_with_format(row, 2, group_name(t.group.id()), &f.text)?;
        sheet.write_number_with_format(row, 3, f64::from(t.seats), &f.count)?;
        match t.rank {
            Some(rank) => sheet.write_number_with_format(row, 4, rank as f64, &f.count)?,
            None => sheet.write_string_with_format(row, 4, "", &f.text)?,
        };
        sheet.write_number_with_format(row, 5, f64::from(t.current), &f.count)?;
        sheet.write_number_with_format(row, 6, f64::from(t.planned), &f.count)?;
        match t.planned_per_seat {
            Some(v) => sheet.write_number_with_format(
                row,
                7,
                v,
                &f.count.clone().set_num_format("0.00"),
            )?,
            None => sheet.write_string_with_format(row, 7, "", &f.text)?,
        };
    }
    let top = report.titles.len() as u32 + 3;
    for (c, h) in [
        "Nhóm",
        "Số chức danh",
        "Số vị trí",
        "Đương nhiệm (lượt)",
        "Quy hoạch (lượt)",
        "Số người quy hoạch",
        "Tỷ lệ quy hoạch (lần)",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(top, c as u16, *h, &f.head)?;
    }
    for (r, g) in report.groups.iter().enumerate() {
        let row = top + 1 + r as u32;
        sheet.write_string_with_format(row, 0, group_name(g.group.id()), &f.text)?;
        for (c, v) in [
            u64::from(g.titles),
            g.seats,
            g.current,
            g.planned,
            u64::from(g.planned_people),
        ]
        .iter()
        .enumerate()
        {
            sheet.write_number_with_format(row, 1 + c as u16, *v as f64, &f.count)?;
        }
        match g.multiple {
            Some(m) => sheet.write_number_with_format(
                row,
                6,
                m,
                &f.count.clone().set_num_format("0.00"),
            )?,
            None => sheet.write_string_with_format(row, 6, "", &f.text)?,
        };
    }
    Ok(())
}

fn findings_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    f: &Formats,
    long: &mut Long,
) -> Result<(), XlsxError> {
    sheet.set_name("Kết quả kiểm tra")?;
    for (c, h) in [
        "Mức",
        "Mã quy tắc",
        "Đối tượng",
        "Nội dung",
        "Căn cứ",
        "Độ tin cậy",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string_with_format(0, c as u16, *h, &f.head)?;
    }
    sheet.set_column_width(3, 70)?;
    sheet.set_column_width(4, 60)?;
    let wrap = f.text.clone().set_text_wrap();
    for (r, finding) in report.findings.iter().enumerate() {
        let row = r as u32 + 1;
        let severity = match finding.severity {
            crate::profile::Severity::Error => "Vi phạm",
            crate::profile::Severity::Warning => "Cảnh báo",
            crate::profile::Severity::Info => "Thông tin",
        };
        sheet.write_string_with_format(row, 0, severity, &f.text)?;
        sheet.write_string_with_format(row, 1, finding.code, &f.text)?;
        let subject = long.fit(
            "Phát hiện",
            row,
            "id",
            finding.subject.id.clone().unwrap_or_default(),
        );
        sheet.write_string_with_format(row, 2, subject, &f.text)?;
        let message = long.fit("Phát hiện", row, "message", finding.messages.vi.clone());
        sheet.write_string_with_format(row, 3, message, &wrap)?;
        sheet.write_string_with_format(row, 4, &finding.source, &wrap)?;
        let confidence = match finding.confidence {
            crate::profile::Confidence::Confirmed => "đã đối chiếu văn bản",
            crate::profile::Confidence::Reported => "theo báo chí, cổng thông tin",
            crate::profile::Confidence::Derived => "suy ra từ quy định",
            crate::profile::Confidence::Unconfirmed => "chưa xác nhận, có thể sửa",
        };
        sheet.write_string_with_format(row, 5, confidence, &f.text)?;
    }
    Ok(())
}
