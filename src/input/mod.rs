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

mod fields;
mod people;
pub mod problems;
pub(crate) mod rows;
pub mod rowwise;
mod titles;
pub mod value;

use crate::date::{Date, PartialDate};
use crate::error::Error;
use crate::kinds::{Expected, JsonKind};
use crate::model::{Dataset, Level, Person, Unit};
use crate::schema::Vocabulary;

pub use crate::model::Recorded;
pub use fields::{MAX_AGE, MIN_AGE};
pub(crate) use people::top_level_entries;
use people::{read_one_by_one, PeopleReader};
pub use problems::{InvalidValue, Problem, RepeatedTitle, RowProblem, Unlisted, MAX_LISTED_ROWS};
pub use rows::MAX_ROWS;
use rows::{kind_of, EachRow, Later, Listing, RawDataset, Row, Rows};
use titles::read_titles;
pub use value::Value;

/// The only format this version reads.
pub const FORMAT: &str = "qhcb/1";

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
    /// Problems of `units` rows.
    pub unit_problems: Vec<crate::units::read::UnitProblem>,
    /// Optional values of read rows kept as unknown (`invalid-value`
    /// warnings); only the first [`MAX_LISTED_ROWS`] are listed.
    pub invalid_values: Vec<InvalidValue>,
    /// Optional values kept as unknown beyond those listed.
    pub unlisted_invalid_values: usize,
    /// Which optional person fields the dataset records.
    pub recorded: Recorded,
    /// Where an import read the listed rows left out (their `source`), by
    /// row index in increasing order.
    pub excluded_sources: Vec<(usize, crate::model::Source)>,
}

impl Reading {
    /// Where an import read the row `index` left out, when it says.
    pub fn excluded_source(&self, index: usize) -> Option<&crate::model::Source> {
        self.excluded_sources
            .binary_search_by_key(&index, |(i, _)| *i)
            .ok()
            .map(|k| &self.excluded_sources[k].1)
    }
}

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
    if kind_of(people_json) != JsonKind::List {
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
    // The units, before the titles that name them.
    let (units, unit_problems) = crate::units::read::read_units(&raw.units)?;
    let unit_ids = crate::units::read::UnitIds::new(&units, &unit_problems);
    let custom_profiles = crate::profile::custom::read(&raw.profiles)?;
    let raw_report = raw.report;

    let mut title_problems = Vec::new();
    let titles = read_titles(title_rows, &mut title_problems, &unit_ids);
    let rejected_titles: Vec<String> = title_problems.iter().filter_map(|p| p.id.clone()).collect();
    let mut people_reader = PeopleReader::new(
        &titles,
        &rejected_titles,
        as_of,
        &unit_ids,
        (people_json.len() / 128).min(MAX_ROWS),
    );
    // A guess from the text's length (a row takes 100 bytes or more) saves
    // regrowing the list of millions.
    let mut people: Vec<Person> = Vec::with_capacity((people_json.len() / 128).min(MAX_ROWS));
    let streamed = serde::de::DeserializeSeed::deserialize(
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
    // A person without `unit` belongs to the unit of their first current title.
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
        invalid,
        unlisted_invalid,
        recorded,
        sources,
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
            report: read_report_settings(&raw_report),
            units,
        },
        rows,
        people_problems: problems,
        excluded_rows,
        unlisted,
        title_problems,
        repeated_titles: repeated,
        unit_problems,
        invalid_values: invalid,
        unlisted_invalid_values: unlisted_invalid,
        recorded,
        excluded_sources: sources,
    })
}

/// Reads the dataset's `report` object; anything that is not text is ignored.
fn read_report_settings(value: &Value) -> crate::model::ReportSettings {
    let text = |key: &str| match value.get(key) {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
        _ => None,
    };
    let recipients = match value.get("recipients") {
        Value::List(items) => items
            .iter()
            .filter_map(|i| match i {
                Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    crate::model::ReportSettings {
        superior: text("superior"),
        issuer: text("issuer"),
        number: text("number"),
        place_date: text("placeDate"),
        on_behalf: text("onBehalf"),
        signer_title: text("signerTitle"),
        signer: text("signer"),
        recipients,
    }
}

/// The level of a unit that names none (the schema's default: provincial).
fn default_level() -> Level {
    match crate::schema::fields::unit("level").and_then(|f| f.default) {
        Some(crate::schema::fields::Preset::Id(id)) => {
            Level::from_id(id).unwrap_or(Level::Province)
        }
        _ => Level::Province,
    }
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
            expected: Expected::Date,
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
            expected: Expected::Month,
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
            expected: Expected::Text,
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
                expected: Expected::Object,
                found: other.kind(),
            })
        }
    }
    let name = optional_text(value.get("name"), "unit.name")?;
    let level = match value.get("level") {
        // Without a level the unit is read at the schema's default level.
        Value::Missing | Value::Null => default_level(),
        Value::Text(text) => Level::from_id(text).ok_or_else(|| Error::NotInEnum {
            field: "unit.level",
            value: text.to_string(),
            allowed: Level::id_list(),
        })?,
        other => {
            return Err(Error::WrongType {
                field: "unit.level",
                expected: Expected::Text,
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
                expected: Expected::Date,
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
                expected: Expected::TrueOrFalse,
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

#[cfg(test)]
mod tests {
    use super::fields::read_id;
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
            Err(Problem::WrongType {
                expected: Expected::Text
            })
        );
    }
}
