//! Reading a `qhcb/1` dataset from JSON text, row by row.
//!
//! A dataset that is not a dataset at all (not an object, no `people` list,
//! an unknown `format`, an unreadable review date) is an [`Error`]. Anything
//! wrong inside a row of `people` or `titles` becomes a [`RowProblem`] naming
//! the row, its id and the field; the row is left out and every other row is
//! still read. Nothing is dropped without a problem that says why.
//!
//! Rows are deserialised into structs whose fields accept any JSON value
//! ([`Value`]), so a wrong type in one field can never fail the whole parse.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::date::{Date, DateError, PartialDate, Precision};
use crate::error::Error;
use crate::model::{
    Appointment, Candidacy, CandidacyFor, Dataset, Discipline, DisciplineLevel, Education, Group,
    Level, Person, PoliticalTheory, Title, Unit,
};
use crate::retirement::Sex;

/// The only format this version reads.
pub const FORMAT: &str = "qhcb/1";

/// The most rows a list may hold: above it the dataset is refused with a
/// message instead of exhausting the browser's memory (the wasm32 address
/// space is 4 GiB).
pub const MAX_ROWS: usize = 3_000_000;

/// The youngest and the oldest age, at the review date, of a cadre a roster
/// can hold: a birth outside them is the row's problem (`invalid-row`).
pub const MIN_AGE: i32 = 18;
pub const MAX_AGE: i32 = 75;

/// A hash map with a fast, non-cryptographic hash (the Fx hash of rustc):
/// ids and title keys are the user's own data, not an attacker's, and the
/// default SipHash was a tenth of the time of reading a roster.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ rest.len() as u64);
    }
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        // The product's high bits are the well-mixed ones; the table indexes
        // by the low bits (ids like "p123" differ only in a few bytes).
        self.0.rotate_left(26)
    }
}

/// Any JSON value, kept loosely so that validation can say what was wrong.
/// Text borrows from the JSON text unless it had escapes: reading a roster
/// allocates only for what the dataset keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value<'a> {
    /// The field is absent.
    #[default]
    Missing,
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'a, str>),
    List(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Missing => "nothing",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::Text(_) => "text",
            Value::List(_) => "a list",
            Value::Object(_) => "an object",
        }
    }

    /// The field `key` of an object (`Missing` otherwise).
    pub fn get(&self, key: &str) -> &Value<'a> {
        match self {
            Value::Object(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&Value::Missing, |(_, v)| v),
            _ => &Value::Missing,
        }
    }

    /// The value as serde_json holds it (`Missing` becomes null).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Missing | Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Number::from_f64(*n)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Value::Text(t) => serde_json::Value::String(t.to_string()),
            Value::List(items) => items.iter().map(Value::to_json).collect(),
            Value::Object(fields) => fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_json()))
                .collect(),
        }
    }

    /// The value as it appeared, shortened for messages.
    pub fn show(&self) -> String {
        const MAX_CHARS: usize = 60;
        let text = match self {
            Value::Missing => return String::new(),
            Value::Null => "null".to_owned(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_text(*n),
            Value::Text(s) => s.to_string(),
            Value::List(_) => "[…]".to_owned(),
            Value::Object(_) => "{…}".to_owned(),
        };
        if text.chars().count() > MAX_CHARS {
            let short: String = text.chars().take(MAX_CHARS).collect();
            format!("{short}…")
        } else {
            text
        }
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Value<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value<'a>, D::Error> {
        deserializer.deserialize_any(ValueVisitor(std::marker::PhantomData))
    }
}

struct ValueVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for ValueVisitor<'a> {
    type Value = Value<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'a>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value<'a>, E> {
        Ok(Value::Number(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'a>, E> {
        Ok(Value::Text(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Value<'a>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'a>, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value<'a>, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'a>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'a>, A::Error> {
        let mut fields = Vec::new();
        while let Some((key, value)) = map.next_entry::<Value<'a>, Value<'a>>()? {
            // JSON keys are always text.
            if let Value::Text(key) = key {
                fields.push((key, value));
            }
        }
        Ok(Value::Object(fields))
    }
}

/// A row of a list: a record when it is an object, else what it was.
enum Row<T> {
    Record(T),
    NotAnObject(&'static str),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Row<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Row<T>, D::Error> {
        struct RowVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for RowVisitor<T> {
            type Value = Row<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a row")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Row<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Row::Record)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("a boolean"))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("a number"))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("a number"))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("a number"))
            }
            fn visit_str<E>(self, _: &str) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("text"))
            }
            fn visit_unit<E>(self) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("null"))
            }
            fn visit_none<E>(self) -> Result<Row<T>, E> {
                Ok(Row::NotAnObject("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Row<T>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Row::NotAnObject("a list"))
            }
        }
        deserializer.deserialize_any(RowVisitor(std::marker::PhantomData))
    }
}

/// What a field that should hold a list of rows held.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Listing {
    /// A list of this many rows.
    List(usize),
    NotAList(&'static str),
    /// More rows than [`MAX_ROWS`]; carries how many there were.
    TooMany(usize),
}

/// Reads a list of rows, handing each row to `take` as it is read, so that a
/// roster of millions is never held as raw rows.
struct EachRow<T, F> {
    take: F,
    row: std::marker::PhantomData<T>,
}

