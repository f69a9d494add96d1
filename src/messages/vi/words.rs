//! What the Vietnamese catalogue shares across its files: the catalogue's type
//! and the small helpers several files use.

use crate::lang::Lang;
use crate::model::{DisciplineLevel, Level};

pub struct Vi;

pub(super) const L: Lang = Lang::Vi;

/// The working time a person has left ("còn 59 tháng công tác"), or how far
/// past retirement they are ("đã quá tuổi nghỉ hưu 4 tháng"), never "còn -4".
pub(super) fn service_left(left: i32) -> String {
    if left < 0 {
        format!(
            "đã quá tuổi nghỉ hưu {} tháng",
            crate::format::number(f64::from(left.unsigned_abs()), 0, L)
        )
    } else {
        format!(
            "còn {} tháng công tác",
            crate::format::number(f64::from(left), 0, L)
        )
    }
}

pub(super) fn level_name(level: Level) -> &'static str {
    match level {
        Level::Central => "Trung ương",
        Level::Province => "tỉnh",
        Level::District => "huyện",
        Level::AboveGrassroots => "cấp trên trực tiếp cơ sở",
        Level::Commune => "xã, phường, đặc khu",
        Level::Grassroots => "cơ sở",
    }
}

pub(super) fn discipline_name(level: DisciplineLevel) -> &'static str {
    match level {
        DisciplineLevel::Reprimand => "khiển trách",
        DisciplineLevel::Warning => "cảnh cáo",
        DisciplineLevel::Dismissal => "cách chức",
    }
}

/// " [trang “DS”, dòng 12 trong tệp]": where an import read a row.
pub(super) fn source_place(source: Option<&crate::model::Source>) -> String {
    let Some(s) = source else {
        return String::new();
    };
    let parts: Vec<String> = [
        s.sheet.as_ref().map(|n| format!("trang “{n}”")),
        s.row.map(|r| format!("dòng {r} trong tệp")),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!(" [{}]", parts.join(", "))
}

pub(super) fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (mã “{id}”)"),
        None => String::new(),
    }
}
