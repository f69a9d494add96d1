//! The x-mark layouts: a tick under a "Nam" or "Nữ" header gives a sex,
//! a tick under a title's name (a sub-column of "Quy hoạch chức danh")
//! gives that title. Known by their headers, in the proposal and the import.

use crate::text::fold;

/// How a mapped column is read.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Reading {
    /// Its text is the field's value.
    Value,
    /// A mark ("x") under a "Nam" or "Nữ" header gives that sex.
    SexMark(&'static str),
    /// A mark under a title's name (a sub-column of "Quy hoạch chức
    /// danh") gives that title; other text is read as a list of titles.
    TitleMark(String),
}

/// Whether a cell's text is a tick: "x", "v", "✓", "1".
pub(super) fn is_mark(text: &str) -> bool {
    let folded = fold(text.trim());
    matches!(
        folded.as_str(),
        "x" | "v" | "1" | "+" | "co" | "\u{2713}" | "\u{2714}" | "\u{2611}" | "\u{2612}"
    )
}

/// How a column of `field` under the header `own` (below `parent`) is read:
/// the x-mark layouts are known by their headers.
pub(super) fn reading_of(field: &str, own: &str, parent: &str) -> Reading {
    let own_folded = fold(own.trim());
    match field {
        "sex" if own_folded == "nam" => Reading::SexMark("M"),
        "sex" if own_folded == "nu" => Reading::SexMark("F"),
        "planned" | "current"
            if super::header::is_group_header(parent)
                && super::header::field_for_header(parent, "") == Some(field)
                && super::header::field_for_header(own, "").is_none()
                && !own.trim().is_empty() =>
        {
            Reading::TitleMark(own.trim().to_owned())
        }
        _ => Reading::Value,
    }
}
