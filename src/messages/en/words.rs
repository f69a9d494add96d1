//! What the English catalogue shares across its files: the catalogue's type
//! and the small helpers several files use.

use crate::lang::Lang;
use crate::model::{DisciplineLevel, Level};

pub struct En;

pub(super) const L: Lang = Lang::En;

/// "1 month", "59 months".
fn months(n: u32) -> String {
    let count = crate::format::number(f64::from(n), 0, L);
    if n == 1 {
        format!("{count} month")
    } else {
        format!("{count} months")
    }
}

/// The working time a person has left ("59 months of working time left"),
/// or how far past retirement they are ("4 months past retirement").
pub(super) fn service_left(left: i32) -> String {
    if left < 0 {
        format!("{} past retirement", months(left.unsigned_abs()))
    } else {
        format!("{} of working time left", months(left.unsigned_abs()))
    }
}

/// [`service_left`] after the person's name: "has 59 months of working time
/// left", "is 4 months past retirement".
pub(super) fn has_service_left(left: i32) -> String {
    if left < 0 {
        format!("is {}", service_left(left))
    } else {
        format!("has {}", service_left(left))
    }
}

/// The retirement month in brackets and what the rule asks: "(retires
/// February 2031), fewer than 60", or for a person already retired
/// "(retired October 2024); 60 months needed".
pub(super) fn retirement_and_need(left: i32, retires: &str, required: &str) -> String {
    if left < 0 {
        format!("(retired {retires}); {required} months needed")
    } else {
        format!("(retires {retires}), fewer than {required}")
    }
}

pub(super) fn level_name(level: Level) -> &'static str {
    match level {
        Level::Central => "central",
        Level::Province => "province",
        Level::District => "district",
        Level::AboveGrassroots => "above-grassroots",
        Level::Commune => "commune",
        Level::Grassroots => "grassroots",
    }
}

pub(super) fn discipline_name(level: DisciplineLevel) -> &'static str {
    match level {
        DisciplineLevel::Reprimand => "a reprimand",
        DisciplineLevel::Warning => "a warning",
        DisciplineLevel::Dismissal => "dismissal",
    }
}

/// " [sheet \"DS\", file row 12]": where an import read a row.
pub(super) fn source_place(source: Option<&crate::model::Source>) -> String {
    let Some(s) = source else {
        return String::new();
    };
    let parts: Vec<String> = [
        s.sheet.as_ref().map(|n| format!("sheet \"{n}\"")),
        s.row.map(|r| format!("file row {r}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!(" [{}]", parts.join(", "))
}

pub(super) fn row_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" (id \"{id}\")"),
        None => String::new(),
    }
}
