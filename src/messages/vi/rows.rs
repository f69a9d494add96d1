//! Vietnamese text of errors, rejected values, rows left out and typed cells ([`RowWords`]).

use super::words::{row_id, source_place, Vi, L};
use crate::cells::{CellError, Wanted};
use crate::date::DateError;
use crate::error::Error;
use crate::error::ProfileProblem;
use crate::format::number;
use crate::input::problems::{Problem, RepeatedTitle, RowProblem};
use crate::kinds::{Expected, JsonKind};
use crate::lang::Lang;
use crate::messages::catalogue::one_of;
use crate::messages::catalogue::RowWords;

impl RowWords for Vi {
    fn error(&self, error: &Error) -> String {
        match error {
            Error::Json(e) => format!("dữ liệu không phải JSON hợp lệ: {e}"),
            Error::NotAnObject(found) => format!(
                "dữ liệu phải là một đối tượng qhcb/1, không phải {}",
                kind(found)
            ),
            Error::NoPeople => "dữ liệu không có danh sách “people”".to_owned(),
            Error::NotAList { field, found } => format!(
                "trường “{field}” phải là danh sách, không phải {}",
                kind(found)
            ),
            Error::UnknownFormat(f) => format!("định dạng “{f}” không được hỗ trợ; cần “qhcb/1”"),
            Error::MissingAsOf => "thiếu ngày rà soát “asOf”".to_owned(),
            Error::BadDate {
                field,
                value,
                reason,
            } => format!(
                "trường “{field}”: “{value}” không phải ngày hợp lệ: {}",
                date_error(reason)
            ),
            Error::NotInEnum {
                field,
                value,
                allowed,
            } => format!(
                "trường “{field}”: “{value}” không thuộc {}",
                allowed.join(", ")
            ),
            Error::WrongType {
                field,
                expected: e,
                found,
            } => format!(
                "trường “{field}” cần {}, không phải {}",
                expected(e),
                kind(found)
            ),
            Error::UnknownProfile(id) => format!("không có bộ quy định “{id}”"),
            Error::TooManyRows { field, count, limit } => format!(
                "danh sách “{field}” có {} dòng, vượt giới hạn {} dòng mà trình duyệt xử lý được; hãy tách dữ liệu theo đơn vị",
                number(*count as f64, 0, L),
                number(*limit as f64, 0, L)
            ),
            Error::UnknownSex(s) => format!("giới tính “{s}” không hợp lệ; cần M hoặc F"),
            Error::BadProfile { path, problem } => format!(
                "bộ quy định tự đặt, trường “{path}”: {}",
                profile_problem(problem)
            ),
        }
    }

    fn problem(&self, problem: &Problem, value: &str) -> String {
        match problem {
            Problem::NotAnObject(found) => {
                format!("dòng phải là một đối tượng, không phải {}", kind(found))
            }
            Problem::Missing => "bị thiếu".to_owned(),
            Problem::WrongType { expected: e } => {
                format!("“{value}” không hợp lệ; cần {}", expected(e))
            }
            Problem::BadDate(e) => format!("“{value}” không phải ngày hợp lệ: {}", date_error(e)),
            Problem::BirthAfterAsOf(as_of) => {
                format!("“{value}” sau ngày rà soát {}", as_of.to_vietnamese())
            }
            Problem::AgeOutside { years, as_of } => format!(
                "ngày sinh “{value}” cho tuổi {years} vào ngày rà soát {}; cán bộ đương chức từ {} đến {} tuổi: hãy kiểm tra lại",
                as_of.to_vietnamese(),
                crate::input::MIN_AGE,
                crate::input::MAX_AGE
            ),
            Problem::NotInEnum(allowed) => format!("“{value}” không thuộc {}", allowed.join(", ")),
            Problem::UnknownTitle(t) => format!("không có chức danh mã “{t}”"),
            Problem::RejectedTitle(t) => {
                format!("chức danh “{t}” bị loại vì dữ liệu chức danh lỗi")
            }
            Problem::DuplicateId(first) => format!("mã “{value}” đã dùng ở dòng {}", first + 1),
            Problem::LoneSurrogate => format!(
                "“{value}” chứa nửa ký tự (biểu tượng cảm xúc hoặc ký hiệu bị cắt, hiện là �); hãy gõ lại"
            ),
            Problem::TooDeep => "giá trị lồng sâu hơn 126 cấp, không đọc được".to_owned(),
            Problem::DuplicateKey => "trường xuất hiện hai lần trong dòng".to_owned(),
            Problem::Unreadable(reason) => format!("không đọc được dòng: {reason}"),
            Problem::NotWholeNumber => format!("“{value}” không phải số nguyên không âm"),
            Problem::BeforeBirth => format!("“{value}” không sau ngày sinh"),
            // Units.
            Problem::UnknownUnit(u) => format!("không có đơn vị mã “{u}”"),
            Problem::RejectedUnit(u) => {
                format!("đơn vị “{u}” không được tính vì dòng của đơn vị có lỗi")
            }
            Problem::ParentCycle(chain) => format!(
                "đơn vị cấp trên tạo thành vòng lặp ({})",
                chain.join(" → ")
            ),
        }
    }

