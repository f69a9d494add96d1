//! The header row and the field each header names: common Vietnamese
//! headers, exact words and the schema's labels in either language.

use super::table::{Cell, Table};
use crate::legacy;
use crate::text::fold;

/// Fields a column can fill, in the order the page offers them: the
/// schema's importable person fields with the import-only ones (`ignore`
/// is skipped; `birthIfMale`/`birthIfFemale` are the Nam/Nữ birth columns).
pub fn fields() -> Vec<&'static str> {
    crate::schema::fields::import_fields()
        .into_iter()
        .map(|f| f.id)
        .collect()
}

/// Folded header texts and the field they name, most specific first: a
/// header is matched exactly, then by the first entry it contains.
const HEADERS: &[(&str, &str)] = &[
    // Dates of a post, a term or an appointment are not titles.
    ("thoi gian giu chuc vu", "ignore"),
    ("thoi gian giu chuc danh", "ignore"),
    ("ngay bo nhiem", "ignore"),
    ("thoi diem", "ignore"),
    ("nam bo nhiem", "ignore"),
    ("tu thang", "ignore"),
    ("quy hoach chuc danh", "planned"),
    ("chuc danh quy hoach", "planned"),
    ("du kien quy hoach", "planned"),
    ("quy hoach", "planned"),
    // A term or a period beside titles is not a title.
    ("nhiem ky", "ignore"),
    ("giai doan", "ignore"),
    ("chuc vu hien tai", "current"),
    ("chuc danh hien tai", "current"),
    ("chuc vu", "current"),
    ("chuc danh", "current"),
    ("ho va ten", "name"),
    ("ho ten", "name"),
    ("ho, ten", "name"),
    ("ngay thang nam sinh", "birth"),
    ("ngay, thang, nam sinh", "birth"),
    ("ngay/thang/nam sinh", "birth"),
    ("ngay sinh", "birth"),
    ("nam sinh", "birth"),
    ("sinh ngay", "birth"),
    ("sinh nam", "birth"),
    ("gioi tinh", "sex"),
    ("dan toc thieu so", "ethnicMinority"),
    ("dan toc", "ethnicGroup"),
    ("que quan", "hometown"),
    ("nguyen quan", "hometown"),
    ("nguoi dia phuong", "local"),
    ("ly luan chinh tri", "politicalTheory"),
    ("llct", "politicalTheory"),
    ("ly luan", "politicalTheory"),
    ("trinh do chuyen mon", "education"),
    ("trinh do cm", "education"),
    ("chuyen nganh", "educationMajor"),
    ("hoc ham", "academicTitle"),
    ("chuyen mon", "education"),
    ("trinh do dao tao", "education"),
    ("hoc vi", "education"),
    ("ma can bo", "id"),
    ("ma so", "id"),
    ("so hieu", "id"),
    ("ung cu", "candidacy"),
    ("nghi huu o tuoi 60", "retireAt60"),
    // The unit column of a roster of many units.
    ("don vi", "unit"),
    ("xa/phuong", "unit"),
    ("xa, phuong", "unit"),
    ("xa, phuong, thi tran", "unit"),
    ("co quan", "unit"),
];

/// Headers that are exactly these words.
const EXACT: &[(&str, &str)] = &[
    ("ma", "id"),
    ("id", "id"),
    ("ten", "name"),
    ("gioi", "sex"),
    // Sex marked "x" under a "Nữ" column (blank: male), or under "Nam"
    // and "Nữ" sub-columns of "Giới tính".
    ("nu", "sex"),
    ("nam", "sex"),
    ("tdcm", "education"),
    ("cm", "education"),
    ("dtts", "ethnicMinority"),
    ("llct", "politicalTheory"),
    ("ho va ten dem", "name"),
    ("ho dem", "name"),
    ("ho va dem", "name"),
    ("stt", "ignore"),
    ("tt", "ignore"),
    ("so tt", "ignore"),
    ("ghi chu", "ignore"),
];