impl<T, F> EachRow<T, F> {
    fn new(take: F) -> EachRow<T, F> {
        EachRow {
            take,
            row: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(usize, Row<T>)> de::DeserializeSeed<'de> for EachRow<T, F> {
    type Value = Listing;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Listing, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(usize, Row<T>)> Visitor<'de> for EachRow<T, F> {
    type Value = Listing;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of rows")
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Listing, A::Error> {
        let mut count = 0;
        while count < MAX_ROWS {
            match seq.next_element()? {
                Some(row) => (self.take)(count, row),
                None => return Ok(Listing::List(count)),
            }
            count += 1;
        }
        // At the limit: one more row means too many; count the rest without keeping them.
        while seq.next_element::<IgnoredAny>()?.is_some() {
            count += 1;
        }
        Ok(if count > MAX_ROWS {
            Listing::TooMany(count)
        } else {
            Listing::List(count)
        })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Listing, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Listing::NotAList("an object"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Listing, E> {
        Ok(Listing::NotAList("a boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Listing, E> {
        Ok(Listing::NotAList("a number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Listing, E> {
        Ok(Listing::NotAList("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Listing, E> {
        Ok(Listing::NotAList("a number"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Listing, E> {
        Ok(Listing::NotAList("text"))
    }
    fn visit_unit<E>(self) -> Result<Listing, E> {
        Ok(Listing::NotAList("null"))
    }
    fn visit_none<E>(self) -> Result<Listing, E> {
        Ok(Listing::NotAList("null"))
    }
}

/// A field that should hold a list of rows, read whole (titles: a few).
#[derive(Default)]
enum Rows<T> {
    #[default]
    Missing,
    Read(Listing, Vec<Row<T>>),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Rows<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Rows<T>, D::Error> {
        let mut rows = Vec::new();
        let listing =
            de::DeserializeSeed::deserialize(EachRow::new(|_, row| rows.push(row)), deserializer)?;
        Ok(Rows::Read(listing, rows))
    }
}

/// A field kept as its JSON text, read later: `people`, which is read row by
/// row once the titles its rows refer to are known.
#[derive(Default)]
struct Later<'a>(Option<&'a serde_json::value::RawValue>);

impl<'de: 'a, 'a> Deserialize<'de> for Later<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Later<'a>, D::Error> {
        <&'a serde_json::value::RawValue>::deserialize(deserializer).map(|raw| Later(Some(raw)))
    }
}

/// What a JSON value is, from its first character, for messages.
fn kind_of(json: &str) -> &'static str {
    match json.trim_start().as_bytes().first() {
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        Some(b'"') => "text",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase", bound(deserialize = "'de: 'a"))]
struct RawDataset<'a> {
    format: Value<'a>,
    unit: Value<'a>,
    as_of: Value<'a>,
    term_start: Value<'a>,
    profile: Value<'a>,
    profiles: Value<'a>,
    report: Value<'a>,
    titles: Rows<RawTitle<'a>>,
    people: Later<'a>,
    /// Issue 17: the units of a dataset of many units.
    units: Value<'a>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default, bound(deserialize = "'de: 'a"))]
struct RawTitle<'a> {
    id: Value<'a>,
    name: Value<'a>,
    group: Value<'a>,
    seats: Value<'a>,
    rank: Value<'a>,
    /// Issue 17.
    unit: Value<'a>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase", bound(deserialize = "'de: 'a"))]
struct RawPerson<'a> {
    id: Value<'a>,
    name: Value<'a>,
    sex: Value<'a>,
    birth: Value<'a>,
    ethnic_minority: Value<'a>,
    local: Value<'a>,
    education: Value<'a>,
    political_theory: Value<'a>,
    current: Value<'a>,
    planned: Value<'a>,
    retire_at60: Value<'a>,
    retirement_date: Value<'a>,
    candidacy: Value<'a>,
    candidacy_for: Value<'a>,
    post_since: Value<'a>,
    appointment: Value<'a>,
    rotation_date: Value<'a>,
    discipline: Value<'a>,
    /// Issue 17.
    unit: Value<'a>,
}

/// What is wrong with one field of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The row is not an object; carries what it is.
    NotAnObject(&'static str),
    /// A required field is absent or null.
    Missing,
    /// The field holds the wrong type of value.
    WrongType { expected: &'static str },
    /// A date that cannot be read.
    BadDate(DateError),
    /// A birth after the review date.
    BirthAfterAsOf(Date),
    /// A birth that makes an age below [`MIN_AGE`] or above [`MAX_AGE`] at
    /// the review date: a typo ("1075") or an Excel serial 1 (01/01/1900),
    /// not a cadre in office. Carries the age in years and the review date.
    AgeOutside { years: i32, as_of: Date },
    /// A value outside the field's enumeration.
    NotInEnum(&'static [&'static str]),
    /// A title id that no title has.
    UnknownTitle(String),
    /// A title id whose title row was itself rejected.
    RejectedTitle(String),
    /// An id already used by an earlier row (its index).
    DuplicateId(usize),
    /// Seats or rank that is not a whole number ≥ 0.
    NotWholeNumber,
    /// A date (a decided retirement) not after the birth.
    BeforeBirth,
    /// Text with a lone UTF-16 surrogate escape (half of an emoji cut off),
    /// shown with U+FFFD in its place.
    LoneSurrogate,
    /// A value nested deeper than the JSON reader follows (126 levels).
    TooDeep,
    /// The same key twice in one row.
    DuplicateKey,
    /// A row the JSON reader cannot read for another reason (its words).
    Unreadable(String),
    // Issue 17: units.
    /// A unit id that no unit has.
    UnknownUnit(String),
    /// A unit id whose unit row was itself rejected.
    RejectedUnit(String),
    /// A unit's parent chain comes back to the unit (carries the chain's ids).
    ParentCycle(Vec<String>),
}

/// A problem in one field of one row of `people` or `titles`.
#[derive(Clone, Debug, PartialEq)]
pub struct RowProblem {
    /// The index of the row in its list.
    pub index: usize,
    /// The row's id, when it has a readable one.
    pub id: Option<String>,
    /// The field, as the contract names it.
    pub field: &'static str,
    /// The offending value as it appeared (empty when absent).
    pub value: String,
    pub problem: Problem,
}

/// A title listed twice in one person's `current` or `planned`: the repeat is
/// counted once and reported as a warning.
#[derive(Clone, Debug, PartialEq)]
pub struct RepeatedTitle {
    pub index: usize,
    pub id: String,
    pub field: &'static str,
    pub title: String,
}

/// The result of reading a dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub dataset: Dataset,
    /// Number of rows in `people`, read or not.
    pub rows: usize,
    /// Problems of `people` rows; each such row is left out. Only the rows of
    /// the first [`MAX_LISTED_ROWS`] rows with problems are listed; the rest
    /// are counted in `unlisted`.
    pub people_problems: Vec<RowProblem>,
    /// Rows of `people` left out, listed or not.
    pub excluded_rows: usize,
    /// Rows left out beyond the listed ones: how many, and per field the
    /// rows with a problem in it.
    pub unlisted: Unlisted,
    /// Problems of `titles` rows; each such title is left out.
    pub title_problems: Vec<RowProblem>,
    pub repeated_titles: Vec<RepeatedTitle>,
    /// Issue 17: problems of `units` rows.
    pub unit_problems: Vec<crate::units::UnitProblem>,
}

/// Rows left out and not listed one by one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unlisted {
    pub rows: usize,
    /// (field, rows with a problem in it), in the order the fields were met.
    pub fields: Vec<(&'static str, usize)>,
}

/// The most rows left out that are listed one by one (a finding and an
/// `excluded` entry each): a million bad rows would make a report larger
/// than a browser can take; those beyond are counted by field instead.
pub const MAX_LISTED_ROWS: usize = 50_000;

/// Overrides and defaults for the dataset-level fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadOptions {
    /// Replaces the dataset's `asOf`.
    pub as_of: Option<Date>,
    /// Replaces the dataset's `profile`.
    pub profile: Option<String>,
    /// Used when neither the dataset nor the options give `asOf`.
    pub default_as_of: Option<Date>,
}

const LEVELS: &[&str] = &[
    "central",
    "province",
    "district",
    "above-grassroots",
    "commune",
    "grassroots",
];
const CANDIDACY: &[&str] = &["first", "reelection"];
const CANDIDACY_FOR: &[&str] = &["committee", "deputy-secretary", "government"];
const DISCIPLINE: &[&str] = &["reprimand", "warning", "dismissal"];
const GROUPS: &[&str] = &["committee", "standing", "key", "leader", "other"];
const SEXES: &[&str] = &["M", "F"];
const EDUCATION: &[&str] = &[
    "doctorate",
    "master",
    "university",
    "college",
    "vocational",
    "none",
];
const POLITICAL_THEORY: &[&str] = &["advanced", "intermediate", "elementary", "none"];

/// Reads a dataset from JSON text.
///
/// ```
/// use qhcb::input::{read, ReadOptions};
/// let json = r#"{"format":"qhcb/1","asOf":"2025-01-01","titles":[],
///   "people":[{"id":"a","sex":"M","birth":"1970"},{"id":"b","sex":"X","birth":"1970"}]}"#;
/// let reading = read(json, &ReadOptions::default()).unwrap();
/// assert_eq!(reading.dataset.people.len(), 1);
/// assert_eq!(reading.people_problems[0].field, "sex");
/// ```
pub fn read(json: &str, options: &ReadOptions) -> Result<Reading, Error> {
    let raw = match serde_json::from_str::<Row<RawDataset>>(json) {
        Ok(Row::Record(raw)) => raw,
        Ok(Row::NotAnObject(kind)) => return Err(Error::NotAnObject(kind)),
        Err(e) => return Err(Error::Json(e.to_string())),
    };
    read_raw(raw, options)
}

fn read_raw(raw: RawDataset<'_>, options: &ReadOptions) -> Result<Reading, Error> {
    check_format(&raw.format)?;
    let people_json = match raw.people {
        Later(None) => return Err(Error::NoPeople),
        Later(Some(json)) => json.get(),
    };
    if kind_of(people_json) != "a list" {
        return Err(Error::NotAList {
            field: "people",
            found: kind_of(people_json),
        });
    }
    let title_rows = match raw.titles {
        Rows::Missing => Vec::new(),
        Rows::Read(Listing::List(_), rows) => rows,
        Rows::Read(Listing::TooMany(count), _) => {
            return Err(Error::TooManyRows {
                field: "titles",
                count,
                limit: MAX_ROWS,
            })
        }
        Rows::Read(Listing::NotAList(found), _) => {
            return Err(Error::NotAList {
                field: "titles",
                found,
            })
        }
    };
    let as_of = match options.as_of {
        Some(date) => date,
        None => read_as_of(&raw.as_of, options.default_as_of)?,
    };
    let term_start = read_term_start(&raw.term_start)?;
    let profile = match &options.profile {
        Some(id) => Some(id.clone()),
        None => optional_text(&raw.profile, "profile")?,
    };
    let unit = read_unit(&raw.unit)?;
    // Issue 17: the units, before the titles that name them.
    let (units, unit_problems) = crate::units::read_units(&raw.units)?;
    let unit_ids = crate::units::UnitIds::new(&units, &unit_problems);
    let custom_profiles = crate::profile::custom::read(&raw.profiles)?;
    let raw_report = raw.report;

    let mut title_problems = Vec::new();
    let titles = read_titles(title_rows, &mut title_problems, &unit_ids);
    let rejected_titles: Vec<String> = title_problems.iter().filter_map(|p| p.id.clone()).collect();
    let mut people_reader = PeopleReader {
        title_index: titles
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect(),
        rejected_titles: &rejected_titles,
        as_of,
        seen_ids: FastMap::with_capacity_and_hasher(
            (people_json.len() / 128).min(MAX_ROWS),
            Default::default(),
        ),
        problems: Vec::new(),
        repeated: Vec::new(),
        excluded_rows: 0,
        unlisted: Unlisted::default(),
        unit_ids: &unit_ids,
    };
    // A guess from the text's length (a row takes 100 bytes or more) saves
    // regrowing the list of millions.
    let mut people: Vec<Person> = Vec::with_capacity((people_json.len() / 128).min(MAX_ROWS));
    let streamed = de::DeserializeSeed::deserialize(
        EachRow::new(|index, row| {
            if let Some(person) = people_reader.read(index, row) {
                people.push(person);
            }
        }),
        &mut serde_json::Deserializer::from_str(people_json),
    );
    let listing = match streamed {
        Ok(listing) => listing,
        // A row the stream could not read (a lone surrogate, nesting too
        // deep, a key twice): read again row by row, so that such a row is
        // that row's problem and every other row is still read.
        Err(e) => {
            people.clear();
            people_reader.reset();
            read_one_by_one(people_json, &mut people_reader, &mut people)
                .ok_or_else(|| Error::Json(e.to_string()))?
        }
    };
    let rows = match listing {
        Listing::List(rows) => rows,
        Listing::TooMany(count) => {
            return Err(Error::TooManyRows {
                field: "people",
                count,
                limit: MAX_ROWS,
            })
        }
        Listing::NotAList(found) => {
            return Err(Error::NotAList {
                field: "people",
                found,
            })
        }
    };
    // Issue 17: a person without `unit` belongs to the unit of their first current title.
    if !units.is_empty() {
        for person in people.iter_mut().filter(|p| p.unit.is_none()) {
            person.unit = person.current.first().and_then(|&t| titles[t].unit);
        }
    }
    let PeopleReader {
        problems,
        repeated,
        excluded_rows,
        unlisted,
        ..
    } = people_reader;
    Ok(Reading {
        dataset: Dataset {
            unit,
            as_of,
            term_start,
            profile,
            titles,
            people,
            custom_profiles,
            report: crate::model::ReportSettings::read(&raw_report),
            units,
        },
        rows,
        people_problems: problems,
        excluded_rows,
        unlisted,
        title_problems,
        repeated_titles: repeated,
        unit_problems,
    })
}

fn check_format(format: &Value) -> Result<(), Error> {
    match format {
        // A dataset without a format is read as the current one.
        Value::Missing | Value::Null => Ok(()),
        Value::Text(f) if f == FORMAT => Ok(()),
        other => Err(Error::UnknownFormat(other.show())),
    }
}

fn read_as_of(value: &Value, default: Option<Date>) -> Result<Date, Error> {
    match value {
        Value::Missing | Value::Null => default.ok_or(Error::MissingAsOf),
        Value::Text(text) => PartialDate::parse(text)
            .map(PartialDate::date)
            .map_err(|reason| Error::BadDate {
                field: "asOf",
                value: text.to_string(),
                reason,
            }),
        other => Err(Error::WrongType {
            field: "asOf",
            expected: "a date YYYY-MM-DD",
            found: other.kind(),
        }),
    }
}

fn read_term_start(value: &Value) -> Result<Option<crate::date::YearMonth>, Error> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => PartialDate::parse(text)
            .map(|d| Some(d.date().year_month()))
            .map_err(|reason| Error::BadDate {
                field: "termStart",
                value: text.to_string(),
                reason,
            }),
        other => Err(Error::WrongType {
            field: "termStart",
            expected: "a month YYYY-MM",
            found: other.kind(),
        }),
    }
}

fn optional_text(value: &Value, field: &'static str) -> Result<Option<String>, Error> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => Ok(Some(text.to_string())),
        other => Err(Error::WrongType {
            field,
            expected: "text",
            found: other.kind(),
        }),
    }
}

fn read_unit(value: &Value) -> Result<Unit, Error> {
    match value {
        Value::Missing | Value::Null | Value::Object(_) => {}
        other => {
            return Err(Error::WrongType {
                field: "unit",
                expected: "an object",
                found: other.kind(),
            })
        }
    }
    let name = optional_text(value.get("name"), "unit.name")?;
    let level = match value.get("level") {
        // Without a level the unit is read as provincial: the young threshold
        // (40) is then the one of every level but the central one.
        Value::Missing | Value::Null => Level::Province,
        Value::Text(text) => {
            let position =
                LEVELS
                    .iter()
                    .position(|l| l == text)
                    .ok_or_else(|| Error::NotInEnum {
                        field: "unit.level",
                        value: text.to_string(),
                        allowed: LEVELS,
                    })?;
            Level::ALL[position]
        }
        other => {
            return Err(Error::WrongType {
                field: "unit.level",
                expected: "text",
                found: other.kind(),
            })
        }
    };
    let formed = match value.get("formed") {
        Value::Missing | Value::Null => None,
        Value::Text(text) => Some(PartialDate::parse(text).map(PartialDate::date).map_err(
            |reason| Error::BadDate {
                field: "unit.formed",
                value: text.to_string(),
                reason,
            },
        )?),
        other => {
            return Err(Error::WrongType {
                field: "unit.formed",
                expected: "a date YYYY-MM-DD",
                found: other.kind(),
            })
        }
    };
    let planning_approved = match value.get("planningApproved") {
        Value::Missing | Value::Null => None,
        Value::Bool(b) => Some(*b),
        other => {
            return Err(Error::WrongType {
                field: "unit.planningApproved",
                expected: "true or false",
                found: other.kind(),
            })
        }
    };
    Ok(Unit {
        name,
        level,
        formed,
        planning_approved,
    })
}

/// An id: text, or a whole number written as text.
fn read_id(value: &Value) -> Result<String, Problem> {
    match value {
        Value::Text(t) if !t.trim().is_empty() => Ok(t.to_string()),
        Value::Number(n) if n.fract() == 0.0 => Ok(number_text(*n)),
        Value::Missing | Value::Null => Err(Problem::Missing),
        Value::Text(_) => Err(Problem::Missing),
        _ => Err(Problem::WrongType { expected: "text" }),
    }
}

fn read_enum<T: Copy>(
    value: &Value,
    allowed: &'static [&'static str],
    variants: &[T],
) -> Result<Option<T>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => allowed
            .iter()
            .position(|a| a == text)
            .map(|i| Some(variants[i]))
            .ok_or(Problem::NotInEnum(allowed)),
        _ => Err(Problem::NotInEnum(allowed)),
    }
}

fn read_bool(value: &Value, default: bool) -> Result<bool, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(default),
        Value::Bool(b) => Ok(*b),
        _ => Err(Problem::WrongType {
            expected: "true or false",
        }),
    }
}