    fn field_reason(&self, field: &str, reason: &str) -> String {
        if field.is_empty() {
            reason.to_owned()
        } else {
            format!("trường “{field}”: {reason}")
        }
    }

    fn unlisted_rows(&self, unlisted: &crate::input::problems::Unlisted, listed: usize) -> String {
        let fields: Vec<String> = unlisted
            .fields
            .iter()
            .map(|(f, n)| {
                let name = if f.is_empty() { "cả dòng" } else { f };
                format!("{name}: {}", number(*n as f64, 0, L))
            })
            .collect();
        format!(
            "Còn {} dòng khác không đọc được và không được tính; chỉ {} dòng đầu được liệt kê từng dòng. Số dòng lỗi theo trường: {}",
            number(unlisted.rows as f64, 0, L),
            number(listed as f64, 0, L),
            fields.join(", ")
        )
    }

    fn person_problem(&self, p: &RowProblem, source: Option<&crate::model::Source>) -> String {
        format!(
            "Cán bộ dòng {}{}{}: {}; dòng này không được tính",
            p.index + 1,
            row_id(&p.id),
            source_place(source),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn title_problem(&self, p: &RowProblem) -> String {
        format!(
            "Chức danh dòng {}{}: {}; chức danh này không được tính",
            p.index + 1,
            row_id(&p.id),
            self.field_reason(p.field, &self.problem(&p.problem, &p.value))
        )
    }

    fn repeated_title(&self, r: &RepeatedTitle) -> String {
        let list = if r.field == "planned" {
            "quy hoạch"
        } else {
            "hiện giữ"
        };
        format!("Cán bộ dòng {} (mã “{}”): chức danh “{}” ghi lặp trong danh sách {list}; chỉ tính một lần", r.index + 1, r.id, r.title)
    }

    fn invalid_value(&self, v: &crate::input::InvalidValue) -> String {
        let field = crate::schema::fields::person(v.field).map_or(v.field, |f| f.label(Lang::Vi));
        let wanted = match crate::schema::fields::person(v.field).map(|f| f.kind) {
            Some(crate::schema::Kind::Enum(name)) => {
                format!(
                    "không thuộc danh mục (cần {})",
                    one_of(name, Lang::Vi, "hoặc")
                )
            }
            Some(crate::schema::Kind::Bool) => "không phải có hoặc không".to_owned(),
            _ => "không phải văn bản".to_owned(),
        };
        let place = source_place(v.source.as_ref());
        format!(
            "Cán bộ dòng {}{}{place}: {field} “{}” {wanted}; giữ nguyên giá trị đã ghi, tính là chưa rõ, cán bộ vẫn được tính",
            v.index + 1,
            row_id(&(!v.id.is_empty()).then(|| v.id.clone())),
            v.value
        )
    }

    fn unlisted_values(&self, count: usize, listed: usize) -> String {
        format!(
            "Còn {} giá trị khác không đọc được, tính là chưa rõ; chỉ {} giá trị đầu được liệt kê",
            number(count as f64, 0, L),
            number(listed as f64, 0, L)
        )
    }

    fn cell_error(&self, text: &str, error: &CellError) -> String {
        match error {
            CellError::UnknownField(field) => format!("không có trường “{field}”"),
            CellError::UnknownTitle(title) => {
                format!("không có chức danh “{title}” trong danh sách chức danh")
            }
            CellError::Unrecognised { expected } => {
                let wanted = match expected {
                    Wanted::Date => "ngày dạng dd/mm/yyyy, mm/yyyy hoặc yyyy".to_owned(),
                    Wanted::YesNo => "có hoặc không (x để đánh dấu)".to_owned(),
                    Wanted::Ethnic => format!(
                        "tên dân tộc, {}, hoặc x nếu là người dân tộc thiểu số",
                        one_of(
                            <crate::schema::EthnicGroup as crate::schema::Vocabulary>::NAME,
                            Lang::Vi,
                            "hoặc"
                        )
                    ),
                    Wanted::OneOf(name) => one_of(name, Lang::Vi, "hoặc"),
                };
                format!("“{text}” không hợp lệ; cần {wanted}")
            }
        }
    }
}

fn kind(found: &JsonKind) -> &'static str {
    match found {
        JsonKind::Nothing => "không có gì",
        JsonKind::Null => "null",
        JsonKind::Bool => "giá trị đúng/sai",
        JsonKind::Number => "số",
        JsonKind::Text => "chuỗi ký tự",
        JsonKind::List => "danh sách",
        JsonKind::Object => "đối tượng",
        JsonKind::Undefined => "undefined",
        JsonKind::OtherValue => "giá trị loại khác",
        JsonKind::NotJson => "giá trị không ghi được thành JSON",
    }
}

fn expected(what: &Expected) -> &'static str {
    match what {
        Expected::Text => "chuỗi ký tự",
        Expected::TrueOrFalse => "true hoặc false",
        Expected::TitleIds => "danh sách mã chức danh",
        Expected::TitleId => "mã chức danh",
        Expected::Object => "đối tượng",
        Expected::Date => "ngày dạng YYYY-MM-DD",
        Expected::Month => "tháng dạng YYYY-MM",
        Expected::PartialDate => "ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
        Expected::MonthOrDate => "tháng hoặc ngày dạng YYYY-MM hoặc YYYY-MM-DD",
        Expected::List => "danh sách",
        Expected::Severity => "error, warning hoặc info",
    }
}

