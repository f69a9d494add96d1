//! The words of the exports (the XLSX workbook, the roster, rejected-rows
//! and worksheet CSV files), in each language: sheet names, headings and
//! column names. Field and enumeration labels are the schema's.

use crate::lang::Lang;

/// Labels of the exports.
pub struct ExportWords {
    /// "{years} … {months} …" of an age.
    pub age: &'static str,
    /// Yes and no in a roster cell.
    pub yes_no: [&'static str; 2],
    pub sheet_roster: &'static str,
    pub sheet_composition: &'static str,
    pub sheet_titles: &'static str,
    pub sheet_findings: &'static str,
    pub sheet_notes: &'static str,
    pub composition_title: &'static str,
    pub criterion: &'static str,
    pub count: &'static str,
    pub share: &'static str,
    /// Cohorts: everyone, the incumbents, the people planned; "{group}" after them.
    pub all: &'static str,
    pub current: &'static str,
    pub planned: &'static str,
    /// Rows of the composition table.
    pub total: &'static str,
    pub women: &'static str,
    pub ethnic_minority: &'static str,
    pub non_local: &'static str,
    pub young: &'static str,
    /// Political theory rows (the enumeration's labels follow this prefix).
    pub theory_prefix: &'static str,
    pub made_by: &'static str,
    pub title_cols: [&'static str; 8],
    pub group_cols: [&'static str; 7],
    pub finding_cols: [&'static str; 6],
    /// The rejected rows' CSV: the row number column and the reasons column.
    pub rejected_row: &'static str,
    pub rejected_reason: &'static str,
    /// A worksheet's CSV: figure (or rule code), value, text.
    pub worksheet_cols: [&'static str; 3],
    /// The sheet of units (datasets of many units).
    pub sheet_units: &'static str,
    /// Unit id, unit, level, parent unit, units (of a level), people.
    pub unit_cols: [&'static str; 6],
    /// A measured group's columns, "{group}" its label: seats, titles,
    /// planned pairs, the multiple, the multiple per title.
    pub unit_group_cols: [&'static str; 5],
}

const VI: ExportWords = ExportWords {
    age: "{years} tuổi {months} tháng",
    yes_no: ["x", "không"],
    sheet_roster: "Danh sách cán bộ",
    sheet_composition: "Cơ cấu",
    sheet_titles: "Chức danh và nhóm",
    sheet_findings: "Kết quả kiểm tra",
    sheet_notes: "Ghi chú",
    composition_title: "Cơ cấu đội ngũ (số người và tỷ lệ)",
    criterion: "Tiêu chí",
    count: "Số người",
    share: "Tỷ lệ",
    all: "Toàn bộ",
    current: "Đương nhiệm",
    planned: "Quy hoạch",
    total: "Tổng số",
    women: "Nữ",
    ethnic_minority: "Dân tộc thiểu số",
    non_local: "Không phải người địa phương",
    young: "Cán bộ trẻ",
    theory_prefix: "LLCT ",
    made_by: "Báo cáo do công cụ QHCB lập; không phải biểu mẫu chính thức.",
    title_cols: [
        "Mã",
        "Tên chức danh",
        "Nhóm",
        "Số vị trí",
        "Thứ bậc",
        "Đương nhiệm",
        "Quy hoạch",
        "Người / vị trí",
    ],
    group_cols: [
        "Nhóm",
        "Số chức danh",
        "Số vị trí",
        "Đương nhiệm (lượt)",
        "Quy hoạch (lượt)",
        "Số người quy hoạch",
        "Tỷ lệ quy hoạch (lần)",
    ],
    finding_cols: [
        "Mức",
        "Mã quy tắc",
        "Đối tượng",
        "Nội dung",
        "Căn cứ",
        "Độ tin cậy",
    ],
    rejected_row: "Dòng",
    rejected_reason: "Lý do",
    sheet_units: "Đơn vị",
    unit_cols: [
        "Mã đơn vị",
        "Đơn vị",
        "Cấp",
        "Đơn vị cấp trên",
        "Số đơn vị",
        "Cán bộ",
    ],
    unit_group_cols: [
        "{group}: vị trí",
        "{group}: chức danh",
        "{group}: lượt quy hoạch",
        "{group}: số lần",
        "{group}: lần trên 1 chức danh",
    ],
    worksheet_cols: ["Chỉ tiêu", "Giá trị", "Nội dung"],
};

const EN: ExportWords = ExportWords {
    age: "{years} years {months} months",
    yes_no: ["yes", "no"],
    sheet_roster: "Roster",
    sheet_composition: "Composition",
    sheet_titles: "Titles and groups",
    sheet_findings: "Findings",
    sheet_notes: "Notes",
    composition_title: "Composition (people and shares)",
    criterion: "Criterion",
    count: "People",
    share: "Share",
    all: "Everyone",
    current: "Incumbents",
    planned: "Planned",
    total: "Total",
    women: "Women",
    ethnic_minority: "Ethnic minority",
    non_local: "Not local",
    young: "Young cadres",
    theory_prefix: "Political theory: ",
    made_by: "Made by the QHCB tool; not an official form.",
    title_cols: [
        "Id",
        "Title",
        "Group",
        "Seats",
        "Rank",
        "Incumbents",
        "Planned",
        "People per seat",
    ],
    group_cols: [
        "Group",
        "Titles",
        "Seats",
        "Incumbents (pairs)",
        "Planned (pairs)",
        "People planned",
        "Planning multiple",
    ],
    finding_cols: [
        "Level",
        "Rule",
        "Subject",
        "Finding",
        "Source",
        "Confidence",
    ],
    rejected_row: "Row",
    rejected_reason: "Reason",
    sheet_units: "Units",
    unit_cols: ["Unit id", "Unit", "Level", "Parent unit", "Units", "People"],
    unit_group_cols: [
        "{group}: seats",
        "{group}: titles",
        "{group}: planned pairs",
        "{group}: multiple",
        "{group}: per title",
    ],
    worksheet_cols: ["Figure", "Value", "Text"],
};

/// The exports' words in `lang`.
pub fn export_words(lang: Lang) -> &'static ExportWords {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
