//! Findings: each enabled rule of the active profile checked against the
//! analysed data. A broken rule is data (a [`Finding`]), never an error.
//!
//! Every finding carries the rule's code, severity, source and confidence
//! from the profile, the measured value and the limit, and its message in
//! Vietnamese and in English. A rule that the profile lacks or disables is
//! not run. The rules live in submodules by theme.

mod appointment;
mod congress;
pub mod finding;
mod planning;
mod retirement;
mod shares;
pub mod subject;

use serde_json::{json, Value};

use crate::input::RowProblem;
use crate::model::Person;
use crate::profile::{code, Confidence, Severity};
use crate::report::facts::Facts;

pub use congress::{cutoffs, reference_month, Cutoff};

use finding::subject;
pub use finding::{Context, Finding, Messages, PersonFindings, PersonRules};
pub use subject::Subject;

/// Runs every enabled rule of the profile. Findings come in a stable order:
/// the profile's validity, unreadable rows, the unit, titles, people, shares.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let people = &ctx.reading.dataset.people;
    let found: Vec<PersonFindings> = people
        .iter()
        .zip(ctx.facts)
        .map(|(person, facts)| person_findings(ctx, person, facts))
        .collect();
    let with: Vec<(&Person, &PersonFindings)> = people
        .iter()
        .zip(&found)
        .filter(|(_, f)| !f.is_empty())
        .collect();
    check_with(ctx, &with)
}

/// [`check`] with each person's findings already made by
/// [`person_findings`]: `people` are the people who have findings of their
/// own, in the order of the dataset's people (a roster keeps them and makes
/// them again only for the people an edit touches).
pub fn check_with(ctx: &Context, people: &[(&Person, &PersonFindings)]) -> Vec<Finding> {
    let mut out = Vec::new();
    profile_validity(ctx, &mut out);
    invalid_rows(ctx, &mut out);
    crate::units::rules::invalid_units(ctx, &mut out);
    planning::check(ctx, people, &mut out);
    congress::check(ctx, people, &mut out);
    unit_formed(ctx, &mut out);
    appointment::check(people, &mut out);
    retirement::check(people, &mut out);
    shares::check(ctx, &mut out);
    crate::units::rules::tag_units(ctx, &mut out);
    out
}

/// The findings of the rules about one person alone. They depend on the
/// person, their facts, the profile, the language, the review date, the
/// term's start, the unit's level and the titles and units, never on other
/// people. `ctx`'s figures (titles, groups, cohorts, roll-up) are not read,
/// only whether the dataset has units.
pub fn person_findings(ctx: &Context, person: &Person, facts: &Facts) -> PersonFindings {
    let mut measured = true;
    let mut found = PersonFindings::make(|part, out| match part {
        PersonFindings::PLANNING => planning::person(ctx, person, facts, out),
        PersonFindings::CONGRESS => measured = congress::person(ctx, person, facts, out),
        PersonFindings::APPOINTMENT => appointment::person(ctx, person, facts, out),
        _ => retirement::person(ctx, person, facts, out),
    });
    found.unmeasured = !measured;
    found
}

/// Whether [`person_findings`] can find anything about `person` under any
/// profile: someone planned, a candidate, an appointee, someone with a
/// rotation date, a decided retirement, or a title holder past retirement
/// on the review date. Anyone else has no findings of their own, so a
/// report (and a profile switch) runs the person-level rules for these
/// people only (issue 18).
pub fn may_find(ctx: &Context, person: &Person, facts: &Facts) -> bool {
    !person.planned.is_empty()
        || person.candidacy.is_some()
        || person.appointment.is_some()
        || person.rotation_date.is_some()
        || facts.decided
        || (!person.current.is_empty() && facts.retirement_date < ctx.reading.dataset.as_of)
}

/// Whether the person surely has no findings of their own, read from their
/// facts alone (a profile switch need not look at the person): someone
/// only the planning rules can find anything about
/// ([`Facts::planning_only`]), planned for no more titles than the
/// profile allows, with the working time it asks for, and no planned title
/// that is not higher than one held. In a dataset with units the titles
/// per person are counted by level, so the person is looked at.
pub fn surely_none(ctx: &Context, facts: &Facts) -> bool {
    let rules = &ctx.person_rules;
    let dataset = &ctx.reading.dataset;
    let left = match (facts.months_left_at_term_start, dataset.term_start) {
        (Some(left), Some(_)) => left,
        _ => facts.months_left,
    };
    facts.planning_only
        && ctx.rollup.is_none()
        && (facts.planned == 0
            || ((rules.titles_per_person.is_none()
                || f64::from(facts.planned) <= rules.titles_max)
                && (rules.planning_age.is_none() || f64::from(left) >= rules.planning_months)
                && (rules.planned_not_higher.is_none() || !facts.not_higher)))
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
                    t.person_problem(p, ctx.reading.excluded_source(p.index))
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
    // Optional values kept as unknown: the person is counted.
    for v in &ctx.reading.invalid_values {
        let mut f = ctx.finding(
            rule,
            subject("person", Some(v.id.clone())),
            json!(v.value),
            Value::Null,
            |t| t.invalid_value(v),
        );
        f.code = code::INVALID_VALUE;
        f.severity = Severity::Warning;
        f.row = Some(v.index);
        f.field = Some(v.field);
        out.push(f);
    }
    let more = ctx.reading.unlisted_invalid_values;
    if more > 0 {
        let mut f = ctx.finding(
            rule,
            subject("person", None),
            json!(more),
            Value::Null,
            |t| t.unlisted_values(more, crate::input::MAX_LISTED_ROWS),
        );
        f.code = code::INVALID_VALUE;
        f.severity = Severity::Warning;
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