/// The field a header names, if any. `parent` is the header cell above a
/// merged group (a "Năm sinh" over "Nam" and "Nữ" columns).
///
/// ```
/// use qhcb::import::field_for_header;
/// assert_eq!(field_for_header("Họ và tên", ""), Some("name"));
/// assert_eq!(field_for_header("Quy hoạch chức danh", ""), Some("planned"));
/// assert_eq!(field_for_header("Nữ", "Năm sinh"), Some("birthIfFemale"));
/// assert_eq!(field_for_header("Nữ", ""), Some("sex"));
/// assert_eq!(field_for_header("Bí thư", "Quy hoạch chức danh"), Some("planned"));
/// assert_eq!(field_for_header("Chức danh", "Quy hoạch"), Some("planned"));
/// assert_eq!(field_for_header("Nhiệm kỳ", "Quy hoạch"), Some("ignore"));
/// assert_eq!(field_for_header("Thời gian giữ chức vụ hiện tại", ""), Some("ignore"));
/// ```
pub fn field_for_header(header: &str, parent: &str) -> Option<&'static str> {
    let folded = fold(header.trim().trim_end_matches(':'));
    let parent = fold(parent);
    if parent.contains("sinh") {
        match folded.as_str() {
            "nam" => return Some("birthIfMale"),
            "nu" => return Some("birthIfFemale"),
            _ => {}
        }
    }
    if folded.is_empty() {
        return None;
    }
    // A sub-column of "Quy hoạch chức danh" (or of "Chức vụ hiện tại")
    // names a title: an "x" under it gives that title.
    if is_group_header(&parent) && parent != folded {
        let own = field_for_header(header, "");
        match (own, field_for_header(&parent, "")) {
            (None, Some(f @ ("planned" | "current"))) => return Some(f),
            // "Chức danh" under "Quy hoạch": the planned titles.
            (Some("current"), Some("planned")) => return Some("planned"),
            _ => {}
        }
    }
    EXACT
        .iter()
        .find(|(h, _)| *h == folded)
        .or_else(|| HEADERS.iter().find(|(h, _)| *h == folded))
        .map(|(_, f)| *f)
        .or_else(|| labelled_field(&folded))
        .or_else(|| {
            HEADERS
                .iter()
                .find(|(h, _)| folded.contains(h))
                .map(|(_, f)| *f)
        })
}

/// Whether a header above others can group them (a "Quy hoạch chức
/// danh" over title columns): a short header, not the sheet's title
/// ("DANH SÁCH CÁN BỘ QUY HOẠCH …" merged across the top).
pub(super) fn is_group_header(parent: &str) -> bool {
    let folded = fold(parent.trim());
    !folded.is_empty() && folded.chars().count() <= 40 && !folded.contains("danh sach")
}

/// The importable person field whose schema label, in either language, is
/// the folded header (issue 15: the exports head their columns so, and an
/// English export imports back).
fn labelled_field(folded: &str) -> Option<&'static str> {
    crate::schema::fields::PERSON
        .iter()
        .filter(|f| f.import)
        .find(|f| {
            crate::lang::Lang::ALL
                .iter()
                .any(|&lang| fold(f.label(lang)) == folded)
        })
        .map(|f| f.id)
}

const HEADER_SEARCH_ROWS: usize = 30;

pub(super) fn cell_at(table: &Table, row: usize, col: usize) -> &Cell {
    table
        .rows
        .get(row)
        .and_then(|r| r.get(col))
        .unwrap_or(&Cell::Empty)
}

/// A column's header text: its cell in the header row, or for a merged
/// group, the text carried from the left in the row above. Legacy-encoded
/// headers ("Hä vµ tªn") are converted, judged on the whole row.
pub(super) fn header_texts(table: &Table, header: usize, width: usize) -> Vec<(String, String)> {
    let decode_row = |row: usize| -> Vec<String> {
        // Invisible characters (a zero-width space, a non-breaking space)
        // do not hide a header's words.
        let raw: Vec<String> = (0..width)
            .map(|c| {
                let text = cell_at(table, row, c).text();
                super::values::without_invisible(&text)
                    .unwrap_or(text)
                    .trim()
                    .to_owned()
            })
            .collect();
        let encoding = legacy::detect(&raw);
        raw.iter()
            .map(|t| legacy::to_unicode(t, encoding))
            .collect()
    };
    let own = decode_row(header);
    let above = if header == 0 {
        vec![String::new(); width]
    } else {
        decode_row(header - 1)
    };
    let mut carried = String::new();
    let merged_above: Vec<&(usize, usize, usize, usize)> = if header == 0 {
        Vec::new()
    } else {
        table
            .merged
            .iter()
            .filter(|m| m.0 < header && m.2 + 1 == header)
            .collect()
    };
    let parents: Vec<String> = above
        .iter()
        .enumerate()
        .map(|(c, text)| {
            if !merged_above.is_empty() || !table.merged.is_empty() {
                // The workbook says which cells a parent spans.
                return merged_above
                    .iter()
                    .find(|m| m.1 <= c && c <= m.3)
                    .map_or_else(
                        || text.clone(),
                        |m| above.get(m.1).cloned().unwrap_or_default(),
                    );
            }
            if !text.is_empty() {
                carried = text.clone();
            }
            carried.clone()
        })
        .collect();
    (0..width)
        .map(|c| {
            if own[c].is_empty() {
                // A header merged down from the row above.
                (above[c].clone(), String::new())
            } else {
                (own[c].clone(), parents[c].clone())
            }
        })
        .collect()
}

pub(super) fn width(table: &Table) -> usize {
    table.rows.iter().map(Vec::len).max().unwrap_or(0)
}

/// The header row: the one among the first rows that names the most fields.
pub(super) fn guess_header(table: &Table) -> usize {
    let width = width(table);
    (0..table.rows.len().min(HEADER_SEARCH_ROWS))
        .map(|r| {
            let known = header_texts(table, r, width)
                .iter()
                .filter(|(h, p)| field_for_header(h, p).is_some_and(|f| f != "ignore"))
                .count();
            (r, known)
        })
        .max_by_key(|&(r, known)| (known, usize::MAX - r))
        .map_or(0, |(r, _)| r)
}
