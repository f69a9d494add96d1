//! Vietnamese text (the default).

use super::{label, Catalogue};
use crate::date::{Date, DateError, YearMonth};
use crate::error::Error;
use crate::format::{number, percent};
use crate::input::{Problem, RepeatedTitle, RowProblem};
use crate::messages::Lang;
use crate::profile::Profile;
use crate::rules::Subject;

pub struct Vi;

const L: Lang = Lang::Vi;

fn kind(found: &str) -> &'static str {
    match found {
        "nothing" => "không có gì",
        "null" => "null",
        "a boolean" => "giá trị đúng/sai",
        "a number" => "số",
        "text" => "chuỗi ký tự",
        "a list" => "danh sách",
        "an object" => "đối tượng",
        _ => "giá trị khác",
    }
}

fn expected(what: &str) -> &'static str {
    match what {
        "text" => "chuỗi ký tự",
        "true or false" => "true hoặc false",
        "a list of title ids" => "danh sách mã chức danh",
        "a title id" => "mã chức danh",
        "an object" => "đối tượng",
        "a date YYYY-MM-DD" => "ngày dạng YYYY-MM-DD",
        "a month YYYY-MM" => "tháng dạng YYYY-MM",
        "a date YYYY, YYYY-MM or YYYY-MM-DD" => "ngày dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
        _ => "giá trị khác",
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

fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (mã “{id}”)"),
        None => String::new(),
    }
}

impl Catalogue for Vi {
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
            Error::UnknownSex(s) => format!("giới tính “{s}” không hợp lệ; cần M hoặc F"),
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
            Problem::NotInEnum(allowed) => format!("“{value}” không thuộc {}", allowed.join(", ")),
            Problem::UnknownTitle(t) => format!("không có chức danh mã “{t}”"),
            Problem::RejectedTitle(t) => {
                format!("chức danh “{t}” bị loại vì dữ liệu chức danh lỗi")
            }
            Problem::DuplicateId(first) => format!("mã “{value}” đã dùng ở dòng {}", first + 1),
            Problem::NotWholeNumber => format!("“{value}” không phải số nguyên không âm"),
        }
    }

    fn field_reason(&self, field: &str, reason: &str) -> String {
        if field.is_empty() {
            reason.to_owned()
        } else {
            format!("trường “{field}”: {reason}")
        }
    }

    fn person_problem(&self, p: &RowProblem) -> String {
        format!(
            "Cán bộ dòng {}{}: {}; dòng này không được tính",
            p.index + 1,
            row_id(&p.id),
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

    fn profile_not_in_force(&self, profile: &Profile, as_of: Date) -> String {
        format!(
            "Ngày rà soát {} nằm ngoài thời gian hiệu lực của {} (từ {}); kết quả chỉ để tham khảo",
            as_of.to_vietnamese(),
            profile.name,
            profile.effective_from.to_vietnamese()
        )
    }

    fn person_label(&self, id: &str, name: Option<&str>) -> String {
        label(id, name)
    }

    fn title_label(&self, id: &str, name: Option<&str>) -> String {
        label(id, name)
    }

    fn scope_label(&self, scope: &Subject) -> String {
        match (scope.kind, scope.id.as_deref()) {
            ("group", Some("committee")) => "quy hoạch cấp ủy".to_owned(),
            ("group", Some("standing")) => "quy hoạch ban thường vụ".to_owned(),
            ("group", Some("key")) => "quy hoạch chức danh chủ chốt".to_owned(),
            ("group", Some("leader")) => "quy hoạch lãnh đạo, quản lý".to_owned(),
            ("group", _) => "quy hoạch chức danh khác".to_owned(),
            _ => "toàn bộ nguồn quy hoạch".to_owned(),
        }
    }

    fn standing_size(&self, standing: u32, committee: u32, limit: f64) -> String {
        format!(
            "Ban thường vụ có {} ủy viên, vượt một phần ba số cấp ủy viên ({} trên {})",
            number(f64::from(standing), 0, L),
            number(limit, 2, L),
            number(f64::from(committee), 0, L)
        )
    }

    fn planned_per_title(&self, title: &str, planned: u32, limit: f64) -> String {
        format!(
            "Chức danh {title} có {} người quy hoạch, vượt mức tối đa {}",
            number(f64::from(planned), 0, L),
            number(limit, 2, L)
        )
    }

    fn title_unplanned(&self, title: &str, seats: u32) -> String {
        format!(
            "Chức danh {title} có {} vị trí nhưng chưa có người quy hoạch",
            number(f64::from(seats), 0, L)
        )
    }

    fn titles_per_person(&self, person: &str, count: usize, max: f64) -> String {
        format!(
            "{person} được quy hoạch {count} chức danh, vượt mức tối đa {}",
            number(max, 2, L)
        )
    }

    fn planning_age(
        &self,
        person: &str,
        left: i32,
        required: f64,
        at: YearMonth,
        retires: YearMonth,
    ) -> String {
        format!(
            "{person} còn {} tháng công tác tính đến {} (nghỉ hưu {}), chưa đủ {} tháng",
            number(f64::from(left), 0, L),
            at.to_vietnamese(),
            retires.to_vietnamese(),
            number(required, 2, L)
        )
    }

    fn planned_same_title(&self, person: &str, title: &str) -> String {
        format!("{person} được quy hoạch vào chức danh {title} đang đảm nhiệm")
    }

    fn planned_not_higher(&self, person: &str, planned: &str, held: &str) -> String {
        format!("{person} được quy hoạch vào chức danh {planned}, không cao hơn chức danh hiện giữ {held}")
    }

    fn young_share(
        &self,
        scope: &str,
        count: u32,
        total: u32,
        share: f64,
        target: f64,
        under: u32,
    ) -> String {
        format!(
            "Tỷ lệ cán bộ trẻ (dưới {under} tuổi) trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }

    fn women_share(&self, scope: &str, count: u32, total: u32, share: f64, target: f64) -> String {
        format!(
            "Tỷ lệ cán bộ nữ trong {scope}: {count}/{total} = {}, thấp hơn mục tiêu {}",
            percent(share, L),
            percent(target, L)
        )
    }
}