/// An optional date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (missing parts as the 1st).
fn read_date(value: &Value) -> Result<Option<Date>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(text) => PartialDate::parse(text)
            .map(|d| Some(d.date()))
            .map_err(Problem::BadDate),
        _ => Err(Problem::WrongType {
            expected: "a date YYYY, YYYY-MM or YYYY-MM-DD",
        }),
    }
}

/// A decided retirement date: "YYYY-MM" or "YYYY-MM-DD" (a year alone is
/// not a decision), after the birth.
fn read_retirement_date(
    value: &Value,
    birth: Option<&PartialDate>,
) -> Result<Option<PartialDate>, Problem> {
    let date = match value {
        Value::Missing | Value::Null => return Ok(None),
        Value::Text(text) if text.trim().is_empty() => return Ok(None),
        Value::Text(text) => PartialDate::parse(text).map_err(Problem::BadDate)?,
        _ => {
            return Err(Problem::WrongType {
                expected: "a date YYYY-MM or YYYY-MM-DD",
            })
        }
    };
    if date.precision() == Precision::Year {
        return Err(Problem::WrongType {
            expected: "a date YYYY-MM or YYYY-MM-DD",
        });
    }
    if let Some(birth) = birth {
        if date.date().year_month() <= birth.date().year_month() {
            return Err(Problem::BeforeBirth);
        }
    }
    Ok(Some(date))
}

