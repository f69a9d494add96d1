//! Findings: each rule of the active profile checked against the analysed
//! data. A broken rule is data (a [`Finding`]), never an error.
//!
//! Every finding carries the rule's code, severity, source and confidence
//! from the profile, so the same checks run under QĐ 377 and QĐ 50 with their
//! own thresholds and citations. A rule that the profile lacks is not run.

use serde::Serialize;
use serde_json::{json, Value};

use crate::cohort::Cohorts;
use crate::input::{Reading, RowProblem};
use crate::messages::{catalogue, Catalogue, Lang};
use crate::model::{Group, Person, Title};
use crate::planning::{GroupStats, TitleStats};
use crate::profile::{code, Confidence, Profile, Rule, Severity};
use crate::report::Facts;

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Subject {
    /// "person", "title", "group" or "unit".
    pub kind: &'static str,
    /// The person's, title's or group's id; the unit's name (or null).
    pub id: Option<String>,
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
    pub message: String,
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
}

/// Runs every rule of the profile; findings come in a stable order: the
/// profile's validity, unreadable rows, the unit, titles, people, shares.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let text = catalogue(ctx.lang);
    let mut out = Vec::new();
    profile_validity(ctx, text, &mut out);
    invalid_rows(ctx, text, &mut out);
    standing_size(ctx, text, &mut out);
    title_rules(ctx, text, &mut out);
    person_rules(ctx, text, &mut out);
    share_rules(ctx, text, &mut out);
    out
}

fn finding(rule: &Rule, subject: Subject, value: Value, limit: Value, message: String) -> Finding {
    Finding {
        code: rule.code,
        severity: rule.severity,
        subject,
        value,
        limit,
        message,
        source: rule.source.clone(),
        confidence: rule.confidence,
        row: None,
        field: None,
        title: None,
    }
}

fn subject(kind: &'static str, id: impl Into<Option<String>>) -> Subject {
    Subject {
        kind,
        id: id.into(),
    }
}

fn profile_validity(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let as_of = ctx.reading.dataset.as_of;
    if ctx.profile.in_force(as_of) {
        return;
    }
    out.push(Finding {
        code: code::PROFILE_NOT_IN_FORCE,
        severity: Severity::Info,
        subject: subject("unit", ctx.reading.dataset.unit.name.clone()),
        value: json!(as_of.to_string()),
        limit: json!(ctx.profile.effective_from.to_string()),
        message: text.profile_not_in_force(ctx.profile, as_of),
        source: ctx.profile.name.to_owned(),
        confidence: Confidence::Confirmed,
        row: None,
        field: None,
        title: None,
    });
}

fn invalid_rows(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::INVALID_ROW) else {
        return;
    };
    let row_finding = |code: &'static str, kind: &'static str, p: &RowProblem, message: String| {
        let mut f = finding(
            rule,
            subject(kind, p.id.clone()),
            json!(p.value),
            Value::Null,
            message,
        );
        f.code = code;
        f.row = Some(p.index);
        f.field = (!p.field.is_empty()).then_some(p.field);
        f
    };
    for p in &ctx.reading.title_problems {
        out.push(row_finding(
            code::INVALID_TITLE,
            "title",
            p,
            text.title_problem(p),
        ));
    }
    for p in &ctx.reading.people_problems {
        out.push(row_finding(
            code::INVALID_ROW,
            "person",
            p,
            text.person_problem(p),
        ));
    }
    for r in &ctx.reading.repeated_titles {
        let mut f = finding(
            rule,
            subject("person", r.id.clone()),
            json!(r.title),
            Value::Null,
            text.repeated_title(r),
        );
        f.code = code::REPEATED_TITLE;
        f.severity = Severity::Warning;
        f.row = Some(r.index);
        f.field = Some(r.field);
        f.title = Some(r.title.clone());
        out.push(f);
    }
}

/// QĐ 29-QĐ/TW Điều 12: the standing committee is at most a third of the committee.
fn standing_size(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::STANDING_SIZE) else {
        return;
    };
    let seats = |g: Group| {
        ctx.groups
            .iter()
            .find(|s| s.group == g)
            .map_or(0, |s| s.seats)
    };
    let (committee, standing) = (seats(Group::Committee), seats(Group::Standing));
    let max_share = rule.number("maxShareOfCommittee").unwrap_or(1.0 / 3.0);
    let limit = f64::from(committee) * max_share;
    // The tolerance keeps 11 of 33 (exactly a third) within the limit.
    if committee > 0 && f64::from(standing) > limit + 1e-9 {
        out.push(finding(
            rule,
            subject("unit", ctx.reading.dataset.unit.name.clone()),
            json!(standing),
            json!(limit),
            text.standing_size(standing, committee, limit),
        ));
    }
}

