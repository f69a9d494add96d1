//! The worksheets and the counts each one reads, as the page sends them.

use serde::de::{Deserializer, Error};
use serde::Deserialize;
use serde_json::Value;

/// The worksheets and their inputs (`kind` names the worksheet).
///
/// Read by hand from the input as a JSON value rather than by serde's derived
/// tagged enum with `flatten`, which buffered the input in serde's `Content`
/// and cost the core module about 40 KB of wasm for a few small forms
/// (issue 18, item 6).
#[derive(Clone, Debug)]
pub enum Sheet {
    Body(BodyInput),
    KeyTitles(KeyTitlesInput),
    Composition(CompositionInput),
    Staffing(StaffingInput),
    Growth(GrowthInput),
    Rotation(RotationInput),
}

/// The `kind`s of the worksheets, as the page names them.
const KINDS: &[&str] = &[
    "body",
    "keyTitles",
    "composition",
    "staffing",
    "growth",
    "rotation",
];

impl<'de> Deserialize<'de> for Sheet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Sheet::from_value(&value).map_err(D::Error::custom)
    }
}

impl Sheet {
    /// A worksheet from its JSON form: `kind` and the fields of its input
    /// (camelCase; a field left out takes its default, `null` is no value).
    fn from_value(value: &Value) -> Result<Self, serde_json::Error> {
        let kind = match value.get("kind") {
            Some(Value::String(kind)) => kind.as_str(),
            Some(_) => {
                return Err(serde_json::Error::custom(
                    "invalid type: `kind` is not a string",
                ))
            }
            None => return Err(serde_json::Error::missing_field("kind")),
        };
        let f = Fields::of(value, "the worksheet")?;
        Ok(match kind {
            "body" => Sheet::Body(BodyInput {
                body: f.opt_string("body")?,
                seats: f.value("seats"),
                planned_pairs: f.value("plannedPairs"),
                planned_people: f.value("plannedPeople"),
                women: f.value("women"),
                young: f.value("young"),
                ethnic_minority: f.value("ethnicMinority"),
                context: f.context()?,
            }),
            "keyTitles" => Sheet::KeyTitles(KeyTitlesInput {
                titles: f.value("titles"),
                planned_pairs: f.value("plannedPairs"),
                per_title: f.list("perTitle", |v| {
                    let f = Fields::of(v, "a title's counts")?;
                    Ok(TitleCount {
                        name: f.string("name")?,
                        planned: f.value("planned"),
                        seats: f.value("seats"),
                    })
                })?,
                context: f.context()?,
            }),
            "composition" => Sheet::Composition(CompositionInput {
                total: f.value("total"),
                groups: f.list("groups", |v| {
                    let g = Fields::of(v, "a group of parts")?;
                    Ok(PartGroup {
                        name: g.string("name")?,
                        must_add_up: g.bool("mustAddUp")?,
                        parts: g.list("parts", |v| {
                            let p = Fields::of(v, "a part")?;
                            Ok(Part {
                                label: p.string("label")?,
                                count: p.value("count"),
                            })
                        })?,
                    })
                })?,
                decimals: f.opt_u32("decimals")?,
            }),
            "staffing" => Sheet::Staffing(StaffingInput {
                requested: f.value("requested"),
                assigned: f.value("assigned"),
                reserve: f.value("reserve"),
                filled: f.value("filled"),
            }),
            "growth" => Sheet::Growth(GrowthInput {
                members_from: f.value("membersFrom"),
                members_to: f.value("membersTo"),
                year_from: f.value("yearFrom"),
                year_to: f.value("yearTo"),
                admitted: f.value("admitted"),
                population: f.value("population"),
                units_covered: f.value("unitsCovered"),
                units_total: f.value("unitsTotal"),
            }),
            "rotation" => Sheet::Rotation(RotationInput {
                down: f.value("down"),
                up: f.value("up"),
                across: f.value("across"),
            }),
            other => return Err(serde_json::Error::unknown_variant(other, KINDS)),
        })
    }
}

/// The fields of one JSON object of a worksheet's input, read by name.
struct Fields<'a>(&'a serde_json::Map<String, Value>);

impl<'a> Fields<'a> {
    fn of(value: &'a Value, what: &str) -> Result<Self, serde_json::Error> {
        value.as_object().map(Fields).ok_or_else(|| {
            serde_json::Error::custom(format_args!("invalid type: {what} is not an object"))
        })
    }