fn date_error(e: &DateError) -> String {
    match e {
        DateError::Syntax => "cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD".to_owned(),
        DateError::Year(y) => format!("năm {y} nằm ngoài khoảng 1000–9999"),
        DateError::Month(m) => format!("không có tháng {m}"),
        DateError::Day { day, month, year } => {
            format!("tháng {month:02}/{year} không có ngày {day}")
        }
    }
}

fn profile_problem(problem: &ProfileProblem) -> String {
    match problem {
        ProfileProblem::Missing => "bị thiếu".to_owned(),
        ProfileProblem::Expected(what) => format!("cần {}", expected(what)),
        ProfileProblem::UnknownBase(id) => format!("không có bộ quy định gốc “{id}”"),
        ProfileProblem::UnknownCode(code) => format!("không có quy tắc “{code}”"),
        ProfileProblem::UnknownParam(name) => format!("quy tắc này không có tham số “{name}”"),
        ProfileProblem::BadParam(kind) => {
            format!("giá trị không hợp lệ; cần {}", param_kind(*kind))
        }
        ProfileProblem::DuplicateId(id) => format!("mã “{id}” đã được dùng"),
    }
}

fn param_kind(kind: crate::profile::spec::ParamKind) -> &'static str {
    use crate::profile::spec::ParamKind::*;
    match kind {
        Count => "số nguyên không âm",
        Months => "số tháng (số nguyên không âm)",
        Years => "số tuổi từ 0 đến 150",
        Ratio => "số không âm",
        Share => "tỷ lệ từ 0 đến 1",
        OptionalShare => "tỷ lệ từ 0 đến 1 hoặc null",
        ReferenceMonths => "đối tượng ghi tháng YYYY-MM theo từng cấp",
        Scopes => "danh sách trong unit, committee, standing, key, leader, other",
    }
}
