//! The names of the findings and of the rules' parameters, in both
//! languages: the rules panel, the findings list and the exports name them
//! from here.

/// A finding code (a rule code or a data finding) with its name: (code, vi, en).
pub const FINDINGS: &[(&str, &str, &str)] = &[
    (
        "planned-per-title",
        "Số người quy hoạch mỗi chức danh (trừ cấp ủy, ban thường vụ)",
        "People planned per title (not committee or standing committee)",
    ),
    (
        "titles-per-person",
        "Số chức danh quy hoạch của mỗi cán bộ",
        "Titles each person is planned for",
    ),
    (
        "planning-age",
        "Thời gian công tác còn lại khi bắt đầu nhiệm kỳ",
        "Working time left at the start of the term",
    ),
    (
        "planned-not-higher",
        "Chỉ quy hoạch chức danh cao hơn",
        "Plan only for a higher title",
    ),
    (
        "title-unplanned",
        "Chức danh có vị trí nhưng chưa có người quy hoạch",
        "Titles with seats and nobody planned",
    ),
    (
        "young-share",
        "Tỷ lệ cán bộ trẻ trong quy hoạch",
        "Share of young people in planning",
    ),
    (
        "women-share",
        "Tỷ lệ cán bộ nữ trong quy hoạch",
        "Share of women in planning",
    ),
    (
        "ethnic-share",
        "Tỷ lệ cán bộ người dân tộc thiểu số trong quy hoạch",
        "Share of ethnic-minority people in planning",
    ),
    (
        "women-programme",
        "Tỷ lệ nữ trong quy hoạch theo QĐ 2282/QĐ-TTg",
        "Women in planning under QĐ 2282/QĐ-TTg",
    ),
    (
        "standing-size",
        "Số ủy viên ban thường vụ so với cấp ủy",
        "Standing committee seats against committee seats",
    ),
    (
        "standing-women",
        "Cán bộ nữ trong ban thường vụ",
        "Women in the standing committee",
    ),
    ("age-bands", "Cơ cấu ba độ tuổi", "Three age bands"),
    (
        "congress-age",
        "Tuổi tham gia cấp ủy tính đến tháng đại hội",
        "Working time left at the congress month",
    ),
    (
        "congress-deputy-secretary",
        "Tuổi tái cử phó bí thư tỉnh ủy, thành ủy",
        "Re-election of provincial deputy secretaries",
    ),
    (
        "appointment-age",
        "Tuổi bổ nhiệm tại ngày nhận đủ hồ sơ",
        "Working time left when the dossier is received",
    ),
    (
        "appointment-tenure",
        "Thời gian giữ chức vụ hiện tại",
        "Time in the current post",
    ),
    (
        "appointment-planned",
        "Được quy hoạch chức danh bổ nhiệm hoặc tương đương, cao hơn",
        "Planned for the title or an equivalent or higher one",
    ),
    (
        "discipline-wait",
        "Thời gian kể từ quyết định kỷ luật",
        "Time since a disciplinary decision",
    ),
    (
        "discipline-planning",
        "Kỷ luật: quy hoạch chức danh cao hơn khi đã hết thời hạn kỷ luật",
        "Discipline: planning to a higher title once the period has ended",
    ),
    (
        "discipline-appointment",
        "Kỷ luật: thời gian chờ trước khi bổ nhiệm, giới thiệu ứng cử chức vụ cao hơn",
        "Discipline: wait before appointment or nomination to a higher post",
    ),
    (
        "retirement-passed",
        "Người đang giữ chức danh đã quá tuổi nghỉ hưu",
        "Incumbent past retirement age",
    ),
    (
        "retirement-date",
        "Ngày nghỉ hưu được quyết định (nghỉ hưu ở tuổi cao hơn, nghỉ hưu trước tuổi)",
        "Decided retirement date (later or early retirement)",
    ),
    (
        "congress-not-checked",
        "Chưa có người ứng cử để kiểm tra tuổi đại hội",
        "Nobody marked as a congress candidate",
    ),
    (
        "unit-formed",
        "Đơn vị thành lập từ 01/07/2025 chưa có quy hoạch được phê duyệt",
        "Unit formed from 01/07/2025 without approved planning",
    ),
    (
        "rotation-age",
        "Thời gian công tác còn lại khi luân chuyển",
        "Working time left at rotation",
    ),
    (
        "invalid-row",
        "Dòng dữ liệu không đọc được",
        "Rows that cannot be read",
    ),
    (
        "invalid-title",
        "Dòng chức danh không đọc được",
        "Title row that cannot be read",
    ),
    ("repeated-title", "Chức danh ghi lặp", "Title listed twice"),
    (
        "invalid-value",
        "Giá trị không đọc được, tính là chưa rõ",
        "Value that cannot be read, counted as unknown",
    ),
    (
        "profile-not-in-force",
        "Bộ quy định không có hiệu lực tại ngày rà soát",
        "Profile not in force at the review date",
    ),
    (
        "missing-data",
        "Thiếu dữ liệu để kiểm tra",
        "Data missing for a check",
    ),
];

/// A rule parameter with its label: (name, vi, en).
pub const PARAMS: &[(&str, &str, &str)] = &[
    ("perSeat", "người mỗi vị trí", "people per seat"),
    ("min", "tối thiểu", "minimum"),
    ("max", "tối đa", "maximum"),
    ("months", "số tháng", "months"),
    ("target", "mục tiêu (%)", "target (%)"),
    ("under", "trẻ: dưới (tuổi)", "young: under (years)"),
    (
        "underCentral",
        "Trung ương: dưới (tuổi)",
        "central: under (years)",
    ),
    ("target2025", "đến năm 2025 (%)", "by 2025 (%)"),
    ("target2030", "đến năm 2030 (%)", "by 2030 (%)"),
    (
        "maxShareOfCommittee",
        "tối đa so với cấp ủy (%)",
        "at most, of the committee (%)",
    ),
    ("youngUnder", "trẻ: dưới (tuổi)", "young: under (years)"),
    ("youngMin", "trẻ tối thiểu (%)", "young at least (%)"),
    (
        "middleTo",
        "nhóm giữa: đến (tuổi)",
        "middle band: up to (years)",
    ),
    (
        "middleMin",
        "nhóm giữa tối thiểu (%)",
        "middle band at least (%)",
    ),
    (
        "middleMax",
        "nhóm giữa tối đa (%)",
        "middle band at most (%)",
    ),
    ("first", "lần đầu (tháng)", "first time (months)"),
    ("reelection", "tái cử (tháng)", "re-election (months)"),
    ("reference", "tháng đại hội", "congress months"),
    ("reprimand", "khiển trách (tháng)", "reprimand (months)"),
    ("warning", "cảnh cáo (tháng)", "warning (months)"),
    ("dismissal", "cách chức (tháng)", "dismissal (months)"),
    ("capMen", "nam: tối đa (tuổi)", "men: at most (years)"),
    ("capWomen", "nữ: tối đa (tuổi)", "women: at most (years)"),
    (
        "earlyMonths",
        "sớm hơn lộ trình tối đa (tháng)",
        "earlier than the roadmap at most (months)",
    ),
    ("scopes", "áp dụng cho", "applies to"),
];
