//! `analyze`: from a dataset to the report of contract v1 — per-person ages
//! and working time left, cohorts, titles and groups, findings and the rows
//! left out.

use serde::Serialize;

use crate::age::{age_on, months_between, Age};
use crate::cohort::{CohortCounter, Cohorts};
use crate::date::{Date, YearMonth};
use crate::error::Error;
use crate::input::{self, ReadOptions, Reading};
use crate::messages::Lang;
use crate::model::{Dataset, Group, Level, Person};
use crate::planning::{group_stats, title_stats, GroupStats, TitleStats};
use crate::profile::{self, code, Profile};
use crate::retirement::{decided_retirement, retirement};
use crate::rules::{self, Cutoff, Finding};
use crate::succession::{timeline, Timeline};

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

impl PeopleColumns {
    fn of(people: &[Person], facts: &[Facts], term_start: bool) -> PeopleColumns {
        let n = people.len();
        let mut columns = PeopleColumns {
            index: Vec::with_capacity(n),
            age_years: Vec::with_capacity(n),
            age_months: Vec::with_capacity(n),
            retirement_date: Vec::with_capacity(n),
            months_left: Vec::with_capacity(n),
            months_left_at_term_start: term_start.then(|| Vec::with_capacity(n)),
            planned_count: Vec::with_capacity(n),
            retirement_decided: Vec::with_capacity(n),
        };
        for (person, fact) in people.iter().zip(facts) {
            let date = fact.retirement_date;
            columns.index.push(person.index as u32);
            columns
                .age_years
                .push(u32::try_from(fact.age.years).unwrap_or(0));
            columns.age_months.push(fact.age.months.clamp(0, 11) as u8);
            columns.retirement_date.push(
                (date.year().max(0) as u32) * 10_000
                    + u32::from(date.month()) * 100
                    + u32::from(date.day()),
            );
            columns.months_left.push(fact.months_left);
            if let Some(column) = &mut columns.months_left_at_term_start {
                column.push(fact.months_left_at_term_start.unwrap_or_default());
            }
            columns
                .planned_count
                .push(u32::try_from(person.planned.len()).unwrap_or(u32::MAX));
            columns.retirement_decided.push(u8::from(fact.decided));
        }
        columns
    }
}

/// Computed fields of one analysed person.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonReport {
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
}

/// How many rows were read.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RowCounts {
    pub rows: usize,
    pub analysed: usize,
    pub excluded: usize,
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
    /// Issue 17: each unit's own figures, in the order of the dataset's
    /// `units` (absent when the dataset has no units).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<crate::units::UnitReport>,
    /// Issue 17: the sums of the units of each level (absent without units).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<crate::units::LevelReport>,
    pub excluded: Vec<Excluded>,
    pub counts: RowCounts,
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
    pub filing: Option<crate::filing::Filing>,
}

/// Analyses a dataset given as JSON text.
///
/// ```
/// use qhcb::report::{analyze_json, Options};
/// let json = r#"{"format":"qhcb/1","asOf":"2025-12-01",
///   "titles":[{"id":"bt","name":"Bí thư","group":"key","seats":1}],
///   "people":[{"id":"a","sex":"F","birth":"1980-05","planned":["bt"]}]}"#;
/// let report = analyze_json(json, &Options::default()).unwrap();
/// assert_eq!(report.profile, "qd377-2025");
/// assert_eq!(report.people[0].age.years, 45);
/// assert_eq!(report.groups[0].multiple, Some(1.0));
/// ```
pub fn analyze_json(json: &str, options: &Options) -> Result<Report, Error> {
    let reading = input::read(
        json,
        &ReadOptions {
            as_of: options.as_of,
            profile: options.profile.clone(),
            default_as_of: options.default_as_of,
        },
    )?;
    analyze(reading, options)
}

/// Analyses a dataset that has been read (the options' review date and
/// profile have been applied by reading).
pub fn analyze(reading: Reading, options: &Options) -> Result<Report, Error> {
    let lang = options.lang;
    let dataset = &reading.dataset;
    let profile = profile::select(
        dataset.profile.as_deref(),
        dataset.as_of,
        &dataset.custom_profiles,
    )?;
    let facts: Vec<Facts> = dataset
        .people
        .iter()
        .map(|p| Facts::of(p, dataset))
        .collect();
    let under = young_under(&profile, dataset.unit.level);
    let cohorts = cohorts(dataset, &facts, under);
    let mut titles = title_stats(&dataset.titles, &dataset.people);
    for (person, fact) in dataset.people.iter().zip(&facts) {
        let woman = person.sex == crate::retirement::Sex::Female;
        let young = fact.age.years < under as i32;
        for &t in &person.planned {
            titles[t].planned_women += u32::from(woman);
            titles[t].planned_young += u32::from(young);
        }
    }
    let groups = group_stats(&titles, &dataset.people, &dataset.titles);
    // Issue 17: each unit's and level's figures, when the dataset has units.
    let rollup = (!dataset.units.is_empty())
        .then(|| crate::units::roll_up(dataset, &facts, &titles, &profile));
    let findings = rules::check(&rules::Context {
        reading: &reading,
        profile: &profile,
        facts: &facts,
        titles: &titles,
        groups: &groups,
        cohorts: &cohorts,
        lang,
        rollup: rollup.as_ref(),
    });
    let excluded = excluded(&reading, lang);
    let (units, levels) = rollup.map_or_else(Default::default, |r| (r.units, r.levels));
    #[allow(unused_mut)]
    let mut report = Report {
        as_of: dataset.as_of.to_string(),
        profile: profile.id.clone(),
        profile_name: profile.name.clone(),
        unit: dataset.unit.clone(),
        term_start: dataset.term_start.map(|t| t.to_string()),
        people: match options.people {
            PeopleForm::Rows => dataset
                .people
                .iter()
                .zip(&facts)
                .map(|(p, f)| f.report(p))
                .collect(),
            PeopleForm::Columns | PeopleForm::None => Vec::new(),
        },
        people_columns: (options.people == PeopleForm::Columns)
            .then(|| PeopleColumns::of(&dataset.people, &facts, dataset.term_start.is_some())),
        cohorts,
        titles,
        groups,
        findings,
        units,
        levels,
        counts: RowCounts {
            rows: reading.rows,
            analysed: dataset.people.len(),
            excluded: reading.excluded_rows,
        },
        excluded,
        cutoffs: rules::cutoffs(&profile),
        retirements: timeline(
            dataset,
            &facts.iter().map(|f| f.retirement).collect::<Vec<_>>(),
        ),
        active_profile: profile,
        version: env!("CARGO_PKG_VERSION"),
        #[cfg(feature = "filing")]
        filing: None,
    };
    #[cfg(feature = "filing")]
    if options.filing {
        report.filing = Some(crate::filing::filing(
            dataset,
            &facts,
            &report,
            lang,
            options.default_as_of,
        ));
    }
    Ok(report)
}

