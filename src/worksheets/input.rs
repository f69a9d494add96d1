//! The worksheets and the counts each one reads, as the page sends them.

use serde::Deserialize;
use serde_json::Value;

/// The worksheets and their inputs (`kind` names the worksheet).
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Sheet {
    Body(BodyInput),
    KeyTitles(KeyTitlesInput),
    Composition(CompositionInput),
    Staffing(StaffingInput),
    Growth(GrowthInput),
    Rotation(RotationInput),
}

/// Settings shared by the worksheets that check against a profile.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Context {
    /// A profile id; without it, the planning profile in force at `asOf`.
    pub profile: Option<String>,
    /// The review date, "YYYY-MM-DD"; without it, the newest profile.
    pub as_of: Option<String>,
    /// Decimals of multiples as published (1 for "1,4 lần", 2 for "2,01 lần").
    pub decimals: Option<u32>,
}

/// Planning of a body: seats and planned pairs; planned people, women, young, ethnic minority.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BodyInput {
    /// "committee" (cấp ủy) or "standing" (ban thường vụ).
    pub body: Option<String>,
    pub seats: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub planned_people: Option<Value>,
    pub women: Option<Value>,
    pub young: Option<Value>,
    pub ethnic_minority: Option<Value>,
    #[serde(flatten)]
    pub context: Context,
}

/// Key titles: the number of titles, the planned pairs, and per title counts.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct KeyTitlesInput {
    pub titles: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub per_title: Vec<TitleCount>,
    #[serde(flatten)]
    pub context: Context,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct TitleCount {
    pub name: String,
    pub planned: Option<Value>,
    pub seats: Option<Value>,
}

/// Composition: a total and groups of parts (education, theory, bands, sex…).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CompositionInput {
    pub total: Option<Value>,
    pub groups: Vec<PartGroup>,
    pub decimals: Option<u32>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PartGroup {
    pub name: String,
    /// The parts cover the whole total (every person is in exactly one).
    pub must_add_up: bool,
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Part {
    pub label: String,
    pub count: Option<Value>,
}

/// Staffing quota (biên chế): requested, assigned, kept in reserve, filled.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StaffingInput {
    pub requested: Option<Value>,
    pub assigned: Option<Value>,
    pub reserve: Option<Value>,
    pub filled: Option<Value>,
}

/// Party growth and coverage.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GrowthInput {
    pub members_from: Option<Value>,
    pub members_to: Option<Value>,
    pub year_from: Option<Value>,
    pub year_to: Option<Value>,
    pub admitted: Option<Value>,
    pub population: Option<Value>,
    pub units_covered: Option<Value>,
    pub units_total: Option<Value>,
}

/// Rotation counts by direction.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RotationInput {
    pub down: Option<Value>,
    pub up: Option<Value>,
    pub across: Option<Value>,
}