    /// A field given and not `null`.
    fn given(&self, key: &str) -> Option<&'a Value> {
        self.0.get(key).filter(|v| !v.is_null())
    }

    fn invalid(key: &str, expected: &str) -> serde_json::Error {
        serde_json::Error::custom(format_args!("invalid type: `{key}`, expected {expected}"))
    }

    /// A count or other value as given; the worksheet's reader judges it.
    fn value(&self, key: &str) -> Option<Value> {
        self.given(key).cloned()
    }

    fn opt_string(&self, key: &str) -> Result<Option<String>, serde_json::Error> {
        match self.given(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Self::invalid(key, "a string")),
        }
    }

    fn string(&self, key: &str) -> Result<String, serde_json::Error> {
        match self.0.get(key) {
            None => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(Self::invalid(key, "a string")),
        }
    }

    fn bool(&self, key: &str) -> Result<bool, serde_json::Error> {
        match self.0.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(Self::invalid(key, "true or false")),
        }
    }

    fn opt_u32(&self, key: &str) -> Result<Option<u32>, serde_json::Error> {
        match self.given(key) {
            None => Ok(None),
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Ok(Some(n)),
                None => Err(Self::invalid(key, "a whole number from 0")),
            },
        }
    }

    fn list<T>(
        &self,
        key: &str,
        read: impl Fn(&Value) -> Result<T, serde_json::Error>,
    ) -> Result<Vec<T>, serde_json::Error> {
        match self.0.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items.iter().map(read).collect(),
            Some(_) => Err(Self::invalid(key, "a list")),
        }
    }

    /// The settings of a worksheet checked against a profile.
    fn context(&self) -> Result<Context, serde_json::Error> {
        Ok(Context {
            profile: self.opt_string("profile")?,
            as_of: self.opt_string("asOf")?,
            decimals: self.opt_u32("decimals")?,
        })
    }
}

/// Settings shared by the worksheets that check against a profile.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// A profile id; without it, the planning profile in force at `asOf`.
    pub profile: Option<String>,
    /// The review date, "YYYY-MM-DD"; without it, the newest profile.
    pub as_of: Option<String>,
    /// Decimals of multiples as published (1 for "1,4 lần", 2 for "2,01 lần").
    pub decimals: Option<u32>,
}

/// Planning of a body: seats and planned pairs; planned people, women, young, ethnic minority.
#[derive(Clone, Debug, Default)]
pub struct BodyInput {
    /// "committee" (cấp ủy) or "standing" (ban thường vụ).
    pub body: Option<String>,
    pub seats: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub planned_people: Option<Value>,
    pub women: Option<Value>,
    pub young: Option<Value>,
    pub ethnic_minority: Option<Value>,
    /// Read from the same object as the fields above.
    pub context: Context,
}

/// Key titles: the number of titles, the planned pairs, and per title counts.
#[derive(Clone, Debug, Default)]
pub struct KeyTitlesInput {
    pub titles: Option<Value>,
    pub planned_pairs: Option<Value>,
    pub per_title: Vec<TitleCount>,
    /// Read from the same object as the fields above.
    pub context: Context,
}

#[derive(Clone, Debug, Default)]
pub struct TitleCount {
    pub name: String,
    pub planned: Option<Value>,
    pub seats: Option<Value>,
}

/// Composition: a total and groups of parts (education, theory, bands, sex…).
#[derive(Clone, Debug, Default)]
pub struct CompositionInput {
    pub total: Option<Value>,
    pub groups: Vec<PartGroup>,
    pub decimals: Option<u32>,
}

#[derive(Clone, Debug, Default)]
pub struct PartGroup {
    pub name: String,
    /// The parts cover the whole total (every person is in exactly one).
    pub must_add_up: bool,
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, Default)]
pub struct Part {
    pub label: String,
    pub count: Option<Value>,
}

/// Staffing quota (biên chế): requested, assigned, kept in reserve, filled.
#[derive(Clone, Debug, Default)]
pub struct StaffingInput {
    pub requested: Option<Value>,
    pub assigned: Option<Value>,
    pub reserve: Option<Value>,
    pub filled: Option<Value>,
}

/// Party growth and coverage.
#[derive(Clone, Debug, Default)]
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
#[derive(Clone, Debug, Default)]
pub struct RotationInput {
    pub down: Option<Value>,
    pub up: Option<Value>,
    pub across: Option<Value>,
}