fn read_name(value: &Value) -> Result<Option<String>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Text(t) => Ok(Some(t.to_string())),
        _ => Err(Problem::WrongType { expected: "text" }),
    }
}

fn read_whole(value: &Value) -> Result<Option<i64>, Problem> {
    match value {
        Value::Missing | Value::Null => Ok(None),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e12 => Ok(Some(*n as i64)),
        _ => Err(Problem::NotWholeNumber),
    }
}

fn read_titles(
    rows: Vec<Row<RawTitle>>,
    problems: &mut Vec<RowProblem>,
    unit_ids: &crate::units::UnitIds,
) -> Vec<Title> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut titles = Vec::with_capacity(rows.len());
    for (index, row) in rows.into_iter().enumerate() {
        let raw = match row {
            Row::Record(raw) => raw,
            Row::NotAnObject(kind) => {
                problems.push(RowProblem {
                    index,
                    id: None,
                    field: "",
                    value: String::new(),
                    problem: Problem::NotAnObject(kind),
                });
                continue;
            }
        };
        let before = problems.len();
        let mut fail =
            |field: &'static str, value: &Value, problem: Problem, id: &Option<String>| {
                problems.push(RowProblem {
                    index,
                    id: id.clone(),
                    field,
                    value: value.show(),
                    problem,
                })
            };
        let id = read_id(&raw.id)
            .map_err(|p| fail("id", &raw.id, p, &None))
            .ok();
        if let Some(id) = &id {
            if let Some(&first) = seen.get(id) {
                fail(
                    "id",
                    &raw.id,
                    Problem::DuplicateId(first),
                    &Some(id.clone()),
                );
            } else {
                seen.insert(id.clone(), index);
            }
        }
        let name = read_name(&raw.name)
            .map_err(|p| fail("name", &raw.name, p, &id))
            .ok();
        let group = match read_enum(&raw.group, GROUPS, &Group::ALL) {
            Ok(Some(g)) => Some(g),
            Ok(None) => {
                fail("group", &raw.group, Problem::Missing, &id);
                None
            }
            Err(p) => {
                fail("group", &raw.group, p, &id);
                None
            }
        };
        let seats = match read_whole(&raw.seats) {
            Ok(Some(s)) if (0..=i64::from(u32::MAX)).contains(&s) => Some(s as u32),
            Ok(None) => {
                fail("seats", &raw.seats, Problem::Missing, &id);
                None
            }
            _ => {
                fail("seats", &raw.seats, Problem::NotWholeNumber, &id);
                None
            }
        };
        let rank = read_whole(&raw.rank)
            .map_err(|p| fail("rank", &raw.rank, p, &id))
            .ok();
        // Issue 17: the title's unit, required when the dataset has units.
        let unit = unit_ids
            .title_unit(&raw.unit)
            .map_err(|p| fail("unit", &raw.unit, p, &id))
            .ok();
        if problems.len() > before {
            continue;
        }
        // Every field was read above, or a problem was pushed and we continued.
        if let (Some(id), Some(name), Some(group), Some(seats), Some(rank), Some(unit)) =
            (id, name, group, seats, rank, unit)
        {
            titles.push(Title {
                id,
                name,
                group,
                seats,
                rank,
                unit,
            });
        }
    }
    titles
}

