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

use serde::Serialize;

use crate::lang::Lang;

pub use enums::{
    AcademicTitle, Candidacy, CandidacyFor, Confidence, DisciplineLevel, Education, EthnicGroup,
    Group, Level, PoliticalTheory, Severity, Sex, NO, YES,
};
pub use fields::{Field, Kind, Place};
pub use vocabulary::Vocabulary;

/// "Chưa rõ": how a count of values nobody recorded is labelled.
pub fn unknown_label(lang: Lang) -> &'static str {
    lang.pick("Chưa rõ", "Unknown")
}

/// The name of every enumeration, in the order `schema(lang)` lists them.
pub const ENUMERATIONS: [&str; 12] = [
    Sex::NAME,
    Level::NAME,
    Group::NAME,
    Education::NAME,
    PoliticalTheory::NAME,
    EthnicGroup::NAME,
    AcademicTitle::NAME,
    Candidacy::NAME,
    CandidacyFor::NAME,
    DisciplineLevel::NAME,
    Severity::NAME,
    Confidence::NAME,
];

/// The values of the enumeration `name` as (id, label), in order; `None`
/// for a name that is no enumeration.
pub fn entries(name: &str, lang: Lang) -> Option<Vec<(&'static str, &'static str)>> {
    fn all<T: Vocabulary>(lang: Lang) -> Vec<(&'static str, &'static str)> {
        T::all().iter().map(|v| (v.id(), v.label(lang))).collect()
    }
    Some(match name {
        Sex::NAME => all::<Sex>(lang),
        Level::NAME => all::<Level>(lang),
        Group::NAME => all::<Group>(lang),
        Education::NAME => all::<Education>(lang),
        PoliticalTheory::NAME => all::<PoliticalTheory>(lang),
        EthnicGroup::NAME => all::<EthnicGroup>(lang),
        AcademicTitle::NAME => all::<AcademicTitle>(lang),
        Candidacy::NAME => all::<Candidacy>(lang),
        CandidacyFor::NAME => all::<CandidacyFor>(lang),
        DisciplineLevel::NAME => all::<DisciplineLevel>(lang),
        Severity::NAME => all::<Severity>(lang),
        Confidence::NAME => all::<Confidence>(lang),
        _ => return None,
    })
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
    entries(name, lang)?
        .into_iter()
        .find(|(i, _)| *i == id)
        .map(|(_, label)| label)
}

/// The labels of every value of the enumeration `name`, in order (empty
/// for an unknown name).
pub fn labels(name: &str, lang: Lang) -> Vec<&'static str> {
    entries(name, lang)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, label)| label)
        .collect()
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

/// One value of an enumeration as `schema(lang)` gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValueOut {
    pub id: &'static str,
    pub label: &'static str,
    /// Confidence: what it means after a finding's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    /// Group: the BTCTW forms have a column for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_forms: Option<bool>,
    /// Group: a body measured by its multiple (committee, standing committee).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<bool>,
    /// Group: measured per title ("lần trên 1 chức danh": key titles).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_title: Option<bool>,
    /// Level: the level of the units usually under one of this level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub below: Option<&'static str>,
}

/// One field as `schema(lang)` gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldOut {
    pub id: &'static str,
    pub kind: &'static str,
    pub required: bool,
    pub holds_titles: bool,
    pub label: &'static str,
    pub short: &'static str,
    pub place: &'static str,
    pub import: bool,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub enumeration: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<PresetOut>,
}

/// A field's default value in JSON: true, "province", 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PresetOut {
    Bool(bool),
    Id(&'static str),
    Count(u32),
}

/// A code or a name with its label (import fields, findings, parameters).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Labelled {
    #[serde(rename = "id")]
    pub key: &'static str,
    pub label: &'static str,
}

