//! The report's shape (contract v1 and its extensions): what `analyze`
//! returns, field by field, and the options it takes.

use serde::Serialize;

use crate::age::Age;
use crate::cohort::Cohorts;
use crate::date::Date;
use crate::lang::Lang;
use crate::planning::{GroupStats, TitleStats};
use crate::profile::Profile;
use crate::rules::{Cutoff, Finding};
use crate::succession::Timeline;

/// Options of `analyze`, overriding the dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The review date, instead of the dataset's `asOf`.
    pub as_of: Option<Date>,
    /// A profile id, instead of the dataset's or the one in force at `asOf`.
    pub profile: Option<String>,
    /// The review date when neither the dataset nor `as_of` gives one (the
    /// page passes today's date; the domain never reads the clock).
    pub default_as_of: Option<Date>,
    /// The language of messages.
    pub lang: Lang,
    /// How the computed fields of each person are given.
    pub people: PeopleForm,
    /// Add the report an official files (`filing`): tables, the short list
    /// of people planned per title, header and closing.
    pub filing: bool,
}

/// How a report gives each person's computed fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PeopleForm {
    /// `people`: one object per person (contract v1).
    #[default]
    Rows,
    /// `peopleColumns`: one array per field, `people` left empty; what a
    /// national roster needs (no object and no string per person).
    Columns,
    /// Neither: only the aggregates and findings.
    None,
}

impl PeopleForm {
    /// The form named `rows`, `columns` or `none`.
    pub fn parse(name: &str) -> Option<PeopleForm> {
        match name {
            "rows" => Some(PeopleForm::Rows),
            "columns" => Some(PeopleForm::Columns),
            "none" => Some(PeopleForm::None),
            _ => None,
        }
    }
}

/// The computed fields of the analysed people, one array per field, in the
/// order of `people` in the dataset (rows left out are absent).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeopleColumns {
    /// The row of each analysed person in the dataset's `people`.
    pub index: Vec<u32>,
    pub age_years: Vec<u32>,
    pub age_months: Vec<u8>,
    /// The last day of the retirement month as the number yyyymmdd.
    pub retirement_date: Vec<u32>,
    pub months_left: Vec<i32>,
    /// Present when the dataset has a `termStart`.
    pub months_left_at_term_start: Option<Vec<i32>>,
    pub planned_count: Vec<u32>,
    /// 1 where the retirement date is a decided `retirementDate`, else 0.
    pub retirement_decided: Vec<u8>,
}

/// Computed fields of one analysed person.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonReport {
    /// The row of the person in the dataset's `people` (issue 15: exports
    /// join a row to its figures by this index, never by id, which an
    /// excluded duplicate row shares). Not in the JSON of contract v1;
    /// `peopleColumns.index` carries it there.
    #[serde(skip)]
    pub index: usize,
    pub id: String,
    pub age: Age,
    /// The last day of the retirement month, YYYY-MM-DD.
    pub retirement_date: String,
    /// Months from the review month to the retirement month.
    pub months_left: i32,
    /// Months from the term's first month to the retirement month.
    pub months_left_at_term_start: Option<i32>,
    /// Number of distinct titles the person is planned for.
    pub planned_count: u32,
    /// The retirement date is a decision given in the dataset
    /// (`retirementDate`), not the NĐ 135/2020 roadmap.
    pub retirement_decided: bool,
}

/// A row left out of the statistics, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Excluded {
    /// Index of the row in `people`.
    pub index: usize,
    pub id: Option<String>,
    pub reason: String,
    /// The fields at fault.
    pub fields: Vec<&'static str>,
    /// Issue 16: where an import read the row (`source` of the dataset's row).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::model::Source>,
}

/// How many rows were read.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RowCounts {
    pub rows: usize,
    pub analysed: usize,
    pub excluded: usize,
    /// Findings of severity "error" (a rule broken or a row unreadable).
    pub errors: usize,
    /// Findings of severity "warning".
    pub warnings: usize,
}

/// The report of contract v1, plus a few extensions (unit, termStart,
/// profileName, counts, version).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub as_of: String,
    pub profile: String,
    pub profile_name: String,
    pub unit: crate::model::Unit,
    pub term_start: Option<String>,
    /// Empty unless the people are asked for as rows (the default).
    pub people: Vec<PersonReport>,
    /// Present when the people are asked for as columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people_columns: Option<PeopleColumns>,
    pub cohorts: Cohorts,
    pub titles: Vec<TitleStats>,
    pub groups: Vec<GroupStats>,
    pub findings: Vec<Finding>,
    /// Each unit's own figures, in the order of the dataset's `units`
    /// (absent when the dataset has no units).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<crate::units::rollup::UnitReport>,
    /// The sums of the units of each level (absent without units).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<crate::units::rollup::LevelReport>,
    pub excluded: Vec<Excluded>,
    pub counts: RowCounts,
    /// Issue 16: which optional person fields the dataset records (true
    /// when a row of `people` gives the field a value): `local`,
    /// `hometown`, `ethnicMinority` (or `ethnicGroup`), `ethnicGroup`,
    /// `education`, `educationMajor`, `academicTitle`, `politicalTheory`,
    /// `otherPosts`. A share whose field is not recorded is "no data", not
    /// 0% (`cohorts.*.nonLocal` when `recorded.local` is false).
    pub recorded: crate::model::Recorded,
    /// The profile used, with every rule, its parameters and source.
    pub active_profile: Profile,
    /// Birth cut-off months of the profile's congress rules (empty without).
    pub cutoffs: Vec<Cutoff>,
    /// Incumbents reaching retirement in each year of the coming term.
    pub retirements: Timeline,
    pub version: &'static str,
    /// The report an official files, when asked for (built with the
    /// `filing` feature, which the file module has).
    #[cfg(feature = "filing")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filing: Option<crate::filing::shape::Filing>,
}
