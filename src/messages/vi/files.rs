//! Vietnamese text of import problems, unreadable files, import options and cells cut
//! in exports ([`FileWords`]).

use super::words::Vi;
use crate::messages::catalogue::FileWords;
#[cfg(feature = "io")]
use {
    super::words::L,
    crate::format::number,
    crate::import::{FileError, ImportNote, ImportProblem, OptionsError},
    crate::messages::catalogue::RowWords,
};

impl FileWords for Vi {
    #[cfg(feature = "io")]
    fn import_problem(&self, value: &str, problem: &ImportProblem) -> String {
        match problem {
            ImportProblem::Cell(e) => self.cell_error(value, e),
            ImportProblem::Ethnic => format!("“{value}” không phải tên dân tộc đã biết (Kinh: không phải dân tộc thiểu số)"),
            ImportProblem::Date => format!("“{value}” không phải ngày (dd/mm/yyyy, d/m/yy, mm/yyyy, yyyy hoặc số ngày của Excel)"),
            ImportProblem::UnknownTitle(t) => format!("không có chức danh “{t}”; hãy thêm vào bảng chức danh hoặc chọn tạo chức danh mới"),
            ImportProblem::DuplicateId(0) => format!("mã “{value}” đã có trong dữ liệu"),
            ImportProblem::DuplicateId(first) => format!("mã “{value}” trùng với dòng {first}"),
            ImportProblem::Missing(field) => {
                let name = match *field {
                    "sex" => "giới tính",
                    "name" => "họ và tên",
                    _ => "ngày sinh",
                };
                format!("thiếu {name}")
            }
            ImportProblem::ControlCharacter(code) => format!(
                "ô có ký tự điều khiển ẩn (U+{code:04X}) mà danh sách không giữ được; hãy xoá ký tự đó trong tệp"
            ),
            ImportProblem::ImplausibleBirth { year, reference } => format!(
                "ngày sinh “{value}” (năm {year}) cho tuổi {} vào năm {reference}; cán bộ đương chức từ 18 đến 75 tuổi: hãy kiểm tra lại",
                reference - year
            ),
            ImportProblem::KeptAsWritten(e) => format!(
                "{}; giữ nguyên như đã ghi, tính là chưa rõ",
                self.cell_error(value, e)
            ),
            ImportProblem::PlannedUnknown(t) => format!(
                "chức danh quy hoạch “{t}” không có trong bảng chức danh nên không được ghi; hãy thêm chức danh rồi nhập lại"
            ),
            ImportProblem::OtherPost(t) => {
                format!("chức vụ “{t}” không có trong bảng chức danh; ghi vào “Chức vụ khác”")
            }
            ImportProblem::BothSexes(other) => format!(
                "cả cột Nam và cột Nữ đều có giá trị (ô này và cột {other}); không biết giới tính"
            ),
            ImportProblem::Conflict(other) => format!(
                "cột {other} cùng trường ghi khác (“{value}” ở đây); giữ giá trị của cột đứng trước"
            ),
        }
    }