/// Reads `people` row by row, each row on its own: a row that cannot be
/// read is that row's problem. `None` when the list itself cannot be read.
fn read_one_by_one<'j>(
    json: &'j str,
    reader: &mut PeopleReader<'_, 'j>,
    people: &mut Vec<Person>,
) -> Option<Listing> {
    // Splitting into rows skips values without following their nesting.
    let rows: Vec<&'j serde_json::value::RawValue> = serde_json::from_str(json).ok()?;
    if rows.len() > MAX_ROWS {
        return Some(Listing::TooMany(rows.len()));
    }
    for (index, raw) in rows.iter().enumerate() {
        match serde_json::from_str::<Row<RawPerson<'j>>>(raw.get()) {
            Ok(row) => {
                if let Some(person) = reader.read(index, row) {
                    people.push(person);
                }
            }
            Err(e) => reader.unreadable(index, raw.get(), &e),
        }
    }
    Some(Listing::List(rows.len()))
}

/// The keys of a JSON object with the text of each value, without reading
/// the values (empty when the text is not an object).
fn top_level_entries(text: &str) -> Vec<(String, &str)> {
    struct Entries<'a>(Vec<(String, &'a str)>);
    impl<'de> Deserialize<'de> for Entries<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Entries<'de>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Entries<'de>, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) =
                        map.next_entry::<String, &'de serde_json::value::RawValue>()?
                    {
                        out.push((k, v.get()));
                    }
                    Ok(Entries(out))
                }
            }
            d.deserialize_map(V)
        }
    }
    serde_json::from_str::<Entries>(text).map_or_else(|_| Vec::new(), |e| e.0)
}