fn title_rules(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let per_title = ctx.profile.rule(code::PLANNED_PER_TITLE);
    let unplanned = ctx.profile.rule(code::TITLE_UNPLANNED);
    for stats in ctx.titles {
        let label = text.title_label(&stats.id, stats.name.as_deref());
        if let Some(rule) = per_title.filter(|_| !stats.group.is_body()) {
            let per_seat = rule.number("perSeat").unwrap_or(3.0);
            let min = rule.number("min").unwrap_or(3.0);
            let limit = (per_seat * f64::from(stats.seats)).max(min);
            if f64::from(stats.planned) > limit {
                out.push(finding(
                    rule,
                    subject("title", stats.id.clone()),
                    json!(stats.planned),
                    json!(limit),
                    text.planned_per_title(&label, stats.planned, limit),
                ));
            }
        }
        if let Some(rule) = unplanned {
            if stats.seats > 0 && stats.planned == 0 {
                out.push(finding(
                    rule,
                    subject("title", stats.id.clone()),
                    json!(0),
                    Value::Null,
                    text.title_unplanned(&label, stats.seats),
                ));
            }
        }
    }
}

fn person_rules(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let dataset = &ctx.reading.dataset;
    let per_person = ctx.profile.rule(code::TITLES_PER_PERSON);
    let age = ctx.profile.rule(code::PLANNING_AGE);
    let higher = ctx.profile.rule(code::PLANNED_NOT_HIGHER);
    for (person, facts) in dataset.people.iter().zip(ctx.facts) {
        if person.planned.is_empty() {
            continue;
        }
        let label = text.person_label(&person.id, person.name.as_deref());
        let who = || subject("person", person.id.clone());
        if let Some(rule) = per_person {
            let max = rule.number("max").unwrap_or(3.0);
            let count = person.planned.len();
            if count as f64 > max {
                out.push(finding(
                    rule,
                    who(),
                    json!(count),
                    json!(max),
                    text.titles_per_person(&label, count, max),
                ));
            }
        }
        if let Some(rule) = age {
            let required = rule.number("months").unwrap_or(60.0);
            let (left, at) = match (facts.months_left_at_term_start, dataset.term_start) {
                (Some(left), Some(start)) => (left, start),
                _ => (facts.months_left, dataset.as_of.year_month()),
            };
            if f64::from(left) < required {
                let message = text.planning_age(&label, left, required, at, facts.retirement);
                out.push(finding(rule, who(), json!(left), json!(required), message));
            }
        }
        if let Some(rule) = higher {
            out.extend(not_higher(rule, person, &dataset.titles, text, &label));
        }
    }
}

/// Planned titles the person already holds, or that rank no higher than the
/// highest title they hold (a lower rank number is a higher title).
fn not_higher<'a>(
    rule: &'a Rule,
    person: &'a Person,
    titles: &'a [Title],
    text: &'a dyn Catalogue,
    label: &'a str,
) -> impl Iterator<Item = Finding> + 'a {
    let best_current = person
        .current
        .iter()
        .filter_map(|&t| titles[t].rank.map(|rank| (rank, t)))
        .min();
    person.planned.iter().filter_map(move |&t| {
        let planned = &titles[t];
        let planned_label = text.title_label(&planned.id, planned.name.as_deref());
        let (message, limit) = if person.current.contains(&t) {
            (text.planned_same_title(label, &planned_label), planned.rank)
        } else {
            let (rank, (best, held)) = (planned.rank?, best_current?);
            if rank < best {
                return None;
            }
            let held = &titles[held];
            let held_label = text.title_label(&held.id, held.name.as_deref());
            (
                text.planned_not_higher(label, &planned_label, &held_label),
                Some(best),
            )
        };
        let mut f = finding(
            rule,
            subject("person", person.id.clone()),
            json!(planned.rank),
            json!(limit),
            message,
        );
        f.title = Some(planned.id.clone());
        Some(f)
    })
}

fn share_rules(ctx: &Context, text: &dyn Catalogue, out: &mut Vec<Finding>) {
    let unit_name = ctx.reading.dataset.unit.name.clone();
    let mut scopes = vec![("planned".to_owned(), subject("unit", unit_name))];
    for g in ctx.groups {
        scopes.push((
            format!("planned:{}", g.group.id()),
            subject("group", g.group.id().to_owned()),
        ));
    }
    for (code, pick) in [
        (
            code::YOUNG_SHARE,
            (|c: &crate::cohort::Cohort| (c.young.count, c.young.share)) as fn(&_) -> _,
        ),
        (code::WOMEN_SHARE, |c: &crate::cohort::Cohort| {
            (c.women.count, c.women.share)
        }),
    ] {
        let Some(rule) = ctx.profile.rule(code) else {
            continue;
        };
        let Some(target) = rule.number("target") else {
            continue;
        };
        for (key, scope) in &scopes {
            let Some(cohort) = ctx.cohorts.get(key) else {
                continue;
            };
            let (count, Some(share)) = pick(cohort) else {
                continue;
            };
            if share < target {
                let scope_label = text.scope_label(scope);
                let message = if code == code::YOUNG_SHARE {
                    text.young_share(
                        &scope_label,
                        count,
                        cohort.count,
                        share,
                        target,
                        cohort.young.under,
                    )
                } else {
                    text.women_share(&scope_label, count, cohort.count, share, target)
                };
                out.push(finding(
                    rule,
                    scope.clone(),
                    json!(share),
                    json!(target),
                    message,
                ));
            }
        }
    }
}
