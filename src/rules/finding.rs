//! A finding and what every rule reads to make one: the dataset as read,
//! the profile, the per-person facts, the title and group figures and the
//! cohorts.

use serde::Serialize;
use serde_json::Value;

use crate::cohort::Cohorts;
use crate::input::Reading;
use crate::lang::Lang;
use crate::messages::{catalogue, Catalogue};
use crate::planning::{GroupStats, TitleStats};
use crate::profile::{Confidence, Profile, Rule, Severity};
use crate::report::facts::Facts;

use super::subject::Subject;

/// A message in both languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Messages {
    pub vi: String,
    pub en: String,
}

impl Messages {
    /// Writes the same message with each catalogue.
    pub fn new(write: impl Fn(&dyn Catalogue) -> String) -> Messages {
        Messages {
            vi: write(catalogue(Lang::Vi)),
            en: write(catalogue(Lang::En)),
        }
    }

    /// The message in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// One result of a rule check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub subject: Subject,
    /// The measured value (a count, a share, months), or null.
    pub value: Value,
    /// The threshold it was held to, or null.
    pub limit: Value,
    /// The message in the language asked for.
    pub message: String,
    /// The message in Vietnamese and in English.
    pub messages: Messages,
    /// The rule's document and article.
    pub source: String,
    pub confidence: Confidence,
    /// For rows: the index of the row in `people` (or `titles`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// For rows: the field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// For a person's finding about one title: that title's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// In a dataset with units, the id of the unit the finding is about (a
    /// unit's own finding, or the unit of its title or person).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// For a finding about the sum of one level, that level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<crate::model::Level>,
}

impl Finding {
    /// A finding of `rule`, with its message written in both languages and shown in `lang`.
    pub(crate) fn of_rule(
        rule: &Rule,
        subject: Subject,
        value: Value,
        limit: Value,
        lang: Lang,
        write: impl Fn(&dyn Catalogue) -> String,
    ) -> Finding {
        let messages = Messages::new(write);
        Finding {
            code: rule.code,
            severity: rule.severity,
            subject,
            value,
            limit,
            message: messages.get(lang).to_owned(),
            messages,
            source: match lang {
                Lang::Vi => rule.source.clone(),
                Lang::En => rule.source_en.clone(),
            },
            confidence: rule.confidence,
            row: None,
            field: None,
            title: None,
            unit: None,
            level: None,
        }
    }
}

/// Everything the rules look at.
pub struct Context<'a> {
    pub reading: &'a Reading,
    pub profile: &'a Profile,
    pub facts: &'a [Facts],
    pub titles: &'a [TitleStats],
    pub groups: &'a [GroupStats],
    pub cohorts: &'a Cohorts,
    pub lang: Lang,
    /// Each unit's and level's figures, for a dataset with units.
    pub rollup: Option<&'a crate::units::rollup::Rollup>,
    /// The sums over the people (congress candidates, age bands).
    pub tally: &'a crate::report::tally::Tally,
    /// The person-level rules of `profile`.
    pub person_rules: PersonRules<'a>,
}

/// The enabled rules the person-level checks read ([`crate::rules::person_findings`]),
/// looked up once per analysis rather than once per person.
#[derive(Clone, Copy, Debug)]
pub struct PersonRules<'a> {
    pub titles_per_person: Option<&'a Rule>,
    pub planning_age: Option<&'a Rule>,
    pub planned_not_higher: Option<&'a Rule>,
    pub congress_age: Option<&'a Rule>,
    pub appointment_age: Option<&'a Rule>,
    pub appointment_tenure: Option<&'a Rule>,
    pub appointment_planned: Option<&'a Rule>,
    pub discipline_appointment: Option<&'a Rule>,
    pub discipline_planning: Option<&'a Rule>,
    pub rotation_age: Option<&'a Rule>,
    pub retirement_passed: Option<&'a Rule>,
    pub retirement_date: Option<&'a Rule>,
    /// `titles-per-person`'s `max` (3 when not given).
    pub titles_max: f64,
    /// `planning-age`'s `months` (60 when not given).
    pub planning_months: f64,
}

