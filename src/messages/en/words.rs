//! What the English catalogue shares across its files: the catalogue's type
//! and the small helpers several files use.

use crate::lang::Lang;
use crate::model::{DisciplineLevel, Level};

pub struct En;

pub(super) const L: Lang = Lang::En;

/// The working time a person has left ("59 months of working time left"),
/// or how far past retirement they are ("4 months past retirement").
pub(super) fn service_left(left: i32) -> String {
    let months = crate::format::number(f64::from(left.unsigned_abs()), 0, L);
    if left < 0 {
        format!("{months} months past retirement")
    } else {
        format!("{months} months of working time left")
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