/// The fields of a person, to name a field found by its key.
const PERSON_FIELDS: &[&str] = &[
    "id",
    "name",
    "sex",
    "birth",
    "ethnicMinority",
    "local",
    "education",
    "politicalTheory",
    "current",
    "planned",
    "retireAt60",
    "candidacy",
    "candidacyFor",
    "postSince",
    "appointment",
    "rotationDate",
    "discipline",
    "unit",
];

fn person_field(key: &str) -> &'static str {
    PERSON_FIELDS
        .iter()
        .find(|f| **f == key)
        .copied()
        .unwrap_or("")
}

/// JSON text with each `\u` escape of a lone UTF-16 surrogate (a cut-off
/// emoji) replaced by `\ufffd`, of the same length.
fn replace_lone_surrogates(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        let digits = bytes.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u32> {
        (bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(high @ 0xD800..=0xDBFF) if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) => {
                let _ = high;
                i += 12;
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&text[last..i]);
                out.push_str("\\ufffd");
                i += 6;
                last = i;
            }
            Some(_) => i += 6,
            // Any other escape: the backslash and the next character.
            None => i += 2,
        }
    }
    out.push_str(&text[last..]);
    out
}

struct PeopleReader<'a, 'j> {
    title_index: FastMap<&'a str, usize>,
    rejected_titles: &'a [String],
    as_of: Date,
    /// Every id met so far, with the index of its first row.
    seen_ids: FastMap<Cow<'j, str>, usize>,
    problems: Vec<RowProblem>,
    repeated: Vec<RepeatedTitle>,
    excluded_rows: usize,
    unlisted: Unlisted,
    /// Issue 17: the dataset's unit ids.
    unit_ids: &'a crate::units::UnitIds,
}

