//! The label of a value in an export, in the requested language, from the
//! engine's catalogues (`messages::words` for the enumerations the filed
//! report already names, `messages::exports` for the rest). Every export
//! asks here, so that the schema module's labels can replace these tables
//! in one place (issue 15).

use crate::messages::exports::export_words;
use crate::messages::words::words;
use crate::messages::Lang;

/// The label of `value`, an enumeration value of the person field `field`
/// ("education": "master" → "Thạc sĩ" / "Master's"), or `None` for a value
/// of no enumeration. Every label is one the import reads back.
pub fn value_label(field: &str, value: &str, lang: Lang) -> Option<&'static str> {
    let w = words(lang);
    let find = |table: &[(&'static str, &'static str)]| {
        table
            .iter()
            .find(|(id, _)| *id == value && *id != "unknown")
            .map(|(_, label)| *label)
    };
    match (field, value) {
        ("sex", "M") => Some(w.sex[0]),
        ("sex", "F") => Some(w.sex[1]),
        ("education", _) => find(&w.education),
        ("politicalTheory", _) => find(&w.theory),
        ("candidacy", "first") => Some(export_words(lang).candidacy[0]),
        ("candidacy", "reelection") => Some(export_words(lang).candidacy[1]),
        _ => None,
    }
}

/// Yes or no in a roster cell.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    export_words(lang).yes_no[usize::from(!value)]
}

/// The name of a group of titles ("standing" → "Ban Thường vụ").
pub fn group_label(group: &str, lang: Lang) -> &'static str {
    let groups = &words(lang).groups;
    groups
        .iter()
        .find(|(id, _)| *id == group)
        .unwrap_or(&groups[groups.len() - 1])
        .1
}

/// The label of an education level or of a political theory level in the
/// composition table, "unknown" included.
pub fn level_label(field: &str, value: &str, lang: Lang) -> String {
    let (w, e) = (words(lang), export_words(lang));
    match (field, value) {
        ("education", "unknown") => e.education_unknown.to_owned(),
        ("politicalTheory", id) => {
            let label = w
                .theory
                .iter()
                .find(|(t, _)| *t == id)
                .map_or(id, |(_, l)| *l);
            format!("{}{label}", e.theory_prefix)
        }
        (_, id) => w
            .education
            .iter()
            .find(|(t, _)| *t == id)
            .map_or(id, |(_, l)| *l)
            .to_owned(),
    }
}

/// A finding's severity.
pub fn severity(severity: crate::profile::Severity, lang: Lang) -> &'static str {
    use crate::profile::Severity;
    let s = &words(lang).severities;
    match severity {
        Severity::Error => s[0],
        Severity::Warning => s[1],
        Severity::Info => s[2],
    }
}

/// A finding's confidence.
pub fn confidence(confidence: crate::profile::Confidence, lang: Lang) -> &'static str {
    use crate::profile::Confidence;
    let c = &words(lang).confidence;
    match confidence {
        Confidence::Confirmed => c[0],
        Confidence::Reported => c[1],
        Confidence::Derived => c[2],
        Confidence::Unconfirmed => c[3],
    }
}
