//! Planning rules: the standing committee's size, people per title, titles
//! with nobody planned, titles per person, planning age and planning only for
//! a higher title.

use serde_json::{json, Value};

use super::finding::{subject, Context, Finding, PersonFindings};
use crate::messages::{label, Label};
use crate::model::{Group, Person};
use crate::profile::{code, Rule};
use crate::report::facts::Facts;

/// The rules about the unit and the titles, then each person's findings
/// (made by [`person`]).
pub fn check(ctx: &Context, people: &[(&Person, &PersonFindings)], out: &mut Vec<Finding>) {
    standing_size(ctx, out);
    title_rules(ctx, out);
    out.extend(
        people
            .iter()
            .flat_map(|(_, p)| p.part(PersonFindings::PLANNING))
            .cloned(),
    );
}

/// QĐ 29-QĐ/TW Điều 12: the standing committee is at most a third of the committee.
fn standing_size(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(rule) = ctx.profile.rule(code::STANDING_SIZE) else {
        return;
    };

    if ctx.rollup.is_some() {
        return crate::units::rules::standing_size(ctx, rule, out);
    }
    let seats = |g: Group| {
        ctx.groups
            .iter()
            .find(|s| s.group == g)
            .map_or(0, |s| s.seats)
    };
    let (committee, standing) = (seats(Group::Committee), seats(Group::Standing));
    let max_share = rule.number("maxShareOfCommittee").unwrap_or(1.0 / 3.0);
    let limit = committee as f64 * max_share;
    // The tolerance keeps 11 of 33 (exactly a third) within the limit.
    if committee > 0 && standing as f64 > limit + 1e-9 {
        out.push(ctx.finding(
            rule,
            ctx.unit_subject(),
            json!(standing),
            json!(limit),
            |t| t.standing_size(standing, committee, limit),
        ));
    }
}

fn title_rules(ctx: &Context, out: &mut Vec<Finding>) {
    let per_title = ctx.profile.rule(code::PLANNED_PER_TITLE);
    let unplanned = ctx.profile.rule(code::TITLE_UNPLANNED);
    for stats in ctx.titles {
        let name = label(&stats.id, stats.name.as_deref());
        if let Some(rule) = per_title.filter(|_| !stats.group.is_body()) {
            let per_seat = rule.number("perSeat").unwrap_or(3.0);
            let min = rule.number("min").unwrap_or(3.0);
            let limit = (per_seat * f64::from(stats.seats)).max(min);
            if f64::from(stats.planned) > limit {
                let who = subject("title", stats.id.clone());
                out.push(
                    ctx.finding(rule, who, json!(stats.planned), json!(limit), |t| {
                        t.planned_per_title(&name, stats.planned, limit)
                    }),
                );
            }
        }
        if let Some(rule) = unplanned {
            if stats.seats > 0 && stats.planned == 0 {
                let who = subject("title", stats.id.clone());
                out.push(ctx.finding(rule, who, json!(0), Value::Null, |t| {
                    t.title_unplanned(&name, stats.seats)
                }));
            }
        }
    }
}

/// One person's planning findings: titles per person, planning age and
/// planning only for a higher title.
pub fn person(ctx: &Context, person: &Person, facts: &Facts, out: &mut Vec<Finding>) {
    let dataset = &ctx.reading.dataset;
    let per_person = ctx.person_rules.titles_per_person;
    let age = ctx.person_rules.planning_age;
    let higher = ctx.person_rules.planned_not_higher;
    {
        if person.planned.is_empty() {
            return;
        }
        let name = Label::new(&person.id, person.name.as_deref());
        let who = || subject("person", person.id.clone());
        if let Some(rule) = per_person.filter(|_| ctx.rollup.is_some()) {
            let max = ctx.person_rules.titles_max;
            let at_level = crate::units::rules::titles_at_one_level(ctx, &person.planned, max);
            if let Some((level, count)) = at_level {
                out.push(crate::units::rules::titles_per_person(
                    ctx,
                    rule,
                    who(),
                    &name,
                    level,
                    count,
                    max,
                ));
            }
        } else if let Some(rule) = per_person {
            let max = ctx.person_rules.titles_max;
            let count = person.planned.len();
            if count as f64 > max {
                out.push(ctx.finding(rule, who(), json!(count), json!(max), |t| {
                    t.titles_per_person(name.text(), count, max)
                }));
            }
        }
        if let Some(rule) = age {
            let required = ctx.person_rules.planning_months;
            let (left, at) = match (facts.months_left_at_term_start, dataset.term_start) {
                (Some(left), Some(start)) => (left, start),
                _ => (facts.months_left, dataset.as_of.year_month()),
            };
            if f64::from(left) < required {
                out.push(ctx.finding(rule, who(), json!(left), json!(required), |t| {
                    t.planning_age(name.text(), left, required, at, facts.retirement)
                }));
            }
        }
        // Whether any planned title is not higher is in the person's facts
        // (it does not depend on the profile).
        if let Some(rule) = higher.filter(|_| facts.not_higher) {
            not_higher(ctx, rule, person, &name, out);
        }
        debug_assert!(
            facts.not_higher || {
                let mut none = Vec::new();
                if let Some(rule) = higher {
                    not_higher(ctx, rule, person, &name, &mut none);
                }
                none.is_empty()
            }
        );
    }
}

/// Planned titles the person already holds, or that rank no higher than the
/// highest title they hold on the same ladder (a lower rank number is a
/// higher title). Membership of a body (committee, standing committee) and
/// posts are two ladders: a committee seat is not a rung of the post ladder,
/// so a department head who sits on the committee is compared, for a deputy
/// secretary post, with the department head post only.
fn not_higher(ctx: &Context, rule: &Rule, person: &Person, name: &Label, out: &mut Vec<Finding>) {
    let titles = &ctx.reading.dataset.titles;

    let best_current = |body: bool, unit: Option<usize>| {
        person
            .current
            .iter()
            .filter(|&&t| titles[t].group.is_body() == body && titles[t].unit == unit)
            .filter_map(|&t| titles[t].rank.map(|rank| (rank, t)))
            .min()
    };
    for &t in &person.planned {
        let planned = &titles[t];
        let planned_name = Label::new(&planned.id, planned.name.as_deref());
        let who = || subject("person", person.id.clone());
        let mut finding = if person.current.contains(&t) {
            ctx.finding(
                rule,
                who(),
                json!(planned.rank),
                json!(planned.rank),
                |tx| tx.planned_same_title(name.text(), planned_name.text()),
            )
        } else {
            let (Some(rank), Some((best, held))) = (
                planned.rank,
                best_current(planned.group.is_body(), planned.unit),
            ) else {
                continue;
            };
            if rank < best {
                continue;
            }
            let held = &titles[held];
            let held_name = label(&held.id, held.name.as_deref());
            let body = planned.group.is_body();
            ctx.finding(rule, who(), json!(rank), json!(best), |tx| {
                tx.planned_not_higher(
                    name.text(),
                    planned_name.text(),
                    rank,
                    &held_name,
                    best,
                    body,
                )
            })
        };
        finding.title = Some(planned.id.clone());
        out.push(finding);
    }
}