impl<'j> PeopleReader<'_, 'j> {
    /// Forgets every row read, to read them again.
    fn reset(&mut self) {
        self.seen_ids.clear();
        self.problems.clear();
        self.repeated.clear();
        self.excluded_rows = 0;
        self.unlisted = Unlisted::default();
    }

    /// Reads one row: a person, or `None` with its problems recorded.
    fn read(&mut self, index: usize, row: Row<RawPerson<'j>>) -> Option<Person> {
        let before = self.problems.len();
        let person = self.read_row(index, row);
        if self.problems.len() > before {
            self.left_out(before);
        }
        person
    }

    /// Counts a row left out; beyond [`MAX_LISTED_ROWS`] its problems are
    /// counted by field instead of kept.
    fn left_out(&mut self, before: usize) {
        self.excluded_rows += 1;
        if self.excluded_rows <= MAX_LISTED_ROWS {
            return;
        }
        self.unlisted.rows += 1;
        let mut fields: Vec<&'static str> =
            self.problems[before..].iter().map(|p| p.field).collect();
        fields.dedup();
        for field in fields {
            match self.unlisted.fields.iter_mut().find(|(f, _)| *f == field) {
                Some((_, n)) => *n += 1,
                None => self.unlisted.fields.push((field, 1)),
            }
        }
        self.problems.truncate(before);
    }

    /// A row the JSON reader could not read: its problem, with the field
    /// at fault when it can be found.
    fn unreadable(&mut self, index: usize, text: &str, error: &serde_json::Error) {
        let before = self.problems.len();
        let message = error.to_string();
        let (problem, fixed) = if message.contains("surrogate")
            || message.contains("unicode code point")
            || message.contains("end of hex escape")
        {
            (Problem::LoneSurrogate, Some(replace_lone_surrogates(text)))
        } else if message.contains("recursion limit") {
            (Problem::TooDeep, None)
        } else if message.starts_with("duplicate field") {
            (Problem::DuplicateKey, None)
        } else {
            (Problem::Unreadable(message.clone()), None)
        };
        let text = fixed.as_deref().unwrap_or(text);
        let entries = top_level_entries(text);
        let id = entries.iter().find(|(k, _)| k == "id").and_then(|(_, v)| {
            match serde_json::from_str::<serde_json::Value>(v) {
                Ok(serde_json::Value::String(s)) => Some(s),
                Ok(serde_json::Value::Number(n)) => Some(n.to_string()),
                _ => None,
            }
        });
        // The field at fault: the key named twice, or the first whose value
        // cannot be read alone.
        let culprit = match &problem {
            Problem::DuplicateKey => message
                .split('`')
                .nth(1)
                .and_then(|name| entries.iter().find(|(k, _)| k == name)),
            Problem::LoneSurrogate => entries
                .iter()
                .find(|(_, v)| v.contains("\\ufffd") || v.contains("\\uFFFD")),
            _ => entries
                .iter()
                .find(|(_, v)| serde_json::from_str::<Value>(v).is_err()),
        };
        let (field, value) = match culprit {
            Some((key, raw)) => {
                let shown = serde_json::from_str::<Value>(raw)
                    .map(|v| v.show())
                    .unwrap_or_default();
                (person_field(key), shown)
            }
            None => ("", String::new()),
        };
        self.problems.push(RowProblem {
            index,
            id,
            field,
            value,
            problem,
        });
        self.left_out(before);
    }

    fn read_row(&mut self, index: usize, row: Row<RawPerson<'j>>) -> Option<Person> {
        let raw = match row {
            Row::Record(raw) => raw,
            Row::NotAnObject(kind) => {
                self.problems.push(RowProblem {
                    index,
                    id: None,
                    field: "",
                    value: String::new(),
                    problem: Problem::NotAnObject(kind),
                });
                return None;
            }
        };
        let before = self.problems.len();
        let id = match read_id(&raw.id) {
            Ok(id) => Some(id),
            Err(p) => {
                self.fail(index, &None, "id", &raw.id, p);
                None
            }
        };
        if let Some(id) = &id {
            match self.seen_ids.get(id.as_str()) {
                Some(&first) => self.fail(
                    index,
                    &Some(id.clone()),
                    "id",
                    &raw.id,
                    Problem::DuplicateId(first),
                ),
                None => {
                    // The id as the text has it, without a copy when it can.
                    let key = match &raw.id {
                        Value::Text(Cow::Borrowed(text)) => Cow::Borrowed(*text),
                        _ => Cow::Owned(id.clone()),
                    };
                    self.seen_ids.insert(key, index);
                }
            }
        }
        let sex = read_enum(&raw.sex, SEXES, &[Sex::Male, Sex::Female])
            .and_then(|sex| sex.ok_or(Problem::Missing));
        let birth = self.birth(&raw.birth);
        let name = self.keep(index, &id, "name", &raw.name, read_name(&raw.name));
        let sex = self.keep(index, &id, "sex", &raw.sex, sex);
        let birth = self.keep(index, &id, "birth", &raw.birth, birth);
        let ethnic_minority = self.keep(
            index,
            &id,
            "ethnicMinority",
            &raw.ethnic_minority,
            read_bool(&raw.ethnic_minority, false),
        );
        let local = self.keep(index, &id, "local", &raw.local, read_bool(&raw.local, true));
        let education = self.keep(
            index,
            &id,
            "education",
            &raw.education,
            read_enum(&raw.education, EDUCATION, &Education::ALL),
        );
        let political_theory = self.keep(
            index,
            &id,
            "politicalTheory",
            &raw.political_theory,
            read_enum(
                &raw.political_theory,
                POLITICAL_THEORY,
                &PoliticalTheory::ALL,
            ),
        );
        let retire_at_60 = self.keep(
            index,
            &id,
            "retireAt60",
            &raw.retire_at60,
            read_bool(&raw.retire_at60, false),
        );
        let retirement_date = self.keep(
            index,
            &id,
            "retirementDate",
            &raw.retirement_date,
            read_retirement_date(&raw.retirement_date, birth.as_ref()),
        );
        let current = self.title_list(index, &id, "current", &raw.current);
        let planned = self.title_list(index, &id, "planned", &raw.planned);
        let candidacy = self.keep(
            index,
            &id,
            "candidacy",
            &raw.candidacy,
            read_enum(
                &raw.candidacy,
                CANDIDACY,
                &[Candidacy::First, Candidacy::Reelection],
            ),
        );
        let candidacy_for = self.keep(
            index,
            &id,
            "candidacyFor",
            &raw.candidacy_for,
            read_enum(
                &raw.candidacy_for,
                CANDIDACY_FOR,
                &[
                    CandidacyFor::Committee,
                    CandidacyFor::DeputySecretary,
                    CandidacyFor::Government,
                ],
            ),
        );
        let post_since = self.keep(
            index,
            &id,
            "postSince",
            &raw.post_since,
            read_date(&raw.post_since),
        );
        let rotation_date = self.keep(
            index,
            &id,
            "rotationDate",
            &raw.rotation_date,
            read_date(&raw.rotation_date),
        );
        let appointment = self.appointment(index, &id, &raw.appointment);
        let discipline = self.discipline(index, &id, &raw.discipline);
        // Issue 17: the unit the person belongs to (optional).
        let unit = self.keep(
            index,
            &id,
            "unit",
            &raw.unit,
            self.unit_ids.person_unit(&raw.unit),
        );
        if self.problems.len() > before {
            return None;
        }
        Some(Person {
            index,
            id: id?,
            name: name?,
            sex: sex?,
            birth: birth?,
            ethnic_minority: ethnic_minority?,
            local: local?,
            education: education?,
            political_theory: political_theory?,
            current: current?,
            planned: planned?,
            retire_at_60: retire_at_60?,
            retirement_date: retirement_date?,
            candidacy: candidacy?,
            candidacy_for: candidacy_for?.unwrap_or(CandidacyFor::Committee),
            post_since: post_since?,
            appointment: appointment?,
            rotation_date: rotation_date?,
            discipline: discipline?,
            unit: unit?,
        })
    }

    /// `appointment: { title, dossierDate, outside }`, all but `outside` required.
    fn appointment(
        &mut self,
        index: usize,
        id: &Option<String>,
        value: &Value,
    ) -> Option<Option<Appointment>> {
        match value {
            Value::Missing | Value::Null => return Some(None),
            Value::Object(_) => {}
            other => {
                self.fail(
                    index,
                    id,
                    "appointment",
                    other,
                    Problem::WrongType {
                        expected: "an object",
                    },
                );
                return None;
            }
        }
        let title_value = value.get("title");
        let title = match title_value {
            Value::Text(key) => match self.title_index.get(key.as_ref()) {
                Some(&t) => Ok(t),
                None => Err(Problem::UnknownTitle(key.to_string())),
            },
            Value::Missing | Value::Null => Err(Problem::Missing),
            _ => Err(Problem::WrongType {
                expected: "a title id",
            }),
        };
        let title = self.keep(index, id, "appointment.title", title_value, title);
        let date_value = value.get("dossierDate");
        let dossier_date = read_date(date_value).and_then(|d| d.ok_or(Problem::Missing));
        let dossier_date = self.keep(
            index,
            id,
            "appointment.dossierDate",
            date_value,
            dossier_date,
        );
        let outside_value = value.get("outside");
        let outside = self.keep(
            index,
            id,
            "appointment.outside",
            outside_value,
            read_bool(outside_value, false),
        );
        Some(Some(Appointment {
            title: title?,
            dossier_date: dossier_date?,
            outside: outside?,
        }))
    }

    /// `discipline: [{ level, date }]`.
    fn discipline(
        &mut self,
        index: usize,
        id: &Option<String>,
        value: &Value,
    ) -> Option<Vec<Discipline>> {
        let items = match value {
            Value::Missing | Value::Null => return Some(Vec::new()),
            Value::List(items) => items,
            other => {
                self.fail(
                    index,
                    id,
                    "discipline",
                    other,
                    Problem::WrongType { expected: "a list" },
                );
                return None;
            }
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            let level_value = item.get("level");
            let level = read_enum(level_value, DISCIPLINE, &DisciplineLevel::ALL)
                .and_then(|l| l.ok_or(Problem::Missing));
            let level = self.keep(index, id, "discipline.level", level_value, level);
            let date_value = item.get("date");
            let date = read_date(date_value).and_then(|d| d.ok_or(Problem::Missing));
            let date = self.keep(index, id, "discipline.date", date_value, date);
            let end_value = item.get("endDate");
            let end = self.keep(
                index,
                id,
                "discipline.endDate",
                end_value,
                read_date(end_value),
            );
            match (level, date, end) {
                (Some(level), Some(date), Some(end)) => out.push(Discipline { level, date, end }),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn fail(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
        problem: Problem,
    ) {
        self.problems.push(RowProblem {
            index,
            id: id.clone(),
            field,
            value: value.show(),
            problem,
        });
    }

    /// Keeps a field's value, or records its problem.
    fn keep<T>(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
        read: Result<T, Problem>,
    ) -> Option<T> {
        match read {
            Ok(v) => Some(v),
            Err(problem) => {
                self.fail(index, id, field, value, problem);
                None
            }
        }
    }

    fn birth(&self, value: &Value) -> Result<PartialDate, Problem> {
        let birth = match value {
            Value::Missing | Value::Null => return Err(Problem::Missing),
            Value::Text(text) => PartialDate::parse(text).map_err(Problem::BadDate)?,
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => {
                PartialDate::from_year(*n as i32).map_err(Problem::BadDate)?
            }
            _ => {
                return Err(Problem::WrongType {
                    expected: "a date YYYY, YYYY-MM or YYYY-MM-DD",
                })
            }
        };
        if birth.date() > self.as_of {
            return Err(Problem::BirthAfterAsOf(self.as_of));
        }
        let years = crate::age::age_on(birth.date(), self.as_of).map_or(0, |a| a.years);
        if !(MIN_AGE..=MAX_AGE).contains(&years) {
            return Err(Problem::AgeOutside {
                years,
                as_of: self.as_of,
            });
        }
        Ok(birth)
    }

    /// Reads a list of title ids into title indexes, without repeats.
    fn title_list(
        &mut self,
        index: usize,
        id: &Option<String>,
        field: &'static str,
        value: &Value,
    ) -> Option<Vec<usize>> {
        let items = match value {
            Value::Missing | Value::Null => return Some(Vec::new()),
            Value::List(items) => items,
            _ => {
                self.fail(
                    index,
                    id,
                    field,
                    value,
                    Problem::WrongType {
                        expected: "a list of title ids",
                    },
                );
                return None;
            }
        };
        let mut resolved: Vec<usize> = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            let key = match item {
                Value::Text(t) => Cow::Borrowed(t.as_ref()),
                Value::Number(n) if n.fract() == 0.0 => Cow::Owned(number_text(*n)),
                other => {
                    self.fail(
                        index,
                        id,
                        field,
                        other,
                        Problem::WrongType {
                            expected: "a title id",
                        },
                    );
                    ok = false;
                    continue;
                }
            };
            match self.title_index.get(key.as_ref()) {
                Some(&t) if resolved.contains(&t) => self.repeated.push(RepeatedTitle {
                    index,
                    id: id.clone().unwrap_or_default(),
                    field,
                    title: key.into_owned(),
                }),
                Some(&t) => resolved.push(t),
                None => {
                    let key = key.into_owned();
                    let problem = if self.rejected_titles.contains(&key) {
                        Problem::RejectedTitle(key)
                    } else {
                        Problem::UnknownTitle(key)
                    };
                    self.fail(index, id, field, item, problem);
                    ok = false;
                }
            }
        }
        // A repeat noted for a row that is then rejected would be noise.
        if !ok || id.is_none() {
            self.repeated.retain(|r| r.index != index);
        }
        ok.then_some(resolved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_show_shortens_long_text() {
        let long = Value::Text("x".repeat(100).into());
        assert_eq!(long.show().chars().count(), 61);
    }

    #[test]
    fn whole_numbers_read_as_ids_without_decimals() {
        assert_eq!(read_id(&Value::Number(42.0)), Ok("42".to_owned()));
        assert_eq!(
            read_id(&Value::Number(4.5)),
            Err(Problem::WrongType { expected: "text" })
        );
    }
}