/// What is computed once per person and used by cohorts and rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Facts {
    pub age: Age,
    /// The retirement month used everywhere: the decided one, or the roadmap's.
    pub retirement: YearMonth,
    pub retirement_date: Date,
    pub months_left: i32,
    pub months_left_at_term_start: Option<i32>,
    /// The retirement month under the NĐ 135/2020 roadmap (and the older
    /// `retireAt60` flag), whether or not a decided date overrides it.
    pub roadmap: YearMonth,
    /// `retirement` comes from the person's decided `retirementDate`.
    pub decided: bool,
}

impl Facts {
    fn of(person: &Person, dataset: &Dataset) -> Facts {
        let birth = person.birth.date();
        let roadmap = retirement(person.sex, birth.year_month(), person.retire_at_60);
        let retired = match person.retirement_date {
            Some(decided) => decided_retirement(birth.year_month(), decided),
            None => roadmap,
        };
        Facts {
            // Input reading rejects births after asOf, so the age exists.
            age: age_on(birth, dataset.as_of).unwrap_or(Age {
                years: 0,
                months: 0,
            }),
            retirement: retired.month,
            retirement_date: retired.date,
            months_left: months_between(dataset.as_of.year_month(), retired.month),
            months_left_at_term_start: dataset
                .term_start
                .map(|start| months_between(start, retired.month)),
            roadmap: roadmap.month,
            decided: person.retirement_date.is_some(),
        }
    }

    fn report(&self, person: &Person) -> PersonReport {
        PersonReport {
            id: person.id.clone(),
            age: self.age,
            retirement_date: self.retirement_date.to_string(),
            months_left: self.months_left,
            months_left_at_term_start: self.months_left_at_term_start,
            planned_count: person.planned.len() as u32,
            retirement_decided: self.decided,
        }
    }
}

/// The profile's young threshold for the unit's level.
pub fn young_under(profile: &Profile, level: Level) -> u32 {
    let rule = profile.rule(code::YOUNG_SHARE);
    let param = |name, default: u32| {
        rule.and_then(|r| r.number(name))
            .filter(|v| (0.0..=150.0).contains(v))
            .map_or(default, |v| v as u32)
    };
    match level {
        Level::Central => param("underCentral", 45),
        _ => param("under", 40),
    }
}

fn cohorts(dataset: &Dataset, facts: &[Facts], young_under: u32) -> Cohorts {
    let groups: Vec<Group> = Group::ALL
        .into_iter()
        .filter(|g| dataset.titles.iter().any(|t| t.group == *g))
        .collect();
    // Slots: all, current, planned, then current:<g> and planned:<g> per group.
    let mut counters = vec![CohortCounter::default(); 3 + 2 * groups.len()];
    for (person, fact) in dataset.people.iter().zip(facts) {
        counters[0].add(person, fact.age);
        if !person.current.is_empty() {
            counters[1].add(person, fact.age);
        }
        if !person.planned.is_empty() {
            counters[2].add(person, fact.age);
        }
        for (g, group) in groups.iter().enumerate() {
            let in_group = |list: &[usize]| list.iter().any(|&t| dataset.titles[t].group == *group);
            if in_group(&person.current) {
                counters[3 + 2 * g].add(person, fact.age);
            }
            if in_group(&person.planned) {
                counters[4 + 2 * g].add(person, fact.age);
            }
        }
    }
    let mut keys = vec!["all".to_owned(), "current".to_owned(), "planned".to_owned()];
    for group in &groups {
        keys.push(format!("current:{}", group.id()));
        keys.push(format!("planned:{}", group.id()));
    }
    Cohorts(
        keys.into_iter()
            .zip(counters.iter().map(|c| c.finish(young_under)))
            .collect(),
    )
}

fn excluded(reading: &Reading, lang: Lang) -> Vec<Excluded> {
    let text = crate::messages::catalogue(lang);
    let mut out: Vec<Excluded> = Vec::new();
    for problem in &reading.people_problems {
        let reason = text.problem(&problem.problem, &problem.value);
        match out.last_mut() {
            Some(last) if last.index == problem.index => {
                last.reason.push_str("; ");
                last.reason
                    .push_str(&text.field_reason(problem.field, &reason));
                last.fields.push(problem.field);
            }
            _ => out.push(Excluded {
                index: problem.index,
                id: problem.id.clone(),
                reason: text.field_reason(problem.field, &reason),
                fields: vec![problem.field],
            }),
        }
    }
    out
}