impl<'a> PersonRules<'a> {
    pub fn of(profile: &'a Profile) -> PersonRules<'a> {
        use crate::profile::code;
        let titles_per_person = profile.rule(code::TITLES_PER_PERSON);
        let planning_age = profile.rule(code::PLANNING_AGE);
        PersonRules {
            titles_per_person,
            planning_age,
            titles_max: titles_per_person
                .and_then(|r| r.number("max"))
                .unwrap_or(3.0),
            planning_months: planning_age
                .and_then(|r| r.number("months"))
                .unwrap_or(60.0),
            planned_not_higher: profile.rule(code::PLANNED_NOT_HIGHER),
            congress_age: profile.rule(code::CONGRESS_AGE),
            appointment_age: profile.rule(code::APPOINTMENT_AGE),
            appointment_tenure: profile.rule(code::APPOINTMENT_TENURE),
            appointment_planned: profile.rule(code::APPOINTMENT_PLANNED),
            discipline_appointment: profile.rule(code::DISCIPLINE_APPOINTMENT),
            discipline_planning: profile.rule(code::DISCIPLINE_PLANNING),
            rotation_age: profile.rule(code::ROTATION_AGE),
            retirement_passed: profile.rule(code::RETIREMENT_PASSED),
            retirement_date: profile.rule(code::RETIREMENT_DATE),
        }
    }
}

impl Context<'_> {
    /// A finding of `rule`, with its message written in both languages.
    pub(crate) fn finding(
        &self,
        rule: &Rule,
        subject: Subject,
        value: Value,
        limit: Value,
        write: impl Fn(&dyn Catalogue) -> String,
    ) -> Finding {
        Finding::of_rule(rule, subject, value, limit, self.lang, write)
    }

    pub(crate) fn unit_subject(&self) -> Subject {
        subject("unit", self.reading.dataset.unit.name.clone())
    }
}

pub(crate) fn subject(kind: &'static str, id: impl Into<Option<String>>) -> Subject {
    Subject {
        kind,
        id: id.into(),
    }
}

/// The findings of the rules about one person, in the order
/// [`crate::rules::check`] lists them (planning, congress, appointment,
/// retirement): made for each person alone
/// ([`crate::rules::person_findings`]), so that a roster held in memory
/// makes them again only for the people an edit touches (issue 18).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonFindings {
    list: Vec<Finding>,
    /// Where each part but the last ends in `list`.
    ends: [u32; 3],
    /// A candidate whose congress month the profile does not give.
    pub unmeasured: bool,
}

impl PersonFindings {
    pub const PLANNING: usize = 0;
    pub const CONGRESS: usize = 1;
    pub const APPOINTMENT: usize = 2;
    pub const RETIREMENT: usize = 3;

    /// No finding, and nothing for the congress rules to list.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && !self.unmeasured
    }

    /// The findings of one part.
    pub fn part(&self, part: usize) -> &[Finding] {
        let start = match part {
            0 => 0,
            p => self
                .ends
                .get(p - 1)
                .map_or(self.list.len(), |&e| e as usize),
        };
        let end = self.ends.get(part).map_or(self.list.len(), |&e| e as usize);
        &self.list[start.min(end)..end]
    }

    /// Makes the parts in order: `make(part, list)` pushes that part's
    /// findings onto the list.
    pub fn make(mut make: impl FnMut(usize, &mut Vec<Finding>)) -> PersonFindings {
        let mut found = PersonFindings::default();
        for part in 0..4 {
            make(part, &mut found.list);
            if let Some(end) = found.ends.get_mut(part) {
                *end = u32::try_from(found.list.len()).unwrap_or(u32::MAX);
            }
        }
        found.list.shrink_to_fit();
        found
    }
}