    #[cfg(feature = "io")]
    fn import_note(&self, note: &ImportNote) -> String {
        let rows = |rows: &[usize]| {
            rows.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match note {
            ImportNote::MergedCells(n) => format!(
                "{} ô trong vùng gộp ô được lấy giá trị của ô gộp phía trên",
                number(*n as f64, 0, L)
            ),
            ImportNote::HiddenRows { rows: r, skipped: true } => format!(
                "{} dòng ẩn không được nhập (dòng {})",
                number(r.len() as f64, 0, L),
                rows(r)
            ),
            ImportNote::HiddenRows { rows: r, skipped: false } => format!(
                "{} dòng ẩn vẫn được nhập (dòng {}); chọn “bỏ qua dòng ẩn” nếu không muốn",
                number(r.len() as f64, 0, L),
                rows(r)
            ),
            ImportNote::HiddenSheet => "trang này bị ẩn trong bảng tính".to_owned(),
            ImportNote::Invisible(n) => format!(
                "đã xoá ký tự ẩn (khoảng trắng không ngắt, ký tự độ rộng 0) trong {} ô",
                number(*n as f64, 0, L)
            ),
            ImportNote::Duplicates(list) => format!(
                "{} người trùng họ tên và ngày sinh với dòng trước, vẫn được nhập, hãy kiểm tra: {}",
                number(list.len() as f64, 0, L),
                list.iter()
                    .map(|d| format!("dòng {} (trùng dòng {})", d.row, d.first))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ImportNote::NonPerson(list) => format!(
                "{} dòng không phải cán bộ, không nhập: {}",
                number(list.len() as f64, 0, L),
                list.iter()
                    .map(|n| {
                        let kind = match n.kind {
                            "total" => "dòng tổng",
                            "section" => "dòng tiêu đề nhóm",
                            "numbering" => "dòng đánh số cột",
                            "signature" => "phần ký tên",
                            "continuation" => "dòng tiếp của người ở trên",
                            _ => "dòng ẩn",
                        };
                        format!("dòng {} ({kind})", n.row)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ImportNote::Date1904 => {
                "số trong cột ngày được đọc theo hệ ngày 1904 mà bảng tính ghi".to_owned()
            }
            ImportNote::DateOrder { column, mdy: true, .. } => {
                format!("cột {column}: ngày ghi theo thứ tự tháng/ngày/năm (có giá trị như 3/15/1975)")
            }
            ImportNote::DateOrder { column, decided: false, .. } => format!(
                "cột {column}: mọi ngày đều đọc được theo hai cách; đã đọc là ngày/tháng/năm, hãy kiểm tra"
            ),
            ImportNote::DateOrder { column, .. } => {
                format!("cột {column}: ngày ghi theo thứ tự ngày/tháng/năm")
            }
            ImportNote::Warnings(n) => format!(
                "{} giá trị giữ nguyên như đã ghi, xem danh sách cảnh báo",
                number(*n as f64, 0, L)
            ),
        }
    }

    #[cfg(feature = "io")]
    fn file_error(&self, error: &FileError) -> String {
        match error {
            FileError::NotASpreadsheet => {
                "tệp không phải bảng tính (XLSX, XLS, ODS) hay tệp CSV".to_owned()
            }
            FileError::Damaged(e) => format!("bảng tính bị hỏng, không đọc được: {e}"),
            FileError::Empty => "tệp không có ô nào có dữ liệu".to_owned(),
            FileError::TooLarge { bytes, limit } => format!(
                "tệp có {} byte ({} MB); công cụ đọc tối đa {} byte ({} MB); hãy tách thành nhiều tệp",
                number(*bytes as f64, 0, L),
                number(*bytes as f64 / 1_048_576.0, 1, L),
                number(*limit as f64, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::Unzipped { limit } => format!(
                "bảng tính giải nén ra hơn {} MB, vượt mức công cụ đọc được; tệp có thể bị hỏng hoặc bị cố ý tạo ra. Hãy lưu riêng trang danh sách cán bộ sang tệp mới",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::LongRun { part, limit } => format!(
                "phần “{part}” của bảng tính có một đoạn văn bản hoặc mã dài hơn {} MB; tệp bị hỏng hoặc bị cố ý tạo ra nên không được đọc",
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::TooManyRows { sheet, rows, limit } => format!(
                "trang “{sheet}” có {} dòng; danh sách tối đa {} dòng; hãy tách tệp theo đơn vị",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooManyCells { sheet, rows, columns, limit } => format!(
                "trang “{sheet}” trải {} dòng × {} cột từ ô đầu đến ô cuối, tức {} ô; công cụ đọc tối đa {} ô một lần. Hãy xoá các dòng, cột không dùng (một ô lạc ở rất xa bên dưới hoặc bên phải) hoặc tách tệp",
                number(*rows as f64, 0, L),
                number(*columns as f64, 0, L),
                number(*rows as f64 * *columns as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            FileError::TooMuchText { bytes, limit } => format!(
                "các ô chứa từ {} MB văn bản trở lên (văn bản lặp lại được tính ở mỗi ô), vượt giới hạn {} MB; tệp không được đọc",
                number(*bytes as f64 / 1_048_576.0, 0, L),
                number(*limit as f64 / 1_048_576.0, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: None } => format!(
                "dòng {} mở dấu ngoặc kép (\") mà không đóng: các dòng sau sẽ bị gộp thành một ô. Hãy đóng hoặc xoá dấu ngoặc kép rồi nhập lại",
                number(*line as f64, 0, L)
            ),
            FileError::UnclosedQuote { line, closed_at: Some(end) } => format!(
                "dòng {} mở dấu ngoặc kép (\") mà đến dòng {} mới đóng: các dòng ở giữa sẽ bị gộp thành một ô. Hãy đóng dấu ngoặc kép ở dòng {} hoặc xoá nó rồi nhập lại",
                number(*line as f64, 0, L),
                number(*end as f64, 0, L),
                number(*line as f64, 0, L)
            ),
        }
    }

    #[cfg(feature = "io")]
    fn export_cut_marker(&self) -> String {
        "… [đã cắt bớt]".to_owned()
    }

    #[cfg(feature = "io")]
    fn export_truncated(
        &self,
        sheet: &str,
        row: usize,
        field: &str,
        chars: usize,
        limit: usize,
    ) -> String {
        format!(
            "trang “{sheet}”, dòng {}, trường “{field}”: văn bản dài {} ký tự, quá {} ký tự một ô bảng tính chứa được, đã bị cắt bớt (đánh dấu “… [đã cắt bớt]”)",
            number(row as f64, 0, L),
            number(chars as f64, 0, L),
            number(limit as f64, 0, L)
        )
    }

    #[cfg(feature = "io")]
    fn options_error(&self, error: &OptionsError) -> String {
        match error {
            OptionsError::NoSheet(i) => format!("không có trang tính thứ {}", i + 1),
            OptionsError::HeaderOutside(r) => format!("dòng tiêu đề {r} nằm ngoài bảng"),
            OptionsError::UnknownField(f) => format!("không có trường “{f}” để nhập"),
            OptionsError::TooManyRows { rows, limit } => format!(
                "sau khi nhập, danh sách sẽ có {} dòng; tối đa {} dòng; hãy tách tệp theo đơn vị",
                number(*rows as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
        }
    }
}
