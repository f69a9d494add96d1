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
use crate::profile::{code, Confidence, Severity};

pub use congress::{cutoffs, reference_month, Cutoff};

use finding::subject;
pub use finding::{Context, Finding, Messages};
pub use subject::Subject;

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