/// The whole vocabulary in one language: what `schema(lang)` returns.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schema {
    pub lang: &'static str,
    /// By enumeration name, in [`ENUMERATIONS`] order (an object in JSON).
    #[serde(serialize_with = "as_map")]
    pub enumerations: Vec<(&'static str, Vec<ValueOut>)>,
    pub unknown: &'static str,
    pub person: Vec<FieldOut>,
    pub person_computed: Vec<FieldOut>,
    pub title: Vec<FieldOut>,
    pub unit: Vec<FieldOut>,
    pub discipline: Vec<FieldOut>,
    pub appointment: Vec<FieldOut>,
    pub import_fields: Vec<Labelled>,
    pub title_references: Vec<Vec<&'static str>>,
    /// Finding codes with their names (`id` is the code).
    pub findings: Vec<Labelled>,
    /// Rule parameters with their labels (`id` is the parameter's name).
    pub params: Vec<Labelled>,
}

fn as_map<S: serde::Serializer>(
    entries: &[(&'static str, Vec<ValueOut>)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(entries.iter().map(|(k, v)| (k, v)))
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

fn field_out(f: &Field, lang: Lang) -> FieldOut {
    FieldOut {
        id: f.id,
        kind: f.kind.id(),
        required: f.required,
        holds_titles: f.holds_titles(),
        label: f.label(lang),
        short: f.short(lang),
        place: place_id(f.place),
        import: f.import,
        enumeration: match f.kind {
            Kind::Enum(name) => Some(name),
            _ => None,
        },
        default: f.default.map(|d| match d {
            fields::Preset::Bool(b) => PresetOut::Bool(b),
            fields::Preset::Id(id) => PresetOut::Id(id),
            fields::Preset::Count(n) => PresetOut::Count(n),
        }),
    }
}

fn fields_out(fields: &[Field], lang: Lang) -> Vec<FieldOut> {
    fields.iter().map(|f| field_out(f, lang)).collect()
}

fn values_out(name: &'static str, lang: Lang) -> Vec<ValueOut> {
    entries(name, lang)
        .unwrap_or_default()
        .into_iter()
        .map(|(id, label)| ValueOut {
            id,
            label,
            note: (name == Confidence::NAME)
                .then(|| Confidence::from_id(id).map(|c| c.note(lang)))
                .flatten(),
            in_forms: (name == Group::NAME)
                .then(|| Group::from_id(id).map(Group::in_forms))
                .flatten(),
            body: (name == Group::NAME)
                .then(|| Group::from_id(id).map(Group::is_body))
                .flatten(),
            per_title: (name == Group::NAME)
                .then(|| Group::from_id(id).map(Group::per_title))
                .flatten(),
            below: (name == Level::NAME)
                .then(|| Level::from_id(id).map(|l| l.below().id()))
                .flatten(),
        })
        .collect()
}

fn labelled(
    table: &'static [(&'static str, &'static str, &'static str)],
    lang: Lang,
) -> Vec<Labelled> {
    table
        .iter()
        .map(|(key, vi, en)| Labelled {
            key,
            label: lang.pick(vi, en),
        })
        .collect()
}

/// The whole vocabulary in one language: what `schema(lang)` returns.
pub fn describe(lang: Lang) -> Schema {
    Schema {
        lang: lang.code(),
        enumerations: ENUMERATIONS
            .iter()
            .map(|name| (*name, values_out(name, lang)))
            .collect(),
        unknown: unknown_label(lang),
        person: fields_out(fields::PERSON, lang),
        person_computed: fields_out(fields::PERSON_COMPUTED, lang),
        title: fields_out(fields::TITLE, lang),
        unit: fields_out(fields::UNIT, lang),
        discipline: fields_out(fields::DISCIPLINE, lang),
        appointment: fields_out(fields::APPOINTMENT, lang),
        import_fields: fields::import_fields()
            .into_iter()
            .map(|f| Labelled {
                key: f.id,
                label: f.label(lang),
            })
            .collect(),
        title_references: title_references(),
        findings: labelled(rules::FINDINGS, lang),
        params: labelled(rules::PARAMS, lang),
    }
}
