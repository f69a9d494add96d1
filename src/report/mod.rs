//! `analyze`: from a dataset to the report of contract v1 — per-person ages
//! and working time left, cohorts, titles and groups, findings and the rows
//! left out.

pub mod facts;
pub mod memo;
pub mod shape;
pub mod tally;

use crate::error::Error;
use crate::input::{self, ReadOptions, Reading};
use crate::lang::Lang;
use crate::messages::catalogue;
use crate::model::Person;
use crate::profile::{self};
use crate::rules::{self};
use crate::schema::Severity;

pub use facts::{young_under, Facts};
pub use memo::Memo;
pub use shape::*;
pub use tally::Tally;

impl Facts {
    /// The person's line of the report.
    pub fn report(&self, person: &Person) -> PersonReport {
        PersonReport {
            index: person.index,
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

// Built here, beside the facts it reads; the shape module only declares it.
impl PeopleColumns {
    /// The contract's `people` list from the columns: `ids` are the ids of
    /// the dataset's rows (indexed by row). A row whose id is missing gets
    /// an empty id.
    pub fn rows(&self, ids: &[String]) -> Vec<PersonReport> {
        (0..self.index.len())
            .map(|k| {
                let day = self.retirement_date[k];
                let date = crate::date::Date::new(
                    (day / 10_000) as i32,
                    (day / 100 % 100) as u8,
                    (day % 100) as u8,
                );
                PersonReport {
                    index: self.index[k] as usize,
                    id: ids.get(self.index[k] as usize).cloned().unwrap_or_default(),
                    age: crate::age::Age {
                        years: self.age_years[k] as i32,
                        months: i32::from(self.age_months[k]),
                    },
                    retirement_date: date.map(|d| d.to_string()).unwrap_or_default(),
                    months_left: self.months_left[k],
                    months_left_at_term_start: self
                        .months_left_at_term_start
                        .as_ref()
                        .map(|c| c[k]),
                    planned_count: self.planned_count[k],
                    retirement_decided: self.retirement_decided[k] == 1,
                }
            })
            .collect()
    }

    pub(crate) fn of(people: &[Person], facts: &[Facts], term_start: bool) -> PeopleColumns {
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
            let v = ColumnValues::of(person, fact);
            columns.index.push(v.index);
            columns.age_years.push(v.age_years);
            columns.age_months.push(v.age_months);
            columns.retirement_date.push(v.retirement_date);
            columns.months_left.push(v.months_left);
            if let Some(column) = &mut columns.months_left_at_term_start {
                column.push(v.months_left_at_term_start);
            }
            columns.planned_count.push(v.planned_count);
            columns.retirement_decided.push(v.retirement_decided);
        }
        columns
    }

    /// Writes the fields of the person at position `k` (a held roster's
    /// columns after an edit of that person, src/roster/delta.rs).
    pub(crate) fn set(&mut self, k: usize, person: &Person, fact: &Facts) {
        let v = ColumnValues::of(person, fact);
        self.index[k] = v.index;
        self.age_years[k] = v.age_years;
        self.age_months[k] = v.age_months;
        self.retirement_date[k] = v.retirement_date;
        self.months_left[k] = v.months_left;
        if let Some(column) = &mut self.months_left_at_term_start {
            column[k] = v.months_left_at_term_start;
        }
        self.planned_count[k] = v.planned_count;
        self.retirement_decided[k] = v.retirement_decided;
    }
}

/// One person's values in [`PeopleColumns`].
struct ColumnValues {
    index: u32,
    age_years: u32,
    age_months: u8,
    retirement_date: u32,
    months_left: i32,
    months_left_at_term_start: i32,
    planned_count: u32,
    retirement_decided: u8,
}

impl ColumnValues {
    fn of(person: &Person, fact: &Facts) -> ColumnValues {
        let date = fact.retirement_date;
        ColumnValues {
            index: person.index as u32,
            age_years: u32::try_from(fact.age.years).unwrap_or(0),
            age_months: fact.age.months.clamp(0, 11) as u8,
            retirement_date: (date.year().max(0) as u32) * 10_000
                + u32::from(date.month()) * 100
                + u32::from(date.day()),
            months_left: fact.months_left,
            months_left_at_term_start: fact.months_left_at_term_start.unwrap_or_default(),
            planned_count: u32::try_from(person.planned.len()).unwrap_or(u32::MAX),
            retirement_decided: u8::from(fact.decided),
        }
    }
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
    analyze_read(&reading, options)
}

/// [`analyze`] of a reading kept for later (issue 18: the roster keeps its
/// reading and analyses it again after each edit).
pub fn analyze_read(reading: &Reading, options: &Options) -> Result<Report, Error> {
    analyze_held(reading, options, &mut Memo::default())
}

/// [`analyze_read`] keeping each person's facts and own findings in `memo`
/// for the next analysis of the same reading: only the people marked
/// changed since ([`Memo::changed`]) are computed again. The report is the
/// same as [`analyze_read`]'s.
pub fn analyze_held(
    reading: &Reading,
    options: &Options,
    memo: &mut Memo,
) -> Result<Report, Error> {
    let lang = options.lang;
    let dataset = &reading.dataset;
    let profile = profile::select(
        dataset.profile.as_deref(),
        dataset.as_of,
        &dataset.custom_profiles,
    )?;
    let again = memo.refresh(dataset, &profile, memo::Key::of(dataset, &profile, lang));
    let Memo {
        facts,
        findings,
        found,
        tally,
        subjects,
        ..
    } = memo;
    let facts: &[Facts] = facts;
    let tally = match tally {
        Some(tally) => &*tally,
        None => &*tally.insert(Tally::of(dataset, facts, &profile)),
    };
    let cohorts = tally.cohorts();
    let titles = tally.titles(&dataset.titles);
    let mut groups = tally.groups(&titles);
    for g in &mut groups {
        g.text = catalogue(lang).group_multiple(g);
    }
    // Each unit's and level's figures, when the dataset has units.
    let rollup = (!dataset.units.is_empty())
        .then(|| crate::units::rollup::roll_up(dataset, facts, &titles, &profile));
    let ctx = rules::Context {
        reading,
        profile: &profile,
        facts,
        titles: &titles,
        groups: &groups,
        cohorts: &cohorts,
        lang,
        rollup: rollup.as_ref(),
        tally,
        person_rules: rules::PersonRules::of(&profile),
    };
    // Each person's own findings: all of them, the subjects' (another
    // profile or language), or those of the people changed.
    let make = |p: usize, subject: bool| {
        let (person, fact) = (&dataset.people[p], &facts[p]);
        // Nobody but the subjects has findings of their own
        // (`rules::may_find`), and most subjects are seen to have none from
        // their facts alone (`rules::surely_none`).
        let subject = subject || rules::may_find(&ctx, person, fact);
        if subject && !rules::surely_none(&ctx, fact) {
            return (true, rules::person_findings(&ctx, person, fact));
        }
        debug_assert_eq!(
            rules::person_findings(&ctx, person, fact),
            rules::PersonFindings::default()
        );
        (subject, rules::PersonFindings::default())
    };
    let n = dataset.people.len();
    // Only when some findings are kept is a person taken out of `found`.
    let kept = matches!(again, memo::Again::Changed(_));
    match again {
        memo::Again::All => {
            findings.clear();
            findings.resize_with(n, Default::default);
            found.clear();
        }
        memo::Again::Subjects(_) => found.clear(),
        memo::Again::Changed(_) => {}
    }
    let mut put = |p: usize, subjects: &mut memo::Subjects, subject: bool| {
        let (subject, made) = make(p, subject);
        subjects.set(p, subject);
        if !made.is_empty() {
            found.insert(p);
        } else if kept {
            found.remove(&p);
        }
        findings[p] = made;
    };
    match again {
        memo::Again::All => {
            let mut all = memo::Subjects::new(n);
            for p in 0..n {
                put(p, &mut all, false);
            }
            *subjects = Some(all);
        }
        memo::Again::Subjects(changed) => {
            let mut held = subjects.take().unwrap_or_else(|| memo::Subjects::new(n));
            let listed: Vec<usize> = held.positions().collect();
            for p in listed {
                put(p, &mut held, true);
            }
            for p in changed {
                put(p, &mut held, false);
            }
            *subjects = Some(held);
        }
        memo::Again::Changed(positions) => match subjects {
            Some(held) => {
                for p in positions {
                    put(p, held, false);
                }
            }
            None => {
                let mut scratch = memo::Subjects::new(0);
                for p in positions {
                    put(p, &mut scratch, false);
                }
            }
        },
    }
    let with: Vec<(&Person, &rules::PersonFindings)> = found
        .iter()
        .map(|&p| (&dataset.people[p], &findings[p]))
        .collect();
    let findings = rules::check_with(&ctx, &with);
    let excluded = excluded(reading, lang);
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let (mut units, mut levels) = rollup.map_or_else(Default::default, |r| (r.units, r.levels));
    let groups_of = units
        .iter_mut()
        .flat_map(|u| u.groups.iter_mut())
        .chain(levels.iter_mut().flat_map(|l| l.groups.iter_mut()));
    for g in groups_of {
        g.text = catalogue(lang).group_multiple(g);
        g.sentence = catalogue(lang).rollup_sentence(g);
    }
    if !units.is_empty() {
        let position: std::collections::HashMap<&str, usize> = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        let mut counts = vec![(0u32, 0u32); units.len()];
        for f in &findings {
            if let Some(&i) = f.unit.as_deref().and_then(|id| position.get(id)) {
                match f.severity {
                    Severity::Error => counts[i].0 += 1,
                    Severity::Warning => counts[i].1 += 1,
                    Severity::Info => {}
                }
            }
        }
        for (unit, (errors, warnings)) in units.iter_mut().zip(counts) {
            unit.errors = errors;
            unit.warnings = warnings;
        }
    }
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
                .zip(facts)
                .map(|(p, f)| f.report(p))
                .collect(),
            PeopleForm::Columns | PeopleForm::None => Vec::new(),
        },
        people_columns: (options.people == PeopleForm::Columns)
            .then(|| PeopleColumns::of(&dataset.people, facts, dataset.term_start.is_some())),
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
            errors,
            warnings,
        },
        excluded,
        recorded: reading.recorded,
        cutoffs: rules::cutoffs(&profile, lang),
        retirements: tally.timeline(),
        active_profile: profile,
        version: env!("CARGO_PKG_VERSION"),
        #[cfg(feature = "filing")]
        filing: None,
    };
    #[cfg(feature = "filing")]
    if options.filing {
        report.filing = Some(crate::filing::filing(
            dataset,
            facts,
            &report,
            lang,
            options.default_as_of,
        ));
    }
    Ok(report)
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
                source: reading.excluded_source(problem.index).cloned(),
            }),
        }
    }
    out
}
