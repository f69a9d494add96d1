//! The vocabulary of the contract, owned in one place: every enumeration
//! (ids, labels in both languages, accepted spellings) and every field
//! (kind, required, title references, labels, where the page uses it).
//!
//! The page reads it with one call, `schema(lang)` ([`describe`]), and
//! builds the grid's columns, the dropdowns, the import field list and the
//! labels from it; the importer, the cell reader and the exports read the
//! same tables. Adding an education level or a person field is one change
//! here (docs/architecture.md).

pub mod enums;
pub mod fields;
pub mod rules;
pub mod vocabulary;

use serde_json::{json, Map, Value};

use crate::lang::Lang;

pub use enums::{
    Candidacy, CandidacyFor, Confidence, DisciplineLevel, Education, Group, Level, PoliticalTheory,
    Severity, Sex, NO, YES,
};
pub use fields::{Field, Kind, Place};
pub use vocabulary::Vocabulary;

/// "Chưa rõ": how a count of values nobody recorded is labelled.
pub fn unknown_label(lang: Lang) -> &'static str {
    lang.pick("Chưa rõ", "Unknown")
}

fn values<T: Vocabulary>(lang: Lang) -> (String, Value) {
    let list = T::all()
        .iter()
        .map(|v| json!({ "id": v.id(), "label": v.label(lang) }))
        .collect();
    (T::NAME.to_owned(), Value::Array(list))
}

/// Every enumeration's values with their labels, by enumeration name.
pub fn enumerations(lang: Lang) -> Map<String, Value> {
    [
        values::<Sex>(lang),
        values::<Level>(lang),
        (
            Group::NAME.to_owned(),
            Value::Array(
                Group::ALL
                    .iter()
                    .map(|g| {
                        json!({
                            "id": g.id(),
                            "label": g.label(lang),
                            "inForms": g.in_forms(),
                            "body": g.is_body(),
                        })
                    })
                    .collect(),
            ),
        ),
        values::<Education>(lang),
        values::<PoliticalTheory>(lang),
        values::<Candidacy>(lang),
        values::<CandidacyFor>(lang),
        values::<DisciplineLevel>(lang),
        values::<Severity>(lang),
        (
            Confidence::NAME.to_owned(),
            Value::Array(
                Confidence::ALL
                    .iter()
                    .map(|c| json!({ "id": c.id(), "label": c.label(lang), "note": c.note(lang) }))
                    .collect(),
            ),
        ),
    ]
    .into_iter()
    .collect()
}

/// The name of a finding code (a rule or a data finding), or `None`.
pub fn finding_name(code: &str, lang: Lang) -> Option<&'static str> {
    rules::FINDINGS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, vi, en)| lang.pick(vi, en))
}

/// The label of `id` in the enumeration `name`, or `None`.
pub fn enum_label(name: &str, id: &str, lang: Lang) -> Option<&'static str> {
    fn find<T: Vocabulary>(id: &str, lang: Lang) -> Option<&'static str> {
        T::from_id(id).map(|v| v.label(lang))
    }
    match name {
        Sex::NAME => find::<Sex>(id, lang),
        Level::NAME => find::<Level>(id, lang),
        Group::NAME => find::<Group>(id, lang),
        Education::NAME => find::<Education>(id, lang),
        PoliticalTheory::NAME => find::<PoliticalTheory>(id, lang),
        Candidacy::NAME => find::<Candidacy>(id, lang),
        CandidacyFor::NAME => find::<CandidacyFor>(id, lang),
        DisciplineLevel::NAME => find::<DisciplineLevel>(id, lang),
        Severity::NAME => find::<Severity>(id, lang),
        Confidence::NAME => find::<Confidence>(id, lang),
        _ => None,
    }
}

/// The labels of every value of the enumeration `name`, in order (empty
/// for an unknown name).
pub fn labels(name: &str, lang: Lang) -> Vec<&'static str> {
    fn all<T: Vocabulary>(lang: Lang) -> Vec<&'static str> {
        T::all().iter().map(|v| v.label(lang)).collect()
    }
    match name {
        Sex::NAME => all::<Sex>(lang),
        Level::NAME => all::<Level>(lang),
        Group::NAME => all::<Group>(lang),
        Education::NAME => all::<Education>(lang),
        PoliticalTheory::NAME => all::<PoliticalTheory>(lang),
        Candidacy::NAME => all::<Candidacy>(lang),
        CandidacyFor::NAME => all::<CandidacyFor>(lang),
        DisciplineLevel::NAME => all::<DisciplineLevel>(lang),
        Severity::NAME => all::<Severity>(lang),
        Confidence::NAME => all::<Confidence>(lang),
        _ => Vec::new(),
    }
}

fn place_id(place: Place) -> &'static str {
    match place {
        Place::Grid => "grid",
        Place::GridComputed => "gridComputed",
        Place::TitlesTable => "titlesTable",
        Place::UnitForm => "unitForm",
        Place::Stored => "stored",
    }
}

fn describe_field(f: &Field, lang: Lang) -> Value {
    let mut out = json!({
        "id": f.id,
        "kind": f.kind.id(),
        "required": f.required,
        "holdsTitles": f.holds_titles(),
        "label": f.label(lang),
        "short": f.short(lang),
        "place": place_id(f.place),
        "import": f.import,
    });
    if let Kind::Enum(name) = f.kind {
        out["enum"] = json!(name);
    }
    match f.default {
        Some(fields::Preset::Bool(b)) => out["default"] = json!(b),
        Some(fields::Preset::Id(id)) => out["default"] = json!(id),
        Some(fields::Preset::Count(n)) => out["default"] = json!(n),
        None => {}
    }
    out
}

fn describe_all(fields: &[Field], lang: Lang) -> Value {
    Value::Array(fields.iter().map(|f| describe_field(f, lang)).collect())
}

/// Where title ids are held in a person: `[["current"], ["planned"],
/// ["appointment", "title"]]`. Renaming a title updates every one.
pub fn title_references() -> Vec<Vec<&'static str>> {
    fields::PERSON
        .iter()
        .filter_map(|f| {
            f.title_path.map(|path| {
                let mut full = vec![f.id];
                full.extend_from_slice(path);
                full
            })
        })
        .collect()
}

/// The whole vocabulary in one language: what `schema(lang)` returns.
pub fn describe(lang: Lang) -> Value {
    json!({
        "lang": lang.code(),
        "enumerations": enumerations(lang),
        "unknown": unknown_label(lang),
        "person": describe_all(fields::PERSON, lang),
        "personComputed": describe_all(fields::PERSON_COMPUTED, lang),
        "title": describe_all(fields::TITLE, lang),
        "unit": describe_all(fields::UNIT, lang),
        "discipline": describe_all(fields::DISCIPLINE, lang),
        "appointment": describe_all(fields::APPOINTMENT, lang),
        "importFields": fields::import_fields()
            .into_iter()
            .map(|f| json!({ "id": f.id, "label": f.label(lang) }))
            .collect::<Vec<_>>(),
        "titleReferences": title_references(),
        "findings": rules::FINDINGS
            .iter()
            .map(|(code, vi, en)| json!({ "code": code, "label": lang.pick(vi, en) }))
            .collect::<Vec<_>>(),
        "params": rules::PARAMS
            .iter()
            .map(|(name, vi, en)| json!({ "name": name, "label": lang.pick(vi, en) }))
            .collect::<Vec<_>>(),
    })
}
