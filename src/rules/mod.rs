//! Findings: each enabled rule of the active profile checked against the
//! analysed data. A broken rule is data (a [`Finding`]), never an error.
//!
//! Every finding carries the rule's code, severity, source and confidence
//! from the profile, the measured value and the limit, and its message in
//! Vietnamese and in English. A rule that the profile lacks or disables is
//! not run. The rules live in submodules by theme.

mod appointment;
mod congress;
mod planning;
mod retirement;
mod shares;

use serde::Serialize;
use serde_json::{json, Value};

use crate::cohort::Cohorts;
use crate::input::{Reading, RowProblem};
use crate::messages::{catalogue, Catalogue, Lang};
use crate::planning::{GroupStats, TitleStats};
use crate::profile::{code, Confidence, Profile, Rule, Severity};
use crate::report::Facts;

pub use congress::{cutoffs, reference_month, Cutoff};

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Subject {
    /// "person", "title", "group" or "unit".
    pub kind: &'static str,
    /// The person's, title's or group's id; the unit's name (or null).
    pub id: Option<String>,
}

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
    /// Issue 17: in a dataset with units, the id of the unit the finding is
    /// about (a unit's own finding, or the unit of its title or person).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Issue 17: for a finding about the sum of one level, that level.
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
    /// Issue 17: each unit's and level's figures, for a dataset with units.
    pub rollup: Option<&'a crate::units::Rollup>,
}

impl Context<'_> {
    /// A finding of `rule`, with its message written in both languages.
    fn finding(
        &self,
        rule: &Rule,
        subject: Subject,
        value: Value,
        limit: Value,
        write: impl Fn(&dyn Catalogue) -> String,
    ) -> Finding {
        Finding::of_rule(rule, subject, value, limit, self.lang, write)
    }

    fn unit_subject(&self) -> Subject {
        subject("unit", self.reading.dataset.unit.name.clone())
    }
}

fn subject(kind: &'static str, id: impl Into<Option<String>>) -> Subject {
    Subject {
        kind,
        id: id.into(),
    }
}

/// Runs every enabled rule of the profile. Findings come in a stable order:
/// the profile's validity, unreadable rows, the unit, titles, people, shares.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    profile_validity(ctx, &mut out);
    invalid_rows(ctx, &mut out);
    crate::units::rules::invalid_units(ctx, &mut out);
    planning::check(ctx, &mut out);
    congress::check(ctx, &mut out);
    unit_formed(ctx, &mut out);
    appointment::check(ctx, &mut out);
    retirement::check(ctx, &mut out);
    shares::check(ctx, &mut out);
    crate::units::rules::tag_units(ctx, &mut out);
    out
}

/// A note when the review date is outside the profile's dates.
fn profile_validity(ctx: &Context, out: &mut Vec<Finding>) {
    let as_of = ctx.reading.dataset.as_of;
    if ctx.profile.in_force(as_of) {
        return;
    }
    let messages = Messages::new(|t| t.profile_not_in_force(ctx.profile, as_of));
    out.push(Finding {
        code: code::PROFILE_NOT_IN_FORCE,
        severity: Severity::Info,
        subject: ctx.unit_subject(),
        value: json!(as_of.to_string()),
        limit: json!(ctx.profile.effective_from.to_string()),
        message: messages.get(ctx.lang).to_owned(),
        messages,
        source: ctx.profile.name.clone(),
        confidence: Confidence::Confirmed,
        row: None,
        field: None,
        title: None,
        unit: None,
        level: None,
    });
}

/// Rows of `people` and `titles` that could not be read, and repeated titles.
fn invalid_rows(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::INVALID_ROW) else {
        return;
    };
    let row_finding = |code: &'static str, kind: &'static str, p: &RowProblem, is_title: bool| {
        let mut f = ctx.finding(
            rule,
            subject(kind, p.id.clone()),
            json!(p.value),
            Value::Null,
            |t| {
                if is_title {
                    t.title_problem(p)
                } else {
                    t.person_problem(p)
                }
            },
        );
        f.code = code;
        f.row = Some(p.index);
        f.field = (!p.field.is_empty()).then_some(p.field);
        f
    };
    for p in &ctx.reading.title_problems {
        out.push(row_finding(code::INVALID_TITLE, "title", p, true));
    }
    for p in &ctx.reading.people_problems {
        out.push(row_finding(code::INVALID_ROW, "person", p, false));
    }
    let unlisted = &ctx.reading.unlisted;
    if unlisted.rows > 0 {
        let mut f = ctx.finding(
            rule,
            subject("person", None),
            json!(unlisted.rows),
            Value::Null,
            |t| t.unlisted_rows(unlisted, crate::input::MAX_LISTED_ROWS),
        );
        f.code = code::INVALID_ROW;
        out.push(f);
    }
    for r in &ctx.reading.repeated_titles {
        let mut f = ctx.finding(
            rule,
            subject("person", r.id.clone()),
            json!(r.title),
            Value::Null,
            |t| t.repeated_title(r),
        );
        f.code = code::REPEATED_TITLE;
        f.severity = Severity::Warning;
        f.row = Some(r.index);
        f.field = Some(r.field);
        f.title = Some(r.title.clone());
        out.push(f);
    }
}

/// MRG-02: a unit formed on or after 01/07/2025 with no approved planning
/// gets a notice; its "title with nobody planned" findings become notices too.
fn unit_formed(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::UNIT_FORMED) else {
        return;
    };
    if !new_unit_without_planning(ctx) {
        return;
    }
    let unit = &ctx.reading.dataset.unit;
    let Some(formed) = unit.formed else { return };
    out.push(ctx.finding(
        rule,
        ctx.unit_subject(),
        json!(formed.to_string()),
        json!(REFORM_DAY),
        |t| t.unit_formed(formed),
    ));
    for f in out.iter_mut().filter(|f| f.code == code::TITLE_UNPLANNED) {
        f.severity = Severity::Info;
    }
}

/// The first day of two-level local government.
const REFORM_DAY: &str = "2025-07-01";

fn new_unit_without_planning(ctx: &Context) -> bool {
    let unit = &ctx.reading.dataset.unit;
    let reform = crate::date::Date::new(2025, 7, 1).expect("a valid date");
    unit.formed.is_some_and(|d| d >= reform) && unit.planning_approved != Some(true)
}
