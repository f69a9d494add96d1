//! The label of a field or a value in an export, in the requested
//! language: the schema's labels (`crate::schema`), which import, paste and
//! typing also read back, and the exports' own words
//! (`messages::exports`). Every export asks here.

use crate::lang::Lang;
use crate::messages::exports::export_words;
use crate::schema::{self, Vocabulary};

/// The label of `value`, an enumeration value of the person field `field`
/// ("education": "master" → "Thạc sĩ" / "Master's"), or `None` for a field
/// that holds no enumeration or a value that is none of it.
pub fn value_label(field: &str, value: &str, lang: Lang) -> Option<&'static str> {
    match schema::fields::person(field)?.kind {
        schema::Kind::Enum(name) => schema::enum_label(name, value, lang),
        _ => None,
    }
}

/// Yes or no in a roster cell.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    export_words(lang).yes_no[usize::from(!value)]
}

/// The name of a group of titles by its id ("standing" → "Ban Thường vụ").
pub fn group_label(group: &str, lang: Lang) -> &'static str {
    schema::Group::from_id(group)
        .unwrap_or(schema::Group::Other)
        .label(lang)
}

/// The label of an education level (`field` "education") or of a political
/// theory level ("politicalTheory") in the composition table, "unknown"
/// included.
pub fn level_label(field: &str, value: &str, lang: Lang) -> String {
    let label =
        schema::enum_label(field, value, lang).unwrap_or_else(|| schema::unknown_label(lang));
    if field == schema::PoliticalTheory::NAME {
        format!("{}{label}", export_words(lang).theory_prefix)
    } else {
        label.to_owned()
    }
}

/// A finding's severity.
pub fn severity(severity: schema::Severity, lang: Lang) -> &'static str {
    severity.label(lang)
}

/// A finding's confidence.
pub fn confidence(confidence: schema::Confidence, lang: Lang) -> &'static str {
    confidence.label(lang)
}
